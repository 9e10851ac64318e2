import { seedAdminWorld } from '../support/admin';
import { createTestContext, type TestContext } from '../support/context';
import { creditCodeCheckChar } from '../../src/people/credit-code';

let ctx: TestContext;
let world: Awaited<ReturnType<typeof seedAdminWorld>>;
let b: { instructor: string; enterprise: string; contact: string; office: string; staff: string };

const validCreditCode = (body17: string) => body17 + creditCodeCheckChar(body17);

beforeAll(async () => {
  ctx = await createTestContext(__filename);
  world = await seedAdminWorld(ctx);
  // District B (鄞州) owns one of everything.
  const yz = world.as('yinzhou-admin');
  const office = String(world.offices.yinzhou._id);
  const instructor = await yz.post('/api/admin/instructors', { name: '王小明', phone: '13900000001', employer: '鄞州某公司', officeId: office, cohort: '2026-1' });
  const enterprise = await yz.post('/api/admin/enterprises', { name: '宁波鄞州示范企业', creditCode: validCreditCode('91330212MA2AAAAA1'), officeId: office });
  const contact = await yz.post(`/api/admin/enterprises/${enterprise.body.id}/contacts`, { name: '李四', phone: '13900000002', role: '工会主席' });
  const staffList = await yz.get('/api/admin/staff');
  b = { instructor: instructor.body.id, enterprise: enterprise.body.id, contact: contact.body.id, office, staff: staffList.body.items[0].id };
  expect([instructor.status, enterprise.status, contact.status]).toEqual([201, 201, 201]);
});
afterAll(() => ctx.close());

describe("district A's staff cannot reach district B", () => {
  const refused = [404, 403];

  test('every read of B is refused and returns no data', async () => {
    const a = world.as('haishu-admin');
    const urls = [
      `/api/admin/offices/${b.office}`,
      `/api/admin/instructors/${b.instructor}`,
      `/api/admin/enterprises/${b.enterprise}`,
      `/api/admin/enterprises/${b.enterprise}/contacts`,
      `/api/admin/instructors?officeId=${b.office}`,
      `/api/admin/enterprises?officeId=${b.office}`,
    ];
    for (const url of urls) {
      const res = await a.get(url);
      expect({ url, status: refused.includes(res.status) }).toEqual({ url, status: true });
      expect(JSON.stringify(res.body)).not.toContain('13900000001');
    }
  });

  test("B's people, offices and audit entries never appear in A's lists", async () => {
    const a = world.as('haishu-admin');
    const lists = ['/api/admin/instructors', '/api/admin/enterprises', '/api/admin/offices', '/api/admin/audit', '/api/admin/staff'];
    for (const url of lists) {
      const res = await a.get(url);
      expect(res.status).toBe(200);
      const text = JSON.stringify(res.body);
      expect(text).not.toContain(b.instructor);
      expect(text).not.toContain(b.enterprise);
      expect(text).not.toContain(b.office);
      expect(text).not.toContain('yinzhou');
    }
  });

  test('every write to B is refused and changes nothing', async () => {
    const a = world.as('haishu-admin');
    const attempts = [
      a.patch(`/api/admin/instructors/${b.instructor}`, { name: '改名' }),
      a.delete(`/api/admin/instructors/${b.instructor}`),
      a.post(`/api/admin/instructors/${b.instructor}/bind-code`),
      a.patch(`/api/admin/enterprises/${b.enterprise}`, { industry: '制造业' }),
      a.delete(`/api/admin/enterprises/${b.enterprise}`),
      a.post(`/api/admin/enterprises/${b.enterprise}/contacts`, { name: '赵六', phone: '13900000009' }),
      a.patch(`/api/admin/enterprises/${b.enterprise}/contacts/${b.contact}`, { role: 'x' }),
      a.delete(`/api/admin/enterprises/${b.enterprise}/contacts/${b.contact}`),
      a.post(`/api/admin/enterprises/${b.enterprise}/contacts/${b.contact}/bind-code`),
      a.patch(`/api/admin/offices/${b.office}`, { name: '改名' }),
      a.post(`/api/admin/offices/${b.office}/move`, { parentId: String(world.offices.haishu._id) }),
      a.post('/api/admin/offices', { code: 'NB-YZ-X', name: 'x', level: 'town', parentId: b.office }),
      a.post('/api/admin/instructors', { name: '张三', phone: '13900000010', officeId: b.office }),
      a.post('/api/admin/staff', { username: 'sneaky', name: 'x', role: 'admin', officeId: b.office, password: 'long-enough-password' }),
      a.patch(`/api/admin/staff/${b.staff}`, { role: 'viewer' }),
    ];
    const statuses = (await Promise.all(attempts)).map((res) => res.status);
    statuses.forEach((status, i) => expect({ attempt: i, refused: refused.includes(status) }).toEqual({ attempt: i, refused: true }));
    const still = await world.as('yinzhou-admin').get(`/api/admin/instructors/${b.instructor}`);
    expect(still.body.name).toBe('王小明');
    expect((await world.as('yinzhou-admin').get(`/api/admin/enterprises/${b.enterprise}/contacts`)).body.items).toHaveLength(1);
  });

  test('the city office sees both districts', async () => {
    const city = world.as('city-admin');
    expect((await city.get(`/api/admin/instructors/${b.instructor}`)).status).toBe(200);
    expect((await city.get(`/api/admin/offices`)).body.items.length).toBe(8);
  });
});

