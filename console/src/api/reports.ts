import { api, ApiError, type Answer, type BodyOf, type QueryOf } from './client';

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

/**
 * Report jobs (README "Reports"): the heavy reports — the funnel, stages, deliveries and question
 * quality — take seconds for a city (and the funnel and questions for a district), so the console
 * always asks for these four as a queue job and polls it (lib/use-report-job.ts), rather than
 * holding a request open. Participation and levels stay direct GETs.
 */
export type JobKey = 'funnel' | 'stages' | 'deliveries' | 'questions';
const JOB_PATHS = {
  funnel: '/api/admin/reports/funnel/jobs',
  stages: '/api/admin/reports/stages/jobs',
  deliveries: '/api/admin/reports/deliveries/jobs',
  questions: '/api/admin/reports/questions/jobs',
} as const;
/** The GET's filters, as a job's body (no format, no page). */
export type JobBody<K extends JobKey> = BodyOf<(typeof JOB_PATHS)[K], 'post'>;
export interface JobReports {
  funnel: Funnel;
  stages: Stages;
  deliveries: Deliveries;
  questions: Questions;
}
/** A job: state (queued, running, done, failed, lost), progress 0–100, and the report when done. */
export type ReportRun = Answer<'/api/admin/reports/jobs/{id}', 'get'>;
export type RunState = ReportRun['state'];
/** A stages report's page of late enterprises, read from the finished job. */
export type RunView = Pick<QueryOf<'/api/admin/reports/jobs/{id}'>, 'page' | 'pageSize'>;

/** POST …/:kind/jobs → 202 with the queued job (the generated types know only 200/201 answers). */
export async function askReportJob<K extends JobKey>(kind: K, body: JobBody<K>, signal?: AbortSignal): Promise<ReportRun> {
  const post = api.post as (path: string, options: { body: unknown; signal?: AbortSignal }) => Promise<unknown>;
  return (await post(JOB_PATHS[kind], { body, signal })) as ReportRun;
}

export const readReportJob = (id: string, view: RunView = {}, signal?: AbortSignal) => api.get('/api/admin/reports/jobs/{id}', { params: { id }, query: view, signal });

/** The finished job's workbook (`GET …/jobs/:id?format=xlsx`; admins and editors), rather than running the report again. */
export function exportReportJob(key: JobKey, id: string): Promise<void> {
  return api.download('/api/admin/reports/jobs/{id}', { params: { id }, query: { format: 'xlsx' }, fallbackName: `${REPORT_NAMES[key]}.xlsx` });
}

/** A report job that failed (the job's reason), or that the queue lost twice. */
export class ReportJobError extends Error {
  constructor(
    readonly state: 'failed' | 'lost',
    /** What the job says (the server's words). */
    readonly reason: string | null,
  ) {
    super(reason ?? state);
    this.name = 'ReportJobError';
  }
}

const POLL_MS = 1000;
/** The first look comes sooner: a district's report is often done in well under a second. */
const FIRST_POLL_MS = 300;

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const aborted = () => new DOMException('Aborted', 'AbortError');
    if (signal?.aborted) return reject(aborted());
    const onAbort = () => {
      clearTimeout(timer);
      reject(aborted());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export interface RunOptions {
  signal?: AbortSignal;
  /** The page of a stages report to read (asked at every poll, so a page chosen meanwhile is the one answered). */
  view?: () => RunView;
  /** Each answer while the job is queued or running. */
  onStatus?: (run: ReportRun) => void;
}

/**
 * Asks for a report job and polls it about once a second until it is done: `failed` throws a
 * ReportJobError with the job's reason; `lost` (the queue lost the job) asks once more, then throws.
 * Aborting the signal stops the polling (the job itself finishes on the server, unread).
 */
export async function runReportJob<K extends JobKey>(kind: K, body: JobBody<K>, { signal, view, onStatus }: RunOptions = {}): Promise<ReportRun & { report: JobReports[K] }> {
  // A tick before asking: StrictMode's mount–unmount–mount, or filters changed twice at once, abort
  // here rather than queue a job nobody reads.
  await sleep(0, signal);
  for (let asked = 1; ; asked++) {
    let run = await askReportJob(kind, body, signal);
    onStatus?.(run);
    for (let wait = FIRST_POLL_MS; run.state === 'queued' || run.state === 'running'; wait = POLL_MS) {
      await sleep(wait, signal);
      try {
        run = await readReportJob(run.id, view?.() ?? {}, signal);
      } catch (err) {
        // Not mine to read, or gone: as good as lost.
        if (err instanceof ApiError && err.status === 404) run = { ...run, state: 'lost', error: null };
        else throw err;
      }
      onStatus?.(run);
    }
    if (run.state === 'done' && run.report) return run as ReportRun & { report: JobReports[K] };
    if (run.state === 'lost' && asked < 2) continue;
    throw new ReportJobError(run.state === 'failed' ? 'failed' : 'lost', run.error);
  }
}
