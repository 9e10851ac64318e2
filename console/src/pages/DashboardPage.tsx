import { useMemo, useState } from 'react';
import { Card, Col, Empty, Row, Space, Statistic, Tag, Typography } from 'antd';
import { CheckCircleTwoTone, ExclamationCircleTwoTone } from '@ant-design/icons';
import { levelsReport, participationReport, type Funnel, type Levels, type Participation } from '../api/reports';
import { ApiError } from '../api/client';
import { useMe } from '../auth/AuthContext';
import { Chart, type ChartOption } from '../components/Chart';
import { OfficeSelect } from '../components/OfficeSelect';
import { PageState } from '../components/PageState';
import { ReportJobProgress } from '../components/ReportJobProgress';
import { percent } from '../lib/format';
import { useReportJob } from '../lib/use-report-job';
import { useRequest } from '../lib/use-request';

const RED = '#c8161d';
const GREEN = '#389e0d';
const GREY = '#d9d9d9';

/** A 404 from a report means there is nothing to report yet (no open campaign, no published course). */
const nothingYet = (err: unknown) => err instanceof ApiError && err.status === 404;

function TargetTag({ meets }: { meets: boolean }) {
  return meets ? (
    <Tag icon={<CheckCircleTwoTone twoToneColor={GREEN} />} color="success">
      已达标
    </Tag>
  ) : (
    <Tag icon={<ExclamationCircleTwoTone twoToneColor={RED} />} color="error">
      未达标
    </Tag>
  );
}

/** Bars per child office with the target as a line; the office's own figure is the card's headline. */
function byOfficeOption(officeNames: string[], values: (number | null)[], target: number, seriesName: string, narrow = false): ChartOption {
  // 海曙区和创办 → 海曙区: every bar is an office, so the suffix says nothing.
  const names = officeNames.map((n) => n.replace(/和创办$/, '') || n);
  return {
    grid: { left: 48, right: 72, top: 24, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => (typeof v === 'number' ? `${v.toFixed(1)}%` : '—') },
    xAxis: { type: 'category', data: names, axisLabel: { interval: 0, rotate: names.length > (narrow ? 2 : 5) ? 35 : 0 } },
    yAxis: { type: 'value', max: (v: { max: number }) => Math.max(100, Math.ceil(v.max)), axisLabel: { formatter: '{value}%' } },
    series: [
      {
        name: seriesName,
        type: 'bar',
        barMaxWidth: 36,
        data: values.map((v) => ({ value: v === null ? null : +(v * 100).toFixed(1), itemStyle: { color: v !== null && v >= target ? GREEN : RED } })),
        markLine: { symbol: 'none', lineStyle: { color: '#595959', type: 'dashed' }, label: { position: 'end', formatter: `目标 ${percent(target, 0)}` }, data: [{ yAxis: target * 100 }] },
      },
    ],
  };
}

