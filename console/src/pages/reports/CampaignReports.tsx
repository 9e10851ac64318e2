import { useMemo, useState } from 'react';
import { Table, Tag } from 'antd';
import { levelsReport, participationReport, type Levels, type Participation } from '../../api/reports';
import { Chart, type ChartOption } from '../../components/Chart';
import { OfficeSelect } from '../../components/OfficeSelect';
import { PageState } from '../../components/PageState';
import { useRequest } from '../../lib/use-request';
import { CampaignSelect, ExportButton, GREEN, Note, nothingYet, pct, RED, shortName, Toolbar } from './common';

type PRow = Participation['rows'][number];
type LRow = Levels['rows'][number];

function bars(rows: { name: string; value: number | null }[], target: number, name: string): ChartOption {
  return {
    grid: { left: 8, right: 72, top: 24, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => (typeof v === 'number' ? `${v.toFixed(1)}%` : '—') },
    xAxis: { type: 'category', data: rows.map((r) => shortName(r.name)), axisLabel: { interval: 0, rotate: rows.length > 6 ? 35 : 0 } },
    yAxis: { type: 'value', max: (v: { max: number }) => Math.max(100, Math.ceil(v.max)), axisLabel: { formatter: '{value}%' } },
    series: [
      {
        name,
        type: 'bar',
        barMaxWidth: 36,
        data: rows.map((r) => ({ value: r.value === null ? null : +(r.value * 100).toFixed(1), itemStyle: { color: r.value !== null && r.value >= target ? GREEN : RED } })),
        markLine: { symbol: 'none', lineStyle: { color: '#595959', type: 'dashed' }, label: { position: 'end', formatter: `目标 ${pct(target, 0)}` }, data: [{ yAxis: target * 100 }] },
      },
    ],
  };
}

const meets = (v: boolean, value: number | null) => (value === null ? <Tag>无数据</Tag> : v ? <Tag color="success">已达标</Tag> : <Tag color="error">未达标</Tag>);
const rowClass = (r: { kind: string }) => (r.kind === 'office' ? 'report-row-total' : '');

/** 参与率: unionised enterprises taking part in the campaign, per office, against 90%. */
export function ParticipationReport() {
  const [officeId, setOfficeId] = useState<string>();
  const [campaignId, setCampaignId] = useState<string>();
  const report = useRequest((signal) => participationReport({ officeId, campaignId }, signal), [officeId, campaignId]);
  const d = report.data;
  const option = useMemo(() => (d ? bars(d.rows.filter((r) => r.kind === 'child').map((r) => ({ name: r.name, value: r.ratio })), d.target, '参与率') : undefined), [d]);
  return (
    <>
      <Toolbar>
        <OfficeSelect value={officeId} onChange={setOfficeId} placeholder="本级（含下级）" />
        <CampaignSelect value={campaignId} onChange={setCampaignId} />
        <ExportButton report="participation" query={{ officeId, campaignId }} />
      </Toolbar>
      <PageState loading={report.loading} error={nothingYet(report.error) ? undefined : report.error} onRetry={report.reload} empty={nothingYet(report.error)} emptyText="暂无进行中的创建活动">
        {d && (
          <>
            {option && d.rows.some((r) => r.kind === 'child') && <Chart option={option} label={`各下级和创办参与率，目标 ${pct(d.target, 0)}`} />}
            <Table<PRow>
              rowKey="officeId"
              size="small"
              pagination={false}
              dataSource={d.rows}
              rowClassName={rowClass}
              data-testid="report-table"
              columns={[
                { title: '和创办', dataIndex: 'name', key: 'name', render: (v: string, r) => (r.kind === 'office' ? <b>{v}（合计）</b> : v) },
                { title: '工会企业', dataIndex: 'unionised', key: 'u', align: 'right' },
                { title: '参与企业', dataIndex: 'participating', key: 'p', align: 'right' },
                { title: '参与率', dataIndex: 'ratio', key: 'r', align: 'right', render: (v: number | null) => pct(v) },
                { title: `目标 ${pct(d.target, 0)}`, dataIndex: 'meetsTarget', key: 'm', render: (v: boolean, r) => meets(v, r.ratio) },
              ]}
            />
            <Note>
              {d.campaign.name}（{d.campaign.year} 年）。参与：已提交申请且未撤回的工会企业；每行含其全部下级。
            </Note>
          </>
        )}
      </PageState>
    </>
  );
}

/** 等级占比: participating enterprises at town, district or city level, against 6%. */
export function LevelsReport() {
  const [officeId, setOfficeId] = useState<string>();
  const [campaignId, setCampaignId] = useState<string>();
  const report = useRequest((signal) => levelsReport({ officeId, campaignId }, signal), [officeId, campaignId]);
  const d = report.data;
  const option = useMemo(() => (d ? bars(d.rows.filter((r) => r.kind === 'child').map((r) => ({ name: r.name, value: r.share })), d.target, '等级占比') : undefined), [d]);
  return (
    <>
      <Toolbar>
        <OfficeSelect value={officeId} onChange={setOfficeId} placeholder="本级（含下级）" />
        <CampaignSelect value={campaignId} onChange={setCampaignId} />
        <ExportButton report="levels" query={{ officeId, campaignId }} />
      </Toolbar>
      <PageState loading={report.loading} error={nothingYet(report.error) ? undefined : report.error} onRetry={report.reload} empty={nothingYet(report.error)} emptyText="暂无进行中的创建活动">
        {d && (
          <>
            {option && d.rows.some((r) => r.kind === 'child') && <Chart option={option} label={`各下级和创办等级占比，目标 ${pct(d.target, 0)}`} />}
            <Table<LRow>
              rowKey="officeId"
              size="small"
              pagination={false}
              dataSource={d.rows}
              rowClassName={rowClass}
              data-testid="report-table"
              columns={[
                { title: '和创办', dataIndex: 'name', key: 'name', render: (v: string, r) => (r.kind === 'office' ? <b>{v}（合计）</b> : v) },
                { title: '参与企业', dataIndex: 'participating', key: 'p', align: 'right' },
                { title: '乡镇级', dataIndex: 'town', key: 't', align: 'right' },
                { title: '区县级', dataIndex: 'district', key: 'd', align: 'right' },
                { title: '市级', dataIndex: 'city', key: 'c', align: 'right' },
                { title: '合计', dataIndex: 'levelled', key: 'l', align: 'right' },
                { title: '占比', dataIndex: 'share', key: 's', align: 'right', render: (v: number | null) => pct(v) },
                { title: `目标 ${pct(d.target, 0)}`, dataIndex: 'meetsTarget', key: 'm', render: (v: boolean, r) => meets(v, r.share) },
              ]}
            />
          </>
        )}
      </PageState>
    </>
  );
}
