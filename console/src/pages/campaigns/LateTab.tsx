import { useState } from 'react';
import { Space, Statistic, Table, Tag, Typography } from 'antd';
import type { Stages } from '../../api/reports';
import type { CampaignDetail } from '../../api/campaigns';
import { OfficeSelect } from '../../components/OfficeSelect';
import { PageState } from '../../components/PageState';
import { ReportJobProgress } from '../../components/ReportJobProgress';
import { formatTime } from '../../lib/format';
import { useReportJob } from '../../lib/use-report-job';
import { ExportButton } from '../reports/common';

type Late = Stages['late']['items'][number];
export const REACH: Record<Late['reach'], { label: string; color: string }> = { mp: { label: '小程序可达', color: 'green' }, bot: { label: '仅机器人', color: 'blue' }, none: { label: '无法触达', color: 'red' } };

/** The late enterprises (most late first) with their contacts and how they can be reached, from the stages report. */
export function LateTab({ campaign }: { campaign: CampaignDetail }) {
  const [officeId, setOfficeId] = useState<string>();
  const [page, setPage] = useState(1);
  // The stages report as a queue job (it takes seconds for a city); its pages are read from the finished job.
  const report = useReportJob('stages', { campaignId: campaign.id, officeId }, [campaign.id, officeId], { page, pageSize: 20 });
  const late = report.data?.late;
  return (
    <>
      <div className="toolbar" style={{ alignItems: 'center' }}>
        <OfficeSelect
          value={officeId}
          onChange={(v) => {
            setPage(1);
            setOfficeId(v);
          }}
        />
        <ExportButton report="stages" query={{ campaignId: campaign.id, officeId }} job={{ id: report.jobId, running: report.running }} />
      </div>
      <PageState loading={report.running || (report.loading && !late)} loadingView={report.running ? <ReportJobProgress status={report.status} /> : undefined} error={report.error} onRetry={report.reload}>
        {late && (
          <>
            <Space size="large" style={{ marginBottom: 12 }}>
              <Statistic title="逾期企业" value={late.total} valueStyle={{ color: late.total ? '#c8161d' : undefined }} />
              <Statistic title="小程序可达" value={late.byReach.mp} />
              <Statistic title="仅机器人可达" value={late.byReach.bot} />
              <Statistic title="无法触达" value={late.byReach.none} valueStyle={{ color: late.byReach.none ? '#c8161d' : undefined }} />
            </Space>
            <Table<Late>
              rowKey={(r) => `${r.enterpriseId}-${r.stage}`}
              size="small"
              loading={report.loading}
              dataSource={late.items}
              data-testid="late-table"
              locale={{ emptyText: '没有逾期的企业' }}
              pagination={{ current: page, pageSize: 20, total: late.total, onChange: setPage, hideOnSinglePage: true, showTotal: (t) => `共 ${t} 家` }}
              columns={[
                { title: '企业', dataIndex: 'enterpriseName', key: 'name' },
                { title: '和创办', dataIndex: 'officeName', key: 'office' },
                { title: '逾期阶段', dataIndex: 'stageName', key: 'stage' },
                { title: '截止', dataIndex: 'deadline', key: 'deadline', render: (v: string) => formatTime(v) },
                { title: '逾期', dataIndex: 'daysLate', key: 'days', width: 80, render: (v: number) => <Typography.Text type="danger">{v} 天</Typography.Text> },
                { title: '触达', dataIndex: 'reach', key: 'reach', width: 110, render: (v: Late['reach']) => <Tag color={REACH[v].color}>{REACH[v].label}</Tag> },
                {
                  title: '联系人',
                  key: 'contacts',
                  render: (_: unknown, r) =>
                    r.contacts.length ? (
                      <Space direction="vertical" size={0}>
                        {r.contacts.map((c, i) => (
                          <span key={i}>
                            {c.name} <span className="phone">{c.phone}</span> {c.miniProgram && <Tag color="green">小程序</Tag>}
                            {c.bot && <Tag color="blue">机器人</Tag>}
                          </span>
                        ))}
                      </Space>
                    ) : (
                      <Typography.Text type="secondary">无联系人</Typography.Text>
                    ),
                },
              ]}
            />
          </>
        )}
      </PageState>
    </>
  );
}