describe('roles', () => {
  test('a viewer cannot write', async () => {
    const v = world.as('haishu-viewer');
    const office = String(world.offices.haishu._id);
    expect((await v.post('/api/admin/instructors', { name: '张三', phone: '13900000020', officeId: office })).status).toBe(403);
    expect((await v.post('/api/admin/offices', { code: 'NB-HS-V', name: 'x', level: 'town', parentId: office })).status).toBe(403);
    expect((await v.get('/api/admin/instructors')).status).toBe(200);
  });

  test('a viewer sees phone numbers masked and no binding codes', async () => {
    const office = String(world.offices.haishu._id);
    await world.as('haishu-editor').post('/api/admin/instructors', { name: '陈静', phone: '13700001234', officeId: office });
    const res = await world.as('haishu-viewer').get('/api/admin/instructors?q=陈静');
    expect(res.body.items[0].phone).toBe('137******34');
    expect(res.body.items[0].bindCode).toBeUndefined();
    const editorView = await world.as('haishu-editor').get('/api/admin/instructors?q=陈静');
    expect(editorView.body.items[0].phone).toBe('13700001234');
  });

  test('a viewer finds a person by the whole phone number, never by a part of it', async () => {
    const office = String(world.offices.haishu._id);
    const created = await world.as('haishu-editor').post('/api/admin/instructors', { name: '号码', phone: '13700005678', officeId: office });
    const v = world.as('haishu-viewer');
    expect((await v.get('/api/admin/instructors?q=1370000')).body.items.map((i: { id: string }) => i.id)).not.toContain(created.body.id);
    expect((await v.get('/api/admin/instructors?q=13700005678')).body.items.map((i: { id: string }) => i.id)).toContain(created.body.id);
    expect((await world.as('haishu-editor').get('/api/admin/instructors?q=1370000')).body.items.map((i: { id: string }) => i.id)).toContain(created.body.id);
  });

  test('an editor cannot manage staff or offices', async () => {
    const e = world.as('haishu-editor');
    expect((await e.get('/api/admin/staff')).status).toBe(403);
    expect((await e.post('/api/admin/staff', { username: 'x-user', name: 'x', role: 'viewer', officeId: String(world.offices.haishu._id), password: 'long-enough-password' })).status).toBe(403);
    expect((await e.post('/api/admin/offices', { code: 'NB-HS-E', name: 'x', level: 'town', parentId: String(world.offices.haishu._id) })).status).toBe(403);
  });

  test('an admin cannot move their own office', async () => {
    const res = await world.as('haishu-admin').post(`/api/admin/offices/${world.offices.haishu._id}/move`, { parentId: String(world.offices.haishu._id) });
    expect(res.status).toBe(403);
  });
});

