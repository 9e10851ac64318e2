import type { Config } from '../../src/config';
import { createOaFollowers, oaFollowerModel, type OaFollowers } from '../../src/reminders/channels/oa-followers';
import { createOaTemplateChannel } from '../../src/reminders/channels/oa-template';
import type { Recipient, ReminderMessage } from '../../src/reminders/channels/types';
import { isTransient } from '../../src/wechat/errors';
import { createOaClient } from '../../src/wechat/oa';
import { createTestContext, deleteKeys, type TestContext } from '../support/context';
import { useWechatApi, wechatApi, WECHAT_API_BASE } from '../wechat/support/wechat-api';

const OA_APPID = 'wx-oa-test';
const OA_SECRET = 'oa-test-secret';
const TEMPLATE_ID = 'tmpl-oa-deadline';
const MP_APPID = 'wx-mp-test';
const STABLE_TOKEN = '/cgi-bin/stable_token';
const SEND = '/cgi-bin/message/template/send';

const { unexpected } = useWechatApi();
let ctx: TestContext;
let followers: OaFollowers;

beforeAll(async () => {
  ctx = await createTestContext(__filename, {
    env: { WECHAT_API_BASE, WECHAT_APPID: MP_APPID, WECHAT_OA_APPID: OA_APPID, WECHAT_OA_SECRET: OA_SECRET, WECHAT_OA_TEMPLATE_ID: TEMPLATE_ID },
    register: (conn) => oaFollowerModel(conn),
  });
  followers = createOaFollowers({ model: oaFollowerModel(ctx.mongo) });
  await followers.recordEvent({ openid: 'oa-openid-zhang', unionid: 'union-zhang', event: 'subscribe', createTime: 1_795_000_000 });
});
afterAll(async () => {
  await ctx.close();
});
beforeEach(async () => {
  await deleteKeys(ctx.workerRedis, `${ctx.config.CACHE_PREFIX}:*`);
  // 01:00 on 10 December in Shanghai, still the 9th in UTC: the day that counts is the local one.
  ctx.clock.set(new Date('2026-12-09T17:00:00Z'));
});

function channel(options: { config?: Partial<Config>; dailyCap?: number } = {}) {
  const config = { ...ctx.config, ...options.config };
  return createOaTemplateChannel({
    config,
    oa: createOaClient({ config, redis: ctx.redis, clock: ctx.clock }),
    followers,
    redis: ctx.redis,
    clock: ctx.clock,
    ...(options.dailyCap === undefined ? {} : { dailyCap: options.dailyCap }),
  });
}

const zhang: Recipient = { key: 'contact:c1', personType: 'contact', personId: 'c1', name: '张三', unionid: 'union-zhang' };

const reminder: ReminderMessage = {
  key: 'reminder:app1:self_assessment:3d:contact:c1',
  text: '【和谐企业】自查自评将于2026年12月15日 17:00截止，请尽快在小程序中提交。',
  title: '2026年度和谐劳动关系企业创建评估申报提醒通知',
  stageName: '自查自评',
  deadline: new Date('2026-12-15T09:00:00Z'),
  deadlineText: '2026年12月15日 17:00',
  note: '5天后截止',
  page: 'pages/deadlines/index?campaign=c1',
};

const tokenRequest = (forceRefresh: boolean) => ({ grant_type: 'client_credential', appid: OA_APPID, secret: OA_SECRET, force_refresh: forceRefresh });
const tokenAnswer = (token: string) => ({ access_token: token, expires_in: 7200 });
const ok = { errcode: 0, errmsg: 'ok', msgid: 200228332 };

test('sends the template with fields fitted to 20 characters, counted in code points', async () => {
  const api = wechatApi()
    .post(STABLE_TOKEN, tokenRequest(false))
    .reply(200, tokenAnswer('oa-token-1'))
    .post(SEND, {
      touser: 'oa-openid-zhang',
      template_id: TEMPLATE_ID,
      miniprogram: { appid: MP_APPID, pagepath: 'pages/deadlines/index?campaign=c1' },
      data: {
        thing1: { value: '2026年度和谐劳动关系企业创建评估申…' },
        thing2: { value: `${'🏢'.repeat(19)}…` },
        time3: { value: '2026年12月15日 17:00' },
        thing4: { value: '5天后截止' },
      },
    })
    .query({ access_token: 'oa-token-1' })
    .reply(200, ok);

  const result = await channel().send(zhang, { ...reminder, stageName: '🏢'.repeat(21) });

  expect(result).toEqual({ outcome: 'sent' });
  api.done();
});

