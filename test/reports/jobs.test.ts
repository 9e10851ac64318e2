import ExcelJS from 'exceljs';
import { Types } from 'mongoose';
import { UnrecoverableError, type Job, type Worker } from 'bullmq';
import type { Response } from 'supertest';
import { reportProcessor, startReportWorker } from '../../jobs/reports';
import type { Campaign } from '../../src/campaigns/model';
import type { ReportJob } from '../../src/reports/kinds';
import { campaignWorld, DAY, stagesFrom, type CampaignWorld } from '../support/campaign';
import { createTestContext, deleteKeys, type TestContext } from '../support/context';
import { makeCourse } from '../support/course';

/**
 * Reports built in a queue job: a district's staff ask for one, a real BullMQ worker builds it with
 * progress, and the finished report, kept in MongoDB, answers like the GET even after Redis is flushed.
 */
let ctx: TestContext;
let w: CampaignWorld;
let campaign: Campaign;
let courseId: string;
let worker: Worker<ReportJob> | undefined;
const progress = new Map<string, number[]>();
const binary = (res: Response, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

beforeAll(async () => {
  ctx = await createTestContext(__filename);
  w = await campaignWorld(ctx);
  const now = ctx.clock.now();
  campaign = await w.campaign(stagesFrom(new Date(now.getTime() - 15 * DAY)));
  const { haishu, nanmen, yinzhou } = w.offices;
  for (const [officeId, bind] of [
    [haishu._id, ['mp']],
    [nanmen._id, ['bot']],
    [nanmen._id, []],
    [yinzhou._id, ['bot']],
  ] as const) {
    const { enterprise } = await w.enterprise(officeId, [{ name: '联系人', bind: [...bind] }]);
    await w.apply(campaign, enterprise);
  }
  const course = await makeCourse(ctx.models, { officeId: w.offices.city._id, modules: 2 });
  courseId = String(course.course._id);
  for (const [n, officeId] of [haishu._id, nanmen._id, yinzhou._id].entries()) {
    await ctx.models.Instructor.create({ name: `学员${n}号`, phone: `1370000${String(n).padStart(4, '0')}`, officeId, cohort: 'A', bindCode: `CODE${n}`, createdAt: new Date(now.getTime() - 20 * DAY) });
  }
});

afterAll(async () => {
  await worker?.close();
  await ctx?.close();
});

async function startWorker() {
  worker = await startReportWorker(ctx);
  worker.on('progress', (job, p) => progress.set(String(job.id), [...(progress.get(String(job.id)) ?? []), p as number]));
}

/** Polls the job as `who` until it is done or failed. */
async function finished(who: string, id: string) {
  for (let i = 0; i < 200; i++) {
    const res = await w.as(who).get(`/api/admin/reports/jobs/${id}`);
    expect(res.status).toBe(200);
    if (res.body.state === 'done' || res.body.state === 'failed') return res.body;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`job ${id} did not finish`);
}

describe('report jobs', () => {
  test('a job whose Redis job vanished before it finished says it was lost; its workbook is not ready', async () => {
    const asked = await w.as('haishu-admin').post('/api/admin/reports/participation/jobs', {});
    expect(asked.status).toBe(202);
    await deleteKeys(ctx.workerRedis, `${ctx.config.QUEUE_PREFIX}:*`);
    const res = await w.as('haishu-admin').get(`/api/admin/reports/jobs/${asked.body.id}`);
    expect(res.body).toMatchObject({ state: 'lost', report: null, kind: 'participation' });
    const xlsx = await w.as('haishu-admin').get(`/api/admin/reports/jobs/${asked.body.id}?format=xlsx`);
    expect([xlsx.status, xlsx.body.error?.code]).toEqual([409, 'report_not_ready']);
  });

  test('the filters are checked against my scope when I ask, and nothing is queued for a refused one', async () => {
    const before = await ctx.queues.reports.getJobCounts();
    const other = await w.as('yinzhou-admin').post('/api/admin/reports/stages/jobs', { officeId: String(w.offices.haishu._id) });
    expect([other.status, other.body.error?.code]).toEqual([403, 'office_out_of_scope']);
    expect((await w.as('haishu-admin').post('/api/admin/reports/funnel/jobs', { courseId: String(new Types.ObjectId()) })).status).toBe(404);
    expect((await w.as('haishu-admin').post('/api/admin/reports/questions/jobs', { courseId, quizId: String(new Types.ObjectId()) })).status).toBe(404);
    expect((await w.as('haishu-admin').post('/api/admin/reports/deliveries/jobs', { from: '2026-12-01', to: '2026-11-01' })).status).toBe(400);
    expect((await w.as('haishu-admin').post('/api/admin/reports/levels/jobs', { format: 'xlsx' })).status).toBe(400);
    expect(await ctx.queues.reports.getJobCounts()).toEqual(before);
  });

  test('each kind runs to done through a real worker, with progress, and its report equals the GET’s', async () => {
    await startWorker();
    const cases: [string, object, string][] = [
      ['participation', {}, ''],
      ['levels', { campaignId: String(campaign._id) }, `?campaignId=${String(campaign._id)}`],
      ['funnel', { courseId }, `?courseId=${courseId}`],
      ['stages', { officeId: String(w.offices.nanmen._id) }, `?officeId=${String(w.offices.nanmen._id)}`],
      ['deliveries', { from: '2026-10-01' }, '?from=2026-10-01'],
      ['questions', { courseId }, `?courseId=${courseId}`],
    ];
    for (const [kind, body, query] of cases) {
      const asked = await w.as('haishu-editor').post(`/api/admin/reports/${kind}/jobs`, body);
      expect([kind, asked.status]).toEqual([kind, 202]);
      expect(asked.headers.location).toBe(`/api/admin/reports/jobs/${asked.body.id}`);
      expect(asked.body).toMatchObject({ kind, state: 'queued', progress: 0, report: null });
      const done = await finished('haishu-editor', asked.body.id);
      expect([kind, done.state, done.progress]).toEqual([kind, 'done', 100]);
      const direct = await w.as('haishu-editor').get(`/api/admin/reports/${kind}${query}`);
      expect(done.report).toEqual(direct.body);
      // Progress went up step by step, below 100 until the job completed.
      const steps = progress.get(asked.body.id) ?? [];
      expect(steps.length).toBeGreaterThan(0);
      expect(steps).toEqual([...steps].sort((a, b) => a - b));
      expect(Math.max(...steps)).toBeLessThan(100);
    }
  });

  test('only the requester and admins of their office or an office above may read a job; another district’s staff may not', async () => {
    const asked = await w.as('haishu-editor').post('/api/admin/reports/stages/jobs', {});
    const id = asked.body.id as string;
    await finished('haishu-editor', id);
    expect((await w.as('haishu-admin').get(`/api/admin/reports/jobs/${id}`)).body.state).toBe('done');
    expect((await w.as('city-admin').get(`/api/admin/reports/jobs/${id}`)).body.state).toBe('done');
    for (const who of ['yinzhou-admin', 'yinzhou-viewer', 'haishu-viewer']) expect([who, (await w.as(who).get(`/api/admin/reports/jobs/${id}`)).status]).toEqual([who, 404]);
    expect((await w.as('haishu-admin').get(`/api/admin/reports/jobs/${String(new Types.ObjectId())}`)).status).toBe(404);
  });

  test('a finished report is kept in MongoDB: a Redis flush loses nothing, and the workbook still comes', async () => {
    const asked = await w.as('haishu-admin').post('/api/admin/reports/stages/jobs', {});
    const done = await finished('haishu-admin', asked.body.id);
    await deleteKeys(ctx.workerRedis, `${ctx.config.QUEUE_PREFIX}:*`);
    expect(await ctx.queues.reports.getJob(asked.body.id)).toBeUndefined();
    const after = await w.as('haishu-admin').get(`/api/admin/reports/jobs/${asked.body.id}`);
    expect(after.body).toEqual(done);
    expect(after.body.report.late.total).toBeGreaterThan(0);
    const file = await w.as('haishu-admin').get(`/api/admin/reports/jobs/${asked.body.id}?format=xlsx`).buffer(true).parse(binary);
    expect(file.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.body as never);
    expect(book.worksheets.map((s) => s.name)).toEqual(['各阶段', '逾期企业']);
    expect((await w.as('haishu-viewer').get(`/api/admin/reports/jobs/${asked.body.id}?format=xlsx`)).status).toBe(403);
  });

  test('a report job deletes runs older than REPORT_KEEP_DAYS (FerretDB has no TTL index)', async () => {
    const old = new Date(ctx.clock.now().getTime() - (ctx.config.REPORT_KEEP_DAYS + 1) * DAY);
    const owner = { requesterId: new Types.ObjectId(), requesterOfficeId: w.offices.haishu._id, phonesVisible: true };
    await ctx.models.ReportRequest.create({ _id: 'old-run', kind: 'levels', filters: {}, ...owner, createdAt: old });
    await ctx.models.ReportResult.create({ _id: 'old-run', kind: 'levels', filters: {}, ...owner, createdAt: old, finishedAt: old, body: Buffer.from('{}') });
    const asked = await w.as('haishu-admin').post('/api/admin/reports/levels/jobs', {});
    await finished('haishu-admin', asked.body.id);
    expect(await ctx.models.ReportResult.exists({ _id: 'old-run' })).toBeNull();
    expect(await ctx.models.ReportRequest.exists({ _id: 'old-run' })).toBeNull();
    expect(await ctx.models.ReportResult.exists({ _id: asked.body.id })).not.toBeNull();
  });

  test('a refusal found when the job runs (a campaign gone) fails for good, with the reason for the requester', async () => {
    const data: ReportJob = {
      runId: new Types.ObjectId().toHexString(),
      kind: 'participation',
      filters: { campaignId: String(new Types.ObjectId()) },
      requestedAt: ctx.clock.now().toISOString(),
      requester: { staffId: String(new Types.ObjectId()), officeId: String(w.offices.haishu._id), phonesVisible: true },
    };
    const job = { data, updateProgress: async () => undefined } as unknown as Job<ReportJob, never>;
    const failure = reportProcessor(ctx)(job);
    await expect(failure).rejects.toBeInstanceOf(UnrecoverableError);
    await expect(failure).rejects.toThrow(/^refused: /);
  });
});
