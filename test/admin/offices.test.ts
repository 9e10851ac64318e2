import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { seedAdminWorld } from '../support/admin';
import { createTestContext, type TestContext } from '../support/context';

let ctx: TestContext;
let world: Awaited<ReturnType<typeof seedAdminWorld>>;
beforeAll(async () => {
  ctx = await createTestContext(__filename);
  world = await seedAdminWorld(ctx);
});
afterAll(() => ctx.close());

describe('the office tree', () => {
  test('an admin creates a town under their district and sees it in their list', async () => {
    const res = await world.as('haishu-admin').post('/api/admin/offices', { code: 'NB-HS-BSS', name: '白云街道', level: 'town', parentId: String(world.offices.haishu._id) });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ code: 'NB-HS-BSS', level: 'town', parentId: String(world.offices.haishu._id), depth: 2 });
    const list = await world.as('haishu-admin').get('/api/admin/offices');
    expect(list.body.items.map((o: { code: string }) => o.code)).toContain('NB-HS-BSS');
  });

  test('a duplicate code is a 409 and a level above the parent is a 400', async () => {
    const parentId = String(world.offices.haishu._id);
    expect((await world.as('haishu-admin').post('/api/admin/offices', { code: 'NB-HS-NM', name: 'x', level: 'town', parentId })).status).toBe(409);
    expect((await world.as('haishu-admin').post('/api/admin/offices', { code: 'NB-HS-CITY', name: 'x', level: 'city', parentId })).status).toBe(400);
  });

  test('renaming is audited with before and after', async () => {
    const id = String(world.offices.nanmen._id);
    expect((await world.as('haishu-admin').patch(`/api/admin/offices/${id}`, { name: '南门街道和创办' })).body.name).toBe('南门街道和创办');
    const audit = await world.as('haishu-admin').get(`/api/admin/audit?entity=office&entityId=${id}`);
    expect(audit.body.items[0]).toMatchObject({ action: 'office.rename', before: { name: '南门街道' }, after: { name: '南门街道和创办' } });
  });

  test('moving a town to another district moves its subtree, and the scopes follow', async () => {
    const city = world.as('city-admin');
    const town = await city.post('/api/admin/offices', { code: 'NB-HS-MOV', name: '待迁街道', level: 'town', parentId: String(world.offices.haishu._id) });
    const village = await city.post('/api/admin/offices', { code: 'NB-HS-MOV-V', name: '待迁社区', level: 'village', parentId: town.body.id });
    expect((await world.as('haishu-admin').get(`/api/admin/offices/${village.body.id}`)).status).toBe(200);

    const moved = await city.post(`/api/admin/offices/${town.body.id}/move`, { parentId: String(world.offices.yinzhou._id) });
    expect(moved.status).toBe(200);
    expect(moved.body.parentId).toBe(String(world.offices.yinzhou._id));
    expect((await world.as('haishu-admin').get(`/api/admin/offices/${village.body.id}`)).status).toBe(404);
    expect((await world.as('yinzhou-admin').get(`/api/admin/offices/${village.body.id}`)).status).toBe(200);
  });

  test('an office cannot move under its own subtree', async () => {
    const res = await world.as('city-admin').post(`/api/admin/offices/${world.offices.haishu._id}/move`, { parentId: String(world.offices.nanmen._id) });
    expect(res.status).toBe(400);
  });
});

describe('npm run admin:create', () => {
  const root = path.resolve(__dirname, '../..');
  const run = (args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/admin-create.ts', ...args], {
      cwd: root,
      env: { ...process.env, MONGODB_DB: ctx.config.MONGODB_DB },
      encoding: 'utf8',
      timeout: 60000,
    });

  test("creates a new office's first admin, who can then sign in", async () => {
    const result = run(['--office', 'XS', '--office-name', '象山县和创办', '--level', 'district', '--name', 'xs-admin', '--password', 'long-enough-password']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const login = await world.http().post('/api/admin/login').send({ username: 'xs-admin', password: 'long-enough-password' });
    expect(login.status).toBe(200);
    expect(login.body.staff.role).toBe('admin');
  });

  test('refuses an unknown office without --office-name, and a short password', () => {
    expect(run(['--office', 'NOPE', '--name', 'someone', '--password', 'long-enough-password']).status).not.toBe(0);
    const short = run(['--office', 'NB', '--name', 'someone', '--password', 'short']);
    expect(short.status).not.toBe(0);
    expect(short.stderr).toContain('--password');
  });
});
