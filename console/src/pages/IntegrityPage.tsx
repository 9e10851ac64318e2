import { useState } from 'react';
import { App, Button, Card, Descriptions, Form, Input, Modal, Select, Table, Tag, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { clearFlag, listFlags, FLAG_KIND_NAMES, type Flag, type FlagQuery } from '../api/integrity';
import { useMe } from '../auth/AuthContext';
import { ErrorState } from '../components/PageState';
import { OfficeSelect } from '../components/OfficeSelect';
import { errorMessage } from '../lib/errors';
import { formatTime } from '../lib/format';
import { useOffices } from '../lib/offices';
import { canWrite } from '../lib/roles';
import { useRequest } from '../lib/use-request';

type Filters = Pick<FlagQuery, 'kind' | 'status' | 'officeId'>;
type Fast = Extract<Flag['evidence'], { thresholdSeconds: number }>;
type Shared = Extract<Flag['evidence'], { employer: string }>;
const isFast = (e: Flag['evidence']): e is Fast => 'thresholdSeconds' in e;

/** 学习诚信: flags (answers too fast, shared answer patterns) of learners in my subtree with their evidence; writers clear one with a reason. */
export default function IntegrityPage() {
  const { role } = useMe();
  const { byId } = useOffices();
  const [filters, setFilters] = useState<Filters>({ status: 'open' });
  const [page, setPage] = useState(1);
  const [clearing, setClearing] = useState<Flag>();
  const list = useRequest((signal) => listFlags({ ...filters, page, pageSize: 20 }, signal), [filters, page]);
  const change = (next: Filters) => {
    setPage(1);
    setFilters((f) => ({ ...f, ...next }));
  };
  return (
    <Card>
      <Typography.Paragraph type="secondary">系统自动标记的可疑作答，仅供核查，不影响成绩；核查后可填写理由清除。</Typography.Paragraph>
      <div className="toolbar">
        <Select allowClear placeholder="类型" style={{ width: 130 }} value={filters.kind} onChange={(kind) => change({ kind })} options={Object.entries(FLAG_KIND_NAMES).map(([value, label]) => ({ value: value as Flag['kind'], label }))} aria-label="类型" />
        <Select
          allowClear
          placeholder="状态"
          style={{ width: 120 }}
          value={filters.status}
          onChange={(status) => change({ status })}
          options={[
            { value: 'open', label: '待核查' },
            { value: 'cleared', label: '已清除' },
          ]}
          aria-label="状态"
        />
        <OfficeSelect value={filters.officeId} onChange={(officeId) => change({ officeId })} />
        <Button icon={<ReloadOutlined />} onClick={list.reload}>
          刷新
        </Button>
      </div>
      {list.error ? (
        <ErrorState error={list.error} onRetry={list.reload} />
      ) : (
        <Table<Flag>
          rowKey="id"
          loading={list.loading}
          dataSource={list.data?.items ?? []}
          data-testid="flags-table"
          locale={{ emptyText: filters.status === 'open' ? '没有待核查的标记' : '暂无标记' }}
          pagination={{ current: page, pageSize: 20, total: list.data?.total ?? 0, onChange: setPage, hideOnSinglePage: true, showTotal: (t) => `共 ${t} 条` }}
          expandable={{ expandedRowRender: (f) => <Evidence flag={f} /> }}
          columns={[
            { title: '类型', dataIndex: 'kind', key: 'kind', width: 100, render: (k: Flag['kind']) => <Tag color={k === 'fast_answers' ? 'orange' : 'volcano'}>{FLAG_KIND_NAMES[k]}</Tag> },
            { title: '学员', key: 'learner', render: (_: unknown, f) => f.learner.name },
            { title: '和创办', dataIndex: 'officeId', key: 'office', render: (v: string) => byId.get(v)?.name ?? '—' },
            { title: '测验', key: 'quiz', render: (_: unknown, f) => f.quiz.title },
            { title: '说明', dataIndex: 'summary', key: 'summary' },
            { title: '发生时间', dataIndex: 'occurredAt', key: 'at', render: (v: string) => formatTime(v) },
            {
              title: '状态',
              key: 'status',
              render: (_: unknown, f) =>
                f.cleared ? (
                  <span title={`${f.cleared.by.name}：${f.cleared.reason}`}>
                    <Tag color="green">已清除</Tag>
                  </span>
                ) : (
                  <Tag color="gold">待核查</Tag>
                ),
            },
            ...(canWrite(role)
              ? [
                  {
                    title: '操作',
                    key: 'a',
                    render: (_: unknown, f: Flag) =>
                      f.status === 'open' ? (
                        <Button size="small" onClick={() => setClearing(f)} data-testid="clear-flag">
                          清除
                        </Button>
                      ) : null,
                  },
                ]
              : []),
          ]}
        />
      )}
      {clearing && (
        <ClearModal
          flag={clearing}
          onClose={(done) => {
            setClearing(undefined);
            if (done) list.reload();
          }}
        />
      )}
    </Card>
  );
}

function Evidence({ flag }: { flag: Flag }) {
  const e = flag.evidence;
  return (
    <div className="evidence-table">
      {flag.cleared && (
        <Typography.Paragraph>
          已由 {flag.cleared.by.name} 于 {formatTime(flag.cleared.at)} 清除：{flag.cleared.reason}
        </Typography.Paragraph>
      )}
      {isFast(e) ? (
        <>
          <Typography.Paragraph>
            快于 {e.thresholdSeconds} 秒作答 {e.answers.length} 题（共作答 {e.answered} 题）：
          </Typography.Paragraph>
          <Table
            size="small"
            pagination={false}
            rowKey="questionId"
            dataSource={e.answers}
            columns={[
              { title: '题目', dataIndex: 'stem', key: 'stem', ellipsis: true },
              { title: '出现', dataIndex: 'shownAt', key: 'shown', render: (v: string, a) => `${formatTime(v)}${a.shownFrom === 'attempt_start' ? '（开始作答）' : ''}` },
              { title: '作答', dataIndex: 'savedAt', key: 'saved', render: (v: string) => formatTime(v) },
              { title: '用时', dataIndex: 'seconds', key: 's', render: (v: number) => `${v.toFixed(1)} 秒` },
            ]}
          />
        </>
      ) : (
        <SharedEvidence e={e as Shared} />
      )}
    </div>
  );
}

function SharedEvidence({ e }: { e: Shared }) {
  return (
    <>
      <Descriptions size="small" column={3}>
        <Descriptions.Item label="工作单位">{e.employer}</Descriptions.Item>
        <Descriptions.Item label="时间窗口">{e.windowMinutes} 分钟</Descriptions.Item>
        <Descriptions.Item label="学员">{e.learners.map((l) => l.name).join('、')}</Descriptions.Item>
      </Descriptions>
      <Table
        size="small"
        pagination={false}
        rowKey="id"
        dataSource={e.attempts}
        columns={[
          { title: '学员', dataIndex: 'learnerName', key: 'n' },
          { title: '交卷', dataIndex: 'gradedAt', key: 'g', render: (v: string) => formatTime(v) },
          { title: '得分', dataIndex: 'score', key: 's' },
          { title: '相同选择', dataIndex: 'common', key: 'c' },
          { title: '相同错选', dataIndex: 'wrongInCommon', key: 'w', render: (v: number) => <Typography.Text type={v ? 'danger' : undefined}>{v}</Typography.Text> },
        ]}
      />
      <Typography.Paragraph style={{ marginTop: 8, marginBottom: 0 }}>
        相同的作答序列：
        {e.sequence.map((s) => (
          <Tag key={s.questionId} color={s.correct ? 'default' : 'red'} title={s.stem}>
            {s.choice}
          </Tag>
        ))}
      </Typography.Paragraph>
    </>
  );
}

function ClearModal({ flag, onClose }: { flag: Flag; onClose: (done: boolean) => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const [saving, setSaving] = useState(false);
  const save = async () => {
    const { reason } = await form.validateFields();
    setSaving(true);
    try {
      await clearFlag(flag.id, reason.trim());
      message.success('已清除标记');
      onClose(true);
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal open title={`清除标记：${flag.learner.name}`} okText="清除" cancelText="取消" confirmLoading={saving} onOk={() => void save()} onCancel={() => onClose(false)} destroyOnClose>
      <Typography.Paragraph>{flag.summary}</Typography.Paragraph>
      <Form form={form} layout="vertical">
        <Form.Item name="reason" label="核查结论（记入审计日志）" rules={[{ required: true, whitespace: true, message: '请填写理由' }, { max: 200 }]}>
          <Input.TextArea rows={3} showCount maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
