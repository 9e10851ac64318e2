import { Types } from 'mongoose';
import request from 'supertest';
import { createTestContext, type TestContext } from '../support/context';
import { campaignWorld, type CampaignWorld } from '../support/campaign';

/** Sending on the real services with the test's clock: start, fan-out, delivery batches, cancel, the news feed. */
let ctx: TestContext;
let w: CampaignWorld;
const BATCH = 3;

beforeAll(async () => {
  ctx = await createTestContext(__filename, { env: { BROADCAST_BATCH_SIZE: String(BATCH) } });
  w = await campaignWorld(ctx);
});
afterEach(() => ctx.clock.set(new Date('2026-11-26T02:00:00Z')));
afterAll(() => ctx.close());

const sending = () => ctx.areas.broadcasts.sending;

/** A town of its own under 海曙 with `n` enterprises whose one contact is bound in chat. */
async function townWith(n: number) {
  const code = `NB-HS-T${new Types.ObjectId().toHexString().slice(-6)}`;
  const town = await ctx.areas.offices.create(w.actor, w.cityScope, { code, name: `测试街道${code}`, level: 'town', parentId: String(w.offices.haishu._id) });
  const people = [];
  for (let i = 0; i < n; i++) people.push((await w.enterprise(new Types.ObjectId(town.id))).contacts[0]);
  return { townId: town.id, people };
}

/** Written by the 海曙 editor for the town's contacts, submitted and approved by the city admin. */
async function approved(townId: string, extra: object = {}) {
  const b = (await w.as('haishu-editor').post('/api/admin/broadcasts', { title: '关于开展和谐企业创建评价的通知', summary: '请各企业按时完成自查自评', body: '正文', audience: { officeIds: [townId], kinds: ['contacts'] }, ...extra }).expect(201)).body;
  await w.as('haishu-editor').post(`/api/admin/broadcasts/${b.id}/submit`).expect(200);
  await w.as('city-admin').post(`/api/admin/broadcasts/${b.id}/approve`).expect(200);
  return b.id as string;
}

async function runStarts() {
  for (const job of await ctx.queues.broadcasts.getJobs(['waiting', 'delayed'])) {
    await sending().start((job.data as { start: string }).start);
    await job.remove();
  }
}
async function deliverAll(limit = Infinity) {
  let done = 0;
  for (const job of (await ctx.queues.broadcastDeliveries.getJobs(['waiting'])).sort((a, b) => a.data.n - b.data.n)) {
    if (done++ >= limit) break;
    await sending().deliver(job.data);
    await job.remove();
  }
}
const stateOf = async (id: string) => (await w.as('city-admin').get(`/api/admin/broadcasts/${id}`).expect(200)).body.state as string;

describe('sending a broadcast', () => {
  test('approved outside quiet hours it starts, fans out one delivery per recipient in batches, and every contact gets it once', async () => {
    const { townId, people } = await townWith(7);
    const id = await approved(townId);
    await runStarts();
    expect(await stateOf(id)).toBe('sending');
    expect(await ctx.queues.broadcastDeliveries.getJobs(['waiting'])).toHaveLength(3);
    await deliverAll();
    expect(await stateOf(id)).toBe('sent');
    for (const p of people) expect((await w.chatTo(p.botId!)).filter((t) => t.includes('关于开展和谐企业创建评价的通知'))).toHaveLength(1);
    const stats = (await w.as('haishu-editor').get(`/api/admin/broadcasts/${id}/stats`).expect(200)).body;
    expect(stats).toMatchObject({ state: 'sent', deliveries: 7, byState: { sent: 7, pending: 0 }, byChannel: { bot_chat: 7 } });
  });

  test('a fan-out that crashes halfway resumes and delivers to everyone exactly once', async () => {
    const { townId, people } = await townWith(7);
    const id = await approved(townId);
    await runStarts();
    await deliverAll(1);
    // The worker dies with its queue; the start job runs again after the restart.
    await ctx.queues.broadcastDeliveries.obliterate({ force: true });
    await sending().start(id);
    await deliverAll();
    expect(await stateOf(id)).toBe('sent');
    expect(await ctx.models.BroadcastDelivery.countDocuments({ broadcastId: new Types.ObjectId(id) })).toBe(7);
    for (const p of people) expect((await w.chatTo(p.botId!)).filter((t) => t.includes('关于开展'))).toHaveLength(1);
  });

  test('cancelling mid-send stops every delivery not yet sent', async () => {
    const { townId } = await townWith(7);
    const id = await approved(townId);
    await runStarts();
    await deliverAll(1);
    await w.as('haishu-editor').post(`/api/admin/broadcasts/${id}/cancel`).expect(200);
    await deliverAll();
    const stats = (await w.as('haishu-editor').get(`/api/admin/broadcasts/${id}/stats`).expect(200)).body;
    expect(stats).toMatchObject({ state: 'cancelled', byState: { sent: BATCH, cancelled: 7 - BATCH } });
  });

  test('approved in quiet hours, it waits for the morning; an urgent one goes at once', async () => {
    const { townId } = await townWith(1);
    ctx.clock.set(new Date('2026-12-03T14:00:00Z')); // 22:00 local
    const waiting = await approved(townId);
    expect(await stateOf(waiting)).toBe('scheduled');
    const [job] = (await ctx.queues.broadcasts.getJobs(['delayed'])).filter((j) => (j.data as { start: string }).start === waiting);
    expect(job.id).toBe(`start-${waiting}-${new Date('2026-12-04T00:30:00Z').getTime()}`);
    await job.remove();
    const urgent = await approved(townId, { urgent: true });
    expect(await stateOf(urgent)).toBe('approved');
    await runStarts();
    expect(await stateOf(urgent)).toBe('sending');
  });

  test('a scheduled broadcast starts at its time, not before', async () => {
    const { townId } = await townWith(1);
    const at = new Date(ctx.clock.now().getTime() + 3 * 3600_000);
    const id = await approved(townId, { scheduledAt: at.toISOString() });
    expect(await stateOf(id)).toBe('scheduled');
    await sending().start(id);
    expect(await stateOf(id)).toBe('scheduled');
    ctx.clock.set(at);
    await sending().start(id);
    expect(await stateOf(id)).toBe('sending');
  });
});

