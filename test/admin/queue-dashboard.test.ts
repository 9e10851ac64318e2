import { seedAdminWorld } from '../support/admin';
import { createTestContext, type TestContext } from '../support/context';

let ctx: TestContext;
let world: Awaited<ReturnType<typeof seedAdminWorld>>;
beforeAll(async () => {
  ctx = await createTestContext(__filename);
  world = await seedAdminWorld(ctx);
});
afterAll(() => ctx.close());

describe('queue dashboard at /admin/queues', () => {
  test('is closed to anyone not signed in', async () => {
    expect((await world.http().get('/admin/queues')).status).toBe(401);
  });

  test('is closed to editors and viewers', async () => {
    expect((await world.as('haishu-editor').get('/admin/queues')).status).toBe(403);
    expect((await world.as('haishu-viewer').get('/admin/queues')).status).toBe(403);
  });

  test('opens for an admin and lists the bot outbox queue', async () => {
    const page = await world.as('haishu-admin').get('/admin/queues');
    expect(page.status).toBe(200);
    expect(page.text).toContain('<html');
    const api = await world.as('haishu-admin').get('/admin/queues/api/queues');
    expect(api.status).toBe(200);
    expect(JSON.stringify(api.body)).toContain('bot-outbox');
  });
});
