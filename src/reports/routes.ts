import type { ParameterizedContext } from 'koa';
import { Conflict, Forbidden } from '../errors';
import { ApiRouter, parseBody, parseParams, parseQuery } from '../http/api-router';
import type { RouteDeps } from '../deps';
import type { StaffState } from '../http/guards';
import { idParams } from '../http/schemas';
import { sendFile, XLSX_TYPE } from '../http/send-file';
import { CAN_READ, type StaffRole } from '../staff/kinds';
import { REPORT_KINDS, type ReportKind } from './kinds';
import type { Asker } from './runs';
import {
  campaignReportQuery,
  courseReportQuery,
  deliveriesQuery,
  deliveriesOut,
  funnelOut,
  jobBodies,
  jobOut,
  jobQuery,
  levelsOut,
  participationOut,
  questionsOut,
  questionsQuery,
  stagesOut,
  stagesQuery,
} from './schemas';
import { deliveryRange, type ReportBody, type Reports } from './use-cases';
import { deliverySheets, funnelSheets, levelSheets, participationSheets, questionSheets, stageSheets, workbook, type Sheet } from './xlsx';

export class ReportNotReady extends Conflict {
  override readonly code = 'report_not_ready';
}

const errors = {
  400: { description: 'Invalid input' },
  401: { description: 'Not signed in' },
  403: { description: 'Role not allowed (XLSX: admins and editors), or the office is outside my subtree: `office_out_of_scope`' },
  404: { description: 'No such campaign or course in my reach' },
};

/** The workbook of each kind of report, and its file name. */
const BOOKS: { [K in ReportKind]: { name: string; sheets: (r: Awaited<ReturnType<Reports[K]>>) => Sheet[] } } = {
  participation: { name: '参与率', sheets: participationSheets },
  levels: { name: '等级占比', sheets: levelSheets },
  funnel: { name: '培训漏斗', sheets: funnelSheets },
  stages: { name: '申报阶段', sheets: stageSheets },
  deliveries: { name: '触达统计', sheets: deliverySheets },
  questions: { name: '题目质量', sheets: questionSheets },
};
const sheetsOf = (kind: ReportKind, report: ReportBody) => (BOOKS[kind].sheets as (r: ReportBody) => Sheet[])(report);

/** A page of a stages report's late enterprises (the workbook has them all). */
const pageOfLate = <T extends { late: { items: unknown[] } }>(d: T, page: number, pageSize: number) => ({ ...d, late: { ...d.late, page, pageSize, items: d.late.items.slice((page - 1) * pageSize, page * pageSize) } });

/**
 * When to use a job. Every GET answers directly, for any office, so scripts and exports keep one
 * simple call; but on the city's data (npm run seed:city: 177 offices, 10,000 enterprises, 1,000
 * instructors) the funnel, stages, deliveries and questions of the whole city take 5–12 s and the
 * funnel and questions over 2 s even for one district, longer than a request should. For those a
 * client asks for a job and polls it (a 202 from a GET would break every simple caller instead).
 */
const JOB_ADVICE = 'Answers directly for any office; for a subtree of more than 32 offices (a city), or the funnel and question quality of a district, use POST …/jobs and poll the job';

/** Read as JSON by every staff role; as XLSX (`?format=xlsx`) by admins and editors only, as other exports. */
async function answer<T>(ctx: ParameterizedContext<StaffState>, format: 'json' | 'xlsx', data: T, sheets: (d: T) => Sheet[], filename: string, json: (d: T) => unknown = (d) => d) {
  if (format === 'json') {
    ctx.body = json(data);
    return;
  }
  sendFile(ctx, await workbook(sheets(data)), `${filename}.xlsx`, XLSX_TYPE);
}

function refuseViewerExport(ctx: ParameterizedContext<StaffState>, format: 'json' | 'xlsx') {
  if (format === 'xlsx' && ctx.state.staff.role === 'viewer') throw new Forbidden('Exports are for admins and editors');
}

const reader = (ctx: ParameterizedContext<StaffState>) => ({ scope: ctx.state.scope, phonesVisible: ctx.state.staff.role !== 'viewer' });
const asker = (ctx: ParameterizedContext<StaffState>): Asker => ({ staffId: ctx.state.staff._id, role: ctx.state.staff.role as StaffRole, scope: ctx.state.scope });

