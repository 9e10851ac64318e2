import { useState } from 'react';
import { App, Button, Col, Form, Input, InputNumber, Modal, Row, Select, Space, Switch, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { createQuiz, listBanks, updateQuiz, GRADING_NAMES, REVIEW_NAMES, type CourseDetail, type Quiz } from '../../api/courses';
import { useMe } from '../../auth/AuthContext';
import { errorMessage } from '../../lib/errors';
import { canWrite } from '../../lib/roles';
import { useRequest } from '../../lib/use-request';

interface Values {
  title?: string;
  draws: { bankId: string; count: number }[];
  timeLimitMinutes: number;
  maxAttempts: number;
  passMark: number;
  grading: Quiz['grading'];
  review: Quiz['review'];
  shuffleQuestions: boolean;
  shuffleOptions: boolean;
}

/** A module quiz (moduleId) or the final exam (null): questions drawn from banks, time limit, attempts, pass mark, grading, review. */
export function QuizForm({ course, moduleId, quiz, onClose }: { course: CourseDetail; moduleId: string | null; quiz?: Quiz; onClose: (saved: boolean) => void }) {
  const { role } = useMe();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const banks = useRequest((signal) => listBanks({ pageSize: 200 }, signal), []);
  const readOnly = !canWrite(role);
  const moduleTitle = moduleId ? course.modules.find((m) => m.id === moduleId)?.title : undefined;
  const draws = Form.useWatch('draws', form) ?? [];
  const total = draws.reduce((n, d) => n + (d?.count ?? 0), 0);

  const save = async () => {
    const v = await form.validateFields();
    setSaving(true);
    try {
      const settings = { ...v, title: v.title?.trim() || undefined };
      if (quiz) await updateQuiz(quiz.id, { ...settings, title: settings.title ?? quiz.title });
      else await createQuiz({ ...settings, courseId: course.id, moduleId });
      message.success(quiz ? '已保存测验设置' : '已创建测验');
      onClose(true);
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setSaving(false);
    }
  };

  const bankOptions = (banks.data?.items ?? []).map((b) => ({ value: b.id, label: `${b.title}（${b.code}，考试题 ${b.questionCount - b.practiceCount}）` }));
  return (
    <Modal
      open
      width={720}
      title={`${moduleTitle ? `模块测验 · ${moduleTitle}` : '结业考试'}${quiz ? '' : '（新建）'}`}
      okText="保存"
      cancelText={readOnly ? '关闭' : '取消'}
      okButtonProps={{ style: readOnly ? { display: 'none' } : undefined }}
      onOk={() => void save()}
      confirmLoading={saving}
      onCancel={() => onClose(false)}
      destroyOnClose
    >
      <Form<Values>
        form={form}
        layout="vertical"
        disabled={readOnly}
        initialValues={
          quiz ?? { draws: [{ bankId: undefined as unknown as string, count: 10 }], timeLimitMinutes: 30, maxAttempts: 3, passMark: 60, grading: 'highest', review: 'full', shuffleQuestions: true, shuffleOptions: true }
        }
      >
        <Form.Item name="title" label="名称" rules={[{ max: 100 }]} extra={quiz ? undefined : '不填则按模块名自动命名'}>
          <Input />
        </Form.Item>
        <Typography.Text strong>抽题规则</Typography.Text>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          每次作答从所选题库随机抽取；只抽“考试”用途的题，练习题不会进入试卷。共 {total} 题。
        </Typography.Paragraph>
        <Form.List name="draws">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Space key={field.key} align="baseline" style={{ display: 'flex' }}>
                  <Form.Item name={[field.name, 'bankId']} rules={[{ required: true, message: '请选择题库' }]} style={{ width: 440 }}>
                    <Select placeholder="题库" options={bankOptions} loading={banks.loading} showSearch optionFilterProp="label" />
                  </Form.Item>
                  <Form.Item name={[field.name, 'count']} rules={[{ required: true, message: '题数' }]}>
                    <InputNumber min={1} max={200} addonAfter="题" />
                  </Form.Item>
                  {fields.length > 1 && !readOnly && <MinusCircleOutlined onClick={() => remove(field.name)} aria-label="删除此规则" />}
                </Space>
              ))}
              {!readOnly && fields.length < 20 && (
                <Button type="dashed" onClick={() => add({ count: 5 })} icon={<PlusOutlined />} style={{ marginBottom: 16 }}>
                  再从一个题库抽题
                </Button>
              )}
            </>
          )}
        </Form.List>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item name="timeLimitMinutes" label="限时（分钟）" rules={[{ required: true }]}>
              <InputNumber min={1} max={300} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="maxAttempts" label="最多作答次数" rules={[{ required: true }]}>
              <InputNumber min={1} max={20} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="passMark" label="及格分（百分制）" rules={[{ required: true }]}>
              <InputNumber min={0} max={100} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="grading" label="成绩计算">
              <Select options={Object.entries(GRADING_NAMES).map(([value, label]) => ({ value, label }))} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="review" label="交卷后可看">
              <Select options={Object.entries(REVIEW_NAMES).map(([value, label]) => ({ value, label }))} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="shuffleQuestions" label="题目乱序" valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="shuffleOptions" label="选项乱序" valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
        </Row>
        {quiz && <Typography.Text type="secondary">修改后，正在进行的作答仍使用原试卷。</Typography.Text>}
      </Form>
    </Modal>
  );
}
