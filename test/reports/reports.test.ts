import ExcelJS from 'exceljs';
import { Types } from 'mongoose';
import type { Response } from 'supertest';
import type { Campaign } from '../../src/campaigns/model';
import { campaignWorld, DAY, stagesFrom, type CampaignWorld } from '../support/campaign';
import { createTestContext, type TestContext } from '../support/context';
import { makeCourse } from '../support/course';

/**
 * The reports on a small seeded set: the demo's offices (city → 海曙 → 南门/鼓楼, 鄞州), a campaign with
 * enterprises that apply, withdraw or not, a course with instructors at every step of its funnel, and
 * a second course whose first quiz holds the hand-computed example of test/reports/item-stats.test.ts.
 * Each figure is checked against a computation of its own over the same records.
 */
let ctx: TestContext;
let w: CampaignWorld;
let campaign: Campaign;
let funnelCourseId: string;
let itemCourse: Awaited<ReturnType<typeof makeCourse>>;
const oid = () => new Types.ObjectId();
const binary = (res: Response, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

/** Funnel fixture: how far each instructor got (0 imported … 5 certificate). */
const LEARNERS: { office: 'haishu' | 'nanmen' | 'yinzhou'; cohort: string; reached: number }[] = [
  { office: 'haishu', cohort: 'A', reached: 0 },
  { office: 'haishu', cohort: 'A', reached: 1 },
  { office: 'nanmen', cohort: 'B', reached: 1 },
  { office: 'nanmen', cohort: 'B', reached: 2 },
  { office: 'haishu', cohort: 'B', reached: 3 },
  { office: 'haishu', cohort: 'A', reached: 4 },
  { office: 'nanmen', cohort: 'A', reached: 5 },
  { office: 'yinzhou', cohort: 'A', reached: 5 },
];

beforeAll(async () => {
  ctx = await createTestContext(__filename);
  w = await campaignWorld(ctx);
  const now = ctx.clock.now();
  // Applying was due 15 days ago, the self-assessment 5 days ago; review is 5 days ahead.
  campaign = await w.campaign(stagesFrom(new Date(now.getTime() - 15 * DAY)));
  const { haishu, nanmen, yinzhou } = w.offices;
  const ent = async (officeId: Types.ObjectId, o: { union: boolean; level?: string; apply?: boolean; withdraw?: boolean; selfCheck?: boolean; bind?: ('mp' | 'bot')[] }) => {
    const { enterprise } = await w.enterprise(officeId, [{ name: '联系人', bind: o.bind ?? [] }]);
    await ctx.models.Enterprise.updateOne({ _id: enterprise._id }, { $set: { hasUnion: o.union, level: o.level ?? 'none' } });
    if (!o.apply) return;
    const app = await w.apply(campaign, enterprise);
    if (o.selfCheck) await w.markDone(campaign, app._id, 'self_check');
    if (o.withdraw) await ctx.areas.campaigns.applications.withdraw(app, { kind: 'staff', actor: w.actor });
  };
  await ent(haishu._id, { union: true, level: 'town', apply: true, selfCheck: true, bind: ['mp'] });
  await ent(haishu._id, { union: true, apply: true, withdraw: true });
  await ent(haishu._id, { union: true });
  await ent(haishu._id, { union: false, apply: true, bind: ['mp'] });
  await ent(nanmen._id, { union: true, level: 'district', apply: true, bind: ['bot'] });
  await ent(nanmen._id, { union: true, apply: true });
  await ent(yinzhou._id, { union: true, apply: true, bind: ['bot'] });
  await ent(yinzhou._id, { union: true });

  const funnel = await makeCourse(ctx.models, { officeId: w.offices.city._id, modules: 2 });
  funnelCourseId = String(funnel.course._id);
  const officeOf = { haishu: haishu._id, nanmen: nanmen._id, yinzhou: yinzhou._id };
  for (const [n, l] of LEARNERS.entries()) {
    const _id = oid();
    const at = (days: number) => new Date(now.getTime() - (40 - n - days) * DAY);
    await ctx.models.Instructor.create({ _id, name: `学员${n}号`, phone: `1370000${String(n).padStart(4, '0')}`, officeId: officeOf[l.office], cohort: l.cohort, bindCode: `CODE${n}`, createdAt: at(0) });
    if (l.reached >= 1) await ctx.models.Binding.create({ personType: 'instructor', personId: _id, officeId: officeOf[l.office], kind: 'mp', identityId: `mp-${n}`, code: `CODE${n}`, boundAt: at(1) });
    const lessons = l.reached >= 2 ? funnel.modules : l.reached === 1 && n === 2 ? funnel.modules.slice(0, 1) : [];
    for (const m of lessons) await ctx.models.LessonCompletion.create({ _id: `${String(_id)}:${String(m.lesson._id)}`, learnerId: _id, courseId: funnel.course._id, lessonId: m.lesson._id, at: at(2) });
    const grade = (quizId: Types.ObjectId, passed: boolean) =>
      ctx.models.AttemptGrade.create({ _id: oid(), learnerId: _id, quizId, courseId: funnel.course._id, number: 1, correct: 3, total: 3, score: passed ? 100 : 0, passed, gradedAt: at(3) });
    if (l.reached >= 3) for (const m of funnel.modules) await grade(m.quiz._id, true);
    if (l.reached >= 4) await grade(funnel.finalExam._id, true);
    if (l.reached >= 5) await ctx.models.Certificate.create({ learnerId: _id, courseId: funnel.course._id, officeId: officeOf[l.office], number: `CSR-2026-${String(n).padStart(6, '0')}`, code: `CODE${String(n).padStart(6, '0')}`, learnerName: `学员${n}号`, courseTitle: '测试课程', issuedAt: at(4) });
  }

  // The hand-computed example: five haishu learners' first attempts at a 3-question paper, and a later try that must not count.
  itemCourse = await makeCourse(ctx.models, { officeId: w.offices.city._id, modules: 1 });
  const quiz = itemCourse.modules[0].quiz;
  const bank = await ctx.models.Question.find({ bankId: itemCourse.modules[0].bank._id }).sort({ _id: 1 }).lean();
  const paper = bank.slice(0, 3);
  const wrong = (answer: number[]) => [answer[0] === 0 ? 1 : 0];
  const rows = [
    [1, 1, 1],
    [1, 1, 0],
    [1, 0, 1],
    [0, 1, 0],
    [0, 0, 0],
  ];
  for (const [k, marks] of rows.entries()) {
    const learnerId = oid();
    await ctx.models.Instructor.create({ _id: learnerId, name: `答题${k}`, phone: `1360000${String(k).padStart(4, '0')}`, officeId: k % 2 ? nanmen._id : haishu._id, cohort: 'C', bindCode: `Q${k}` });
    const attempt = async (number: number, right: number[]) => {
      const _id = oid();
      await ctx.models.Attempt.create({ _id, learnerId, quizId: quiz._id, courseId: itemCourse.course._id, number, startedAt: now, deadline: now, open: false, paper: paper.map((q) => ({ questionId: q._id, optionOrder: q.options.map((_, i) => i), type: q.type })) });
      const answers = paper.map((q, i) => ({ questionId: q._id, choice: right[i] ? q.answer : wrong(q.answer) }));
      const correct = right.filter(Boolean).length;
      await ctx.models.AttemptGrade.create({ _id, learnerId, quizId: quiz._id, courseId: itemCourse.course._id, number, correct, total: 3, score: (100 * correct) / 3, passed: correct >= 2, gradedAt: now, answers });
    };
    await attempt(1, marks);
    if (k === 4) await attempt(2, [1, 1, 1]);
  }
});

afterAll(async () => {
  await ctx?.close();
});

/** Rolled-up figures computed here, from the records, without the report's code: an office's subtree is itself plus every office listing it as an ancestor. */
async function subtreeOf(officeId: Types.ObjectId): Promise<Set<string>> {
  const below = await ctx.models.Office.find({ ancestors: officeId }, { _id: 1 }).lean();
  return new Set([String(officeId), ...below.map((o) => String(o._id))]);
}

describe('participation and levels', () => {
  test('per office and child office, the share of unionised enterprises with an application not withdrawn, as counted from the records', async () => {
    const res = await w.as('haishu-admin').get('/api/admin/reports/participation');
    expect(res.status).toBe(200);
    expect(res.body.campaign.id).toBe(String(campaign._id));
    expect(res.body.rows.map((r: { code: string }) => r.code)).toEqual(['NB-HS', 'NB-HS-GL', 'NB-HS-NM']);
    const [enterprises, apps, withdrawn] = await Promise.all([ctx.models.Enterprise.find().lean(), ctx.models.Application.find({ campaignId: campaign._id }).lean(), ctx.models.ApplicationStep.find({ step: 'withdrawn' }).lean()]);
    const out = new Set(withdrawn.map((s) => String(s.applicationId)));
    const taking = new Set(apps.filter((a) => !out.has(String(a._id))).map((a) => String(a.enterpriseId)));
    for (const row of res.body.rows) {
      const sub = await subtreeOf(new Types.ObjectId(row.officeId as string));
      const unionised = enterprises.filter((e) => e.hasUnion && sub.has(String(e.officeId)));
      const participating = unionised.filter((e) => taking.has(String(e._id)));
      expect(row).toMatchObject({ unionised: unionised.length, participating: participating.length, target: 0.9 });
      expect(row.ratio).toBe(unionised.length ? Math.round((participating.length / unionised.length) * 10000) / 10000 : null);
    }
    // Spelled out: 海曙's subtree has five unionised (one withdrew, one never applied, a non-union one does not count): 3 of 5.
    expect(res.body.rows[0]).toMatchObject({ unionised: 5, participating: 3, ratio: 0.6, meetsTarget: false });
    expect(res.body.rows[2]).toMatchObject({ unionised: 2, participating: 2, ratio: 1, meetsTarget: true });
  });

  test('levels: of the participating, the share at town, district or city level against 6%', async () => {
    const res = await w.as('haishu-viewer').get('/api/admin/reports/levels');
    expect(res.status).toBe(200);
    expect(res.body.rows[0]).toMatchObject({ participating: 3, town: 1, district: 1, city: 0, levelled: 2, share: 0.6667, target: 0.06, meetsTarget: true });
  });
});

describe('training funnel', () => {
  test('counts per step, per office and cohort, match the fixture; conversions are step over step', async () => {
    const res = await w.as('haishu-admin').get(`/api/admin/reports/funnel?courseId=${funnelCourseId}`);
    expect(res.status).toBe(200);
    const steps = ['imported', 'bound', 'lessons', 'moduleQuizzes', 'finalExam', 'certificate'];
    // Independent count: an instructor is at every step up to the one they reached; the demo's sample instructor (海曙, unbound)
    // and the five of the question-quality course (海曙 3, 南门 2, never bound) are imported only.
    const expected = (keep: (l: (typeof LEARNERS)[number]) => boolean, extra = 0) => Object.fromEntries(steps.map((s, k) => [s, LEARNERS.filter((l) => keep(l) && l.reached >= k).length + (k === 0 ? extra : 0)]));
    const [haishu, gulou, nanmen] = res.body.byOffice;
    expect(haishu.counts).toEqual(expected((l) => l.office !== 'yinzhou', 6));
    expect(gulou.counts).toEqual(expected(() => false));
    expect(nanmen.counts).toEqual(expected((l) => l.office === 'nanmen', 2));
    expect(haishu.conversion.bound).toBe(Math.round((6 / 13) * 10000) / 10000);
    expect(haishu.conversion.certificate).toBe(0.5);
    const cohortB = res.body.byCohort.find((c: { cohort: string }) => c.cohort === 'B');
    expect(cohortB.counts).toEqual(expected((l) => l.office !== 'yinzhou' && l.cohort === 'B'));
  });

  test('who is stuck longest at each step, names masked and phones masked for viewers', async () => {
    const admin = (await w.as('haishu-admin').get(`/api/admin/reports/funnel?courseId=${funnelCourseId}`)).body;
    const bound = admin.stuck.find((s: { step: string }) => s.step === 'bound');
    expect(bound.total).toBe(7);
    // The longest stuck: imported 40 days before the clock and never bound.
    expect(bound.instructors[0]).toMatchObject({ maskedName: '学**号', cohort: 'A', days: 40 });
    expect(bound.instructors[0].phone).toBe('13700000000');
    const lessons = admin.stuck.find((s: { step: string }) => s.step === 'lessons');
    // Two bound learners have not read everything; the one who read a lesson has been active more recently.
    expect(lessons.instructors.map((i: { id: string; days: number }) => i.days)).toEqual([...lessons.instructors.map((i: { days: number }) => i.days)].sort((a, b) => b - a));
    const viewer = (await w.as('haishu-viewer').get(`/api/admin/reports/funnel?courseId=${funnelCourseId}`)).body;
    expect(viewer.stuck[0].instructors[0].phone).not.toBe('13700000000');
    expect(viewer.stuck[0].instructors[0].phone).toMatch(/\*/);
  });
});

describe('campaign stages', () => {
  test('done, open and late per stage equal the reminders’ stage counts summed over each subtree', async () => {
    const res = await w.as('haishu-admin').get('/api/admin/reports/stages');
    expect(res.status).toBe(200);
    const scope = await ctx.areas.offices.scopeOf(w.offices.haishu._id);
    const stats = (await ctx.areas.reminders.stats(scope, campaign)).items;
    for (const row of res.body.rows) {
      const sub = await subtreeOf(new Types.ObjectId(row.officeId as string));
      const mine = stats.filter((s) => s.stage === row.stage && sub.has(s.officeId));
      const sum = (k: 'done' | 'open' | 'late') => mine.reduce((n, s) => n + s[k], 0);
      expect({ done: row.done, open: row.open, late: row.late }).toEqual({ done: sum('done'), open: sum('open'), late: sum('late') });
    }
  });

  test('the late enterprises with how their contacts can be reached; phones masked for viewers', async () => {
    const res = await w.as('haishu-editor').get('/api/admin/reports/stages?pageSize=2');
    expect(res.body.late.total).toBe(3);
    expect(res.body.late.byReach).toEqual({ mp: 1, bot: 1, none: 1 });
    expect(res.body.late.items).toHaveLength(2);
    expect(res.body.late.items[0]).toMatchObject({ stage: 'self_check', daysLate: 5 });
    expect(res.body.late.items[0].contacts[0].phone).toMatch(/^139\d{8}$/);
    const viewer = await w.as('haishu-viewer').get('/api/admin/reports/stages');
    expect(viewer.body.late.items[0].contacts[0].phone).toMatch(/\*/);
  });
});

describe('deliveries', () => {
  test('reminder outcomes and broadcast results per outcome and channel, reads per office, inside the date range only', async () => {
    const { haishu, nanmen, yinzhou } = w.offices;
    // An hour ago: the range ends (exclusive) at the clock's now.
    const now = new Date(ctx.clock.now().getTime() - 3600_000);
    const old = new Date(now.getTime() - 60 * DAY);
    const outcome = (officeId: Types.ObjectId, channel: string, o: string, at = now) => ({ reminderId: 'r', recipientKey: `contact:${String(oid())}`, digestId: 'd', officeId, channel, outcome: o, at });
    await ctx.models.ReminderOutcome.insertMany([outcome(haishu._id, 'mp_subscribe', 'sent'), outcome(nanmen._id, 'mp_subscribe', 'failed'), outcome(nanmen._id, 'bot_chat', 'sent'), outcome(yinzhou._id, 'bot_chat', 'sent'), outcome(haishu._id, 'bot_chat', 'sent', old)]);
    const b = oid();
    const deliveries = [haishu._id, nanmen._id, nanmen._id, yinzhou._id].map((officeId, k) => ({ _id: `${String(b)}|p${k}`, broadcastId: b, officeId, recipientKey: `p${k}`, at: now }));
    await ctx.models.BroadcastDelivery.insertMany(deliveries);
    await ctx.models.BroadcastResult.insertMany([
      { _id: deliveries[0]._id, broadcastId: b, officeId: haishu._id, outcome: 'sent', channel: 'bot_chat', at: now },
      { _id: deliveries[1]._id, broadcastId: b, officeId: nanmen._id, outcome: 'sent', channel: 'mp_subscribe', at: now },
      { _id: deliveries[3]._id, broadcastId: b, officeId: yinzhou._id, outcome: 'sent', channel: 'bot_chat', at: now },
    ]);
    await ctx.models.BroadcastRead.insertMany([{ _id: `${String(b)}|o1`, broadcastId: b, officeId: nanmen._id, at: now }]);
    const res = await w.as('haishu-viewer').get('/api/admin/reports/deliveries');
    expect(res.status).toBe(200);
    expect(res.body.reminders.total).toBe(3);
    expect(res.body.reminders.byChannel).toEqual([
      { channel: 'bot_chat', outcome: 'sent', count: 1 },
      { channel: 'mp_subscribe', outcome: 'failed', count: 1 },
      { channel: 'mp_subscribe', outcome: 'sent', count: 1 },
    ]);
    expect(res.body.broadcasts).toMatchObject({ deliveries: 3, total: 2 });
    expect(res.body.reads.find((r: { code: string }) => r.code === 'NB-HS-NM')).toMatchObject({ deliveries: 2, sent: 1, reads: 1, readRate: 1 });
    const wide = await w.as('haishu-viewer').get(`/api/admin/reports/deliveries?from=${old.toISOString().slice(0, 10)}`);
    expect(wide.body.reminders.total).toBe(4);
    expect((await w.as('haishu-viewer').get('/api/admin/reports/deliveries?from=2026-12-01&to=2026-11-01')).status).toBe(400);
  });
});

describe('question quality', () => {
  test("the hand-computed example through the API: first graded attempts only, Moodle's figures", async () => {
    const res = await w.as('haishu-admin').get(`/api/admin/reports/questions?courseId=${String(itemCourse.course._id)}&quizId=${String(itemCourse.modules[0].quiz._id)}`);
    expect(res.status).toBe(200);
    expect(res.body.attemptsUsed).toBe('first');
    const [quiz] = res.body.quizzes;
    expect(quiz.attempts).toBe(5);
    expect(quiz.quiz.alpha.value).toBeCloseTo(46.15, 2);
    expect(quiz.quiz.errorRatio.value).toBeCloseTo(73.38, 2);
    const facilities = quiz.questions.map((q: { facility: { value: number } }) => q.facility.value).sort();
    expect(facilities).toEqual([40, 60, 60]);
    expect(quiz.questions.filter((q: { flagged: boolean }) => q.flagged)).toHaveLength(1);
    expect(quiz.questions[0]).toMatchObject({ flagged: true, reasons: ['low_efficiency'], fewAttempts: true, efficiency: { value: 0 } });
  });

  test('a town sees only its learners: 南门 holds two of the five', async () => {
    const res = await w.as('haishu-admin').get(`/api/admin/reports/questions?courseId=${String(itemCourse.course._id)}&officeId=${String(w.offices.nanmen._id)}`);
    expect(res.body.quizzes[0].attempts).toBe(2);
  });
});

describe('scope', () => {
  test("a district account gets 403 for another district's office, and its rows never include one", async () => {
    const { haishu, yinzhou } = w.offices;
    for (const path of ['participation', 'levels', 'funnel', 'stages', 'deliveries', 'questions']) {
      const res = await w.as('yinzhou-admin').get(`/api/admin/reports/${path}?officeId=${String(haishu._id)}`);
      expect([path, res.status, res.body.error?.code]).toEqual([path, 403, 'office_out_of_scope']);
    }
    const own = await w.as('haishu-admin').get('/api/admin/reports/participation');
    expect(own.body.rows.map((r: { officeId: string }) => r.officeId)).not.toContain(String(yinzhou._id));
    const yz = await w.as('yinzhou-admin').get(`/api/admin/reports/funnel?courseId=${funnelCourseId}`);
    expect(yz.body.byOffice[0].counts.imported).toBe(1);
  });
});

describe('XLSX export', () => {
  test('opens with exceljs, with Chinese headers and a row per office', async () => {
    const res = await w.as('haishu-admin').get('/api/admin/reports/participation?format=xlsx').buffer(true).parse(binary);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.body as never);
    const sheet = book.worksheets[0];
    expect(sheet.getRow(1).values).toEqual([undefined, '单位代码', '单位名称', '范围', '建会企业数', '参与企业数', '参与率', '目标', '是否达标']);
    expect(sheet.rowCount).toBe(4);
    expect(sheet.getRow(2).values).toEqual([undefined, 'NB-HS', '海曙区和创办', '本级（含下级）', 5, 3, 0.6, 0.9, '否']);
  });

  test('the funnel and stage workbooks carry every sheet; a viewer may not export', async () => {
    const funnel = await w.as('haishu-editor').get(`/api/admin/reports/funnel?courseId=${funnelCourseId}&format=xlsx`).buffer(true).parse(binary);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(funnel.body as never);
    expect(book.worksheets.map((s) => s.name)).toEqual(['按单位', '按批次', '停留最久']);
    const stages = await w.as('haishu-admin').get('/api/admin/reports/stages?format=xlsx').buffer(true).parse(binary);
    const stageBook = new ExcelJS.Workbook();
    await stageBook.xlsx.load(stages.body as never);
    expect(stageBook.getWorksheet('逾期企业')!.rowCount).toBe(4);
    expect((await w.as('haishu-viewer').get('/api/admin/reports/levels?format=xlsx')).status).toBe(403);
  });
});
