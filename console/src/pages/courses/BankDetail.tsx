import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Alert, App, Breadcrumb, Button, Card, Checkbox, Col, Form, Input, Modal, Popconfirm, Radio, Row, Segmented, Space, Statistic, Switch, Table, Tag, Typography, Upload } from 'antd';
import { DownloadOutlined, InboxOutlined, MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import {
  createQuestion,
  deleteQuestion,
  downloadBankTemplate,
  getBank,
  importQuestions,
  optionLetter,
  updateQuestion,
  QUESTION_TYPE_NAMES,
  QUESTION_USE_NAMES,
  type BankImportReport,
  type Question,
} from '../../api/courses';
import { useMe } from '../../auth/AuthContext';
import { PageState } from '../../components/PageState';
import { errorMessage } from '../../lib/errors';
import { useOffices } from '../../lib/offices';
import { canWrite } from '../../lib/roles';
import { useRequest } from '../../lib/use-request';

type UseFilter = 'all' | Question['use'];

/** A bank's questions with their answers (staff only); add, edit, delete; import a sheet with the per-row report. */
export function BankDetail() {
  const { bankId = '' } = useParams();
  const { role } = useMe();
  const { message } = App.useApp();
  const { byId } = useOffices();
  const bank = useRequest((signal) => getBank(bankId, signal), [bankId]);
  const [use, setUse] = useState<UseFilter>('all');
  const [editing, setEditing] = useState<{ question?: Question } | null>(null);
  const [importing, setImporting] = useState(false);
  const writer = canWrite(role);
  const b = bank.data;
  const questions = (b?.questions ?? []).filter((q) => use === 'all' || q.use === use);

  const remove = async (q: Question) => {
    try {
      await deleteQuestion(bankId, q.id);
      message.success('已删除题目');
      bank.reload();
    } catch (err) {
      message.error(errorMessage(err));
    }
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Breadcrumb items={[{ title: <Link to="/courses?tab=banks">课程与题库</Link> }, { title: '题库' }, { title: b?.title ?? '…' }]} />
      <PageState loading={bank.loading && !b} error={bank.error} onRetry={bank.reload}>
        {b && (
          <Card
            title={
              <Space>
                <span>{b.title}</span>
                <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
                  {b.code} · {byId.get(b.officeId)?.name ?? ''}
                </Typography.Text>
              </Space>
            }
            extra={
              writer && (
                <Space>
                  <Button onClick={() => setImporting((v) => !v)}>{importing ? '收起导入' : '批量导入'}</Button>
                  <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})}>
                    添加题目
                  </Button>
                </Space>
              )
            }
          >
            {importing && writer && <BankImport bankId={b.id} onImported={bank.reload} />}
            <div className="toolbar" style={{ alignItems: 'center' }}>
              <Segmented<UseFilter>
                value={use}
                onChange={setUse}
                options={[
                  { value: 'all', label: `全部 ${b.questions.length}` },
                  { value: 'exam', label: `考试 ${b.questionCount - b.practiceCount}` },
                  { value: 'practice', label: `练习 ${b.practiceCount}` },
                ]}
              />
              <Typography.Text type="secondary">练习题只在练习中出现，不会抽进测验和考试。</Typography.Text>
            </div>
            <Table<Question>
              rowKey="id"
              size="small"
              dataSource={questions}
              locale={{ emptyText: b.questions.length ? '没有这类题目' : '题库还是空的，可添加题目或批量导入' }}
              pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (t) => `共 ${t} 题` }}
              expandable={{ expandedRowRender: (q) => <QuestionBody q={q} />, rowExpandable: () => true }}
              columns={[
                { title: '题型', dataIndex: 'type', key: 'type', width: 70, render: (t: Question['type']) => <Tag>{QUESTION_TYPE_NAMES[t]}</Tag> },
                { title: '用途', dataIndex: 'use', key: 'use', width: 70, render: (u: Question['use']) => <Tag color={u === 'practice' ? 'purple' : 'blue'}>{QUESTION_USE_NAMES[u]}</Tag> },
                { title: '题干', dataIndex: 'stem', key: 'stem', ellipsis: true },
                { title: '答案', dataIndex: 'answer', key: 'answer', width: 70, render: (a: number[]) => <Typography.Text strong>{a.map(optionLetter).join('')}</Typography.Text> },
                ...(writer
                  ? [
                      {
                        title: '操作',
                        key: 'a',
                        width: 140,
                        render: (_: unknown, q: Question) => (
                          <Space size="small">
                            <Button size="small" onClick={() => setEditing({ question: q })}>
                              编辑
                            </Button>
                            <Popconfirm title="删除此题？" description="已被抽进试卷、或测验需要它凑足题数时不能删除。" onConfirm={() => remove(q)} okText="删除" okButtonProps={{ danger: true }} cancelText="取消">
                              <Button size="small" danger>
                                删除
                              </Button>
                            </Popconfirm>
                          </Space>
                        ),
                      },
                    ]
                  : []),
              ]}
            />
          </Card>
        )}
      </PageState>
      {editing && (
        <QuestionForm
          bankId={bankId}
          question={editing.question}
          onClose={(saved) => {
            setEditing(null);
            if (saved) bank.reload();
          }}
        />
      )}
    </Space>
  );
}

