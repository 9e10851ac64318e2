import request from 'supertest';
import { seedAdminWorld } from '../support/admin';
import { createTestContext, type TestContext } from '../support/context';
import { DEMO_PASSWORD } from '../../src/seed/demo';

let ctx: TestContext;

beforeAll(async () => {
  ctx = await createTestContext(__filename);
  await seedAdminWorld(ctx);
});
afterAll(async () => {
  await ctx?.close();
});

/** The cookies a browser would keep after signing in, as one Cookie header, and the readable CSRF token. */
async function browserSession(username: string) {
  const http = request(ctx.app().app.callback());
  const login = await http.post('/api/admin/login').send({ username, password: DEMO_PASSWORD }).expect(200);
  const set = ([] as string[]).concat(login.headers['set-cookie'] ?? []);
  const jar = new Map(set.map((c) => c.split(';')[0].split('=') as [string, string]).filter(([, v]) => v));
  const cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  return { http, cookie, csrf: jar.get('staff_csrf')!, body: login.body as { csrfToken: string } };
}

describe('the console’s cookie session', () => {
  test('a cookie-authenticated write without the X-CSRF-Token header is refused with csrf_failed; with it, it goes through', async () => {
    const { http, cookie, csrf, body } = await browserSession('haishu-editor');
    expect(csrf).toBe(body.csrfToken);
    const instructor = { name: '跨站测试', phone: '13822223333', officeId: String((await ctx.models.Office.findOne({ code: 'NB-HS' }).lean())!._id) };

    const refused = await http.post('/api/admin/instructors').set('Cookie', cookie).send(instructor);
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('csrf_failed');
    const wrong = await http.post('/api/admin/instructors').set('Cookie', cookie).set('X-CSRF-Token', `${csrf}x`).send(instructor);
    expect(wrong.status).toBe(403);
    expect(await ctx.models.Instructor.countDocuments({ phone: instructor.phone })).toBe(0);

    // Reads need no token; the write with the token is the console's own request.
    await http.get('/api/admin/instructors').set('Cookie', cookie).expect(200);
    const created = await http.post('/api/admin/instructors').set('Cookie', cookie).set('X-CSRF-Token', csrf).send(instructor);
    expect(created.status).toBe(201);
  });

  test('the browser refreshes with {} and the CSRF header, and signs out the same way', async () => {
    const { http, cookie, csrf } = await browserSession('haishu-admin');
    await http.post('/api/admin/refresh').set('Cookie', cookie).send({}).expect(403);
    const renewed = await http.post('/api/admin/refresh').set('Cookie', cookie).set('X-CSRF-Token', csrf).send({});
    expect(renewed.status).toBe(200);
    expect(renewed.body.csrfToken).toEqual(expect.any(String));
  });
});
