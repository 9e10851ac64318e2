import request from 'supertest';
import { Types } from 'mongoose';
import { signToken } from '../../src/auth/tokens';
import { createTestContext, type TestContext } from '../support/context';
import { makeCourse } from '../support/course';
import { boundLearner } from '../support/learner';

/**
 * Lesson time with the gate on as in production: a lesson of 5 minutes needs 60% of them (180 s,
 * twelve 15-second heartbeats) before it can be marked read.
 */
let ctx: TestContext;
let course: Awaited<ReturnType<typeof makeCourse>>;
const officeId = new Types.ObjectId();

beforeAll(async () => {
  ctx = await createTestContext(__filename, { env: { LESSON_PRESENCE_SHARE: '0.6', LESSON_HEARTBEAT_S: '15' } });
  await ctx.models.Office.create({ _id: officeId, code: 'LT', name: '测试办', level: 'city', ancestors: [] });
  course = await makeCourse(ctx.models, { officeId, modules: 2 });
});
afterAll(() => ctx.close());

const lessonId = (i = 0) => String(course.modules[i].lesson._id);
type Api = Awaited<ReturnType<typeof boundLearner>>['api'];

/** Opens the lesson as the page does; returns its reading token. */
async function open(api: Api, id = lessonId()): Promise<string> {
  const res = await api.get(`/api/mp/lessons/${id}`).expect(200);
  return res.body.reading.token as string;
}