function QuestionBody({ q }: { q: Question }) {
  return (
    <div style={{ paddingLeft: 8 }}>
      <Typography.Paragraph style={{ marginBottom: 6 }}>{q.stem}</Typography.Paragraph>
      <ol type="A" style={{ margin: 0, paddingLeft: 24 }}>
        {q.options.map((o, i) => (
          <li key={i} style={{ color: q.answer.includes(i) ? '#389e0d' : undefined, fontWeight: q.answer.includes(i) ? 600 : undefined }}>
            {o}
          </li>
        ))}
      </ol>
      {q.explanation && <Typography.Paragraph type="secondary" style={{ marginTop: 6, marginBottom: 0 }}>解析：{q.explanation}</Typography.Paragraph>}
    </div>
  );
}

interface QValues {
  type: Question['type'];
  use: Question['use'];
  stem: string;
  options: string[];
  answer: number[];
  explanation: string;
}

function QuestionForm({ bankId, question, onClose }: { bankId: string; question?: Question; onClose: (saved: boolean) => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<QValues>();
  const [saving, setSaving] = useState(false);
  const type = Form.useWatch('type', form) ?? question?.type ?? 'single';
  const options: string[] = Form.useWatch('options', form) ?? question?.options ?? [];
  const shownOptions = type === 'truefalse' ? ['正确', '错误'] : options;

  const save = async () => {
    const v = await form.validateFields();
    const body = { ...v, options: v.type === 'truefalse' ? ['正确', '错误'] : v.options.map((o) => o.trim()), answer: [...v.answer].sort((a, b) => a - b), explanation: v.explanation ?? '' };
    setSaving(true);
    try {
      if (question) await updateQuestion(bankId, question.id, body);
      else await createQuestion(bankId, body);
      message.success(question ? '已保存题目' : '已添加题目');
      onClose(true);
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal open width={680} title={question ? '编辑题目' : '添加题目'} okText="保存" cancelText="取消" onOk={() => void save()} confirmLoading={saving} onCancel={() => onClose(false)} destroyOnClose>
      <Form<QValues> form={form} layout="vertical" initialValues={question ?? { type: 'single', use: 'exam', options: ['', '', '', ''], answer: [], explanation: '' }}>
        <Space size="large" wrap>
          <Form.Item name="type" label="题型">
            <Radio.Group
              optionType="button"
              options={Object.entries(QUESTION_TYPE_NAMES).map(([value, label]) => ({ value, label }))}
              onChange={() => form.setFieldValue('answer', [])}
            />
          </Form.Item>
          <Form.Item name="use" label="用途" extra={question?.use === 'practice' ? '练习题的答案已向学员展示，不能再改为考试题' : undefined}>
            <Radio.Group
              optionType="button"
              options={[
                { value: 'exam', label: '考试（可抽进试卷）' },
                { value: 'practice', label: '练习（只在练习中出现）' },
              ].map((o) => ({ ...o, disabled: o.value === 'exam' && question?.use === 'practice' }))}
            />
          </Form.Item>
        </Space>
        <Form.Item name="stem" label="题干" rules={[{ required: true, whitespace: true, message: '题干不能为空' }, { max: 1000 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
        {type !== 'truefalse' && (
          <Form.List name="options">
            {(fields, { add, remove }) => (
              <>
                <div style={{ marginBottom: 8 }}>选项</div>
                {fields.map((field, i) => (
                  <Space key={field.key} align="baseline" style={{ display: 'flex' }}>
                    <Typography.Text strong style={{ width: 20, display: 'inline-block' }}>
                      {optionLetter(i)}
                    </Typography.Text>
                    <Form.Item name={field.name} rules={[{ required: true, whitespace: true, message: '选项不能为空' }, { max: 200 }]} style={{ width: 520, marginBottom: 8 }}>
                      <Input />
                    </Form.Item>
                    {fields.length > 2 && <MinusCircleOutlined onClick={() => remove(field.name)} aria-label={`删除选项${optionLetter(i)}`} />}
                  </Space>
                ))}
                {fields.length < 8 && (
                  <Button type="dashed" size="small" icon={<PlusOutlined />} onClick={() => add('')} style={{ marginBottom: 12 }}>
                    添加选项
                  </Button>
                )}
              </>
            )}
          </Form.List>
        )}
        <Form.Item name="answer" label="正确答案" rules={[{ required: true, type: 'array', min: 1, message: '请选择正确答案' }]}>
          {type === 'multiple' ? (
            <Checkbox.Group options={shownOptions.map((_, i) => ({ value: i, label: optionLetter(i) }))} />
          ) : (
            <AnswerRadio options={shownOptions} />
          )}
        </Form.Item>
        <Form.Item name="explanation" label="解析" rules={[{ max: 2000 }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** A single answer kept as a one-element array, as the API takes it. */
function AnswerRadio({ value, onChange, options }: { value?: number[]; onChange?: (v: number[]) => void; options: string[] }) {
  return <Radio.Group value={value?.[0]} onChange={(e) => onChange?.([e.target.value as number])} options={options.map((o, i) => ({ value: i, label: options.length === 2 && o ? `${optionLetter(i)} ${o}` : optionLetter(i) }))} />;
}

const IMPORT_STATUS: Record<BankImportReport['rows'][number]['status'], { label: string; color: string }> = {
  created: { label: '新增', color: 'green' },
  skipped: { label: '跳过', color: 'gold' },
  rejected: { label: '未导入', color: 'red' },
};

function BankImport({ bankId, onImported }: { bankId: string; onImported: () => void }) {
  const { message } = App.useApp();
  const [uploading, setUploading] = useState(false);
  const [report, setReport] = useState<{ file: string; result: BankImportReport }>();
  const [error, setError] = useState<string>();
  const [problemsOnly, setProblemsOnly] = useState(false);
  const upload = async (file: File) => {
    setUploading(true);
    setError(undefined);
    setReport(undefined);
    try {
      const result = await importQuestions(bankId, file);
      setReport({ file: file.name, result });
      setProblemsOnly(result.rejected > 0);
      if (result.rejected) message.warning(`导入完成，${result.rejected} 行未导入`);
      else message.success(`导入完成，新增 ${result.created} 题`);
      onImported();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setUploading(false);
    }
  };
  const rows = report ? report.result.rows.filter((r) => !problemsOnly || r.status !== 'created') : [];
  return (
    <Card size="small" style={{ marginBottom: 16, background: '#fafafa' }} data-testid="bank-import">
      <Space direction="vertical" style={{ width: '100%' }}>
        <Space wrap>
          <Button icon={<DownloadOutlined />} onClick={() => void downloadBankTemplate('xlsx').catch((err: unknown) => message.error(errorMessage(err)))}>
            下载模板（Excel）
          </Button>
          <Button icon={<DownloadOutlined />} onClick={() => void downloadBankTemplate('csv').catch((err: unknown) => message.error(errorMessage(err)))}>
            CSV 模板
          </Button>
          <Typography.Text type="secondary">列：题型、题干、选项A–E、答案、解析、用途（考试/练习）；也可上传 JSON 数组。有效的行会导入，有问题的行在下方列出。</Typography.Text>
        </Space>
        <Upload.Dragger accept=".xlsx,.csv,.json" multiple={false} showUploadList={false} disabled={uploading} beforeUpload={(file) => (void upload(file), false)}>
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{uploading ? '正在导入…' : '点击或拖拽题目文件到此处'}</p>
        </Upload.Dragger>
        {error && <Alert type="error" showIcon message="导入失败" description={error} />}
        {report && (
          <>
            <Row gutter={16}>
              <Col span={6}>
                <Statistic title={`文件 ${report.file}`} value={report.result.total} suffix="行" />
              </Col>
              <Col span={6}>
                <Statistic title="新增" value={report.result.created} valueStyle={{ color: '#389e0d' }} />
              </Col>
              <Col span={6}>
                <Statistic title="未导入" value={report.result.rejected} valueStyle={{ color: report.result.rejected ? '#c8161d' : undefined }} />
              </Col>
              <Col span={6}>
                <Space style={{ marginTop: 24 }}>
                  <span>只看有问题的行</span>
                  <Switch checked={problemsOnly} onChange={setProblemsOnly} aria-label="只看有问题的行" />
                </Space>
              </Col>
            </Row>
            <Table
              rowKey={(r) => `${r.row}-${r.status}-${r.field ?? ''}`}
              size="small"
              dataSource={rows}
              pagination={{ pageSize: 50, hideOnSinglePage: true }}
              rowClassName={(r) => (r.status === 'rejected' ? 'import-row-rejected' : '')}
              locale={{ emptyText: problemsOnly ? '没有有问题的行' : '文件中没有数据行' }}
              columns={[
                { title: '行号', dataIndex: 'row', key: 'row', width: 80 },
                { title: '结果', dataIndex: 'status', key: 'status', width: 100, render: (s: keyof typeof IMPORT_STATUS) => <Tag color={IMPORT_STATUS[s].color}>{IMPORT_STATUS[s].label}</Tag> },
                { title: '列', dataIndex: 'field', key: 'field', width: 140, render: (v?: string) => v ?? '—' },
                { title: '原因', dataIndex: 'reason', key: 'reason', render: (v?: string) => v ?? '—' },
              ]}
            />
          </>
        )}
      </Space>
    </Card>
  );
}

