import request from 'supertest';
import { DEMO_PASSWORD } from '../../src/seed/demo';
import { seedAdminWorld } from '../support/admin';
import { createTestContext, type TestContext } from '../support/context';

let ctx: TestContext;
let world: Awaited<ReturnType<typeof seedAdminWorld>>;

beforeAll(async () => {
  ctx = await createTestContext(__filename);
  world = await seedAdminWorld(ctx);
});
afterAll(() => ctx.close());

/** A browser: cookies kept between requests, as the console has them. */
async function browserSignedInAs(username: string) {
  const agent = request.agent(ctx.app().app.callback());
  const res = await agent.post('/api/admin/login').send({ username, password: DEMO_PASSWORD }).expect(200);
  const cookies = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
  return { agent, csrf: res.body.csrfToken as string, cookies };
}

const newInstructor = (phone: string) => ({ name: '跨站测试', phone, officeId: String(world.offices.haishu._id) });

describe('CSRF: state-changing requests authenticated by the staff cookie', () => {
  test('the sign-in sets the session in httpOnly cookies and a readable CSRF cookie equal to the token it returns', async () => {
    const { csrf, cookies } = await browserSignedInAs('haishu-editor');
    expect(cookies.find((c) => c.startsWith('staff_token='))).toMatch(/httponly/i);
    expect(cookies.find((c) => c.startsWith('staff_refresh='))).toMatch(/path=\/api\/admin;.*httponly/i);
    const csrfCookie = cookies.find((c) => c.startsWith('staff_csrf='))!;
    expect(csrfCookie).not.toMatch(/httponly/i);
    expect(csrfCookie).toContain(`staff_csrf=${csrf};`);
  });

  test('a write with the cookie but without the token is refused with 403 csrf_failed and changes nothing', async () => {
    const { agent } = await browserSignedInAs('haishu-editor');
    const res = await agent.post('/api/admin/instructors').send(newInstructor('13955550001'));
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('csrf_failed');
    expect(await ctx.models.Instructor.countDocuments({ phone: '13955550001' })).toBe(0);
  });

  test('a write with a wrong token is refused too', async () => {
    const { agent } = await browserSignedInAs('haishu-editor');
    expect((await agent.post('/api/admin/instructors').set('X-CSRF-Token', 'forged').send(newInstructor('13955550002'))).status).toBe(403);
  });

  test('the same write with the token goes through', async () => {
    const { agent, csrf } = await browserSignedInAs('haishu-editor');
    await agent.post('/api/admin/instructors').set('X-CSRF-Token', csrf).send(newInstructor('13955550003')).expect(201);
  });

  test('reads with the cookie need no token', async () => {
    const { agent } = await browserSignedInAs('haishu-viewer');
    await agent.get('/api/admin/instructors').expect(200);
  });

  test('a bearer-token client needs no token (it carries no ambient credential)', async () => {
    await world.as('haishu-editor').post('/api/admin/instructors', newInstructor('13955550004')).expect(201);
  });

  test('the browser refreshes with its refresh cookie and the token, and gets a new token', async () => {
    const { agent, csrf } = await browserSignedInAs('haishu-admin');
    expect((await agent.post('/api/admin/refresh').send({})).status).toBe(403);
    const renewed = await agent.post('/api/admin/refresh').set('X-CSRF-Token', csrf).send({}).expect(200);
    expect(renewed.body.csrfToken).not.toBe(csrf);
    // The old token is gone with the old session's cookie; the new one works.
    await agent.post('/api/admin/instructors').set('X-CSRF-Token', renewed.body.csrfToken).send(newInstructor('13955550005')).expect(201);
  });

  test('signing out by cookie revokes the refresh token and clears the cookies', async () => {
    const { agent, csrf } = await browserSignedInAs('haishu-admin');
    await agent.post('/api/admin/logout').set('X-CSRF-Token', csrf).send({}).expect(204);
    expect((await agent.get('/api/admin/me')).status).toBe(401);
    expect((await agent.post('/api/admin/refresh').set('X-CSRF-Token', csrf).send({})).status).toBe(401);
  });

  test('the queue dashboard’s own page may write from the same origin, never from another site', async () => {
    const { agent } = await browserSignedInAs('city-admin');
    const url = '/admin/queues/api/queues/clean/completed';
    expect((await agent.put(url).set('Origin', 'https://evil.example')).status).toBe(403);
    expect((await agent.put(url)).status).toBe(403);
    const sameOrigin = await agent.put(url).set('Host', 'console.local').set('Origin', 'http://console.local');
    expect(sameOrigin.status).not.toBe(403);
  });

  test('/api/admin/me says who is signed in and their office', async () => {
    const { agent } = await browserSignedInAs('haishu-viewer');
    const me = await agent.get('/api/admin/me').expect(200);
    expect(me.body).toMatchObject({ staff: { username: 'haishu-viewer', role: 'viewer' }, office: { id: String(world.offices.haishu._id), name: world.offices.haishu.name } });
  });
});
