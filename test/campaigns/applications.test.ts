import { createTestContext, type TestContext } from '../support/context';
import { campaignWorld, DAY, stagesFrom, type CampaignWorld } from '../support/campaign';

let ctx: TestContext;
let w: CampaignWorld;
const first = new Date('2026-12-10T09:00:00Z');

beforeAll(async () => {
  ctx = await createTestContext(__filename);
  w = await campaignWorld(ctx);
});
afterAll(() => ctx.close());

async function contactOf(officeId = w.offices.nanmen._id) {
  const { enterprise, contacts } = await w.enterprise(officeId, [{ name: '李主任', bind: ['mp'] }]);
  return { enterprise, api: w.mpClient(contacts[0].openid!) };
}

describe('applications: the enterprise contact in the mini-program API', () => {
  test('a bound contact sees the open campaign and applies once; a second apply returns the same application', async () => {
    const c = await w.campaign(stagesFrom(first));
    const { api } = await contactOf();
    const before = await api.get('/api/mp/applications/mine').expect(200);
    expect(before.body.canApply.map((x: { campaignId: string }) => x.campaignId)).toContain(String(c._id));
    const one = await api.post('/api/mp/applications', { campaignId: String(c._id) }).expect(201);
    const two = await api.post('/api/mp/applications', { campaignId: String(c._id) }).expect(200);
    expect(two.body.id).toBe(one.body.id);
    expect(one.body.current).toBe('self_check');
  });

  test('ten concurrent applies make one application (the unique key)', async () => {
    const c = await w.campaign(stagesFrom(first));
    const { enterprise, api } = await contactOf();
    const answers = await Promise.all(Array.from({ length: 10 }, () => api.post('/api/mp/applications', { campaignId: String(c._id) })));
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
    expect(await ctx.models.Application.countDocuments({ campaignId: c._id, enterpriseId: enterprise._id })).toBe(1);
    expect(await ctx.models.ApplicationStep.countDocuments({ campaignId: c._id, step: 'apply' })).toBe(1);
  });

  test('applications/mine gives the stages, the district’s deadlines, the current stage and the next step', async () => {
    const c = await w.campaign(stagesFrom(first));
    const earlier = new Date(first.getTime() + 6 * DAY);
    await ctx.areas.campaigns.calendar.setOverride(w.actor, await ctx.areas.offices.scopeOf(w.offices.haishu._id), c, String(w.offices.haishu._id), [{ key: 'self_check', deadline: earlier }]);
    const { api } = await contactOf();
    await api.post('/api/mp/applications', { campaignId: String(c._id) }).expect(201);
    const mine = await api.get('/api/mp/applications/mine').expect(200);
    const app = mine.body.applications.find((a: { campaignId: string }) => a.campaignId === String(c._id));
    expect(app.current).toBe('self_check');
    expect(app.currentName).toBe('自查自评');
    expect(app.nextStep).toContain('已提交');
    expect(app.stages.map((s: { done: boolean }) => s.done)).toEqual([true, false, false, false, false, false]);
    expect(app.stages[1].deadline).toBe(earlier.toISOString());
    expect(app.stages[1].deadlineText).toBe('2026年12月16日 17:00');
  });

  test('the contact marks the self-assessment submitted; staff then mark the review', async () => {
    const c = await w.campaign(stagesFrom(first));
    const { api } = await contactOf();
    const app = (await api.post('/api/mp/applications', { campaignId: String(c._id) }).expect(201)).body;
    const done = await api.post('/api/mp/applications/self-check', {}).expect(200);
    expect(done.body.current).toBe('review');
    const reviewed = await w.as('haishu-admin').post(`/api/admin/campaigns/${String(c._id)}/applications/${app.id}/stages/review`).expect(200);
    expect(reviewed.body.current).toBe('evaluation');
  });

  test('staff cannot mark a stage before the earlier ones are done', async () => {
    const c = await w.campaign(stagesFrom(first));
    const { api } = await contactOf();
    const app = (await api.post('/api/mp/applications', { campaignId: String(c._id) }).expect(201)).body;
    const res = await w.as('haishu-admin').post(`/api/admin/campaigns/${String(c._id)}/applications/${app.id}/stages/review`).expect(409);
    expect(res.body.error.code).toBe('stage_out_of_order');
  });

  test('another district’s staff do not see the application', async () => {
    const c = await w.campaign(stagesFrom(first));
    const { api } = await contactOf();
    const app = (await api.post('/api/mp/applications', { campaignId: String(c._id) }).expect(201)).body;
    await w.as('yinzhou-admin').get(`/api/admin/campaigns/${String(c._id)}/applications/${app.id}`).expect(404);
  });

  test('an unbound mini-program user is told to bind first', async () => {
    const res = await w.mpClient('openid-nobody').get('/api/mp/applications/mine').expect(404);
    expect(res.body.error.code).toBeDefined();
  });

  test('a contact cannot apply after the application deadline', async () => {
    const c = await w.campaign(stagesFrom(new Date(ctx.clock.now().getTime() - DAY)), { opensAt: new Date(ctx.clock.now().getTime() - 30 * DAY) });
    const { api } = await contactOf();
    await api.post('/api/mp/applications', { campaignId: String(c._id) }).expect(409);
  });
});
