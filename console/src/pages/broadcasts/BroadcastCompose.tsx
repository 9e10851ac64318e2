import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import dayjs, { type Dayjs } from 'dayjs';
import { Alert, App, Breadcrumb, Button, Card, Checkbox, Col, DatePicker, Form, Input, Row, Select, Space, Switch, TreeSelect, Typography } from 'antd';
import { createBroadcast, getBroadcast, updateBroadcast, KIND_NAMES, type AudienceKind, type Broadcast, type BroadcastInput } from '../../api/broadcasts';
import { ENTERPRISE_LEVEL_NAMES } from '../../api/people';
import { useMe } from '../../auth/AuthContext';
import { MarkdownEditor } from '../../components/Markdown';
import { PageState } from '../../components/PageState';
import { errorMessage } from '../../lib/errors';
import { officeTree, useOffices } from '../../lib/offices';
import { useRequest } from '../../lib/use-request';

interface Values {
  title: string;
  summary: string;
  body: string;
  coverUrl?: string;
  link?: string;
  public: boolean;
  urgent: boolean;
  scheduledAt?: Dayjs | null;
  officeIds: string[];
  kinds: AudienceKind[];
  industry?: string;
  level?: string;
  cohort?: string;
  hasUnion?: 'yes' | 'no';
}

const toValues = (b: Broadcast): Values => ({
  title: b.title,
  summary: b.summary,
  body: b.body,
  coverUrl: b.coverUrl ?? '',
  link: b.link ?? '',
  public: b.public,
  urgent: b.urgent,
  scheduledAt: b.scheduledAt ? dayjs(b.scheduledAt) : null,
  officeIds: b.audience.officeIds,
  kinds: b.audience.kinds,
  industry: b.audience.industry ?? undefined,
  level: b.audience.level ?? undefined,
  cohort: b.audience.cohort ?? undefined,
  hasUnion: b.audience.hasUnion === null ? undefined : b.audience.hasUnion ? 'yes' : 'no',
});

const blank = (s?: string) => (s?.trim() ? s.trim() : null);

