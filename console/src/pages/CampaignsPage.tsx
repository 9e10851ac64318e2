import { useState } from 'react';
import { Link, Route, Routes, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { App, Breadcrumb, Button, Card, Space, Table, Tabs, Tag, Typography } from 'antd';
import { EditOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { getCampaign, listCampaigns, type Campaign } from '../api/campaigns';
import { useMe } from '../auth/AuthContext';
import { ErrorState, PageState } from '../components/PageState';
import { formatTime } from '../lib/format';
import { useOffices } from '../lib/offices';
import { isAdmin } from '../lib/roles';
import { useRequest } from '../lib/use-request';
import { CampaignForm } from './campaigns/CampaignForm';
import { DeadlinesTab } from './campaigns/DeadlinesTab';
import { OverridesTab } from './campaigns/OverridesTab';
import { RemindersTab } from './campaigns/RemindersTab';
import { StatsTab } from './campaigns/StatsTab';
import { LateTab } from './campaigns/LateTab';
import { NotFoundPage } from './StatusPages';

/**
 * 创建活动: the campaigns that reach my subtree; the city's admins create and edit them, a
 * district's admins set their own deadlines inside the city's window; everyone reads the
 * reminders, the progress per stage and office, and the late enterprises.
 */
export default function CampaignsPage() {
  return (
    <Routes>
      <Route index element={<CampaignList />} />
      <Route path=":campaignId" element={<CampaignDetail />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}

function CampaignList() {
  const { me, role } = useMe();
  const navigate = useNavigate();
  const { byId } = useOffices();
  const list = useRequest((signal) => listCampaigns(signal), []);
  const [creating, setCreating] = useState(false);
  const cityAdmin = isAdmin(role) && me.office.level === 'city';
  return (
    <Card>
      <div className="toolbar">
        <Button icon={<ReloadOutlined />} onClick={list.reload}>
          刷新
        </Button>
        {cityAdmin && (
          <Button type="primary" icon={<PlusOutlined />} style={{ marginLeft: 'auto' }} onClick={() => setCreating(true)}>
            新建创建活动
          </Button>
        )}
      </div>
      {list.error ? (
        <ErrorState error={list.error} onRetry={list.reload} />
      ) : (
        <Table<Campaign>
          rowKey="id"
          loading={list.loading}
          dataSource={list.data?.items ?? []}
          locale={{ emptyText: cityAdmin ? '暂无创建活动，可点击“新建创建活动”' : '暂无创建活动（由市和创办发起）' }}
          pagination={false}
          columns={[
            { title: '活动', dataIndex: 'name', key: 'name', render: (v: string, c) => <Link to={`/campaigns/${c.id}`}>{v}</Link> },
            { title: '年度', dataIndex: 'year', key: 'year', width: 90 },
            { title: '发起', dataIndex: 'officeId', key: 'office', render: (v: string) => byId.get(v)?.name ?? '上级和创办' },
            { title: '开始', dataIndex: 'opensAt', key: 'opensAt', render: (v: string) => formatTime(v) },
            { title: '通报命名截止', key: 'end', render: (_: unknown, c) => formatTime(c.stages[c.stages.length - 1]?.deadline ?? '') },
            { title: '状态', dataIndex: 'closed', key: 'closed', width: 90, render: (v: boolean) => (v ? <Tag>已结束</Tag> : <Tag color="green">进行中</Tag>) },
            {
              title: '操作',
              key: 'a',
              width: 100,
              render: (_: unknown, c) => (
                <Button size="small" onClick={() => navigate(`/campaigns/${c.id}`)}>
                  查看
                </Button>
              ),
            },
          ]}
        />
      )}
      {creating && (
        <CampaignForm
          onClose={(saved) => {
            setCreating(false);
            if (saved) navigate(`/campaigns/${saved.id}`);
          }}
        />
      )}
    </Card>
  );
}

const TABS = ['deadlines', 'overrides', 'reminders', 'stats', 'late'] as const;
type TabKey = (typeof TABS)[number];

function CampaignDetail() {
  const { campaignId = '' } = useParams();
  const { me, role } = useMe();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const tab: TabKey = (TABS as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as TabKey) : 'deadlines';
  const campaign = useRequest((signal) => getCampaign(campaignId, signal), [campaignId]);
  const [editing, setEditing] = useState(false);
  const c = campaign.data;
  // The office that runs it (the city) edits it; others see it.
  const owner = Boolean(c && isAdmin(role) && c.officeId === me.office.id);
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Breadcrumb items={[{ title: <Link to="/campaigns">创建活动</Link> }, { title: c?.name ?? '…' }]} />
      <PageState loading={campaign.loading && !c} error={campaign.error} onRetry={campaign.reload}>
        {c && (
          <Card
            title={
              <Space>
                <span data-testid="campaign-name">{c.name}</span>
                {c.closed ? <Tag>已结束</Tag> : <Tag color="green">进行中</Tag>}
                <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
                  {c.year} 年 · 开始于 {formatTime(c.opensAt)}
                </Typography.Text>
              </Space>
            }
            extra={
              owner && (
                <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
                  编辑活动
                </Button>
              )
            }
          >
            <Tabs
              activeKey={tab}
              onChange={(k) => setParams(k === 'deadlines' ? {} : { tab: k })}
              destroyInactiveTabPane
              items={[
                { key: 'deadlines', label: '截止时间', children: <DeadlinesTab campaign={c} /> },
                { key: 'overrides', label: '区县调整', children: <OverridesTab campaign={c} /> },
                { key: 'reminders', label: '提醒记录', children: <RemindersTab campaign={c} /> },
                { key: 'stats', label: '进度统计', children: <StatsTab campaign={c} /> },
                { key: 'late', label: '逾期企业', children: <LateTab campaign={c} /> },
              ]}
            />
          </Card>
        )}
      </PageState>
      {editing && c && (
        <CampaignForm
          campaign={c}
          onClose={(saved) => {
            setEditing(false);
            if (saved) {
              message.success('已保存；提醒将按新的时间重新安排');
              campaign.reload();
            }
          }}
        />
      )}
    </Space>
  );
}
