import { api, type Answer, type QueryOf } from './client';

/**
 * The reports API (src/reports/routes.ts): figures for my subtree, one row for the office asked
 * (kind 'office', rolled up over its subtree) and one per child office (kind 'child').
 */
export type Participation = Answer<'/api/admin/reports/participation', 'get'>;
export type Levels = Answer<'/api/admin/reports/levels', 'get'>;
export type Funnel = Answer<'/api/admin/reports/funnel', 'get'>;
export type CampaignReportQuery = QueryOf<'/api/admin/reports/participation'>;
export type CourseReportQuery = QueryOf<'/api/admin/reports/funnel'>;

export const participationReport = (query: CampaignReportQuery, signal?: AbortSignal) => api.get('/api/admin/reports/participation', { query, signal });
export const levelsReport = (query: CampaignReportQuery, signal?: AbortSignal) => api.get('/api/admin/reports/levels', { query, signal });
export const funnelReport = (query: CourseReportQuery, signal?: AbortSignal) => api.get('/api/admin/reports/funnel', { query, signal });

export type Stages = Answer<'/api/admin/reports/stages', 'get'>;
export type StagesQuery = QueryOf<'/api/admin/reports/stages'>;
export type Deliveries = Answer<'/api/admin/reports/deliveries', 'get'>;
export type DeliveriesQuery = QueryOf<'/api/admin/reports/deliveries'>;
export type Questions = Answer<'/api/admin/reports/questions', 'get'>;
export type QuestionsQuery = QueryOf<'/api/admin/reports/questions'>;

export const stagesReport = (query: StagesQuery, signal?: AbortSignal) => api.get('/api/admin/reports/stages', { query, signal });
export const deliveriesReport = (query: DeliveriesQuery, signal?: AbortSignal) => api.get('/api/admin/reports/deliveries', { query, signal });
export const questionsReport = (query: QuestionsQuery, signal?: AbortSignal) => api.get('/api/admin/reports/questions', { query, signal });

export type ReportKey = 'participation' | 'levels' | 'funnel' | 'stages' | 'deliveries' | 'questions';
const REPORT_PATHS = {
  participation: '/api/admin/reports/participation',
  levels: '/api/admin/reports/levels',
  funnel: '/api/admin/reports/funnel',
  stages: '/api/admin/reports/stages',
  deliveries: '/api/admin/reports/deliveries',
  questions: '/api/admin/reports/questions',
} as const;
export const REPORT_NAMES: Record<ReportKey, string> = { participation: '参与率', levels: '等级占比', funnel: '培训漏斗', stages: '申报阶段', deliveries: '触达统计', questions: '题目质量' };

/** The same report as a workbook (`?format=xlsx`; admins and editors), saved under the server's file name. */
export function exportReport(key: ReportKey, query: Record<string, string | number | undefined>): Promise<void> {
  return api.download(REPORT_PATHS[key], { query: { ...query, format: 'xlsx' }, fallbackName: `${REPORT_NAMES[key]}.xlsx` });
}
