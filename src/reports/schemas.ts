import { z } from 'zod';
import { STAGE_KEYS } from '../campaigns/kinds';
import { REPORT_KINDS } from './kinds';
import { objectId, pagination } from '../http/schemas';

const day = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);
const format = z.enum(['json', 'xlsx']).default('json').describe('xlsx: a workbook with Chinese headers (admins and editors)');
const officeId = objectId.optional().describe("An office of my subtree (default: my own); rows for it and each child office, rolled up over subtrees");

export const campaignReportQuery = z.object({ officeId, campaignId: objectId.optional().describe('Default: the newest open campaign'), format }).strict();
export const stagesQuery = campaignReportQuery.extend({ ...pagination }).strict();
export const courseReportQuery = z.object({ officeId, courseId: objectId.optional().describe('Default: the newest published course'), format }).strict();
export const questionsQuery = courseReportQuery.extend({ quizId: objectId.optional().describe('One quiz of the course (default: all)') }).strict();
export const deliveriesQuery = z
  .object({ officeId, from: day.optional().describe('Start, inclusive (default: 30 days ago)'), to: day.optional().describe('End, exclusive (default: now)'), format })
  .strict();

const ratio = z.number().nullable();
const row = { officeId: z.string(), code: z.string(), name: z.string(), kind: z.enum(['office', 'child']) };
const campaign = z.object({ id: z.string(), name: z.string(), year: z.number(), closed: z.boolean() });

export const participationOut = z.object({
  campaign,
  target: z.number(),
  rows: z.array(z.object({ ...row, unionised: z.number(), participating: z.number(), ratio, target: z.number(), meetsTarget: z.boolean() })),
});

export const levelsOut = z.object({
  campaign,
  target: z.number(),
  rows: z.array(z.object({ ...row, participating: z.number(), town: z.number(), district: z.number(), city: z.number(), levelled: z.number(), share: ratio, target: z.number(), meetsTarget: z.boolean() })),
});

const counts = z.object({ imported: z.number(), bound: z.number(), lessons: z.number(), moduleQuizzes: z.number(), finalExam: z.number(), certificate: z.number() });
const conversion = z.object({ bound: ratio, lessons: ratio, moduleQuizzes: ratio, finalExam: ratio, certificate: ratio });
export const funnelOut = z.object({
  course: z.object({ id: z.string(), title: z.string() }),
  steps: z.array(z.object({ key: z.string(), name: z.string() })),
  byOffice: z.array(z.object({ ...row, counts, conversion })),
  byCohort: z.array(z.object({ cohort: z.string(), counts, conversion })),
  stuck: z.array(
    z.object({
      step: z.string(),
      stepName: z.string(),
      total: z.number(),
      instructors: z.array(z.object({ id: z.string(), maskedName: z.string(), phone: z.string(), officeId: z.string(), officeName: z.string(), cohort: z.string(), since: z.string(), days: z.number() })),
    }),
  ),
});

const reach = z.enum(['mp', 'bot', 'none']);
export const stagesOut = z.object({
  campaign,
  rows: z.array(z.object({ ...row, stage: z.enum(STAGE_KEYS), stageName: z.string(), done: z.number(), open: z.number(), late: z.number() })),
  late: z.object({
    total: z.number(),
    byReach: z.object({ mp: z.number(), bot: z.number(), none: z.number() }),
    page: z.number(),
    pageSize: z.number(),
    items: z.array(
      z.object({
        enterpriseId: z.string(),
        enterpriseName: z.string(),
        officeId: z.string(),
        officeName: z.string(),
        stage: z.enum(STAGE_KEYS),
        stageName: z.string(),
        deadline: z.string(),
        daysLate: z.number(),
        reach,
        contacts: z.array(z.object({ name: z.string(), phone: z.string(), miniProgram: z.boolean(), bot: z.boolean(), reach })),
      }),
    ),
  }),
});

const breakdown = {
  total: z.number(),
  byOutcome: z.array(z.object({ outcome: z.string(), count: z.number() })),
  byChannel: z.array(z.object({ channel: z.string(), outcome: z.string(), count: z.number() })),
};
export const deliveriesOut = z.object({
  from: z.string(),
  to: z.string(),
  reminders: z.object(breakdown),
  broadcasts: z.object({ deliveries: z.number(), ...breakdown }),
  reads: z.array(z.object({ ...row, deliveries: z.number(), sent: z.number(), reads: z.number(), readRate: ratio })),
});

const figure = z.object({ value: z.number().nullable(), low: z.number().nullable().describe('95% interval'), high: z.number().nullable() });
export const questionsOut = z.object({
  course: z.object({ id: z.string(), title: z.string() }),
  attemptsUsed: z.literal('first').describe("Each learner's first graded attempt"),
  quizzes: z.array(
    z.object({
      quizId: z.string(),
      title: z.string(),
      kind: z.enum(['module', 'final']),
      attempts: z.number(),
      skippedWithoutAnswers: z.number(),
      quiz: z.object({
        attempts: z.number(),
        positions: z.number(),
        meanTotal: z.number().nullable(),
        sdTotal: z.number().nullable(),
        alpha: figure.describe("Cronbach's alpha (%), Feldt's interval"),
        errorRatio: figure,
        standardError: figure,
        fewAttempts: z.boolean(),
      }),
      questions: z.array(
        z.object({
          questionId: z.string(),
          stem: z.string(),
          attempts: z.number(),
          facility: figure.describe("Facility index (%), Wilson's interval"),
          sd: figure,
          discrimination: figure.describe("Discrimination index (%), Fisher's z interval"),
          efficiency: figure.describe('Discriminative efficiency (%)'),
          flagged: z.boolean(),
          reasons: z.array(z.enum(['low_efficiency', 'negative_discrimination'])),
          fewAttempts: z.boolean(),
        }),
      ),
    }),
  ),
});

/** A report job's body: the GET's filters (no format or page); a deliveries range is fixed when the job is asked for. */
export const jobBodies = {
  participation: campaignReportQuery.omit({ format: true }).strict(),
  levels: campaignReportQuery.omit({ format: true }).strict(),
  funnel: courseReportQuery.omit({ format: true }).strict(),
  stages: campaignReportQuery.omit({ format: true }).strict(),
  deliveries: deliveriesQuery.omit({ format: true }).strict(),
  questions: questionsQuery.omit({ format: true }).strict(),
} as const;
export const jobQuery = z.object({ format, ...pagination }).strict();

export const jobOut = z.object({
  id: z.string().describe('The job id: GET /api/admin/reports/jobs/{id}'),
  kind: z.enum(REPORT_KINDS),
  filters: z.object({ officeId: z.string(), campaignId: z.string(), courseId: z.string(), quizId: z.string(), from: z.string(), to: z.string() }).partial(),
  state: z.enum(['queued', 'running', 'done', 'failed', 'lost']).describe('lost: Redis lost the job before it finished (ask again); a finished report is kept in MongoDB and survives Redis'),
  progress: z.number().describe('0–100: the share of the report’s reads done'),
  requestedAt: z.string(),
  finishedAt: z.string().nullable(),
  error: z.string().nullable(),
  report: z.union([participationOut, levelsOut, funnelOut, stagesOut, deliveriesOut, questionsOut]).nullable().describe('When done: what the GET of this kind answers (stages: a page of the late enterprises)'),
});