describe('bad input', () => {
  test('query parameters carrying $-operators are refused with 400', async () => {
    const a = world.as('haishu-admin');
    for (const url of ['/api/admin/instructors?officeId[$ne]=x', '/api/admin/instructors?q[$regex]=.*', '/api/admin/audit?entity[$ne]=x']) {
      const res = await a.get(url);
      expect({ url, status: res.status }).toEqual({ url, status: 400 });
    }
  });

  test('an array where a string belongs is refused with 400', async () => {
    const res = await world.as('haishu-admin').get('/api/admin/instructors?q=a&q=b');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid');
  });

  test('an operator object in a JSON body is refused with 400', async () => {
    const res = await world.as('haishu-admin').post('/api/admin/instructors', { name: { $ne: null }, phone: '13900000030', officeId: String(world.offices.haishu._id) });
    expect(res.status).toBe(400);
  });

  test('a credit code with a wrong check digit is refused and names the field', async () => {
    const good = validCreditCode('91330203MA2BBBBB2');
    const bad = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    const res = await world.as('haishu-admin').post('/api/admin/enterprises', { name: '校验位错误企业', creditCode: bad, officeId: String(world.offices.haishu._id) });
    expect(res.status).toBe(400);
    expect(res.body.error.details[0].path).toBe('creditCode');
  });

  test('a duplicate phone is a 409', async () => {
    const office = String(world.offices.haishu._id);
    await world.as('haishu-admin').post('/api/admin/instructors', { name: '甲', phone: '13900000040', officeId: office });
    const res = await world.as('haishu-admin').post('/api/admin/instructors', { name: '乙', phone: '13900000040', officeId: office });
    expect(res.status).toBe(409);
  });
});

describe('partial updates', () => {
  test('changing one field of an instructor or enterprise leaves the others as they were', async () => {
    const a = world.as('haishu-admin');
    const office = String(world.offices.haishu._id);
    const person = await a.post('/api/admin/instructors', { name: '部分', phone: '13900000060', employer: '原单位', cohort: '2026-1', officeId: office });
    expect((await a.patch(`/api/admin/instructors/${person.body.id}`, { name: '部分改' })).body).toMatchObject({ name: '部分改', employer: '原单位', cohort: '2026-1' });
    const firm = await a.post('/api/admin/enterprises', { name: '部分企业', creditCode: validCreditCode('91330203MA2DDDDD4'), officeId: office, industry: '制造业', hasUnion: true, level: 'town', stars: 2 });
    expect((await a.patch(`/api/admin/enterprises/${firm.body.id}`, { name: '部分企业改' })).body).toMatchObject({ industry: '制造业', hasUnion: true, level: 'town', stars: 2 });
  });
});

describe('audit log', () => {
  test('an admin write is recorded with who, what, before and after, phones masked', async () => {
    const a = world.as('haishu-admin');
    const created = await a.post('/api/admin/instructors', { name: '审计', phone: '13900000050', officeId: String(world.offices.haishu._id) });
    await a.patch(`/api/admin/instructors/${created.body.id}`, { employer: '新单位' });
    const res = await a.get(`/api/admin/audit?entity=instructor&entityId=${created.body.id}`);
    expect(res.body.items.map((e: { action: string }) => e.action)).toEqual(['instructor.update', 'instructor.create']);
    const update = res.body.items[0];
    expect(update.actor.name).toBe('海曙区管理员');
    expect(update.before.employer).toBe('');
    expect(update.after.employer).toBe('新单位');
    expect(update.after.phone).toBe('139******50');
    expect(JSON.stringify(res.body)).not.toContain('13900000050');
    expect(JSON.stringify(res.body)).not.toContain(created.body.bindCode);
  });
});