describe('lesson time', () => {
  test('a script that marks a lesson read at once, with no heartbeats, is refused and told how many minutes more', async () => {
    const { api, instructor } = await boundLearner(ctx, officeId);
    await open(api);
    const res = await api.post(`/api/mp/lessons/${lessonId()}/complete`).expect(409);
    expect(res.body.error.code).toBe('lesson_time_short');
    expect(res.body.error.message).toContain('还需阅读约 3 分钟');
    expect(res.body.error.details).toEqual({ presentSeconds: 0, requiredSeconds: 180, remainingMinutes: 3 });
    expect(await ctx.models.LessonCompletion.countDocuments({ learnerId: instructor._id })).toBe(0);
  });

  test('heartbeats faster than the interval count once per slot, so a burst and then "complete" is refused', async () => {
    const { api } = await boundLearner(ctx, officeId);
    const token = await open(api);
    // Right after opening: too soon to count at all.
    expect((await api.post(`/api/mp/lessons/${lessonId()}/heartbeat`, { token }).expect(200)).body).toMatchObject({ counted: false, presentSeconds: 0 });
    ctx.clock.advance(15_000);
    const burst = await Promise.all(Array.from({ length: 20 }, () => api.post(`/api/mp/lessons/${lessonId()}/heartbeat`, { token })));
    expect(burst.filter((r) => r.body.counted)).toHaveLength(1);
    // A heartbeat a second apart, forty times: the clock moved 40 s, so at most three more slots.
    for (let i = 0; i < 40; i++) {
      ctx.clock.advance(1000);
      await api.post(`/api/mp/lessons/${lessonId()}/heartbeat`, { token }).expect(200);
    }
    const last = (await api.post(`/api/mp/lessons/${lessonId()}/heartbeat`, { token }).expect(200)).body;
    expect(last.presentSeconds).toBeLessThanOrEqual(4 * 15);
    expect(last).toMatchObject({ requiredSeconds: 180, canComplete: false });
    const res = await api.post(`/api/mp/lessons/${lessonId()}/complete`).expect(409);
    expect(res.body.error.code).toBe('lesson_time_short');
  });

  test('a heartbeat carries the reading token of this learner and this lesson, unexpired', async () => {
    const me = await boundLearner(ctx, officeId);
    const other = await boundLearner(ctx, officeId, '另一学员');
    const mine = await open(me.api);
    ctx.clock.advance(15_000);
    for (const [api, id, token] of [
      [other.api, lessonId(), mine],
      [me.api, lessonId(1), mine],
      [me.api, lessonId(), `${mine.slice(0, -2)}xx`],
      [me.api, lessonId(), 'made-up'],
    ] as const) {
      const res = await api.post(`/api/mp/lessons/${id}/heartbeat`, { token }).expect(403);
      expect(res.body.error.code).toBe('reading_token_invalid');
    }
    ctx.clock.advance(13 * 3600_000);
    // Signed in again (the test's sign-in lasts an hour); the reading token does not last the night.
    const auth = `Bearer ${signToken({ sub: me.openid, kind: 'mp' }, ctx.config.AUTH_SECRET, 3600, ctx.clock.now())}`;
    const late = await request(ctx.app().app.callback()).post(`/api/mp/lessons/${lessonId()}/heartbeat`).set('Authorization', auth).send({ token: mine }).expect(403);
    expect(late.body.error.message).toContain('已过期');
  });

  test('a learner who reads long enough, the page sending a heartbeat every 15 s, gets the lesson counted', async () => {
    const { api, instructor } = await boundLearner(ctx, officeId);
    const token = await open(api);
    let status = { presentSeconds: 0, canComplete: false };
    for (let i = 0; i < 12; i++) {
      ctx.clock.advance(15_000);
      status = (await api.post(`/api/mp/lessons/${lessonId()}/heartbeat`, { token }).expect(200)).body;
      expect(status.presentSeconds).toBe((i + 1) * 15);
    }
    expect(status.canComplete).toBe(true);
    const done = (await api.post(`/api/mp/lessons/${lessonId()}/complete`).expect(200)).body;
    expect(done.lessonsRead).toBe(1);
    expect(await ctx.models.LessonCompletion.countDocuments({ learnerId: instructor._id })).toBe(1);
    // Read now: opening it again asks for nothing more.
    const again = (await api.get(`/api/mp/lessons/${lessonId()}`).expect(200)).body.reading;
    expect(again).toMatchObject({ requiredSeconds: 0, canComplete: true });
  });

  test('presence is kept across sittings: a learner who comes back later finishes the rest', async () => {
    const { api } = await boundLearner(ctx, officeId);
    let token = await open(api);
    for (let i = 0; i < 8; i++) {
      ctx.clock.advance(15_000);
      await api.post(`/api/mp/lessons/${lessonId()}/heartbeat`, { token }).expect(200);
    }
    expect((await api.post(`/api/mp/lessons/${lessonId()}/complete`).expect(409)).body.error.message).toContain('还需阅读约 1 分钟');
    ctx.clock.advance(40 * 60_000);
    token = await open(api);
    expect((await api.get(`/api/mp/lessons/${lessonId()}`).expect(200)).body.reading).toMatchObject({ presentSeconds: 120, requiredSeconds: 180, heartbeatSeconds: 15 });
    for (let i = 0; i < 4; i++) {
      ctx.clock.advance(15_000);
      await api.post(`/api/mp/lessons/${lessonId()}/heartbeat`, { token }).expect(200);
    }
    await api.post(`/api/mp/lessons/${lessonId()}/complete`).expect(200);
  });

  test('a lesson read before the gate existed keeps its status: nothing more is asked of it', async () => {
    const { api, instructor } = await boundLearner(ctx, officeId);
    const lesson = course.modules[0].lesson;
    // As the city seed and every completion before this change wrote it.
    await ctx.models.LessonCompletion.create({ _id: `${String(instructor._id)}:${String(lesson._id)}`, learnerId: instructor._id, courseId: course.course._id, lessonId: lesson._id, at: new Date('2026-01-01') });
    expect((await api.get(`/api/mp/courses/${String(course.course._id)}`).expect(200)).body.lessonsRead).toBe(1);
    expect((await api.get(`/api/mp/lessons/${lessonId()}`).expect(200)).body.reading).toMatchObject({ requiredSeconds: 0, canComplete: true });
    await api.post(`/api/mp/lessons/${lessonId()}/complete`).expect(200);
    // The quiz it opens is open.
    await api.post(`/api/mp/quizzes/${String(course.modules[0].quiz._id)}/attempts`).expect(200);
  });
});
