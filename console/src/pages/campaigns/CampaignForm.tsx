import { useState } from 'react';
import dayjs, { type Dayjs } from 'dayjs';
import { Alert, App, Col, DatePicker, Form, Input, InputNumber, Modal, Row, Select, Switch, TimePicker, Typography } from 'antd';
import { ApiError } from '../../api/client';
import { createCampaign, updateCampaign, STAGES, type Campaign, type StageKey } from '../../api/campaigns';
import { errorMessage } from '../../lib/errors';

interface Values {
  name: string;
  year: number;
  opensAt: Dayjs;
  stages: Record<StageKey, Dayjs>;
  daysBefore: number[];
  onTheDayAt: Dayjs | null;
  closed: boolean;
}

const FORMAT = 'YYYY-MM-DD HH:mm';

/** Create a campaign (the city's admins) or edit its name, opening, six deadlines, reminder offsets, or close it. */
export function CampaignForm({ campaign, onClose }: { campaign?: Campaign; onClose: (saved?: Campaign) => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string>();
  const initial: Partial<Values> = campaign
    ? {
        name: campaign.name,
        year: campaign.year,
        opensAt: dayjs(campaign.opensAt),
        stages: Object.fromEntries(campaign.stages.map((s) => [s.key, dayjs(s.deadline)])) as Record<StageKey, Dayjs>,
        daysBefore: campaign.offsets.daysBefore,
        onTheDayAt: campaign.offsets.onTheDayAt ? dayjs(campaign.offsets.onTheDayAt, 'HH:mm') : null,
        closed: campaign.closed,
      }
    : { year: new Date().getFullYear(), daysBefore: [7, 3, 1], onTheDayAt: dayjs('09:00', 'HH:mm'), closed: false };

  const save = async () => {
    const v = await form.validateFields();
    setSaving(true);
    setProblem(undefined);
    try {
      const stages = STAGES.map((s) => ({ key: s.key, deadline: v.stages[s.key].toISOString() }));
      const offsets = { daysBefore: [...new Set(v.daysBefore.map(Number))].sort((a, b) => b - a), onTheDayAt: v.onTheDayAt ? v.onTheDayAt.format('HH:mm') : null };
      const saved = campaign
        ? await updateCampaign(campaign.id, { name: v.name, opensAt: v.opensAt.toISOString(), stages, offsets, closed: v.closed })
        : await createCampaign({ name: v.name, year: v.year, opensAt: v.opensAt.toISOString(), stages, offsets });
      if (!campaign) message.success(`已创建“${saved.name}”`);
      onClose(saved);
    } catch (err) {
      // The server names the stage out of order (in English): say it in the form.
      setProblem(err instanceof ApiError && err.status === 400 ? `${errorMessage(err)}：各阶段截止时间须按顺序（自愿申请 ≤ 自查自评 ≤ … ≤ 通报命名）。${err.detail ?? ''}` : errorMessage(err));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal open width={720} title={campaign ? '编辑创建活动' : '新建创建活动'} okText="保存" cancelText="取消" onOk={() => void save()} confirmLoading={saving} onCancel={() => onClose()} destroyOnClose>
      <Form<Values> form={form} layout="vertical" initialValues={initial}>
        <Row gutter={16}>
          <Col span={14}>
            <Form.Item name="name" label="名称" rules={[{ required: true, whitespace: true, max: 60 }]}>
              <Input placeholder="如 2026年度和谐企业创建评价" />
            </Form.Item>
          </Col>
          <Col span={4}>
            <Form.Item name="year" label="年度" rules={[{ required: true }]}>
              <InputNumber min={2000} max={2100} disabled={Boolean(campaign)} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="opensAt" label="开始时间" rules={[{ required: true, message: '请选择' }]}>
              <DatePicker showTime={{ format: 'HH:mm' }} format={FORMAT} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Typography.Text strong>六个阶段的截止时间（市级）</Typography.Text>
        <Row gutter={16} style={{ marginTop: 8 }}>
          {STAGES.map((s, i) => (
            <Col span={12} key={s.key}>
              <Form.Item name={['stages', s.key]} label={`${i + 1}. ${s.name}`} rules={[{ required: true, message: '请选择截止时间' }]}>
                <DatePicker showTime={{ format: 'HH:mm' }} format={FORMAT} style={{ width: '100%' }} aria-label={`${s.name}截止时间`} />
              </Form.Item>
            </Col>
          ))}
        </Row>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="daysBefore" label="提前几天提醒" extra="最多 6 个，如 7、3、1">
              <Select mode="tags" open={false} tokenSeparators={[',', '，', ' ']} placeholder="7, 3, 1" />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="onTheDayAt" label="当天提醒时间">
              <TimePicker format="HH:mm" minuteStep={5} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          {campaign && (
            <Col span={6}>
              <Form.Item name="closed" label="结束活动" valuePropName="checked">
                <Switch checkedChildren="已结束" unCheckedChildren="进行中" />
              </Form.Item>
            </Col>
          )}
        </Row>
        {problem && <Alert type="error" showIcon message={problem} />}
      </Form>
    </Modal>
  );
}
