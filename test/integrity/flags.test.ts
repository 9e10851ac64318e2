import request from 'supertest';
import { Types } from 'mongoose';
import { signToken } from '../../src/auth/tokens';
import { createInstructor } from '../../src/people/service';
import { seedAdminWorld } from '../support/admin';
import { createTestContext, type TestContext } from '../support/context';
import { makeCourse } from '../support/course';
import { peopleDepsFor } from '../support/people';
import { startIntegrityWorker } from '../../jobs/integrity';

/**
 * A seeded set of attempts at one module quiz (its three questions drawn every time) by learners in
 * 海曙 and 鄞州, then the periodic scan, then the offices' report. Fast answers and an identical
 * answer sequence (two wrong answers in common) between two colleagues are flagged; everything
 * that only looks alike is not.
 */
let ctx: TestContext;
let world: Awaited<ReturnType<typeof seedAdminWorld>>;
let course: Awaited<ReturnType<typeof makeCourse>>;
let phone = 13600000000;
const actor = { id: new Types.ObjectId(), name: 'test' };

beforeAll(async () => {
  ctx = await createTestContext(__filename, { env: { INTEGRITY_FAST_ANSWER_S: '3', INTEGRITY_SHARED_WINDOW_MIN: '30', INTEGRITY_SHARED_MIN_WRONG: '2' } });
  world = await seedAdminWorld(ctx);
  course = await makeCourse(ctx.models, { officeId: world.offices.city._id, modules: 1, bankSize: 3, draw: 3 });
});
afterAll(() => ctx.close());

async function learner(name: string, employer: string, officeId: Types.ObjectId) {
  const instructor = await createInstructor(peopleDepsFor(ctx), actor, { name, phone: String(phone++), employer, officeId: String(officeId), cohort: '' });
  const openid = `openid-${String(instructor._id)}`;
  await ctx.areas.binding.bindWithCode(instructor.bindCode, { kind: 'mp', id: openid });
  const auth = () => ({ Authorization: `Bearer ${signToken({ sub: openid, kind: 'mp' }, ctx.config.AUTH_SECRET, 3600, ctx.clock.now())}` });
  const http = () => request(ctx.app().app.callback());
  return {
    id: String(instructor._id),
    name,
    post: (url: string, body?: object) => http().post(url).set(auth()).send(body),
    put: (url: string, body?: object) => http().put(url).set(auth()).send(body),
  };
}
type Learner = Awaited<ReturnType<typeof learner>>;

/** The choices a learner makes, by question type: `copied` gets two of three wrong, `right` all right. */
const ORIGINAL: Record<'copied' | 'right', Record<string, number[]>> = {
  copied: { multiple: [1], single: [0], truefalse: [0] },
  right: { multiple: [0, 2], single: [1], truefalse: [0] },
};

/**
 * Takes the module quiz: reads the lesson, starts, and for each question (optionally telling the
 * server it is on screen) waits `secondsEach` on the test clock and answers; then submits.
 */
async function take(me: Learner, pattern: 'copied' | 'right', secondsEach: number, options: { shown: boolean }) {
  await me.post(`/api/mp/lessons/${String(course.modules[0].lesson._id)}/complete`).expect(200);
  const attempt = (await me.post(`/api/mp/quizzes/${String(course.modules[0].quiz._id)}/attempts`).expect(200)).body as { id: string; questions: { id: string }[] };
  const paper = (await ctx.models.Attempt.findById(attempt.id).lean())!.paper;
  for (const q of attempt.questions) {
    const item = paper.find((p) => String(p.questionId) === q.id)!;
    if (options.shown) await me.post(`/api/mp/attempts/${attempt.id}/questions/${q.id}/shown`).expect(204);
    ctx.clock.advance(secondsEach * 1000);
    const letters = ORIGINAL[pattern][item.type].map((o) => 'ABCD'[item.optionOrder.indexOf(o)]).join('');
    await me.put(`/api/mp/attempts/${attempt.id}/answers/${q.id}`, { choice: letters }).expect(204);
  }
  await me.post(`/api/mp/attempts/${attempt.id}/submit`).expect(200);
  return attempt.id;
}

