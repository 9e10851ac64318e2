import { Types } from 'mongoose';
import { buildAreas } from '../../src/composition';
import { createVersionedCache } from '../../src/db/versioned-cache';
import { createRedis } from '../../src/redis';

import { createTestContext, deleteKeys, type TestContext } from '../support/context';
import { makeCourse } from '../support/course';
import { boundLearner } from '../support/learner';
import { commandsDuring } from '../support/commands';

/** Published courses and quizzes served from memory, checked against a token in Redis (src/db/versioned-cache.ts). */
let ctx: TestContext;
let course: Awaited<ReturnType<typeof makeCourse>>;
const officeId = new Types.ObjectId();
const actor = { id: new Types.ObjectId(), name: 'editor' };
const CONTENT = ['courses', 'course_modules', 'lessons', 'quizzes'];

beforeAll(async () => {
  ctx = await createTestContext(__filename, { monitorCommands: true, env: { CONTENT_CACHE_S: '60' } });
  await ctx.models.Office.create({ _id: officeId, code: 'CC', name: '测试办', level: 'city', ancestors: [] });
  course = await makeCourse(ctx.models, { officeId, modules: 2 });
});
afterAll(() => ctx.close());

/** Another process on the same database and Redis: its own memory, the same token. */
const otherProcess = () => buildAreas({ config: ctx.config, logger: ctx.logger, mongo: ctx.mongo, redis: ctx.redis, clock: ctx.clock, queues: ctx.queues });
const lessonTitles = async (areas: TestContext['areas'], learnerId: Types.ObjectId) => (await areas.learning.progress({ id: learnerId }, (await areas.courses.byId(course.course._id))!)).modules[0].lessons.map((l) => l.title);

describe('the content cache', () => {
  test('once warm, a learner request reads no course, module, lesson or quiz from MongoDB', async () => {
    const me = await boundLearner(ctx, officeId);
    await me.api.get('/api/mp/courses').expect(200);
    const sent = await commandsDuring(ctx.mongo, () => me.api.get('/api/mp/courses').expect(200));
    expect(sent.reads.map((c) => c.collection).filter((c) => CONTENT.includes(c))).toEqual([]);
    const start = await commandsDuring(ctx.mongo, () => me.api.post(`/api/mp/quizzes/${String(course.modules[0].quiz._id)}/attempts`).expect(409));
    expect(start.reads.map((c) => c.collection).filter((c) => CONTENT.includes(c))).toEqual([]);
  });

  test('a lesson added through the use cases shows at once here, and within a second in another process', async () => {
    const learnerId = new Types.ObjectId();
    const other = otherProcess();
    expect(await lessonTitles(other, learnerId)).toEqual(['课时1']);
    const mod = (await ctx.models.CourseModule.findById(course.modules[0].mod._id).lean())!;
    await ctx.areas.courses.createLesson(actor, course.course.toObject(), mod, { title: '新课时', body: '正文', minutes: 3, videoUrl: null });
    expect(await lessonTitles(ctx.areas, learnerId)).toEqual(['课时1', '新课时']);
    // The other process checks the token at most once a second.
    expect(await lessonTitles(other, learnerId)).toEqual(['课时1']);
    ctx.clock.advance(1000);
    expect(await lessonTitles(other, learnerId)).toEqual(['课时1', '新课时']);
  });

  test('a quiz changed through the use cases shows in another process once it checks again', async () => {
    const other = otherProcess();
    const quizId = String(course.modules[1].quiz._id);
    expect((await other.quizzes.quizById(quizId)).passMark).toBe(60);
    const quiz = await ctx.areas.quizzes.quizById(quizId);
    await ctx.areas.quizzes.updateQuiz(actor, { has: () => true } as never, course.course.toObject(), quiz, { passMark: 80 });
    ctx.clock.advance(1000);
    expect((await other.quizzes.quizById(quizId)).passMark).toBe(80);
  });

  test('with the token gone (Redis flushed) the next read comes from MongoDB', async () => {
    const learnerId = new Types.ObjectId();
    await lessonTitles(ctx.areas, learnerId);
    // A change around the use cases, then the keys flushed: nothing stale survives.
    await ctx.models.Lesson.updateOne({ _id: course.modules[0].lesson._id }, { $set: { title: '改名课时' } });
    await deleteKeys(ctx.redis, `${ctx.config.CACHE_PREFIX}:*`);
    ctx.clock.advance(1000);
    expect((await lessonTitles(ctx.areas, learnerId))[0]).toBe('改名课时');
  });

  test('with Redis down every read goes to MongoDB and nothing is held', async () => {
    const down = createRedis('redis://127.0.0.1:1', 'request');
    let loads = 0;
    const cache = createVersionedCache({ redis: down, key: 'k', ttlMs: 60_000, now: Date.now, load: async () => ++loads });
    expect(await cache.get()).toBe(1);
    expect(await cache.get()).toBe(2);
    await cache.changed();
    down.disconnect();
  });

  test('concurrent misses share one load, and a change makes the next read load again', async () => {
    const redis = ctx.redis;
    let loads = 0;
    let t = 0;
    const cache = createVersionedCache({ redis, key: `${ctx.config.CACHE_PREFIX}:test-content`, ttlMs: 60_000, now: () => t, load: async () => ++loads });
    expect(await Promise.all(Array.from({ length: 10 }, () => cache.get()))).toEqual(Array(10).fill(1));
    expect(await cache.get()).toBe(1);
    await cache.changed();
    expect(await cache.get()).toBe(2);
    // Between checks no Redis round trip: a token replaced by another process is seen at the next check.
    await redis.set(`${ctx.config.CACHE_PREFIX}:test-content`, 'from-elsewhere');
    expect(await cache.get()).toBe(2);
    t += 1000;
    expect(await cache.get()).toBe(3);
  });
});
