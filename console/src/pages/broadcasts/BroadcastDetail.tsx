import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { Alert, App, Breadcrumb, Button, Card, Col, Descriptions, Form, Input, Modal, Popconfirm, Row, Space, Statistic, Table, Tag, Timeline, Tooltip, Typography } from 'antd';
import { CheckOutlined, CloseOutlined, EditOutlined, EyeOutlined, ReloadOutlined, SendOutlined, StopOutlined } from '@ant-design/icons';
import {
  approveBroadcast,
  broadcastStats,
  cancelBroadcast,
  getBroadcast,
  previewAudience,
  rejectBroadcast,
  submitBroadcast,
  DELIVERY_STATE_NAMES,
  KIND_NAMES,
  STATE_NAMES,
  type AudiencePreview,
  type Broadcast,
} from '../../api/broadcasts';
import { channelName } from '../../api/campaigns';
import { ENTERPRISE_LEVEL_NAMES } from '../../api/people';
import { useMe } from '../../auth/AuthContext';
import { Chart, type ChartOption } from '../../components/Chart';
import { MarkdownView } from '../../components/Markdown';
import { PageState } from '../../components/PageState';
import { errorMessage } from '../../lib/errors';
import { formatTime } from '../../lib/format';
import { useOffices } from '../../lib/offices';
import { canWrite, isAdmin } from '../../lib/roles';
import { useRequest } from '../../lib/use-request';

const LIVE = new Set(['submitted', 'approved', 'scheduled', 'sending']);
const SENT = new Set(['approved', 'scheduled', 'sending', 'sent', 'cancelled']);

