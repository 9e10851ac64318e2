import type { Types } from 'mongoose';
import { createHash } from 'node:crypto';
import request from 'supertest';
import { createTestContext, type TestContext } from '../support/context';
import { campaignWorld, stagesFrom, type CampaignWorld } from '../support/campaign';
import { fireTimes } from '../../src/reminders/offsets';
import { useWechatApi, wechatApi, WECHAT_API_BASE } from '../wechat/support/wechat-api';

/** Which channel a reminder takes: a subscribe credit first, the bot's chat when there is none; 43101; field limits. */
let ctx: TestContext;
let w: CampaignWorld;
const TEMPLATE = 'tmpl-deadline';
const PUSH_TOKEN = 'push-token-test';
const first = new Date('2026-12-10T09:00:00Z');
const SEND = '/cgi-bin/message/subscribe/send';
const { unexpected } = useWechatApi();

beforeAll(async () => {
  ctx = await createTestContext(__filename, {
    env: { WECHAT_API_BASE, WECHAT_APPID: 'wx-test', WECHAT_SECRET: 'secret', WECHAT_REMINDER_TEMPLATE_ID: TEMPLATE, WECHAT_PUSH_TOKEN: PUSH_TOKEN, ESCALATE_CONTACTS_AFTER_H: '720', ESCALATE_OFFICE_AFTER_H: '720' },
  });
  w = await campaignWorld(ctx);
});
afterEach(async () => {
  await w.drain();
  await ctx.models.Campaign.updateMany({}, { $set: { closed: true } });
});
afterAll(() => ctx.close());

function tokenOnce() {
  wechatApi().post('/cgi-bin/stable_token').reply(200, { access_token: 'tok-1', expires_in: 7200 });
}

/** A campaign, an applied enterprise whose one contact is bound in the mini-program and in chat, and the clock at the self-assessment's 7-day reminder. */
async function dueReminder(name?: string) {
  const stages = stagesFrom(first);
  const c = await w.campaign(stages, name ? { name } : {});
  const e = await w.enterprise(w.offices.nanmen._id, [{ name: '赵经理', bind: ['mp', 'bot'] }]);
  await w.apply(c, e.enterprise);
  const contact = e.contacts[0];
  const fireAt = fireTimes(stages[1].deadline, { daysBefore: [7, 3, 1], onTheDayAt: '09:00' }, 'Asia/Shanghai')[0].fireAt;
  ctx.clock.set(new Date(fireAt.getTime() + 60_000));
  return { c, contact, api: w.mpClient(contact.openid!) };
}
const outcomes = async (campaignId: Types.ObjectId) => (await ctx.models.ReminderOutcome.find({ campaignId }).lean()).map((o) => `${o.channel}:${o.outcome}${o.errcode ? `:${o.errcode}` : ''}`);