function ParticipationCard({ data }: { data: Participation }) {
  const mine = data.rows.find((r) => r.kind === 'office');
  const children = data.rows.filter((r) => r.kind === 'child');
  const option = useMemo(() => byOfficeOption(children.map((r) => r.name), children.map((r) => r.ratio), data.target, '参与率'), [children, data.target]);
  return (
    <>
      <Space size="large" align="end" wrap>
        <Statistic title="工会企业参与率" value={mine?.ratio === null || !mine ? '—' : percent(mine.ratio)} valueStyle={{ color: mine?.meetsTarget ? GREEN : RED }} />
        <span className="stat-target">
          目标 ≥ {percent(data.target, 0)} · 参与 {mine?.participating ?? 0} / 工会企业 {mine?.unionised ?? 0} 家
        </span>
        {mine && <TargetTag meets={mine.meetsTarget} />}
      </Space>
      {children.length ? <Chart option={option} label={`各下级和创办的参与率，目标 ${percent(data.target, 0)}`} /> : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有下级和创办" />}
    </>
  );
}

function LevelsCard({ data }: { data: Levels }) {
  const mine = data.rows.find((r) => r.kind === 'office');
  const children = data.rows.filter((r) => r.kind === 'child');
  const option = useMemo<ChartOption>(() => {
    const slices = [
      { name: '市级', value: mine?.city ?? 0, itemStyle: { color: RED } },
      { name: '区县级', value: mine?.district ?? 0, itemStyle: { color: '#fa8c16' } },
      { name: '乡镇级', value: mine?.town ?? 0, itemStyle: { color: '#fadb14' } },
      { name: '尚未定级', value: Math.max(0, (mine?.participating ?? 0) - (mine?.levelled ?? 0)), itemStyle: { color: GREY } },
    ];
    const count = new Map(slices.map((d) => [d.name, d.value]));
    return {
      tooltip: { trigger: 'item', formatter: '{b}：{c} 家（{d}%）' },
      // The counts sit in the legend: slice labels of small shares overlap.
      legend: { bottom: 0, itemWidth: 12, itemHeight: 10, formatter: (name: string) => `${name}  ${count.get(name) ?? 0} 家` },
      series: [{ type: 'pie', radius: ['36%', '58%'], center: ['50%', '42%'], label: { show: false }, data: slices.filter((d) => d.value > 0) }],
    };
  }, [mine]);
  const bars = useMemo(() => byOfficeOption(children.map((r) => r.name), children.map((r) => r.share), data.target, '等级占比', true), [children, data.target]);
  return (
    <>
      <Space size="large" align="end" wrap>
        <Statistic title="达到三级之一的占比" value={mine?.share === null || !mine ? '—' : percent(mine.share)} valueStyle={{ color: mine?.meetsTarget ? GREEN : RED }} />
        <span className="stat-target">
          目标 ≥ {percent(data.target, 0)} · {mine?.levelled ?? 0} / 参与 {mine?.participating ?? 0} 家
        </span>
        {mine && <TargetTag meets={mine.meetsTarget} />}
      </Space>
      <Row gutter={16}>
        <Col xs={24} lg={children.length ? 11 : 24}>
          <Chart option={option} label="参与企业的和谐企业等级分布" />
        </Col>
        {children.length > 0 && (
          <Col xs={24} lg={13}>
            <Chart option={bars} label={`各下级和创办的等级占比，目标 ${percent(data.target, 0)}`} />
          </Col>
        )}
      </Row>
    </>
  );
}

function FunnelCard({ data }: { data: Funnel }) {
  const mine = data.byOffice.find((r) => r.kind === 'office');
  const option = useMemo<ChartOption>(() => {
    const counts = mine?.counts as Record<string, number> | undefined;
    const first = counts?.[data.steps[0]?.key ?? ''] ?? 0;
    const steps = [...data.steps].reverse();
    // Bars rather than a funnel shape: a step with few people stays readable, and each bar says its share of the first step.
    return {
      grid: { left: 8, right: 96, top: 8, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: unknown) => `${String(v)} 人` },
      xAxis: { type: 'value', minInterval: 1, max: Math.max(1, first) },
      yAxis: { type: 'category', data: steps.map((s) => s.name), axisTick: { show: false } },
      series: [
        {
          type: 'bar',
          barMaxWidth: 28,
          data: steps.map((s, i) => ({ value: counts?.[s.key] ?? 0, itemStyle: { color: RED, opacity: 0.45 + (0.55 * i) / Math.max(1, steps.length - 1) } })),
          label: { show: true, position: 'right', formatter: (p: { value: number }) => `${p.value} 人${first ? `（${percent(p.value / first, 0)}）` : ''}` },
        },
      ],
    };
  }, [data.steps, mine]);
  const cert = mine?.counts.certificate ?? 0;
  const imported = mine?.counts.imported ?? 0;
  return (
    <>
      <Space size="large" align="end" wrap>
        <Statistic title="已取得证书" value={cert} suffix={`/ ${imported} 人`} />
        <span className="stat-target">课程：{data.course.title} · 千名指导员培训计划</span>
      </Space>
      <Chart option={option} height={260} label={`培训漏斗：${data.steps.map((s) => s.name).join('、')}`} />
    </>
  );
}

/** 工作台: the programme's targets for my subtree: participation vs 90%, level share vs 6%, the training funnel. */
export default function DashboardPage() {
  const { me } = useMe();
  const [officeId, setOfficeId] = useState<string>();
  const participation = useRequest((signal) => participationReport({ officeId }, signal), [officeId]);
  const levels = useRequest((signal) => levelsReport({ officeId }, signal), [officeId]);
  // The funnel takes seconds for a city (and a district): a queue job, with a small progress bar.
  const funnel = useReportJob('funnel', { officeId }, [officeId]);
  const campaign = participation.data?.campaign ?? levels.data?.campaign;

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <div className="toolbar" style={{ marginBottom: 0, alignItems: 'center' }}>
        <Typography.Text type="secondary">查看范围：</Typography.Text>
        <OfficeSelect value={officeId} onChange={setOfficeId} placeholder={`${me.office.name}（本级及下级）`} />
        {campaign && (
          <Typography.Text type="secondary" style={{ marginLeft: 'auto' }}>
            创建活动：{campaign.name}（{campaign.year} 年{campaign.closed ? '，已结束' : ''}）
          </Typography.Text>
        )}
      </div>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card title="参与率（目标 90%）" data-testid="card-participation">
            <PageState loading={participation.loading} error={nothingYet(participation.error) ? undefined : participation.error} onRetry={participation.reload} empty={nothingYet(participation.error)} emptyText="暂无进行中的创建活动">
              {participation.data && <ParticipationCard data={participation.data} />}
            </PageState>
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title="等级占比（目标 6%）" data-testid="card-levels">
            <PageState loading={levels.loading} error={nothingYet(levels.error) ? undefined : levels.error} onRetry={levels.reload} empty={nothingYet(levels.error)} emptyText="暂无进行中的创建活动">
              {levels.data && <LevelsCard data={levels.data} />}
            </PageState>
          </Card>
        </Col>
        <Col span={24}>
          <Card title="培训漏斗" data-testid="card-funnel">
            <PageState loading={funnel.running} loadingView={<ReportJobProgress compact status={funnel.status} />} error={nothingYet(funnel.error) ? undefined : funnel.error} onRetry={funnel.reload} empty={nothingYet(funnel.error)} emptyText="暂无已发布的课程">
              {funnel.data && <FunnelCard data={funnel.data} />}
            </PageState>
          </Card>
        </Col>
      </Row>
    </Space>
  );
}