/** One broadcast: its text as readers will see it, its audience, its history, and what I may do with it now. */
export function BroadcastDetail() {
  const { broadcastId = '' } = useParams();
  const { me, role } = useMe();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { byId } = useOffices();
  const item = useRequest((signal) => getBroadcast(broadcastId, signal), [broadcastId]);
  const [preview, setPreview] = useState<AudiencePreview>();
  const [previewing, setPreviewing] = useState(false);
  const [rejecting, setRejecting] = useState(false);
  const [busy, setBusy] = useState(false);
  const b = item.data;
  const { reload } = item;

  // While someone else may move it (an approver, the sender), look again every few seconds.
  useEffect(() => {
    if (!b || !LIVE.has(b.state)) return;
    const timer = setInterval(reload, 4000);
    return () => clearInterval(timer);
  }, [b, reload]);

  const act = async (what: () => Promise<Broadcast>, done: string) => {
    setBusy(true);
    try {
      await what();
      message.success(done);
      item.reload();
    } catch (err) {
      message.error(errorMessage(err));
      item.reload();
    } finally {
      setBusy(false);
    }
  };
  const showPreview = async () => {
    setPreviewing(true);
    try {
      setPreview(await previewAudience(broadcastId));
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setPreviewing(false);
    }
  };

  const mine = b ? b.authorId === me.staff.id || b.submittedById === me.staff.id : false;
  const writer = canWrite(role);
  const admin = isAdmin(role);

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Breadcrumb items={[{ title: <Link to="/broadcasts">宣传推送</Link> }, { title: b?.title ?? '…' }]} />
      <PageState loading={item.loading && !b} error={item.error} onRetry={item.reload}>
        {b && (
          <Space direction="vertical" size="middle" style={{ width: '100%' }}>
            <Card
              title={
                <Space wrap>
                  <span>{b.title}</span>
                  <Tag color={STATE_NAMES[b.state].color} data-testid="broadcast-state">
                    {STATE_NAMES[b.state].label}
                  </Tag>
                  {b.urgent && <Tag color="red">紧急</Tag>}
                </Space>
              }
              extra={
                <Space wrap>
                  <Button icon={<ReloadOutlined />} onClick={item.reload} aria-label="刷新" />
                  {writer && (b.state === 'draft' || b.state === 'rejected') && (
                    <Button icon={<EditOutlined />} onClick={() => navigate(`/broadcasts/${b.id}/edit`)}>
                      修改
                    </Button>
                  )}
                  {writer && b.state === 'draft' && (
                    <Popconfirm title="提交审核？" description="提交后由本级或上级管理员（非本人）审批。" onConfirm={() => act(() => submitBroadcast(b.id), '已提交审核')} okText="提交" cancelText="取消">
                      <Button type="primary" icon={<SendOutlined />} loading={busy} data-testid="submit-broadcast">
                        提交审核
                      </Button>
                    </Popconfirm>
                  )}
                  {admin && b.state === 'submitted' && !mine && (
                    <>
                      {b.flaggedWords.length ? (
                        <Tooltip title="含敏感词，须修改后才能批准">
                          <Button type="primary" icon={<CheckOutlined />} disabled data-testid="approve-broadcast">
                            批准
                          </Button>
                        </Tooltip>
                      ) : (
                        <Popconfirm title="批准并发送？" description={b.scheduledAt ? `将于 ${formatTime(b.scheduledAt)} 发送。` : '批准后立即开始发送（免打扰时段顺延）。'} onConfirm={() => act(() => approveBroadcast(b.id), '已批准')} okText="批准" cancelText="取消">
                          <Button type="primary" icon={<CheckOutlined />} loading={busy} data-testid="approve-broadcast">
                            批准
                          </Button>
                        </Popconfirm>
                      )}
                      <Button danger icon={<CloseOutlined />} onClick={() => setRejecting(true)} data-testid="reject-broadcast">
                        驳回
                      </Button>
                    </>
                  )}
                  {writer && !['sent', 'cancelled'].includes(b.state) && (
                    <Popconfirm title="取消这条推送？" description={b.state === 'sending' ? '尚未发出的部分将停止发送。' : '取消后不能恢复。'} onConfirm={() => act(() => cancelBroadcast(b.id), '已取消')} okText="取消推送" okButtonProps={{ danger: true }} cancelText="返回">
                      <Button icon={<StopOutlined />}>取消推送</Button>
                    </Popconfirm>
                  )}
                </Space>
              }
            >
              {admin && b.state === 'submitted' && mine && (
                <Alert type="info" showIcon style={{ marginBottom: 12 }} data-testid="own-broadcast-note" message="这条推送由您撰写或提交，按“双人审核”规定须由其他管理员审批，因此不显示批准和驳回按钮。" />
              )}
              {!admin && b.state === 'submitted' && <Alert type="info" showIcon style={{ marginBottom: 12 }} message="等待管理员审批。" />}
              {b.flaggedWords.length > 0 && (
                <Alert type="warning" showIcon style={{ marginBottom: 12 }} data-testid="flagged-alert" message={`含敏感词：${b.flaggedWords.join('、')}`} description="含敏感词的推送不能通过审批，请修改后重新提交。" />
              )}
              {b.state === 'rejected' && <Alert type="error" showIcon style={{ marginBottom: 12 }} message={`已驳回：${b.reason ?? ''}`} description={writer ? '点击“修改”，保存后重新成为草稿。' : undefined} />}
              <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }}>
                <Descriptions.Item label="发布单位">{byId.get(b.officeId)?.name ?? '—'}</Descriptions.Item>
                <Descriptions.Item label="撰写人">{b.authorName}</Descriptions.Item>
                <Descriptions.Item label="发送时间">{b.scheduledAt ? formatTime(b.scheduledAt) : '批准后立即'}</Descriptions.Item>
                <Descriptions.Item label="推送和创办" span={2}>
                  {b.audience.officeIds.map((id) => byId.get(id)?.name ?? '—').join('、')}
                </Descriptions.Item>
                <Descriptions.Item label="人群">{b.audience.kinds.map((k) => KIND_NAMES[k]).join('、')}</Descriptions.Item>
                <Descriptions.Item label="筛选" span={2}>
                  {[
                    b.audience.industry && `行业：${b.audience.industry}`,
                    b.audience.level && `等级：${ENTERPRISE_LEVEL_NAMES[b.audience.level as keyof typeof ENTERPRISE_LEVEL_NAMES] ?? b.audience.level}`,
                    b.audience.hasUnion !== null && (b.audience.hasUnion ? '已建工会' : '未建工会'),
                    b.audience.cohort && `批次：${b.audience.cohort}`,
                  ]
                    .filter(Boolean)
                    .join('；') || '不限'}
                </Descriptions.Item>
                <Descriptions.Item label="公开">{b.public ? '是' : '否'}</Descriptions.Item>
                {b.link && (
                  <Descriptions.Item label="原文链接" span={3}>
                    <a href={b.link} target="_blank" rel="noopener noreferrer">
                      {b.link}
                    </a>
                  </Descriptions.Item>
                )}
              </Descriptions>
            </Card>
            <Row gutter={16}>
              <Col xs={24} xl={14}>
                <Card title="正文预览" size="small">
                  {b.coverUrl && <img src={b.coverUrl} alt="封面" style={{ maxWidth: '100%', maxHeight: 200, marginBottom: 8 }} />}
                  {b.summary && <Typography.Paragraph type="secondary">{b.summary}</Typography.Paragraph>}
                  <MarkdownView source={b.body} />
                </Card>
              </Col>
              <Col xs={24} xl={10}>
                <Card
                  title="受众预览"
                  size="small"
                  extra={
                    <Button size="small" icon={<EyeOutlined />} loading={previewing} onClick={() => void showPreview()}>
                      {preview ? '重新计算' : '计算受众'}
                    </Button>
                  }
                  style={{ marginBottom: 16 }}
                >
                  {preview ? <PreviewView preview={preview} /> : <Typography.Text type="secondary">发送前计算将触达多少人、经哪些渠道，并列出部分人员（已脱敏）。</Typography.Text>}
                </Card>
                <Card title="流转记录" size="small">
                  <Timeline
                    items={b.history.map((h) => ({
                      color: h.to === 'rejected' || h.to === 'cancelled' ? 'red' : h.to === 'sent' || h.to === 'approved' ? 'green' : 'blue',
                      children: (
                        <>
                          <b>{STATE_NAMES[h.to].label}</b> · {h.byName} · {formatTime(h.at)}
                          {h.reason && <div style={{ color: '#8c8c8c' }}>理由：{h.reason}</div>}
                        </>
                      ),
                    }))}
                  />
                  {!b.history.length && <Typography.Text type="secondary">草稿，尚未提交</Typography.Text>}
                </Card>
              </Col>
            </Row>
            {SENT.has(b.state) && <StatsCard id={b.id} live={b.state === 'sending' || b.state === 'approved'} />}
          </Space>
        )}
      </PageState>
      {rejecting && b && (
        <RejectModal
          onClose={(reason) => {
            setRejecting(false);
            if (reason) void act(() => rejectBroadcast(b.id, reason), '已驳回');
          }}
        />
      )}
    </Space>
  );
}

