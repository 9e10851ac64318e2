import { createTestContext, type TestContext } from '../support/context';
import { campaignWorld, DAY, stagesFrom, type CampaignWorld } from '../support/campaign';

let ctx: TestContext;
let w: CampaignWorld;
const first = new Date('2026-12-10T09:00:00Z');
const body = (stages = stagesFrom(first)) => ({ name: '2026年度和谐企业创建', year: 2026, opensAt: '2026-11-01T00:00:00+08:00', stages: stages.map((s) => ({ key: s.key, deadline: s.deadline.toISOString() })) });

beforeAll(async () => {
  ctx = await createTestContext(__filename);
  w = await campaignWorld(ctx);
});
afterAll(() => ctx.close());

describe('campaign calendar through the admin API', () => {
  test('a city admin creates a campaign with six stage deadlines', async () => {
    const res = await w.as('city-admin').post('/api/admin/campaigns', body()).expect(201);
    expect(res.body.stages.map((s: { key: string }) => s.key)).toEqual(['apply', 'self_check', 'review', 'evaluation', 'notice', 'naming']);
    expect(res.body.offsets).toEqual({ daysBefore: [7, 3, 1], onTheDayAt: '09:00' });
  });

  test('a district admin cannot create a campaign', async () => {
    const res = await w.as('haishu-admin').post('/api/admin/campaigns', body()).expect(403);
    expect(res.body.error.code).toBe('forbidden');
  });

  test('deadlines out of the stages’ order are refused with a clear error', async () => {
    const stages = stagesFrom(first);
    stages[2].deadline = new Date(stages[1].deadline.getTime() - DAY);
    const res = await w.as('city-admin').post('/api/admin/campaigns', body(stages)).expect(400);
    expect(res.body.error.message).toContain('检查审核');
  });

  test('a district sets an earlier self-assessment deadline for its subtree, and its towns inherit it', async () => {
    const c = (await w.as('city-admin').post('/api/admin/campaigns', body()).expect(201)).body;
    const earlier = new Date(first.getTime() + 5 * DAY).toISOString();
    const put = await w.as('haishu-admin').put(`/api/admin/campaigns/${c.id}/overrides/${String(w.offices.haishu._id)}`, { stages: [{ key: 'self_check', deadline: earlier }] }).expect(200);
    expect(put.body.stages.find((s: { key: string }) => s.key === 'self_check').deadline).toBe(earlier);
    const town = await w.as('haishu-admin').get(`/api/admin/campaigns/${c.id}/deadlines/${String(w.offices.nanmen._id)}`).expect(200);
    expect(town.body.stages.find((s: { key: string }) => s.key === 'self_check').deadline).toBe(earlier);
    const other = await w.as('city-admin').get(`/api/admin/campaigns/${c.id}/deadlines/${String(w.offices.yinzhou._id)}`).expect(200);
    expect(other.body.stages.find((s: { key: string }) => s.key === 'self_check').deadline).toBe(new Date(first.getTime() + 10 * DAY).toISOString());
  });

  test('an override later than the city’s deadline is refused with the allowed range', async () => {
    const c = (await w.as('city-admin').post('/api/admin/campaigns', body()).expect(201)).body;
    const late = new Date(first.getTime() + 12 * DAY).toISOString();
    const res = await w.as('haishu-admin').put(`/api/admin/campaigns/${c.id}/overrides/${String(w.offices.haishu._id)}`, { stages: [{ key: 'self_check', deadline: late }] }).expect(400);
    expect(res.body.error.code).toBe('outside_city_window');
    expect(res.body.error.details).toEqual({ stage: 'self_check', allowed: { from: first.toISOString(), to: new Date(first.getTime() + 10 * DAY).toISOString() } });
  });

  test('a district cannot override another district’s deadlines', async () => {
    const c = (await w.as('city-admin').post('/api/admin/campaigns', body()).expect(201)).body;
    await w.as('haishu-admin').put(`/api/admin/campaigns/${c.id}/overrides/${String(w.offices.yinzhou._id)}`, { stages: [] }).expect(404);
  });

  test('a deadline edit is audited with before and after', async () => {
    const c = (await w.as('city-admin').post('/api/admin/campaigns', body()).expect(201)).body;
    const moved = new Date(first.getTime() + 2 * DAY).toISOString();
    await w.as('city-admin').patch(`/api/admin/campaigns/${c.id}`, { stages: [{ key: 'apply', deadline: moved }] }).expect(200);
    const entry = await ctx.models.Audit.findOne({ action: 'campaign.update', entityId: c.id }).lean();
    expect((entry!.before as { stages: { deadline: string }[] }).stages[0].deadline).toBe(first.toISOString());
    expect((entry!.after as { stages: { deadline: string }[] }).stages[0].deadline).toBe(moved);
  });

  test('a district admin cannot edit the city’s deadlines', async () => {
    const c = (await w.as('city-admin').post('/api/admin/campaigns', body()).expect(201)).body;
    await w.as('haishu-admin').patch(`/api/admin/campaigns/${c.id}`, { name: '改名' }).expect(403);
  });

  test('a district sees the city’s campaign with its own deadlines', async () => {
    const c = (await w.as('city-admin').post('/api/admin/campaigns', body()).expect(201)).body;
    const list = await w.as('yinzhou-viewer').get('/api/admin/campaigns').expect(200);
    expect(list.body.items.map((x: { id: string }) => x.id)).toContain(c.id);
    const one = await w.as('yinzhou-viewer').get(`/api/admin/campaigns/${c.id}`).expect(200);
    expect(one.body.mine.officeId).toBe(String(w.offices.yinzhou._id));
  });
});
