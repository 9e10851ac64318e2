import { useMemo } from 'react';
import { Table, Typography } from 'antd';
import { campaignStats, STAGES, type CampaignDetail, type CampaignStats, type StageKey } from '../../api/campaigns';
import { Chart, type ChartOption } from '../../components/Chart';
import { PageState } from '../../components/PageState';
import { useOffices } from '../../lib/offices';
import { useRequest } from '../../lib/use-request';

type Item = CampaignStats['items'][number];
interface Row {
  officeId: string;
  cells: Partial<Record<StageKey, Item>>;
}

/** Per stage and office of my subtree: enterprises done, open and late; the stages as stacked bars. */
export function StatsTab({ campaign }: { campaign: CampaignDetail }) {
  const { byId } = useOffices();
  const stats = useRequest((signal) => campaignStats(campaign.id, signal), [campaign.id]);
  const items = useMemo(() => stats.data?.items ?? [], [stats.data]);
  const rows = useMemo(() => {
    const by = new Map<string, Row>();
    for (const it of items) {
      const row = by.get(it.officeId) ?? { officeId: it.officeId, cells: {} };
      row.cells[it.stage as StageKey] = it;
      by.set(it.officeId, row);
    }
    return [...by.values()].filter((r) => Object.values(r.cells).some((c) => c && c.done + c.open + c.late > 0));
  }, [items]);
  const option = useMemo<ChartOption>(() => {
    const sum = (key: StageKey, f: 'done' | 'open' | 'late') => items.filter((i) => i.stage === key).reduce((n, i) => n + i[f], 0);
    return {
      grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
      legend: { top: 0 },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'category', data: STAGES.map((s) => s.name) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: '已完成', type: 'bar', stack: 's', itemStyle: { color: '#389e0d' }, data: STAGES.map((s) => sum(s.key, 'done')) },
        { name: '进行中', type: 'bar', stack: 's', itemStyle: { color: '#d9d9d9' }, data: STAGES.map((s) => sum(s.key, 'open')) },
        { name: '已逾期', type: 'bar', stack: 's', itemStyle: { color: '#c8161d' }, data: STAGES.map((s) => sum(s.key, 'late')) },
      ],
    };
  }, [items]);

  return (
    <PageState loading={stats.loading} error={stats.error} onRetry={stats.reload} empty={rows.length === 0} emptyText="还没有企业申报">
      <Chart option={option} height={260} label="各阶段已完成、进行中、已逾期的企业数" />
      <Table<Row>
        rowKey="officeId"
        size="small"
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        dataSource={rows}
        scroll={{ x: true }}
        data-testid="stats-table"
        columns={[
          { title: '和创办', dataIndex: 'officeId', key: 'office', fixed: 'left', render: (v: string) => byId.get(v)?.name ?? '—' },
          ...STAGES.map((s) => ({
            title: s.name,
            key: s.key,
            render: (_: unknown, r: Row) => {
              const c = r.cells[s.key];
              if (!c) return '—';
              return (
                <span title={`已完成 ${c.done} / 进行中 ${c.open} / 已逾期 ${c.late}`}>
                  <Typography.Text style={{ color: '#389e0d' }}>{c.done}</Typography.Text> / {c.open} / <Typography.Text type={c.late ? 'danger' : undefined}>{c.late}</Typography.Text>
                </span>
              );
            },
          })),
        ]}
      />
      <Typography.Text type="secondary">每格：已完成 / 进行中 / 已逾期（企业数）。</Typography.Text>
    </PageState>
  );
}
