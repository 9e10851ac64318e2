import { useState } from 'react';
import { Link, Route, Routes, useNavigate, useSearchParams } from 'react-router-dom';
import { Badge, Button, Card, Select, Table, Tabs, Tag, Typography } from 'antd';
import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { KIND_NAMES, listBroadcasts, STATE_NAMES, type Broadcast, type BroadcastState } from '../api/broadcasts';
import { useMe } from '../auth/AuthContext';
import { ErrorState } from '../components/PageState';
import { formatTime } from '../lib/format';
import { useOffices } from '../lib/offices';
import { canWrite, isAdmin } from '../lib/roles';
import { useRequest } from '../lib/use-request';
import { BroadcastCompose } from './broadcasts/BroadcastCompose';
import { BroadcastDetail } from './broadcasts/BroadcastDetail';
import { NotFoundPage } from './StatusPages';

/**
 * 宣传推送: broadcasts of my subtree. Editors (and admins) write and submit; an admin of the same
 * or a parent office who is not the author approves or rejects (the approval queue); writers cancel.
 */
export default function BroadcastsPage() {
  return (
    <Routes>
      <Route index element={<BroadcastList />} />
      <Route path="new" element={<BroadcastCompose />} />
      <Route path=":broadcastId/edit" element={<BroadcastCompose />} />
      <Route path=":broadcastId" element={<BroadcastDetail />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}

function BroadcastList() {
  const { me, role } = useMe();
  const navigate = useNavigate();
  const { byId } = useOffices();
  const [params, setParams] = useSearchParams();
  const queue = params.get('tab') === 'queue' && isAdmin(role);
  const [state, setState] = useState<BroadcastState>();
  const list = useRequest((signal) => listBroadcasts(queue ? 'submitted' : state, signal), [queue, state]);
  const waiting = useRequest((signal) => (isAdmin(role) ? listBroadcasts('submitted', signal) : Promise.resolve({ items: [] })), [role, list.data]);
  const mineToApprove = (waiting.data?.items ?? []).filter((b) => b.authorId !== me.staff.id && b.submittedById !== me.staff.id).length;

  const table = list.error ? (
    <ErrorState error={list.error} onRetry={list.reload} />
  ) : (
    <Table<Broadcast>
      rowKey="id"
      loading={list.loading}
      dataSource={list.data?.items ?? []}
      data-testid="broadcast-list"
      locale={{ emptyText: queue ? '没有待审核的推送' : state ? '没有这一状态的推送' : '暂无推送' }}
      pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (t) => `共 ${t} 条` }}
      onRow={(b) => ({ onDoubleClick: () => navigate(`/broadcasts/${b.id}`) })}
      columns={[
        {
          title: '标题',
          dataIndex: 'title',
          key: 'title',
          render: (v: string, b) => (
            <>
              <Link to={`/broadcasts/${b.id}`}>{v}</Link>
              {b.urgent && <Tag color="red" style={{ marginLeft: 6 }}>紧急</Tag>}
              {b.flaggedWords.length > 0 && <Tag color="orange" style={{ marginLeft: 6 }}>含敏感词</Tag>}
            </>
          ),
        },
        { title: '状态', dataIndex: 'state', key: 'state', width: 90, render: (s: BroadcastState) => <Tag color={STATE_NAMES[s].color}>{STATE_NAMES[s].label}</Tag> },
        { title: '发布单位', dataIndex: 'officeId', key: 'office', render: (v: string) => byId.get(v)?.name ?? '—' },
        { title: '撰写人', dataIndex: 'authorName', key: 'author', width: 120 },
        { title: '对象', key: 'aud', render: (_: unknown, b) => b.audience.kinds.map((k) => KIND_NAMES[k]).join('、') },
        { title: '定时', dataIndex: 'scheduledAt', key: 'at', render: (v: string | null) => (v ? formatTime(v) : <Typography.Text type="secondary">批准后发送</Typography.Text>) },
        { title: '最近更新', key: 'updated', render: (_: unknown, b) => (b.history.length ? formatTime(b.history[b.history.length - 1].at) : '—') },
      ]}
    />
  );

  return (
    <Card>
      <Tabs
        activeKey={queue ? 'queue' : 'all'}
        onChange={(k) => setParams(k === 'queue' ? { tab: 'queue' } : {})}
        tabBarExtraContent={
          canWrite(role) && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/broadcasts/new')}>
              撰写推送
            </Button>
          )
        }
        items={[
          {
            key: 'all',
            label: '全部推送',
            children: (
              <>
                <div className="toolbar">
                  <Select<BroadcastState>
                    allowClear
                    placeholder="状态"
                    style={{ width: 140 }}
                    value={state}
                    onChange={setState}
                    options={Object.entries(STATE_NAMES).map(([value, s]) => ({ value: value as BroadcastState, label: s.label }))}
                    aria-label="状态"
                  />
                  <Button icon={<ReloadOutlined />} onClick={list.reload}>
                    刷新
                  </Button>
                </div>
                {table}
              </>
            ),
          },
          ...(isAdmin(role)
            ? [
                {
                  key: 'queue',
                  label: (
                    <Badge count={mineToApprove} size="small" offset={[8, -2]}>
                      待我审批
                    </Badge>
                  ),
                  children: (
                    <>
                      <Typography.Paragraph type="secondary">本单位及下级提交的推送；本人撰写或提交的由其他管理员审批。</Typography.Paragraph>
                      {table}
                    </>
                  ),
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}