test('a refused token is replaced with force_refresh and the send retried once', async () => {
  const api = wechatApi()
    .post(STABLE_TOKEN, tokenRequest(false))
    .reply(200, tokenAnswer('oa-token-stale'))
    .post(SEND)
    .query({ access_token: 'oa-token-stale' })
    .reply(200, { errcode: 40001, errmsg: 'invalid credential' })
    .post(STABLE_TOKEN, tokenRequest(true))
    .reply(200, tokenAnswer('oa-token-fresh'))
    .post(SEND)
    .query({ access_token: 'oa-token-fresh' })
    .reply(200, ok);

  expect(await channel().send(zhang, reminder)).toEqual({ outcome: 'sent' });
  api.done();
  expect(unexpected).toEqual([]);
});

test.each([
  { errcode: 43004, errmsg: 'require subscribe' },
  { errcode: 40003, errmsg: 'invalid openid' },
])('a refusal for good ($errcode $errmsg) is a failure with the errcode', async ({ errcode, errmsg }) => {
  wechatApi().post(STABLE_TOKEN).reply(200, tokenAnswer('oa-token-1')).post(SEND).query(true).reply(200, { errcode, errmsg });

  const result = await channel().send(zhang, reminder);

  expect(result).toEqual({ outcome: 'failed', errcode, reason: expect.stringContaining(String(errcode)) });
});

test('WeChat being busy (-1) is thrown as a transient error', async () => {
  wechatApi().post(STABLE_TOKEN).reply(200, tokenAnswer('oa-token-1')).post(SEND).query(true).reply(200, { errcode: -1, errmsg: 'system error' });

  const err = await channel().send(zhang, reminder).catch((e: unknown) => e);

  expect(isTransient(err)).toBe(true);
});

test('without a template id the channel is not configured: canReach is false and nothing is sent', async () => {
  const unconfigured = channel({ config: { WECHAT_OA_TEMPLATE_ID: '' } });

  expect(await unconfigured.canReach(zhang)).toBe(false);
  expect(await unconfigured.send(zhang, reminder)).toMatchObject({ outcome: 'failed' });
  expect(unexpected).toEqual([]);
});

test('a recipient whose unionid no follower has cannot be reached', async () => {
  expect(await channel().canReach(zhang)).toBe(true);
  expect(await channel().canReach({ ...zhang, unionid: 'union-stranger' })).toBe(false);
  expect(await channel().canReach({ ...zhang, unionid: undefined })).toBe(false);
});

test('at the daily cap the send is deferred to the next local midnight, and WeChat is not called', async () => {
  const api = wechatApi().post(STABLE_TOKEN).reply(200, tokenAnswer('oa-token-1')).post(SEND).query(true).times(2).reply(200, ok);
  const capped = channel({ dailyCap: 2 });

  expect(await capped.send(zhang, reminder)).toEqual({ outcome: 'sent' });
  expect(await capped.send(zhang, reminder)).toEqual({ outcome: 'sent' });
  const third = await capped.send(zhang, reminder);

  expect(third).toMatchObject({ outcome: 'deferred', retryAt: new Date('2026-12-10T16:00:00Z') });
  api.done();
  expect(unexpected).toEqual([]);
  const key = `${ctx.config.CACHE_PREFIX}:oa:sent:2026-12-10`;
  expect(await ctx.redis.get(key)).toBe('2');
  expect(await ctx.redis.pttl(key)).toBeGreaterThan(24 * 3600 * 1000);
});

test("WeChat's own daily quota answer (45009) defers to local midnight and stops today's later sends", async () => {
  wechatApi().post(STABLE_TOKEN).reply(200, tokenAnswer('oa-token-1')).post(SEND).query(true).reply(200, { errcode: 45009, errmsg: 'reach max api daily quota limit' });
  const capped = channel({ dailyCap: 50 });

  expect(await capped.send(zhang, reminder)).toMatchObject({ outcome: 'deferred', retryAt: new Date('2026-12-10T16:00:00Z') });
  expect(await capped.send(zhang, reminder)).toMatchObject({ outcome: 'deferred', retryAt: new Date('2026-12-10T16:00:00Z') });
  expect(unexpected).toEqual([]);
});
