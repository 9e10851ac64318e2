import { useMemo, useState } from 'react';
import dayjs, { type Dayjs } from 'dayjs';
import { Col, DatePicker, Row, Statistic, Table, Typography } from 'antd';
import { channelName, OUTCOME_NAMES } from '../../api/campaigns';
import type { Deliveries } from '../../api/reports';
import { Chart, type ChartOption } from '../../components/Chart';
import { OfficeSelect } from '../../components/OfficeSelect';
import { PageState } from '../../components/PageState';
import { ReportJobDone, ReportJobProgress } from '../../components/ReportJobProgress';
import { formatTime } from '../../lib/format';
import { useReportJob } from '../../lib/use-report-job';
import { ExportButton, Note, pct, RED, Toolbar } from './common';

type ReadRow = Deliveries['reads'][number];
const outcomeName = (o: string) => OUTCOME_NAMES[o]?.label ?? o;

/** 触达统计: reminders and broadcast deliveries per outcome and channel, and broadcast reads per office, in a date range. */
export function DeliveriesReport() {
  const [officeId, setOfficeId] = useState<string>();
  const [range, setRange] = useState<[Dayjs, Dayjs] | null>(null);
  const from = range ? range[0].startOf('day').toISOString() : undefined;
  const to = range ? range[1].add(1, 'day').startOf('day').toISOString() : undefined;
  const report = useReportJob('deliveries', { officeId, from, to }, [officeId, from, to]);
  const d = report.data;
  const option = useMemo<ChartOption | undefined>(() => {
    if (!d) return undefined;
    const outcomes = [...new Set([...d.reminders.byOutcome, ...d.broadcasts.byOutcome].map((o) => o.outcome))];
    const count = (list: { outcome: string; count: number }[], o: string) => list.find((x) => x.outcome === o)?.count ?? 0;
    return {
      grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
      legend: { top: 0 },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'category', data: outcomes.map(outcomeName) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: '提醒', type: 'bar', barMaxWidth: 32, itemStyle: { color: '#1677ff' }, data: outcomes.map((o) => count(d.reminders.byOutcome, o)) },
        { name: '推送', type: 'bar', barMaxWidth: 32, itemStyle: { color: RED }, data: outcomes.map((o) => count(d.broadcasts.byOutcome, o)) },
      ],
    };
  }, [d]);
  const channels = (d ? [...d.reminders.byChannel.map((c) => ({ ...c, what: '提醒' })), ...d.broadcasts.byChannel.map((c) => ({ ...c, what: '推送' }))] : []).map((c, i) => ({ ...c, key: i }));
  return (
    <>
      <Toolbar>
        <OfficeSelect value={officeId} onChange={setOfficeId} placeholder="本级（含下级）" />
        <DatePicker.RangePicker value={range} onChange={(v) => setRange(v && v[0] && v[1] ? [v[0], v[1]] : null)} disabledDate={(day) => day.isAfter(dayjs().endOf('day'))} aria-label="日期范围" />
        <Typography.Text type="secondary">{range ? '' : '默认近 30 天'}</Typography.Text>
        <ReportJobDone job={report} />
        <ExportButton report="deliveries" query={{ officeId, from, to }} job={{ id: report.jobId, running: report.running }} />
      </Toolbar>
      <PageState loading={report.running} loadingView={<ReportJobProgress status={report.status} />} error={report.error} onRetry={report.reload}>
        {d && (
          <>
            <Row gutter={16} style={{ marginBottom: 8 }}>
              <Col span={6}>
                <Statistic title="提醒（人次）" value={d.reminders.total} />
              </Col>
              <Col span={6}>
                <Statistic title="推送投递" value={d.broadcasts.deliveries} />
              </Col>
              <Col span={6}>
                <Statistic title="推送阅读" value={d.reads.find((r) => r.kind === 'office')?.reads ?? 0} valueStyle={{ color: RED }} />
              </Col>
              <Col span={6}>
                <Statistic title="阅读率" value={pct(d.reads.find((r) => r.kind === 'office')?.readRate)} />
              </Col>
            </Row>
            {option && (d.reminders.total > 0 || d.broadcasts.total > 0) && <Chart option={option} height={240} label="提醒与推送按结果分布" />}
            <Row gutter={16}>
              <Col xs={24} xl={12}>
                <Typography.Title level={5}>按渠道</Typography.Title>
                <Table
                  rowKey="key"
                  size="small"
                  pagination={false}
                  dataSource={channels}
                  locale={{ emptyText: '这段时间没有投递' }}
                  columns={[
                    { title: '类别', dataIndex: 'what', key: 'w' },
                    { title: '渠道', dataIndex: 'channel', key: 'c', render: channelName },
                    { title: '结果', dataIndex: 'outcome', key: 'o', render: outcomeName },
                    { title: '次数', dataIndex: 'count', key: 'n', align: 'right' },
                  ]}
                />
              </Col>
              <Col xs={24} xl={12}>
                <Typography.Title level={5}>各和创办阅读</Typography.Title>
                <Table<ReadRow>
                  rowKey="officeId"
                  size="small"
                  pagination={false}
                  dataSource={d.reads}
                  rowClassName={(r) => (r.kind === 'office' ? 'report-row-total' : '')}
                  data-testid="report-table"
                  columns={[
                    { title: '和创办', dataIndex: 'name', key: 'n', render: (v: string, r) => (r.kind === 'office' ? <b>{v}（合计）</b> : v) },
                    { title: '投递', dataIndex: 'deliveries', key: 'd', align: 'right' },
                    { title: '送达', dataIndex: 'sent', key: 's', align: 'right' },
                    { title: '阅读', dataIndex: 'reads', key: 'r', align: 'right' },
                    { title: '阅读率', dataIndex: 'readRate', key: 'rr', align: 'right', render: (v: number | null) => pct(v) },
                  ]}
                />
              </Col>
            </Row>
            <Note>
              统计区间：{formatTime(d.from)} 至 {formatTime(d.to)}。
            </Note>
          </>
        )}
      </PageState>
    </>
  );
}
