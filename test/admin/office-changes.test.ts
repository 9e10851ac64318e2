import { creditCodeCheckChar } from '../../src/people/credit-code';
import { seedAdminWorld } from '../support/admin';
import { createTestContext, type TestContext } from '../support/context';

let ctx: TestContext;
let world: Awaited<ReturnType<typeof seedAdminWorld>>;
beforeAll(async () => {
  ctx = await createTestContext(__filename, { env: { EXPORT_MAX_ROWS: '3' } });
  world = await seedAdminWorld(ctx);
});
afterAll(() => ctx.close());

const creditCode = (body17: string) => body17 + creditCodeCheckChar(body17);
const auditOf = (entity: string, entityId: string) => world.as('city-admin').get(`/api/admin/audit?entity=${entity}&entityId=${entityId}`);
type Entry = { action: string; officeId: string; before: { officeId?: string } | null; after: { officeId?: string } | null };

describe('an office change is audited the same way for instructors, enterprises and contacts', () => {
  test('an instructor moved by a re-import: before and after name both offices', async () => {
    await world.as('city-admin').upload('/api/admin/instructors/import', Buffer.from('姓名,手机号,所属和创办代码\n调动甲,13811119001,NB-HS\n'), 'a.csv');
    const moved = await world.as('city-admin').upload('/api/admin/instructors/import', Buffer.from('姓名,手机号,所属和创办代码\n调动甲,13811119001,NB-YZ\n'), 'b.csv');
    expect(moved.body).toMatchObject({ updated: 1 });
    const id = moved.body.rows[0].id as string;
    const entries = (await auditOf('instructor', id)).body.items as Entry[];
    const update = entries.find((e) => e.action === 'instructor.import_update')!;
    expect(update.before!.officeId).toBe(String(world.offices.haishu._id));
    expect(update.after!.officeId).toBe(String(world.offices.yinzhou._id));
    expect(update.officeId).toBe(String(world.offices.yinzhou._id));
  });

  test("an enterprise moved by a re-import takes its contacts along, and each contact's move is audited", async () => {
    const code = creditCode('91330203MA2DDDDD4');
    const first = `企业名称,统一社会信用代码,所属和创办代码,联系人姓名,联系人手机\n搬迁企业,${code},NB-HS,孙联系,13822229001\n`;
    const created = await world.as('city-admin').upload('/api/admin/enterprises/import', Buffer.from(first), 'e1.csv');
    const enterpriseId = created.body.rows[0].id as string;
    const contact = (await world.as('city-admin').get(`/api/admin/enterprises/${enterpriseId}/contacts`)).body.items[0];
    await world.as('city-admin').upload('/api/admin/enterprises/import', Buffer.from(first.replace(',NB-HS,', ',NB-YZ,')), 'e2.csv');

    const contactEntries = (await auditOf('contact', contact.id)).body.items as Entry[];
    const move = contactEntries.find((e) => e.action === 'contact.update')!;
    expect(move.before!.officeId).toBe(String(world.offices.haishu._id));
    expect(move.after!.officeId).toBe(String(world.offices.yinzhou._id));
    // Yinzhou's staff now see the contact, and the record of how it came to them.
    const seen = await world.as('yinzhou-admin').get(`/api/admin/audit?entity=contact&entityId=${contact.id}`);
    expect(seen.body.items.map((e: Entry) => e.action)).toContain('contact.update');
  });

  test("an enterprise moved through the admin API audits its contacts' move the same way", async () => {
    const made = await world.as('city-admin').post('/api/admin/enterprises', { name: '接口搬迁企业', creditCode: creditCode('91330203MA2EEEEE5'), officeId: String(world.offices.haishu._id) });
    const contact = await world.as('city-admin').post(`/api/admin/enterprises/${made.body.id}/contacts`, { name: '周联系', phone: '13822229002' });
    expect((await world.as('city-admin').patch(`/api/admin/enterprises/${made.body.id}`, { officeId: String(world.offices.yinzhou._id) })).status).toBe(200);
    const entries = (await auditOf('contact', contact.body.id)).body.items as Entry[];
    const move = entries.find((e) => e.action === 'contact.update')!;
    expect(move.before!.officeId).toBe(String(world.offices.haishu._id));
    expect(move.after!.officeId).toBe(String(world.offices.yinzhou._id));
  });
});

describe('exports', () => {
  test('an export larger than EXPORT_MAX_ROWS is refused with a clear error, not cut short', async () => {
    const rows = ['姓名,手机号', '导出一,13811118001', '导出二,13811118002', '导出三,13811118003', '导出四,13811118004'].join('\n');
    await world.as('city-admin').upload('/api/admin/instructors/import', Buffer.from(rows), 'many.csv');
    const res = await world.as('city-admin').get('/api/admin/instructors/export');
    const count = await ctx.models.Instructor.countDocuments();
    expect(count).toBeGreaterThan(3);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'export_too_large', details: { rows: count, max: 3 } });
    expect(res.body.error.message).toContain('Narrow it with filters');
  });

  test('an export within the cap downloads', async () => {
    const res = await world.as('haishu-admin').get(`/api/admin/enterprises/export?officeId=${world.offices.haishu._id}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
  });
});
