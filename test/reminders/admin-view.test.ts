import { createTestContext, type TestContext } from '../support/context';
import { campaignWorld, stagesFrom, type CampaignWorld } from '../support/campaign';
import { fireTimes } from '../../src/reminders/offsets';

let ctx: TestContext;
let w: CampaignWorld;
const first = new Date('2026-12-10T09:00:00Z');

beforeAll(async () => {
  ctx = await createTestContext(__filename);
  w = await campaignWorld(ctx);
});
afterAll(() => ctx.close());

/** A campaign with one applied enterprise in each of two districts, and its self-assessment 7-day reminders delivered. */
async function remindedCampaign() {
  const stages = stagesFrom(first);
  const c = await w.campaign(stages);
  const haishu = await w.enterprise(w.offices.nanmen._id);
  const yinzhou = await w.enterprise(w.offices.yinzhou._id, [{ name: '无绑定', bind: [] }]);
  await w.apply(c, haishu.enterprise);
  const yz = await w.apply(c, yinzhou.enterprise);
  await w.markDone(c, yz._id, 'self_check');
  ctx.clock.set(new Date(fireTimes(stages[2].deadline, { daysBefore: [7], onTheDayAt: null }, 'Asia/Shanghai')[0].fireAt.getTime() + 60_000));
  await ctx.areas.reminders.scan();
  await w.drain();
  return c;
}

describe('the campaign’s reminders and counts for staff', () => {
  test('a district admin sees its own reminders with their outcomes, not the other district’s', async () => {
    const c = await remindedCampaign();
    const mine = await w.as('haishu-admin').get(`/api/admin/campaigns/${String(c._id)}/reminders?stage=review`).expect(200);
    expect(mine.body.total).toBe(1);
    expect(mine.body.items[0]).toMatchObject({ stage: 'review', stageName: '检查审核', offset: '7d', outcome: 'sent', officeId: String(w.offices.nanmen._id) });
    expect(mine.body.items[0].outcomes[0]).toMatchObject({ channel: 'bot_chat', outcome: 'sent' });
    expect(mine.body.upcoming.length).toBeGreaterThan(0);
    const city = await w.as('city-admin').get(`/api/admin/campaigns/${String(c._id)}/reminders?stage=review&outcome=unreachable`).expect(200);
    expect(city.body.items.map((i: { officeId: string; outcome: string }) => [i.officeId, i.outcome])).toEqual([[String(w.offices.yinzhou._id), 'unreachable']]);
  });

  test('a filter on an office outside my subtree is not found', async () => {
    const c = await remindedCampaign();
    await w.as('haishu-admin').get(`/api/admin/campaigns/${String(c._id)}/reminders?officeId=${String(w.offices.yinzhou._id)}`).expect(404);
  });

  test('an unknown filter value is a 400 naming the field', async () => {
    const c = await remindedCampaign();
    const res = await w.as('haishu-admin').get(`/api/admin/campaigns/${String(c._id)}/reminders?outcome=lost`).expect(400);
    expect(res.body.error.details[0].path).toBe('outcome');
  });

  test('per stage and office: done, open and late', async () => {
    const c = await remindedCampaign();
    const stats = await w.as('city-admin').get(`/api/admin/campaigns/${String(c._id)}/stats`).expect(200);
    const row = (office: unknown, stage: string) => stats.body.items.find((r: { officeId: string; stage: string }) => r.officeId === String(office) && r.stage === stage);
    expect(row(w.offices.yinzhou._id, 'self_check')).toMatchObject({ done: 1, open: 0, late: 0 });
    expect(row(w.offices.nanmen._id, 'self_check')).toMatchObject({ done: 0, open: 0, late: 1 });
    expect(row(w.offices.nanmen._id, 'review')).toMatchObject({ done: 0, open: 1, late: 0 });
  });
});
