import request from 'supertest';
import { createTestContext, type TestContext } from '../support/context';
import { seedAdminWorld } from '../support/admin';
import { seedDemoBroadcasts } from '../../src/seed/demo-broadcasts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext(__filename);
});
afterAll(() => ctx.close());

describe('the demo broadcasts', () => {
  test('one is in the public news and one awaits an admin, and seeding twice adds nothing', async () => {
    const w = await seedAdminWorld(ctx);
    const first = await seedDemoBroadcasts(ctx.models, ctx.clock);
    const again = await seedDemoBroadcasts(ctx.models, ctx.clock);
    expect(again).toEqual(first);
    expect(await ctx.models.Broadcast.countDocuments()).toBe(2);
    const list = (await request(ctx.app().app.callback()).get('/api/public/news').expect(200)).body;
    expect(list.items.map((i: { id: string }) => i.id)).toEqual([String(first.sentId)]);
    expect((await w.as('city-admin').get(`/api/admin/broadcasts/${String(first.sentId)}`).expect(200)).body.state).toBe('sent');
    const pending = (await w.as('city-admin').get('/api/admin/broadcasts?state=submitted').expect(200)).body;
    expect(pending.items.map((i: { id: string }) => i.id)).toEqual([String(first.pendingId)]);
  });
});
