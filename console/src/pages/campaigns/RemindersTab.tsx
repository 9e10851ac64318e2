import { useState } from 'react';
import { Collapse, Select, Table, Tag, Typography } from 'antd';
import { channelName, listReminders, OUTCOME_NAMES, STAGES, type CampaignDetail, type Reminder, type RemindersQuery } from '../../api/campaigns';
import { OfficeSelect } from '../../components/OfficeSelect';
import { ErrorState } from '../../components/PageState';
import { formatTime } from '../../lib/format';
import { useOffices } from '../../lib/offices';
import { useRequest } from '../../lib/use-request';

type Filters = Pick<RemindersQuery, 'stage' | 'outcome' | 'officeId' | 'kind'>;

export const offsetName = (o: string) => (o === 'day' ? '当天' : /^\d+d$/.test(o) ? `提前${o.slice(0, -1)}天` : /^\d+h$/.test(o) ? `逾期${o.slice(0, -1)}小时` : o);
const KIND_NAMES: Record<string, string> = { deadline: '截止提醒', escalation: '逾期催办', nudge: '学习提醒' };
const outcomeTag = (o: string) => <Tag color={OUTCOME_NAMES[o]?.color}>{OUTCOME_NAMES[o]?.label ?? o}</Tag>;
const SKIP_REASONS: Record<string, string> = { deadline_changed: '截止时间已变更', superseded: '已被更晚的提醒取代', deadline_passed: '截止时间已过' };