/** Write or rewrite a broadcast (a draft, or a rejected one, which becomes a draft again): markdown with its live preview, audience, timing. */
export function BroadcastCompose() {
  const { broadcastId } = useParams();
  const { me } = useMe();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const { offices } = useOffices();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const existing = useRequest((signal) => (broadcastId ? getBroadcast(broadcastId, signal) : Promise.resolve(undefined)), [broadcastId]);
  const b = existing.data;
  const editable = !b || b.state === 'draft' || b.state === 'rejected';
  useEffect(() => {
    if (b) form.setFieldsValue(toValues(b));
  }, [b, form]);

  const save = async () => {
    const v = await form.validateFields();
    const body: BroadcastInput = {
      title: v.title,
      summary: v.summary ?? '',
      body: v.body ?? '',
      coverUrl: blank(v.coverUrl),
      link: blank(v.link),
      public: v.public,
      urgent: v.urgent,
      scheduledAt: v.scheduledAt ? v.scheduledAt.toISOString() : null,
      audience: { officeIds: v.officeIds, kinds: v.kinds, industry: blank(v.industry), level: (v.level ?? null) as BroadcastInput['audience']['level'], cohort: blank(v.cohort), hasUnion: v.hasUnion ? v.hasUnion === 'yes' : null },
    };
    setSaving(true);
    try {
      const saved = broadcastId ? await updateBroadcast(broadcastId, body) : await createBroadcast(body);
      if (saved.flaggedWords.length) {
        modal.warning({
          title: '已保存为草稿，但含有敏感词',
          content: (
            <div data-testid="flagged-words">
              检测到：<b>{saved.flaggedWords.join('、')}</b>。含敏感词的推送不能通过审批，请修改后再提交。
            </div>
          ),
          okText: '知道了',
        });
      } else message.success('已保存为草稿，未发现敏感词');
      navigate(`/broadcasts/${saved.id}`, { replace: Boolean(broadcastId) });
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Breadcrumb items={[{ title: <Link to="/broadcasts">宣传推送</Link> }, ...(b ? [{ title: <Link to={`/broadcasts/${b.id}`}>{b.title}</Link> }] : []), { title: broadcastId ? '修改' : '撰写' }]} />
      <PageState loading={Boolean(broadcastId) && existing.loading && !b} error={existing.error} onRetry={existing.reload}>
        {!editable ? (
          <Alert type="warning" showIcon message="此推送已提交或已发出，不能再修改" action={<Link to={`/broadcasts/${broadcastId}`}>返回</Link>} />
        ) : (
          <Card>
            {b?.state === 'rejected' && <Alert type="error" showIcon style={{ marginBottom: 16 }} message={`已被驳回：${b.reason ?? ''}`} description="修改保存后将重新成为草稿，可再次提交审核。" />}
            <Form<Values> form={form} layout="vertical" initialValues={{ public: true, urgent: false, officeIds: [me.office.id], kinds: ['instructors'], body: '', summary: '' }}>
              <Row gutter={16}>
                <Col xs={24} lg={12}>
                  <Form.Item name="title" label="标题" rules={[{ required: true, whitespace: true, message: '请填写标题' }, { max: 60 }]}>
                    <Input showCount maxLength={60} />
                  </Form.Item>
                </Col>
                <Col xs={24} lg={12}>
                  <Form.Item name="summary" label="摘要" rules={[{ max: 200 }]}>
                    <Input showCount maxLength={200} />
                  </Form.Item>
                </Col>
              </Row>
              <Form.Item name="body" label="正文（Markdown，右侧为预览）" rules={[{ max: 20000 }]}>
                <MarkdownEditor rows={14} maxLength={20000} />
              </Form.Item>
              <Row gutter={16}>
                <Col xs={24} lg={12}>
                  <Form.Item name="coverUrl" label="封面图片链接" rules={[{ type: 'url', message: '请填写 http(s) 链接' }]}>
                    <Input placeholder="https://…" />
                  </Form.Item>
                </Col>
                <Col xs={24} lg={12}>
                  <Form.Item name="link" label="原文链接" rules={[{ type: 'url', message: '请填写 http(s) 链接' }]}>
                    <Input placeholder="https://…" />
                  </Form.Item>
                </Col>
              </Row>
              <Typography.Title level={5}>推送对象</Typography.Title>
              <Row gutter={16}>
                <Col xs={24} lg={12}>
                  <Form.Item name="officeIds" label="和创办（本级及下级）" rules={[{ required: true, type: 'array', min: 1, message: '至少选择一个和创办' }]}>
                    <TreeSelect multiple treeData={officeTree(offices)} treeDefaultExpandAll showSearch treeNodeFilterProp="title" placeholder="选择和创办" aria-label="推送和创办" />
                  </Form.Item>
                </Col>
                <Col xs={24} lg={12}>
                  <Form.Item name="kinds" label="人群" rules={[{ required: true, type: 'array', min: 1, message: '至少选择一类' }]}>
                    <Checkbox.Group options={(Object.keys(KIND_NAMES) as AudienceKind[]).map((k) => ({ value: k, label: KIND_NAMES[k] }))} />
                  </Form.Item>
                </Col>
                <Col xs={12} lg={6}>
                  <Form.Item name="industry" label="行业（企业）">
                    <Input placeholder="不限" allowClear />
                  </Form.Item>
                </Col>
                <Col xs={12} lg={6}>
                  <Form.Item name="level" label="创建等级（企业）">
                    <Select allowClear placeholder="不限" options={Object.entries(ENTERPRISE_LEVEL_NAMES).map(([value, label]) => ({ value, label }))} />
                  </Form.Item>
                </Col>
                <Col xs={12} lg={6}>
                  <Form.Item name="hasUnion" label="是否建会（企业）">
                    <Select
                      allowClear
                      placeholder="不限"
                      options={[
                        { value: 'yes', label: '已建工会' },
                        { value: 'no', label: '未建工会' },
                      ]}
                    />
                  </Form.Item>
                </Col>
                <Col xs={12} lg={6}>
                  <Form.Item name="cohort" label="培训批次（学员）">
                    <Input placeholder="不限" allowClear />
                  </Form.Item>
                </Col>
              </Row>
              <Typography.Title level={5}>发送</Typography.Title>
              <Space size="large" wrap align="start">
                <Form.Item name="scheduledAt" label="定时发送" extra="不填则批准后立即发送（免打扰时段顺延至次日早上）">
                  <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: 220 }} />
                </Form.Item>
                <Form.Item name="urgent" label="紧急（免打扰时段也发送）" valuePropName="checked">
                  <Switch />
                </Form.Item>
                <Form.Item name="public" label="公开（出现在公开新闻中）" valuePropName="checked">
                  <Switch />
                </Form.Item>
              </Space>
              <Space>
                <Button type="primary" loading={saving} onClick={() => void save()}>
                  保存草稿
                </Button>
                <Button onClick={() => navigate(broadcastId ? `/broadcasts/${broadcastId}` : '/broadcasts')}>取消</Button>
                <Typography.Text type="secondary">保存时检查敏感词；保存后可预览受众并提交审核。</Typography.Text>
              </Space>
            </Form>
          </Card>
        )}
      </PageState>
    </Space>
  );
}
