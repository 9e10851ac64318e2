import { useSearchParams } from 'react-router-dom';
import { Card, Tabs } from 'antd';
import { REPORT_NAMES, type ReportKey } from '../api/reports';
import { ParticipationReport, LevelsReport } from './reports/CampaignReports';
import { FunnelReport } from './reports/FunnelReport';
import { StagesReport } from './reports/StagesReport';
import { DeliveriesReport } from './reports/DeliveriesReport';
import { QuestionsReport } from './reports/QuestionsReport';

const KEYS: ReportKey[] = ['participation', 'levels', 'funnel', 'stages', 'deliveries', 'questions'];

/** 报表: each report of the reports API for my subtree, as tables and charts; admins and editors export each as XLSX. */
export default function ReportsPage() {
  const [params, setParams] = useSearchParams();
  const key = (KEYS as string[]).includes(params.get('report') ?? '') ? (params.get('report') as ReportKey) : 'participation';
  const body: Record<ReportKey, JSX.Element> = {
    participation: <ParticipationReport />,
    levels: <LevelsReport />,
    funnel: <FunnelReport />,
    stages: <StagesReport />,
    deliveries: <DeliveriesReport />,
    questions: <QuestionsReport />,
  };
  return (
    <Card>
      <Tabs activeKey={key} onChange={(k) => setParams({ report: k })} destroyInactiveTabPane items={KEYS.map((k) => ({ key: k, label: REPORT_NAMES[k], children: body[k] }))} />
    </Card>
  );
}
