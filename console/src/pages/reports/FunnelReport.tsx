import { useMemo, useState } from 'react';
import { Collapse, Table, Tabs, Typography } from 'antd';
import type { Funnel } from '../../api/reports';
import { Chart, type ChartOption } from '../../components/Chart';
import { OfficeSelect } from '../../components/OfficeSelect';
import { PageState } from '../../components/PageState';
import { ReportJobDone, ReportJobProgress } from '../../components/ReportJobProgress';
import { formatTime } from '../../lib/format';
import { useReportJob } from '../../lib/use-report-job';
import { CourseSelect, ExportButton, Note, nothingYet, pct, RED, Toolbar } from './common';

type OfficeRow = Funnel['byOffice'][number];
type CohortRow = Funnel['byCohort'][number];
type Stuck = Funnel['stuck'][number]['instructors'][number];

/** 培训漏斗: imported → bound → lessons → module quizzes → final exam → certificate, per office and cohort, and who is stuck longest at each step. */
export function FunnelReport() {
  const [officeId, setOfficeId] = useState<string>();
  const [courseId, setCourseId] = useState<string>();
  const report = useReportJob('funnel', { officeId, courseId }, [officeId, courseId]);
  const d = report.data;
  const option = useMemo<ChartOption | undefined>(() => {
    const mine = d?.byOffice.find((r) => r.kind === 'office');
    if (!d || !mine) return undefined;
    const counts = mine.counts as Record<string, number>;
    return {
      grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'category', data: d.steps.map((s) => s.name) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', barMaxWidth: 48, itemStyle: { color: RED }, label: { show: true, position: 'top' }, data: d.steps.map((s) => counts[s.key] ?? 0) }],
    };
  }, [d]);
  const stepColumns = (d?.steps ?? []).map((s, i) => ({
    title: s.name,
    key: s.key,
    align: 'right' as const,
    render: (_: unknown, r: OfficeRow | CohortRow) => {
      const n = (r.counts as Record<string, number>)[s.key] ?? 0;
      const conv = i === 0 ? undefined : (r.conversion as Record<string, number | null>)[s.key];
      return (
        <span>
          {n}
          {conv !== undefined && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {' '}
              ({pct(conv, 0)})
            </Typography.Text>
          )}
        </span>
      );
    },
  }));
  return (
    <>
      <Toolbar>
        <OfficeSelect value={officeId} onChange={setOfficeId} placeholder="本级（含下级）" />
        <CourseSelect value={courseId} onChange={setCourseId} />
        <ReportJobDone job={report} />
        <ExportButton report="funnel" query={{ officeId, courseId }} job={{ id: report.jobId, running: report.running }} />
      </Toolbar>
      <PageState loading={report.running} loadingView={<ReportJobProgress status={report.status} />} error={nothingYet(report.error) ? undefined : report.error} onRetry={report.reload} empty={nothingYet(report.error)} emptyText="暂无已发布的课程">
        {d && (
          <>
            {option && <Chart option={option} height={240} label={`培训漏斗：${d.course.title}`} />}
            <Tabs
              size="small"
              items={[
                {
                  key: 'office',
                  label: '按和创办',
                  children: (
                    <Table<OfficeRow>
                      rowKey="officeId"
                      size="small"
                      pagination={false}
                      dataSource={d.byOffice}
                      rowClassName={(r) => (r.kind === 'office' ? 'report-row-total' : '')}
                      data-testid="report-table"
                      scroll={{ x: true }}
                      columns={[{ title: '和创办', dataIndex: 'name', key: 'name', render: (v: string, r: OfficeRow) => (r.kind === 'office' ? <b>{v}（合计）</b> : v) }, ...stepColumns]}
                    />
                  ),
                },
                {
                  key: 'cohort',
                  label: '按批次',
                  children: (
                    <Table<CohortRow>
                      rowKey="cohort"
                      size="small"
                      pagination={false}
                      dataSource={d.byCohort}
                      locale={{ emptyText: '没有批次' }}
                      scroll={{ x: true }}
                      columns={[{ title: '批次', dataIndex: 'cohort', key: 'cohort', render: (v: string) => v || '（未分批）' }, ...stepColumns]}
                    />
                  ),
                },
              ]}
            />
            <Typography.Title level={5} style={{ marginTop: 16 }}>
              停留最久的学员
            </Typography.Title>
            <Collapse
              size="small"
              items={d.stuck.map((s) => ({
                key: s.step,
                label: `停在“${s.stepName}”：${s.total} 人`,
                children: (
                  <Table<Stuck>
                    rowKey="id"
                    size="small"
                    pagination={false}
                    dataSource={s.instructors}
                    locale={{ emptyText: '没有' }}
                    columns={[
                      { title: '学员', dataIndex: 'maskedName', key: 'n' },
                      { title: '手机号', dataIndex: 'phone', key: 'p', render: (v: string) => <span className="phone">{v}</span> },
                      { title: '和创办', dataIndex: 'officeName', key: 'o' },
                      { title: '批次', dataIndex: 'cohort', key: 'c', render: (v: string) => v || '—' },
                      { title: '自', dataIndex: 'since', key: 's', render: (v: string) => formatTime(v) },
                      { title: '已停留', dataIndex: 'days', key: 'd', render: (v: number) => <Typography.Text type={v >= 14 ? 'danger' : undefined}>{v} 天</Typography.Text> },
                    ]}
                  />
                ),
              }))}
            />
            <Note>课程：{d.course.title}。括号内为相对上一步的转化率；每步列出停留最久的 10 人。</Note>
          </>
        )}
      </PageState>
    </>
  );
}