describe('the news feed', () => {
  test('a contact sees what their office and those above published, and a read counts once', async () => {
    const { townId } = await townWith(1);
    const e = await w.enterprise(new Types.ObjectId(townId), [{ name: '读者', bind: ['mp'] }]);
    const id = await approved(townId);
    await runStarts();
    await deliverAll();
    const api = w.mpClient(e.contacts[0].openid!);
    const feed = (await api.get('/api/mp/news').expect(200)).body;
    expect(feed.items.map((i: { id: string }) => i.id)).toContain(id);
    await api.get(`/api/mp/news/${id}`).expect(200);
    await api.get(`/api/mp/news/${id}`).expect(200);
    const stats = (await w.as('city-admin').get(`/api/admin/broadcasts/${id}/stats`).expect(200)).body;
    expect(stats.reads).toBe(1);
    expect(stats.readsByOffice).toEqual({ [townId]: 1 });
  });

  test('public news is readable without signing in; a notice that is not public is not', async () => {
    const { townId } = await townWith(1);
    const open = await approved(townId);
    const internal = await approved(townId, { public: false, title: '仅限内部的工作提示' });
    await runStarts();
    const http = () => request(ctx.app().app.callback());
    const list = (await http().get('/api/public/news').expect(200)).body;
    expect(list.items.map((i: { id: string }) => i.id)).toContain(open);
    expect(list.items.map((i: { id: string }) => i.id)).not.toContain(internal);
    await http().get(`/api/public/news/${open}`).expect(200);
    await http().get(`/api/public/news/${internal}`).expect(404);
  });
});

describe('a worker that died between a send and its outcome', () => {
  test('the delivery it held is marked unknown after a while, never sent again, and the broadcast still ends as sent', async () => {
    const { townId, people } = await townWith(2);
    const id = await approved(townId);
    await runStarts();
    const [first] = (await ctx.queues.broadcastDeliveries.getJobs(['waiting'])).sort((a, b) => a.data.n - b.data.n);
    // The dead worker's claim: inserted, no outcome ever written.
    const held = first.data.items[0];
    await ctx.models.BroadcastResult.create({ _id: held.deliveryId, broadcastId: new Types.ObjectId(id), officeId: new Types.ObjectId(held.officeId), outcome: 'claimed', at: ctx.clock.now() });
    await deliverAll();
    expect(await stateOf(id)).toBe('sending');
    ctx.clock.advance(16 * 60_000);
    expect(await sending().reconcile()).toMatchObject({ unknown: 1 });
    expect(await stateOf(id)).toBe('sent');
    const stats = (await w.as('city-admin').get(`/api/admin/broadcasts/${id}/stats`).expect(200)).body;
    expect(stats.byState).toMatchObject({ sent: 1, unknown: 1 });
    const texts = await Promise.all(people.map((p) => w.chatTo(p.botId!)));
    expect(texts.map((t) => t.filter((x) => x.includes('关于开展')).length).sort()).toEqual([0, 1]);
  });
});
