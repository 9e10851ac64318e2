import { seedAdminWorld } from '../support/admin';
import { createTestContext, type TestContext } from '../support/context';
import { signToken } from '../../src/auth/tokens';

let ctx: TestContext;
let world: Awaited<ReturnType<typeof seedAdminWorld>>;
beforeAll(async () => {
  // As behind one load balancer: the client address is the last X-Forwarded-For entry.
  ctx = await createTestContext(__filename, { env: { TRUST_PROXY_HOPS: '1' } });
  world = await seedAdminWorld(ctx);
});
afterAll(() => ctx.close());

const login = (username: string, password: string, ip = '10.0.0.1') =>
  world.http().post('/api/admin/login').set('X-Forwarded-For', ip).send({ username, password });

describe('staff sign-in', () => {
  test('the right password gives a short-lived token that opens admin routes', async () => {
    const res = await login('haishu-admin', 'demo-password-2026');
    expect(res.status).toBe(200);
    expect(res.body.expiresIn).toBe(900);
    expect(res.body.staff.role).toBe('admin');
    const offices = await world.http().get('/api/admin/offices').set('Authorization', `Bearer ${res.body.accessToken}`);
    expect(offices.status).toBe(200);
  });

  test('a wrong password is 401', async () => {
    const res = await login('haishu-editor', 'wrong-password', '10.0.0.2');
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('unauthorized');
  });

  test('after 5 failures for one account the sixth try is 429, even with the right password', async () => {
    for (let i = 0; i < 5; i++) expect((await login('yinzhou-viewer', 'nope', `10.1.0.${i}`)).status).toBe(401);
    const res = await login('yinzhou-viewer', 'demo-password-2026', '10.1.0.99');
    expect(res.status).toBe(429);
  });

  test('after 5 failures from one IP that IP is refused for every account', async () => {
    for (let i = 0; i < 5; i++) expect((await login(`nobody-${i}`, 'nope', '10.2.0.1')).status).toBe(401);
    expect((await login('city-admin', 'demo-password-2026', '10.2.0.1')).status).toBe(429);
    expect((await login('city-admin', 'demo-password-2026', '10.2.0.2')).status).toBe(200);
  });

  test('a refresh token gives a new session once; reusing it is 401', async () => {
    const first = await login('haishu-viewer', 'demo-password-2026', '10.3.0.1');
    const refreshed = await world.http().post('/api/admin/refresh').send({ refreshToken: first.body.refreshToken });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.accessToken).toBeTruthy();
    const again = await world.http().post('/api/admin/refresh').send({ refreshToken: first.body.refreshToken });
    expect(again.status).toBe(401);
  });

  test('two concurrent refreshes with one token: exactly one succeeds', async () => {
    const first = await login('haishu-viewer', 'demo-password-2026', '10.3.0.2');
    const results = await Promise.all(
      Array.from({ length: 5 }, () => world.http().post('/api/admin/refresh').send({ refreshToken: first.body.refreshToken })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 401, 401, 401, 401]);
  });

  test("a new password ends the account's sessions: its refresh token stops working", async () => {
    const session = await login('haishu-editor', 'demo-password-2026', '10.4.0.1');
    expect(session.status).toBe(200);
    const changed = await world.as('haishu-admin').patch(`/api/admin/staff/${session.body.staff.id}`, { password: 'a-brand-new-password' });
    expect(changed.status).toBe(200);
    expect((await world.http().post('/api/admin/refresh').send({ refreshToken: session.body.refreshToken })).status).toBe(401);
    expect((await login('haishu-editor', 'a-brand-new-password', '10.4.0.2')).status).toBe(200);
  });

  test('an expired token is 401', async () => {
    const staff = await world.models.Staff.findOne({ username: 'city-admin' }).lean();
    const expired = signToken({ sub: String(staff!._id), kind: 'staff' }, ctx.config.AUTH_SECRET, 60, new Date(ctx.clock.now().getTime() - 3600_000));
    const res = await world.http().get('/api/admin/offices').set('Authorization', `Bearer ${expired}`);
    expect(res.status).toBe(401);
  });

  test('a tampered token is 401', async () => {
    const [body, sig] = world.tokens['haishu-viewer'].split('.');
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString());
    const cityAdmin = await world.models.Staff.findOne({ username: 'city-admin' }).lean();
    const forged = `${Buffer.from(JSON.stringify({ ...claims, sub: String(cityAdmin!._id) })).toString('base64url')}.${sig}`;
    const res = await world.http().get('/api/admin/offices').set('Authorization', `Bearer ${forged}`);
    expect(res.status).toBe(401);
  });

  test('no token is 401', async () => {
    expect((await world.http().get('/api/admin/instructors')).status).toBe(401);
  });
});

describe('sign-in throttle with no proxy trusted (the default)', () => {
  let direct: TestContext;
  let directWorld: Awaited<ReturnType<typeof seedAdminWorld>>;
  beforeAll(async () => {
    direct = await createTestContext(__filename);
    directWorld = await seedAdminWorld(direct);
  });
  afterAll(() => direct.close());

  test('a forged X-Forwarded-For does not reset the per-IP counter: the sixth try from one socket is 429', async () => {
    const forged = (username: string, password: string, ip: string) => directWorld.http().post('/api/admin/login').set('X-Forwarded-For', ip).send({ username, password });
    for (let i = 0; i < 5; i++) expect((await forged(`stranger-${i}`, 'nope', `203.0.113.${i}`)).status).toBe(401);
    const res = await forged('city-admin', 'demo-password-2026', '198.51.100.7');
    expect(res.status).toBe(429);
  });
});