interface ReachRow {
  key: string;
  name: string;
  total: number;
  mp: number | null;
  chat: number | null;
  none: number | null;
  robot?: number;
}

function PreviewView({ preview }: { preview: AudiencePreview }) {
  const { byId } = useOffices();
  const people = [
    { key: 'instructors', name: '学员', r: preview.instructors },
    { key: 'contacts', name: '企业联系人', r: preview.contacts },
  ].filter((p) => p.r);
  return (
    <div data-testid="audience-preview">
      <Typography.Paragraph>覆盖 {preview.offices} 个和创办。</Typography.Paragraph>
      <Table<ReachRow>
        size="small"
        pagination={false}
        rowKey="key"
        dataSource={[
          ...people.map((p) => ({ key: p.key, name: p.name, total: p.r!.total, mp: p.r!.miniProgram, chat: p.r!.chat, none: p.r!.unreachable })),
          ...(preview.rooms ? [{ key: 'rooms', name: '群聊', total: preview.rooms.total, mp: null, chat: preview.rooms.total - preview.rooms.wecomRobot, none: null, robot: preview.rooms.wecomRobot }] : []),
        ]}
        columns={[
          { title: '人群', dataIndex: 'name', key: 'name' },
          { title: '合计', dataIndex: 'total', key: 'total' },
          { title: '小程序', dataIndex: 'mp', key: 'mp', render: (v: number | null) => v ?? '—' },
          { title: '机器人', dataIndex: 'chat', key: 'chat', render: (v: number | null, r) => (r.robot !== undefined ? `${v ?? 0}（群机器人 ${r.robot}）` : (v ?? '—')) },
          { title: '无法触达', dataIndex: 'none', key: 'none', render: (v: number | null) => (v === null ? '—' : <Typography.Text type={v ? 'danger' : undefined}>{v}</Typography.Text>) },
        ]}
      />
      {people.some((p) => p.r!.sample.length) && (
        <div style={{ marginTop: 8 }}>
          <Typography.Text type="secondary">部分人员：</Typography.Text>
          {people.flatMap((p) =>
            p.r!.sample.map((s, i) => (
              <Tag key={`${p.key}-${i}`} style={{ marginTop: 4 }}>
                {s.maskedName} · {byId.get(s.officeId)?.name.replace(/和创办$/, '') ?? ''}
              </Tag>
            )),
          )}
        </div>
      )}
    </div>
  );
}