const minutes = (n: number) => ctx.clock.advance(n * 60_000);
const ids: Record<string, string> = {};

describe('integrity flags', () => {
  test('fast answers and a shared answer pattern are flagged on a seeded set, and nothing else is', async () => {
    const { haishu, nanmen, yinzhou } = world.offices;
    const jia = await learner('甲学员', '宁波甲公司', nanmen._id);
    const yi = await learner('乙学员', '宁波甲公司', haishu._id);
    const bing = await learner('丙学员', '宁波乙公司', nanmen._id);
    const ding = await learner('丁学员', '宁波甲公司', nanmen._id);
    const wu = await learner('戊学员', '宁波甲公司', nanmen._id);
    const ji = await learner('己学员', '宁波甲公司', nanmen._id);
    const geng = await learner('庚学员', '宁波丙公司', nanmen._id);
    const xin = await learner('辛学员', '', yinzhou._id);
    Object.assign(ids, { jia: jia.id, yi: yi.id, geng: geng.id, xin: xin.id });

    // 甲 and 乙 of one employer, ten minutes apart, the same three answers, two of them wrong.
    ids.jiaAttempt = await take(jia, 'copied', 10, { shown: true });
    minutes(10);
    ids.yiAttempt = await take(yi, 'copied', 12, { shown: true });
    // 丙 answers the same but works elsewhere.
    minutes(5);
    await take(bing, 'copied', 10, { shown: true });
    // 戊 and 己, colleagues, both all right: every good learner's answers look alike.
    minutes(1);
    await take(wu, 'right', 8, { shown: true });
    minutes(1);
    await take(ji, 'right', 8, { shown: true });
    // 丁, a colleague of 甲 and 乙 with the same answers, but 40 minutes after the last of them.
    minutes(40);
    await take(ding, 'copied', 10, { shown: true });
    // 庚 answers each question a second after it comes on screen.
    minutes(3);
    ids.gengAttempt = await take(geng, 'right', 1, { shown: true });
    // 辛 (鄞州) never says what was on screen: a second apart from the paper's start.
    ids.xinAttempt = await take(xin, 'right', 1, { shown: false });

    minutes(1);
    const scan = await ctx.areas.integrity.scan();
    expect(scan).toEqual({ checked: 8, flagged: 3 });
    // A second scan (the overlap, a retried job) finds nothing new.
    expect((await ctx.areas.integrity.scan()).flagged).toBe(0);

    const flags = await ctx.models.IntegrityFlag.find().lean();
    expect(flags.map((f) => `${f.kind} ${f.learnerName}`).sort()).toEqual(['fast_answers 庚学员', 'fast_answers 辛学员', 'shared_pattern 乙学员']);
  });

  test('the report shows each flag with its evidence, newest first, to the offices above the learner', async () => {
    const res = await world.as('haishu-admin').get('/api/admin/integrity/flags').expect(200);
    expect(res.body.total).toBe(2);
    expect(res.body.items.map((f: { kind: string }) => f.kind)).toEqual(['fast_answers', 'shared_pattern']);

    const shared = res.body.items[1];
    expect(shared).toMatchObject({ status: 'open', learner: { id: ids.yi, name: '乙学员' }, attemptId: ids.yiAttempt, quiz: { title: '模块1测验' }, cleared: null });
    expect(shared.summary).toContain('甲学员');
    expect(shared.summary).toContain('2 道相同的错题');
    expect(shared.evidence.employer).toBe('宁波甲公司');
    expect(shared.evidence.learners.map((l: { name: string }) => l.name)).toEqual(['乙学员', '甲学员']);
    expect(shared.evidence.attempts.map((a: { id: string }) => a.id)).toEqual([ids.yiAttempt, ids.jiaAttempt]);
    expect(shared.evidence.attempts[1]).toMatchObject({ learnerId: ids.jia, common: 3, wrongInCommon: 2 });
    expect(shared.evidence.sequence).toHaveLength(3);
    expect(shared.evidence.sequence.filter((s: { correct: boolean }) => !s.correct)).toHaveLength(2);
    for (const s of shared.evidence.sequence) expect(s.stem).toMatch(/题0-\d/);

    const fast = res.body.items[0];
    expect(fast).toMatchObject({ learner: { name: '庚学员' }, attemptId: ids.gengAttempt });
    expect(fast.evidence).toMatchObject({ thresholdSeconds: 3, answered: 3 });
    expect(fast.evidence.answers).toHaveLength(3);
    for (const a of fast.evidence.answers) expect(a).toMatchObject({ seconds: 1, shownFrom: 'shown' });

    const one = await world.as('haishu-viewer').get(`/api/admin/integrity/flags/${shared.id}`).expect(200);
    expect(one.body).toEqual(shared);
  });

  test('without a record of the question on screen the paper’s start counts: answers 1 and 2 s in are fast, 3 s is not', async () => {
    const res = await world.as('yinzhou-admin').get('/api/admin/integrity/flags').expect(200);
    expect(res.body.total).toBe(1);
    const [flag] = res.body.items;
    expect(flag).toMatchObject({ kind: 'fast_answers', learner: { id: ids.xin }, attemptId: ids.xinAttempt });
    expect(flag.evidence.answers.map((a: { seconds: number; shownFrom: string }) => `${a.seconds} ${a.shownFrom}`)).toEqual(['1 attempt_start', '2 attempt_start']);
  });

  test('scope: another district gets nothing of 海曙’s, the city gets all, and filters narrow the list', async () => {
    const haishuFlags = (await world.as('haishu-admin').get('/api/admin/integrity/flags').expect(200)).body.items as { id: string }[];
    const yinzhou = world.as('yinzhou-admin');
    for (const f of haishuFlags) await yinzhou.get(`/api/admin/integrity/flags/${f.id}`).expect(404);
    await yinzhou.get(`/api/admin/integrity/flags?officeId=${String(world.offices.haishu._id)}`).expect(404);
    await yinzhou.post(`/api/admin/integrity/flags/${haishuFlags[0].id}/clear`, { reason: '越权' }).expect(404);

    const city = world.as('city-admin');
    expect((await city.get('/api/admin/integrity/flags').expect(200)).body.total).toBe(3);
    expect((await city.get(`/api/admin/integrity/flags?officeId=${String(world.offices.yinzhou._id)}`).expect(200)).body.total).toBe(1);
    expect((await city.get('/api/admin/integrity/flags?kind=shared_pattern').expect(200)).body.items.map((f: { learner: { name: string } }) => f.learner.name)).toEqual(['乙学员']);
    expect((await city.get(`/api/admin/integrity/flags?learnerId=${ids.geng}`).expect(200)).body.total).toBe(1);
    expect((await city.get('/api/admin/integrity/flags?pageSize=1&page=2').expect(200)).body).toMatchObject({ total: 3, page: 2, pageSize: 1 });
    await city.get('/api/admin/integrity/flags?kind=anything').expect(400);
    await world.http().get('/api/admin/integrity/flags').expect(401);
  });

  test('an office clears a flag with a reason; clearing is audited, once, by admins and editors only', async () => {
    const shared = (await world.as('haishu-admin').get('/api/admin/integrity/flags?kind=shared_pattern').expect(200)).body.items[0];
    await world.as('haishu-viewer').post(`/api/admin/integrity/flags/${shared.id}/clear`, { reason: '已核实' }).expect(403);
    await world.as('haishu-editor').post(`/api/admin/integrity/flags/${shared.id}/clear`, {}).expect(400);

    const cleared = await world.as('haishu-editor').post(`/api/admin/integrity/flags/${shared.id}/clear`, { reason: '经核实为同桌参考同一份学习笔记，已谈话提醒' }).expect(200);
    expect(cleared.body).toMatchObject({ id: shared.id, status: 'cleared', cleared: { reason: '经核实为同桌参考同一份学习笔记，已谈话提醒', by: { name: '海曙区编辑' } } });
    const again = await world.as('haishu-admin').post(`/api/admin/integrity/flags/${shared.id}/clear`, { reason: '再次' }).expect(409);
    expect(again.body.error.code).toBe('flag_already_cleared');

    const audit = (await world.as('haishu-admin').get('/api/admin/audit?entity=integrity_flag').expect(200)).body.items;
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'integrity_flag.clear', entityId: shared.id, actor: { name: '海曙区编辑' }, officeId: String(world.offices.haishu._id) });
    expect(audit[0].before).toMatchObject({ status: 'open', cleared: null });
    expect(audit[0].after).toMatchObject({ status: 'cleared', cleared: { reason: '经核实为同桌参考同一份学习笔记，已谈话提醒' } });
    expect((await world.as('yinzhou-admin').get('/api/admin/audit?entity=integrity_flag').expect(200)).body.items).toHaveLength(0);

    const haishu = world.as('haishu-admin');
    expect((await haishu.get('/api/admin/integrity/flags?status=cleared').expect(200)).body.items.map((f: { id: string }) => f.id)).toEqual([shared.id]);
    expect((await haishu.get('/api/admin/integrity/flags?status=open').expect(200)).body.items.map((f: { kind: string }) => f.kind)).toEqual(['fast_answers']);
    // Not a penalty: the grade stands.
    expect(await ctx.models.AttemptGrade.countDocuments({ _id: new Types.ObjectId(ids.yiAttempt) })).toBe(1);
  });

  test('a question is marked shown only on the learner’s own paper', async () => {
    const me = await learner('壬学员', '', world.offices.nanmen._id);
    const other = await learner('癸学员', '', world.offices.nanmen._id);
    await me.post(`/api/mp/lessons/${String(course.modules[0].lesson._id)}/complete`).expect(200);
    const attempt = (await me.post(`/api/mp/quizzes/${String(course.modules[0].quiz._id)}/attempts`).expect(200)).body as { id: string; questions: { id: string }[] };
    const q = attempt.questions[0].id;
    await me.post(`/api/mp/attempts/${attempt.id}/questions/${q}/shown`).expect(204);
    ctx.clock.advance(5000);
    await me.post(`/api/mp/attempts/${attempt.id}/questions/${q}/shown`).expect(204);
    const shown = await ctx.models.QuestionShown.find({ attemptId: new Types.ObjectId(attempt.id) }).lean();
    // The first showing is the one kept.
    expect(shown).toHaveLength(1);
    expect(shown[0].at.getTime()).toBe(ctx.clock.now().getTime() - 5000);
    await other.post(`/api/mp/attempts/${attempt.id}/questions/${q}/shown`).expect(404);
    await me.post(`/api/mp/attempts/${attempt.id}/questions/${String(new Types.ObjectId())}/shown`).expect(404);
    await me.post(`/api/mp/attempts/${attempt.id}/questions/nope/shown`).expect(400);
  });

  test('the integrity job runs the scan from the queue', async () => {
    const worker = await startIntegrityWorker(ctx);
    try {
      const late = await learner('子学员', '', world.offices.nanmen._id);
      await take(late, 'right', 1, { shown: true });
      const done = new Promise<unknown>((resolve) => worker.on('completed', (job, result) => job.name === 'scan-now' && resolve(result)));
      await ctx.queues.integrityScan.add('scan-now', { task: 'scan' });
      // The scheduler's own first run may have found it already; either way it is found once.
      expect(await done).toMatchObject({ checked: expect.any(Number) });
      expect(await ctx.models.IntegrityFlag.countDocuments({ learnerName: '子学员', kind: 'fast_answers' })).toBe(1);
    } finally {
      await worker.close();
    }
  });
});