describe('reminder channels', () => {
  test('a contact who tapped accept gets a subscribe message, which spends the credit', async () => {
    const { c, contact, api } = await dueReminder();
    const tapped = await api.post('/api/mp/subscriptions', { results: { [TEMPLATE]: 'accept' }, ref: 'tap-1' }).expect(200);
    expect(tapped.body.credits).toEqual({ [TEMPLATE]: 1 });
    tokenOnce();
    let sent: { touser: string; template_id: string; data: Record<string, { value: string }> } | undefined;
    wechatApi().post(SEND).query(true).reply(200, (_uri, body) => ((sent = body as typeof sent), { errcode: 0, errmsg: 'ok' }));
    await ctx.areas.reminders.scan();
    await w.drain();
    expect(sent!.touser).toBe(contact.openid);
    expect(sent!.template_id).toBe(TEMPLATE);
    expect(await outcomes(c._id)).toEqual(['mp_subscribe:sent']);
    expect(await ctx.areas.reminders.credits.balance(contact.openid!, TEMPLATE)).toBe(0);
    expect(await w.chatTo(contact.botId!)).toHaveLength(0);
    expect(unexpected).toEqual([]);
  });

  test('without a credit the reminder goes to the bot’s chat instead', async () => {
    const { c, contact } = await dueReminder();
    await ctx.areas.reminders.scan();
    await w.drain();
    expect(await outcomes(c._id)).toEqual(['bot_chat:sent']);
    expect(await w.chatTo(contact.botId!)).toHaveLength(1);
  });

  test('43101 from WeChat zeroes the ledger and falls back to the chat', async () => {
    const { c, contact, api } = await dueReminder();
    await api.post('/api/mp/subscriptions', { results: { [TEMPLATE]: 'accept' }, ref: 'tap-2' }).expect(200);
    await api.post('/api/mp/subscriptions', { results: { [TEMPLATE]: 'accept' }, ref: 'tap-3' }).expect(200);
    tokenOnce();
    wechatApi().post(SEND).query(true).reply(200, { errcode: 43101, errmsg: 'user refuse to accept the msg' });
    await ctx.areas.reminders.scan();
    await w.drain();
    expect((await outcomes(c._id)).sort()).toEqual(['bot_chat:sent', 'mp_subscribe:fell_back:43101']);
    expect(await ctx.areas.reminders.credits.balance(contact.openid!, TEMPLATE)).toBe(0);
  });

  test('a long campaign name is cut to WeChat’s 20 characters in the template, not refused', async () => {
    const { contact, api } = await dueReminder('宁波市二〇二六年度和谐劳动关系企业创建暨企业社会责任评价活动');
    await api.post('/api/mp/subscriptions', { results: { [TEMPLATE]: 'accept' }, ref: 'tap-4' }).expect(200);
    tokenOnce();
    let data: Record<string, { value: string }> | undefined;
    wechatApi().post(SEND).query(true).reply(200, (_uri, body) => ((data = (body as { data: typeof data }).data), { errcode: 0 }));
    await ctx.areas.reminders.scan();
    await w.drain();
    expect([...data!.thing1.value]).toHaveLength(20);
    expect(data!.thing1.value.endsWith('…')).toBe(true);
    expect(data!.thing2.value).toBe('自查自评');
    expect(data!.time3.value).toBe('2026年12月20日 17:00');
    expect(data!.thing4.value).toBe('7天后截止');
    expect(contact.openid).toBeDefined();
  });

  test('a busy WeChat is retried by BullMQ: the credit is given back and nothing is settled', async () => {
    const { c, contact, api } = await dueReminder();
    await api.post('/api/mp/subscriptions', { results: { [TEMPLATE]: 'accept' }, ref: 'tap-5' }).expect(200);
    tokenOnce();
    wechatApi().post(SEND).query(true).reply(200, { errcode: -1, errmsg: 'system busy' });
    await ctx.areas.reminders.scan();
    const [job] = await ctx.queues.reminderDeliveries.getJobs(['waiting']);
    await expect(ctx.areas.reminders.deliver(job.data)).rejects.toThrow();
    expect(await ctx.areas.reminders.credits.balance(contact.openid!, TEMPLATE)).toBe(1);
    expect(await ctx.models.ReminderSettled.countDocuments({ campaignId: c._id })).toBe(0);
    wechatApi().post(SEND).query(true).reply(200, { errcode: 0 });
    expect(await ctx.areas.reminders.deliver(job.data)).toMatchObject({ status: 'done', sent: 1, channels: { mp_subscribe: 1 } });
  });

  test('the same tap reported by the mini-program and by WeChat’s popup event counts once', async () => {
    const openid = 'openid-popup-1';
    await w.mpClient(openid).post('/api/mp/subscriptions', { results: { [TEMPLATE]: 'accept' }, ref: 'tap-6' }).expect(200);
    const timestamp = String(Math.floor(ctx.clock.now().getTime() / 1000));
    const nonce = 'n1';
    const signature = createHash('sha1').update([PUSH_TOKEN, timestamp, nonce].sort().join('')).digest('hex');
    const event = { ToUserName: 'gh_x', FromUserName: openid, CreateTime: Number(timestamp), MsgType: 'event', Event: 'subscribe_msg_popup_event', List: [{ TemplateId: TEMPLATE, SubscribeStatusString: 'accept', PopupScene: '0' }] };
    const http = () => request(ctx.app().app.callback());
    await http().post('/api/wechat/mp/events').query({ signature, timestamp, nonce }).send(event).expect(200, 'success');
    await http().post('/api/wechat/mp/events').query({ signature, timestamp, nonce }).send(event).expect(200, 'success');
    expect(await ctx.areas.reminders.credits.balance(openid, TEMPLATE)).toBe(1);
  });

  test('a popup event with a wrong signature grants nothing', async () => {
    const openid = 'openid-popup-2';
    const event = { FromUserName: openid, CreateTime: 1, Event: 'subscribe_msg_popup_event', List: { TemplateId: TEMPLATE, SubscribeStatusString: 'accept' } };
    await request(ctx.app().app.callback()).post('/api/wechat/mp/events').query({ signature: 'x'.repeat(40), timestamp: '1', nonce: 'n' }).send(event).expect(401);
    expect(await ctx.areas.reminders.credits.balance(openid, TEMPLATE)).toBe(0);
  });

  test('two sends racing for one credit spend it once', async () => {
    const openid = 'openid-race';
    await ctx.areas.reminders.credits.grant(openid, TEMPLATE, 'tap', 'only');
    const spends = await Promise.all(Array.from({ length: 6 }, () => ctx.areas.reminders.credits.spend(openid, TEMPLATE)));
    expect(spends.filter(Boolean)).toHaveLength(1);
  });
});