/** The programme's figures for staff, within their subtree (issue 13). */
export function reportRoutes({ areas: { reports }, clock, guards }: RouteDeps): ApiRouter<StaffState> {
  const { runs } = reports;
  const router = new ApiRouter<StaffState>('/api/admin/reports', guards);
  const tags = ['reports'];
  const auth = { staff: CAN_READ };

  router.get(
    '/participation',
    { summary: `Unionised enterprises taking part in a campaign (an application not withdrawn), per office, against the 90% target. ${JOB_ADVICE}`, tags, auth, query: campaignReportQuery, responses: { 200: { description: 'Per office, rolled up (?format=xlsx: the same as a workbook)', schema: participationOut }, ...errors } },
    async function participationReport(ctx) {
      const { format, ...q } = parseQuery(ctx, campaignReportQuery);
      refuseViewerExport(ctx, format);
      await answer(ctx, format, await reports.participation(ctx.state.scope, q), participationSheets, '参与率');
    },
  );
  router.get(
    '/levels',
    { summary: `Participating enterprises at town, district or city level, per office, against the 6% target. ${JOB_ADVICE}`, tags, auth, query: campaignReportQuery, responses: { 200: { description: 'Per office, rolled up (?format=xlsx: the same as a workbook)', schema: levelsOut }, ...errors } },
    async function levelsReport(ctx) {
      const { format, ...q } = parseQuery(ctx, campaignReportQuery);
      refuseViewerExport(ctx, format);
      await answer(ctx, format, await reports.levels(ctx.state.scope, q), levelSheets, '等级占比');
    },
  );
  router.get(
    '/funnel',
    {
      summary: `Training funnel of a course (imported → bound → every lesson read → module quizzes passed → final exam passed → certificate), per office and cohort, with the 10 instructors stuck longest at each step. ${JOB_ADVICE}`,
      tags,
      auth,
      query: courseReportQuery,
      responses: { 200: { description: 'Counts and conversions; names masked, phones masked for viewers (?format=xlsx: a workbook)', schema: funnelOut }, ...errors },
    },
    async function funnelReport(ctx) {
      const { format, ...q } = parseQuery(ctx, courseReportQuery);
      refuseViewerExport(ctx, format);
      await answer(ctx, format, await reports.funnel(reader(ctx), q), funnelSheets, '培训漏斗');
    },
  );
  router.get(
    '/stages',
    {
      summary: `A campaign's stages per office: done, open and late; the late enterprises with their contacts' reach (mini-program, bot or none). ${JOB_ADVICE}`,
      tags,
      auth,
      query: stagesQuery,
      responses: { 200: { description: 'Counts, and a page of late enterprises (most late first); phones masked for viewers (?format=xlsx: every late enterprise)', schema: stagesOut }, ...errors },
    },
    async function stagesReport(ctx) {
      const { format, page, pageSize, ...q } = parseQuery(ctx, stagesQuery);
      refuseViewerExport(ctx, format);
      await answer(ctx, format, await reports.stages(reader(ctx), q), stageSheets, '申报阶段', (d) => pageOfLate(d, page, pageSize));
    },
  );
  router.get(
    '/deliveries',
    { summary: `Reminders and broadcast deliveries per outcome and channel, and broadcast reads per office, in a date range. ${JOB_ADVICE}`, tags, auth, query: deliveriesQuery, responses: { 200: { description: 'Counts (?format=xlsx: a workbook)', schema: deliveriesOut }, ...errors } },
    async function deliveriesReport(ctx) {
      const { format, from, to, ...q } = parseQuery(ctx, deliveriesQuery);
      refuseViewerExport(ctx, format);
      await answer(ctx, format, await reports.deliveries(ctx.state.scope, { ...q, ...deliveryRange({ from, to }, clock.now()) }), deliverySheets, '触达统计');
    },
  );
  router.get(
    '/questions',
    {
      summary:
        `Question quality per quiz, Moodle's formulas on each learner's first graded attempt: facility, SD, discrimination and discriminative efficiency per question, Cronbach's alpha, error ratio and standard error per quiz, each with a 95% interval; flagged when efficiency < 15 or discrimination < 0; \`fewAttempts\` under 30. ${JOB_ADVICE}`,
      tags,
      auth,
      query: questionsQuery,
      responses: { 200: { description: 'Per quiz and question (?format=xlsx: a workbook)', schema: questionsOut }, ...errors },
    },
    async function questionsReport(ctx) {
      const { format, ...q } = parseQuery(ctx, questionsQuery);
      refuseViewerExport(ctx, format);
      await answer(ctx, format, await reports.questions(ctx.state.scope, q), questionSheets, '题目质量');
    },
  );

  for (const kind of REPORT_KINDS) {
    router.post(
      `/${kind}/jobs`,
      {
        summary: `Builds the ${kind} report in a queue job: the GET's filters in the body, checked against my scope at once; poll GET /api/admin/reports/jobs/{id} for its progress and the report`,
        tags,
        auth,
        body: jobBodies[kind],
        responses: { 202: { description: 'Queued (Location: the job)', schema: jobOut }, ...errors, 503: { description: 'Redis or MongoDB unavailable' } },
      },
      async function queueReport(ctx) {
        const { from, to, ...filters } = parseBody(ctx, jobBodies[kind]) as { officeId?: string; from?: string; to?: string };
        // A deliveries range is fixed now, so the job counts what was asked for however long it waits.
        const range = kind === 'deliveries' ? deliveryRange({ from, to }, clock.now()) : null;
        const run = await runs.request(asker(ctx), kind, { ...filters, ...(range ? { from: range.from.toISOString(), to: range.to.toISOString() } : {}) });
        ctx.status = 202;
        ctx.set('Location', `/api/admin/reports/jobs/${run.id}`);
        ctx.body = run;
      },
    );
  }
  router.get(
    '/jobs/:id',
    {
      summary:
        "A report job: its state, progress (0–100) and, once done, the report (?format=xlsx: the workbook, admins and editors). Readable by the staff member who asked and by admins of their office or an office above; a finished report is kept in MongoDB, so it still answers after Redis lost the job",
      tags,
      auth,
      params: idParams,
      query: jobQuery,
      responses: { 200: { description: 'State, progress and, when done, the report', schema: jobOut }, ...errors, 404: { description: 'No such job, or not mine to read' }, 409: { description: 'XLSX asked before the report is done: `report_not_ready`' } },
    },
    async function readReportJob(ctx) {
      const { id } = parseParams(ctx, idParams);
      const { format, page, pageSize } = parseQuery(ctx, jobQuery);
      refuseViewerExport(ctx, format);
      const run = await runs.read(asker(ctx), id);
      if (format === 'xlsx') {
        if (!run.report) throw new ReportNotReady(`This report is ${run.state}, not done yet`);
        sendFile(ctx, await workbook(sheetsOf(run.kind, run.report)), `${BOOKS[run.kind].name}.xlsx`, XLSX_TYPE);
        return;
      }
      ctx.body = run.report && run.kind === 'stages' ? { ...run, report: pageOfLate(run.report as Awaited<ReturnType<Reports['stages']>>, page, pageSize) } : run;
    },
  );
  return router;
}