/** The campaign's reminders in my subtree: sent and planned with every outcome, skipped batches, and what is coming up. */
export function RemindersTab({ campaign }: { campaign: CampaignDetail }) {
  const { byId } = useOffices();
  const [filters, setFilters] = useState<Filters>({});
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const list = useRequest((signal) => listReminders(campaign.id, { ...filters, page, pageSize }, signal), [campaign.id, filters, page, pageSize]);
  const change = (next: Filters) => {
    setPage(1);
    setFilters((f) => ({ ...f, ...next }));
  };
  const office = (id: string) => byId.get(id)?.name ?? '—';

  return (
    <>
      <div className="toolbar">
        <Select allowClear placeholder="阶段" style={{ width: 130 }} value={filters.stage} onChange={(stage) => change({ stage })} options={STAGES.map((s) => ({ value: s.key, label: s.name }))} aria-label="阶段" />
        <Select
          allowClear
          placeholder="结果"
          style={{ width: 140 }}
          value={filters.outcome}
          onChange={(outcome) => change({ outcome })}
          options={Object.entries(OUTCOME_NAMES).map(([value, o]) => ({ value: value as Filters['outcome'], label: o.label }))}
          aria-label="结果"
        />
        <OfficeSelect value={filters.officeId} onChange={(officeId) => change({ officeId })} />
        <Select
          allowClear
          placeholder="类型"
          style={{ width: 130 }}
          value={filters.kind}
          onChange={(kind) => change({ kind })}
          options={[
            { value: 'deadline', label: '截止提醒' },
            { value: 'escalation', label: '逾期催办' },
          ]}
          aria-label="类型"
        />
      </div>
      {list.error ? (
        <ErrorState error={list.error} onRetry={list.reload} />
      ) : (
        <>
          <Table<Reminder>
            rowKey="id"
            size="small"
            loading={list.loading}
            dataSource={list.data?.items ?? []}
            data-testid="reminders-table"
            locale={{ emptyText: Object.values(filters).some(Boolean) ? '没有符合条件的提醒' : '还没有到期的提醒' }}
            expandable={{
              rowExpandable: (r) => r.outcomes.length > 0,
              expandedRowRender: (r) => (
                <Table
                  rowKey={(o) => `${o.recipient}-${o.channel ?? ''}-${o.at}`}
                  size="small"
                  pagination={false}
                  dataSource={r.outcomes}
                  columns={[
                    { title: '接收人', dataIndex: 'recipient', key: 'r', render: (v: string) => <Typography.Text code>{v}</Typography.Text> },
                    { title: '渠道', dataIndex: 'channel', key: 'c', render: channelName },
                    { title: '结果', dataIndex: 'outcome', key: 'o', render: outcomeTag },
                    { title: '错误码 / 原因', key: 'why', render: (_: unknown, o) => [o.errcode, o.reason].filter((x) => x !== null && x !== '').join(' · ') || '—' },
                    { title: '时间', dataIndex: 'at', key: 'at', render: (v: string) => formatTime(v) },
                  ]}
                />
              ),
            }}
            pagination={{ current: page, pageSize, total: list.data?.total ?? 0, showSizeChanger: true, showTotal: (t) => `共 ${t} 条`, onChange: (p, s) => (setPage(p), setPageSize(s)) }}
            columns={[
              { title: '应发时间', dataIndex: 'dueAt', key: 'dueAt', render: (v: string) => formatTime(v) },
              { title: '类型', dataIndex: 'kind', key: 'kind', render: (v: string) => KIND_NAMES[v] ?? v },
              { title: '阶段', dataIndex: 'stageName', key: 'stage', render: (v: string | null) => v ?? '—' },
              { title: '和创办', dataIndex: 'officeId', key: 'office', render: office },
              { title: '时点', dataIndex: 'offset', key: 'offset', render: offsetName },
              { title: '截止', dataIndex: 'deadline', key: 'deadline', render: (v: string | null) => (v ? formatTime(v) : '—') },
              { title: '接收人数', dataIndex: 'recipients', key: 'recipients', width: 90 },
              { title: '结果', dataIndex: 'outcome', key: 'outcome', render: outcomeTag },
            ]}
          />
          <Collapse
            style={{ marginTop: 16 }}
            items={[
              {
                key: 'upcoming',
                label: `即将发送（${list.data?.upcoming.length ?? 0}）`,
                children: (
                  <Table
                    rowKey={(u) => `${u.officeId}-${u.stage}-${u.offset}`}
                    size="small"
                    dataSource={list.data?.upcoming ?? []}
                    pagination={{ pageSize: 10, hideOnSinglePage: true }}
                    locale={{ emptyText: '没有待发的提醒' }}
                    columns={[
                      { title: '发送时间', dataIndex: 'dueAt', key: 'dueAt', render: (v: string) => formatTime(v) },
                      { title: '和创办', dataIndex: 'officeId', key: 'office', render: office },
                      { title: '阶段', dataIndex: 'stageName', key: 'stage' },
                      { title: '时点', dataIndex: 'offset', key: 'offset', render: offsetName },
                      { title: '截止', dataIndex: 'deadline', key: 'deadline', render: (v: string) => formatTime(v) },
                    ]}
                  />
                ),
              },
              {
                key: 'skipped',
                label: `跳过的批次（${list.data?.skippedBatches.length ?? 0}）`,
                children: (
                  <Table
                    rowKey={(b) => `${b.officeId}-${b.stage ?? ''}-${b.offset}-${b.dueAt}`}
                    size="small"
                    dataSource={list.data?.skippedBatches ?? []}
                    pagination={{ pageSize: 10, hideOnSinglePage: true }}
                    locale={{ emptyText: '没有跳过的批次' }}
                    columns={[
                      { title: '应发时间', dataIndex: 'dueAt', key: 'dueAt', render: (v: string) => formatTime(v) },
                      { title: '和创办', dataIndex: 'officeId', key: 'office', render: office },
                      { title: '阶段', dataIndex: 'stage', key: 'stage', render: (v: string | null) => STAGES.find((s) => s.key === v)?.name ?? '—' },
                      { title: '时点', dataIndex: 'offset', key: 'offset', render: offsetName },
                      { title: '原因', dataIndex: 'reason', key: 'reason', render: (v: string | null) => (v ? (SKIP_REASONS[v] ?? v) : '—') },
                    ]}
                  />
                ),
              },
            ]}
          />
        </>
      )}

    </>
  );
}
