import { Types } from 'mongoose';
import { createTestContext, type TestContext } from '../support/context';
import { campaignWorld, type CampaignWorld } from '../support/campaign';
import { useWechatApi, wechatApi, WECHAT_API_BASE } from '../wechat/support/wechat-api';

/** News through the mini-program channel with WeChat faked: transient errors retried, permanent ones recorded, a failing channel paused and resumed. */
let ctx: TestContext;
let w: CampaignWorld;
const TEMPLATE = 'tmpl-news';
const SEND = '/cgi-bin/message/subscribe/send';
useWechatApi();

beforeAll(async () => {
  ctx = await createTestContext(__filename, {
    env: { WECHAT_API_BASE, WECHAT_APPID: 'wx-test', WECHAT_SECRET: 's', WECHAT_NEWS_TEMPLATE_ID: TEMPLATE, BROADCAST_BATCH_SIZE: '1', CHANNEL_PAUSE_AFTER_FAILURES: '2', CHANNEL_PAUSE_S: '60' },
  });
  w = await campaignWorld(ctx);
  wechatApi().post('/cgi-bin/stable_token').reply(200, { access_token: 'tok', expires_in: 7200 }).persist();
});
afterAll(() => ctx.close());

/** `n` contacts bound in the mini-program only, each with one news credit, in a town of their own; and an approved broadcast to them, started. */
async function startedTo(n: number) {
  const code = `NB-HS-F${new Types.ObjectId().toHexString().slice(-6)}`;
  const town = await ctx.areas.offices.create(w.actor, w.cityScope, { code, name: `失败街道${code}`, level: 'town', parentId: String(w.offices.haishu._id) });
  const openids: string[] = [];
  for (let i = 0; i < n; i++) {
    const e = await w.enterprise(new Types.ObjectId(town.id), [{ name: '微信读者', bind: ['mp'] }]);
    openids.push(e.contacts[0].openid!);
    await ctx.areas.reminders.credits.grant(e.contacts[0].openid!, TEMPLATE, 'tap', `t${i}`);
  }
  const b = (await w.as('haishu-editor').post('/api/admin/broadcasts', { title: '评价工作通知', summary: '摘要', audience: { officeIds: [town.id], kinds: ['contacts'] } }).expect(201)).body;
  await w.as('haishu-editor').post(`/api/admin/broadcasts/${b.id}/submit`).expect(200);
  await w.as('city-admin').post(`/api/admin/broadcasts/${b.id}/approve`).expect(200);
  await ctx.areas.broadcasts.sending.start(b.id);
  return { id: b.id as string, openids };
}
const jobsOf = async (id: string, states: ('waiting' | 'delayed')[] = ['waiting']) => (await ctx.queues.broadcastDeliveries.getJobs(states)).filter((j) => j.data.broadcastId === id).sort((a, b) => a.data.n - b.data.n);
const statsOf = async (id: string) => (await w.as('city-admin').get(`/api/admin/broadcasts/${id}/stats`).expect(200)).body;

describe('when WeChat fails', () => {
  test('a transient error is retried and the message goes once; the credit is spent once', async () => {
    const { id, openids } = await startedTo(1);
    const [job] = await jobsOf(id);
    wechatApi().post(SEND).query(true).reply(200, { errcode: -1, errmsg: 'busy' });
    await expect(ctx.areas.broadcasts.sending.deliver(job.data)).rejects.toThrow('could not be sent for now');
    expect(await ctx.areas.reminders.credits.balance(openids[0], TEMPLATE)).toBe(1);
    wechatApi().post(SEND).query(true).reply(200, { errcode: 0 });
    expect(await ctx.areas.broadcasts.sending.deliver(job.data)).toMatchObject({ sent: 1 });
    expect(await ctx.areas.broadcasts.sending.deliver(job.data)).toMatchObject({ sent: 0 });
    expect((await statsOf(id)).byState).toMatchObject({ sent: 1 });
    expect(await ctx.areas.reminders.credits.balance(openids[0], TEMPLATE)).toBe(0);
  });

  test('a permanent refusal is recorded with its errcode', async () => {
    const { id } = await startedTo(1);
    const [job] = await jobsOf(id);
    wechatApi().post(SEND).query(true).reply(200, { errcode: 40003, errmsg: 'invalid openid' });
    expect(await ctx.areas.broadcasts.sending.deliver(job.data)).toMatchObject({ failed: 1 });
    const result = await ctx.models.BroadcastResult.findOne({ broadcastId: new Types.ObjectId(id) }).lean();
    expect(result).toMatchObject({ outcome: 'failed', channel: 'mp_subscribe', errcode: 40003 });
  });

  test('a channel that keeps failing is paused, its deliveries wait, and after the pause every one goes out', async () => {
    const { id } = await startedTo(3);
    const jobs = await jobsOf(id);
    const calls: string[] = [];
    wechatApi().post(SEND).query(true).times(2).reply(200, (_u, body) => (calls.push((body as { touser: string }).touser), { errcode: -1, errmsg: 'busy' }));
    await expect(ctx.areas.broadcasts.sending.deliver(jobs[0].data)).rejects.toThrow();
    await expect(ctx.areas.broadcasts.sending.deliver(jobs[1].data)).rejects.toThrow();
    // Paused now: the third is not tried at WeChat; it waits in a delayed job.
    expect(await ctx.areas.broadcasts.sending.deliver(jobs[2].data)).toMatchObject({ sent: 0, deferred: 1 });
    expect(calls).toHaveLength(2);
    const [waiting] = await jobsOf(id, ['delayed']);
    expect(waiting.data.items).toHaveLength(1);
    ctx.clock.advance(61_000);
    wechatApi().post(SEND).query(true).times(3).reply(200, { errcode: 0 });
    for (const job of [jobs[0], jobs[1], waiting]) await ctx.areas.broadcasts.sending.deliver(job.data);
    expect((await statsOf(id)).byState).toMatchObject({ sent: 3, pending: 0 });
    expect((await statsOf(id)).state).toBe('sent');
  });
});