function StatsCard({ id, live }: { id: string; live: boolean }) {
  const { byId } = useOffices();
  const stats = useRequest((signal) => broadcastStats(id, signal), [id]);
  const { reload } = stats;
  useEffect(() => {
    if (!live) return;
    const timer = setInterval(reload, 5000);
    return () => clearInterval(timer);
  }, [live, reload]);
  const s = stats.data;
  const option = useMemo<ChartOption | undefined>(() => {
    if (!s) return undefined;
    const states = Object.entries(s.byState).filter(([, n]) => n > 0);
    const reads = Object.entries(s.readsByOffice).sort((a, b) => b[1] - a[1]);
    return {
      tooltip: { trigger: 'item' },
      legend: { bottom: 0, left: 0, orient: 'horizontal' },
      grid: { left: '52%', right: 16, top: 24, bottom: 40, containLabel: true },
      xAxis: { type: 'value', minInterval: 1, name: '阅读' },
      yAxis: { type: 'category', data: reads.map(([o]) => (byId.get(o)?.name ?? '其他').replace(/和创办$/, '')), inverse: true },
      series: [
        { type: 'pie', radius: ['30%', '55%'], center: ['24%', '45%'], label: { show: false }, data: states.map(([k, n]) => ({ name: DELIVERY_STATE_NAMES[k] ?? k, value: n })) },
        { type: 'bar', name: '阅读', barMaxWidth: 18, itemStyle: { color: '#c8161d' }, data: reads.map(([, n]) => n), label: { show: true, position: 'right' } },
      ],
    };
  }, [s, byId]);
  return (
    <Card title="发送统计" size="small" data-testid="broadcast-stats" extra={<Button size="small" icon={<ReloadOutlined />} onClick={reload} aria-label="刷新统计" />}>
      <PageState loading={stats.loading && !s} error={stats.error} onRetry={reload}>
        {s && (
          <>
            <Space size="large" wrap style={{ marginBottom: 8 }}>
              <Statistic title="投递" value={s.deliveries} />
              {Object.entries(s.byState).map(([k, n]) => (
                <Statistic key={k} title={DELIVERY_STATE_NAMES[k] ?? k} value={n} />
              ))}
              <Statistic title="阅读" value={s.reads} valueStyle={{ color: '#c8161d' }} />
            </Space>
            {Object.keys(s.byChannel).length > 0 && (
              <div style={{ marginBottom: 8 }}>
                <Typography.Text type="secondary">已送达渠道：</Typography.Text>
                {Object.entries(s.byChannel).map(([c, n]) => (
                  <Tag key={c}>
                    {channelName(c)} {n}
                  </Tag>
                ))}
              </div>
            )}
            {s.deliveries > 0 && option ? (
              <Chart option={option} height={280} label="投递状态分布与各和创办阅读数" />
            ) : (
              <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
                尚无投递记录{s.state === 'approved' || s.state === 'scheduled' ? '（等待发送）' : ''}。
              </Typography.Paragraph>
            )}
          </>
        )}
      </PageState>
    </Card>
  );
}

function RejectModal({ onClose }: { onClose: (reason?: string) => void }) {
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <Modal
      open
      title="驳回推送"
      okText="驳回"
      okButtonProps={{ danger: true }}
      cancelText="取消"
      onOk={() => void form.validateFields().then((v) => onClose(v.reason.trim()))}
      onCancel={() => onClose()}
      destroyOnClose
    >
      <Form form={form} layout="vertical">
        <Form.Item name="reason" label="驳回理由（撰写人可见）" rules={[{ required: true, whitespace: true, message: '请填写理由' }, { max: 200 }]}>
          <Input.TextArea rows={3} showCount maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
