import { useMemo, useState } from 'react';
import { Space, Statistic, Table, Tag, Typography } from 'antd';
import { STAGES, type StageKey } from '../../api/campaigns';
import type { Stages } from '../../api/reports';
import { Chart, type ChartOption } from '../../components/Chart';
import { OfficeSelect } from '../../components/OfficeSelect';
import { PageState } from '../../components/PageState';
import { ReportJobDone, ReportJobProgress } from '../../components/ReportJobProgress';
import { formatTime } from '../../lib/format';
import { useReportJob } from '../../lib/use-report-job';
import { REACH } from '../campaigns/LateTab';
import { CampaignSelect, ExportButton, GREEN, Note, nothingYet, RED, Toolbar } from './common';

type Row = Stages['rows'][number];
type Late = Stages['late']['items'][number];
interface Pivot {
  officeId: string;
  name: string;
  kind: Row['kind'];
  cells: Partial<Record<StageKey, Row>>;
}

/** 申报阶段: done, open and late per stage and office; the late enterprises with their contacts' reach. */
export function StagesReport() {
  const [officeId, setOfficeId] = useState<string>();
  const [campaignId, setCampaignId] = useState<string>();
  const [page, setPage] = useState(1);
  const report = useReportJob('stages', { officeId, campaignId }, [officeId, campaignId], { page, pageSize: 20 });
  const d = report.data;
  const pivot = useMemo(() => {
    const by = new Map<string, Pivot>();
    for (const r of d?.rows ?? []) {
      const p = by.get(r.officeId) ?? { officeId: r.officeId, name: r.name, kind: r.kind, cells: {} };
      p.cells[r.stage] = r;
      by.set(r.officeId, p);
    }
    return [...by.values()];
  }, [d]);
  const option = useMemo<ChartOption | undefined>(() => {
    const mine = pivot.find((p) => p.kind === 'office');
    if (!mine) return undefined;
    const v = (k: StageKey, f: 'done' | 'open' | 'late') => mine.cells[k]?.[f] ?? 0;
    return {
      grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
      legend: { top: 0 },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'category', data: STAGES.map((s) => s.name) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: '已完成', type: 'bar', stack: 's', itemStyle: { color: GREEN }, data: STAGES.map((s) => v(s.key, 'done')) },
        { name: '进行中', type: 'bar', stack: 's', itemStyle: { color: '#d9d9d9' }, data: STAGES.map((s) => v(s.key, 'open')) },
        { name: '已逾期', type: 'bar', stack: 's', itemStyle: { color: RED }, data: STAGES.map((s) => v(s.key, 'late')) },
      ],
    };
  }, [pivot]);
  return (
    <>
      <Toolbar>
        <OfficeSelect
          value={officeId}
          onChange={(v) => {
            setPage(1);
            setOfficeId(v);
          }}
          placeholder="本级（含下级）"
        />
        <CampaignSelect
          value={campaignId}
          onChange={(v) => {
            setPage(1);
            setCampaignId(v);
          }}
        />
        <ReportJobDone job={report} />
        <ExportButton report="stages" query={{ officeId, campaignId }} job={{ id: report.jobId, running: report.running }} />
      </Toolbar>
      <PageState loading={report.running || (report.loading && !d)} loadingView={report.running ? <ReportJobProgress status={report.status} /> : undefined} error={nothingYet(report.error) ? undefined : report.error} onRetry={report.reload} empty={nothingYet(report.error)} emptyText="暂无进行中的创建活动">
        {d && (
          <>
            {option && <Chart option={option} height={240} label="各阶段已完成、进行中、已逾期的企业数" />}
            <Table<Pivot>
              rowKey="officeId"
              size="small"
              pagination={false}
              dataSource={pivot}
              rowClassName={(r) => (r.kind === 'office' ? 'report-row-total' : '')}
              data-testid="report-table"
              scroll={{ x: true }}
              columns={[
                { title: '和创办', dataIndex: 'name', key: 'name', render: (v: string, r) => (r.kind === 'office' ? <b>{v}（合计）</b> : v) },
                ...STAGES.map((s) => ({
                  title: s.name,
                  key: s.key,
                  render: (_: unknown, r: Pivot) => {
                    const c = r.cells[s.key];
                    return c ? (
                      <span>
                        <span style={{ color: GREEN }}>{c.done}</span> / {c.open} / <Typography.Text type={c.late ? 'danger' : undefined}>{c.late}</Typography.Text>
                      </span>
                    ) : (
                      '—'
                    );
                  },
                })),
              ]}
            />
            <Note>每格：已完成 / 进行中 / 已逾期。</Note>
            <Typography.Title level={5} style={{ marginTop: 16 }}>
              逾期企业
            </Typography.Title>
            <Space size="large" style={{ marginBottom: 8 }}>
              <Statistic title="逾期企业" value={d.late.total} valueStyle={{ color: d.late.total ? RED : undefined }} />
              <Statistic title="小程序可达" value={d.late.byReach.mp} />
              <Statistic title="仅机器人可达" value={d.late.byReach.bot} />
              <Statistic title="无法触达" value={d.late.byReach.none} valueStyle={{ color: d.late.byReach.none ? RED : undefined }} />
            </Space>
            <Table<Late>
              rowKey={(r) => `${r.enterpriseId}-${r.stage}`}
              size="small"
              loading={report.loading}
              dataSource={d.late.items}
              locale={{ emptyText: '没有逾期的企业' }}
              pagination={{ current: page, pageSize: 20, total: d.late.total, onChange: setPage, hideOnSinglePage: true, showTotal: (t) => `共 ${t} 家` }}
              columns={[
                { title: '企业', dataIndex: 'enterpriseName', key: 'n' },
                { title: '和创办', dataIndex: 'officeName', key: 'o' },
                { title: '阶段', dataIndex: 'stageName', key: 's' },
                { title: '截止', dataIndex: 'deadline', key: 'd', render: (v: string) => formatTime(v) },
                { title: '逾期', dataIndex: 'daysLate', key: 'l', render: (v: number) => <Typography.Text type="danger">{v} 天</Typography.Text> },
                { title: '触达', dataIndex: 'reach', key: 'r', render: (v: Late['reach']) => <Tag color={REACH[v].color}>{REACH[v].label}</Tag> },
                {
                  title: '联系人',
                  key: 'c',
                  render: (_: unknown, r) =>
                    r.contacts.map((c, i) => (
                      <div key={i}>
                        {c.name} <span className="phone">{c.phone}</span>
                      </div>
                    )),
                },
              ]}
            />
          </>
        )}
      </PageState>
    </>
  );
}
