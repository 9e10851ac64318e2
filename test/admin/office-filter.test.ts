import { seedAdminWorld } from '../support/admin';
import { createTestContext, type TestContext } from '../support/context';

let ctx: TestContext;
let world: Awaited<ReturnType<typeof seedAdminWorld>>;
beforeAll(async () => {
  ctx = await createTestContext(__filename);
  world = await seedAdminWorld(ctx);
  const { haishu, nanmen, yinzhou } = world.offices;
  await ctx.models.Instructor.insertMany([
    { name: '区里学员', phone: '13900000101', officeId: haishu._id, bindCode: 'F1' },
    { name: '街道学员', phone: '13900000102', officeId: nanmen._id, bindCode: 'F2' },
    { name: '别区学员', phone: '13900000103', officeId: yinzhou._id, bindCode: 'F3' },
  ]);
});
afterAll(() => ctx.close());

const names = (res: { body: { items: { name: string }[] } }) => res.body.items.map((i) => i.name).sort();

describe('a list filtered by office', () => {
  test('filtered by a district, shows the district and the towns below it', async () => {
    const res = await world.as('city-admin').get(`/api/admin/instructors?officeId=${world.offices.haishu._id}`).expect(200);
    // 王晓燕 is the demo seed's sample instructor in 海曙区.
    expect(names(res)).toEqual(['区里学员', '王晓燕', '街道学员']);
    expect(res.body.total).toBe(3);
  });

  test('filtered by a town, shows that town only', async () => {
    expect(names(await world.as('city-admin').get(`/api/admin/instructors?officeId=${world.offices.nanmen._id}`).expect(200))).toEqual(['街道学员']);
  });

  test('filtered by an office outside the scope, answers 404', async () => {
    await world.as('haishu-admin').get(`/api/admin/instructors?officeId=${world.offices.yinzhou._id}`).expect(404);
  });
});
