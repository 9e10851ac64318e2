import { seedAdminWorld } from '../support/admin';
import { createTestContext, deleteKeys, type TestContext } from '../support/context';
import { makeCourse } from '../support/course';
import { boundLearner } from '../support/learner';
import { buildAreas } from '../../src/composition';


let ctx: TestContext;
let world: Awaited<ReturnType<typeof seedAdminWorld>>;
beforeAll(async () => {
  ctx = await createTestContext(__filename);
  world = await seedAdminWorld(ctx);
  await makeCourse(ctx.models, { officeId: world.offices.haishu._id, modules: 1 });
});
afterAll(() => ctx.close());

const cachedKeys = async (prefix: string) => (await ctx.redis.keys(`${prefix}:learner:mp:*`)).length;

describe('the learner cache (who a mini-program user is, for a minute)', () => {
  test('lives under CACHE_PREFIX, apart from the queues', async () => {
    const { api } = await boundLearner(ctx, world.offices.haishu._id);
    expect((await api.get('/api/mp/courses')).status).toBe(200);
    expect(await cachedKeys(ctx.config.CACHE_PREFIX)).toBeGreaterThan(0);
    expect(await cachedKeys(ctx.config.QUEUE_PREFIX)).toBe(0);
  });

  test('when a new code hands the instructor to another WeChat user, the old user is unbound at once', async () => {
    const first = await boundLearner(ctx, world.offices.haishu._id, '换号学员');
    expect((await first.api.get('/api/mp/courses')).status).toBe(200);
    const { bindCode } = (await world.as('haishu-admin').post(`/api/admin/instructors/${first.instructor._id}/bind-code`)).body;
    await ctx.areas.binding.bindWithCode(bindCode, { kind: 'mp', id: 'openid-new-phone' });
    const res = await first.api.get('/api/mp/courses');
    expect(res.status).toBe(404);
    expect(res.body.error.message).toContain('绑定');
  });

  test('an instructor removed from the roster loses access at once', async () => {
    const { api, instructor } = await boundLearner(ctx, world.offices.haishu._id, '被删学员');
    expect((await api.get('/api/mp/courses')).status).toBe(200);
    expect((await world.as('haishu-editor').delete(`/api/admin/instructors/${instructor._id}`)).status).toBe(204);
    expect((await api.get('/api/mp/courses')).status).toBe(404);
  });

  test('an instructor moved to another district sees that district’s courses at once', async () => {
    const { api, instructor } = await boundLearner(ctx, world.offices.haishu._id, '调动学员');
    expect((await api.get('/api/mp/courses')).body.items).toHaveLength(1);
    expect((await world.as('city-admin').patch(`/api/admin/instructors/${instructor._id}`, { officeId: String(world.offices.yinzhou._id) })).status).toBe(200);
    expect((await api.get('/api/mp/courses')).body.items).toHaveLength(0);
  });

  test('another process sees a binding handed over within a second (its own memory holds a learner that long)', async () => {
    const first = await boundLearner(ctx, world.offices.haishu._id, '两进程学员');
    const other = buildAreas({ config: ctx.config, logger: ctx.logger, mongo: ctx.mongo, redis: ctx.redis, clock: ctx.clock, queues: ctx.queues });
    expect((await other.learning.learnerForOpenid(first.openid)).name).toBe('两进程学员');
    const { bindCode } = (await world.as('haishu-admin').post(`/api/admin/instructors/${first.instructor._id}/bind-code`)).body;
    await ctx.areas.binding.bindWithCode(bindCode, { kind: 'mp', id: 'openid-two-process' });
    // This process forgot at once; the other still remembers for under a second.
    expect((await first.api.get('/api/mp/courses')).status).toBe(404);
    ctx.clock.advance(1000);
    await expect(other.learning.learnerForOpenid(first.openid)).rejects.toThrow('绑定');
  });

  test('a flushed cache changes no answer', async () => {
    const { api } = await boundLearner(ctx, world.offices.haishu._id, '冲刷学员');
    const before = (await api.get('/api/mp/courses')).body;
    await deleteKeys(ctx.redis, `${ctx.config.CACHE_PREFIX}:*`);
    expect((await api.get('/api/mp/courses')).body).toEqual(before);
  });
});
