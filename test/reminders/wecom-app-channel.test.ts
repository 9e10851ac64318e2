import nock from 'nock';
import type { Config } from '../../src/config';
import type { Recipient, ReminderMessage } from '../../src/reminders/channels/types';
import { createWecomAppChannel } from '../../src/reminders/channels/wecom-app';
import { isTransient } from '../../src/wechat/errors';
import { createWecomClient } from '../../src/wechat/wecom';
import { createTestContext, deleteKeys, type TestContext } from '../support/context';
import { useWechatApi } from '../wechat/support/wechat-api';

/** A made-up WECOM_API_BASE: nock answers it, and nothing real could. */
const WECOM_API_BASE = 'https://qyapi.weixin.test';
const CORPID = 'ww-test-corp';
const SECRET = 'wecom-test-secret';
const AGENTID = '1000002';
const GETTOKEN = '/cgi-bin/gettoken';
const SEND = '/cgi-bin/message/send';

const { unexpected } = useWechatApi();
let ctx: TestContext;

beforeAll(async () => {
  // Caps this low keep the pacing tests short; the defaults are 25 a minute and 900 an hour.
  ctx = await createTestContext(__filename, {
    env: { WECOM_API_BASE, WECOM_CORPID: CORPID, WECOM_SECRET: SECRET, WECOM_AGENTID: AGENTID, WECOM_PER_MINUTE: '3', WECOM_PER_HOUR: '5' },
  });
});
afterAll(async () => {
  await ctx.close();
});
beforeEach(async () => {
  await deleteKeys(ctx.workerRedis, `${ctx.config.CACHE_PREFIX}:*`);
  ctx.clock.set(new Date('2026-12-09T02:00:20Z'));
});

const wecomApi = () => nock(WECOM_API_BASE);

function channel(config: Partial<Config> = {}) {
  const merged = { ...ctx.config, ...config };
  return createWecomAppChannel({ config: merged, wecom: createWecomClient({ config: merged, redis: ctx.redis, clock: ctx.clock }), redis: ctx.redis, clock: ctx.clock });
}

const wang: Recipient = { key: 'staff:s1', personType: 'staff', personId: 's1', name: '王五', wecomUserId: 'wangwu' };
const li: Recipient = { key: 'staff:s2', personType: 'staff', personId: 's2', name: '李四', wecomUserId: 'lisi' };

const reminder: ReminderMessage = {
  key: 'reminder:app1:self_assessment:1d:staff:s1',
  text: '【和谐企业】辖区内3家企业的自查自评将于明天 17:00截止，尚未提交。',
  title: '自查自评截止提醒',
  stageName: '自查自评',
  deadline: new Date('2026-12-10T09:00:00Z'),
  deadlineText: '2026年12月10日 17:00',
  note: '明天截止',
  page: 'pages/deadlines/index?campaign=c1',
};

const tokenQuery = { corpid: CORPID, corpsecret: SECRET };
const tokenAnswer = (token: string) => ({ errcode: 0, errmsg: 'ok', access_token: token, expires_in: 7200 });
const ok = { errcode: 0, errmsg: 'ok', invaliduser: '', msgid: 'msg-1' };

/** A token and `times` accepted sends. */
function acceptSends(times: number) {
  return wecomApi().get(GETTOKEN).query(tokenQuery).reply(200, tokenAnswer('wecom-token-1')).post(SEND).query({ access_token: 'wecom-token-1' }).times(times).reply(200, ok);
}

test('sends the text to the member as a text app message', async () => {
  const api = wecomApi()
    .get(GETTOKEN)
    .query(tokenQuery)
    .reply(200, tokenAnswer('wecom-token-1'))
    .post(SEND, { touser: 'wangwu', msgtype: 'text', agentid: 1000002, text: { content: reminder.text } })
    .query({ access_token: 'wecom-token-1' })
    .reply(200, ok);

  expect(await channel().send(wang, reminder)).toEqual({ outcome: 'sent' });
  api.done();
});

test('a text over 2048 bytes is cut between characters and marked with an ellipsis', async () => {
  let content = '';
  wecomApi()
    .get(GETTOKEN)
    .query(true)
    .reply(200, tokenAnswer('wecom-token-1'))
    .post(SEND, (body: { text: { content: string } }) => {
      content = body.text.content;
      return true;
    })
    .query(true)
    .reply(200, ok);

  expect(await channel().send(wang, { ...reminder, text: '和'.repeat(1000) })).toEqual({ outcome: 'sent' });

  // 681 characters of 3 bytes and the 3-byte '…' make 2046; one more character would pass 2048.
  expect(content).toBe(`${'和'.repeat(681)}…`);
  expect(Buffer.byteLength(content, 'utf8')).toBeLessThanOrEqual(2048);
});

test('a refused token (42001) is replaced and the send retried once', async () => {
  const api = wecomApi()
    .get(GETTOKEN)
    .query(tokenQuery)
    .reply(200, tokenAnswer('wecom-token-stale'))
    .post(SEND)
    .query({ access_token: 'wecom-token-stale' })
    .reply(200, { errcode: 42001, errmsg: 'access_token expired' })
    .get(GETTOKEN)
    .query(tokenQuery)
    .reply(200, tokenAnswer('wecom-token-fresh'))
    .post(SEND)
    .query({ access_token: 'wecom-token-fresh' })
    .reply(200, ok);

  expect(await channel().send(wang, reminder)).toEqual({ outcome: 'sent' });
  api.done();
  expect(unexpected).toEqual([]);
});

test('a member WeCom lists in invaliduser is a permanent failure', async () => {
  wecomApi().get(GETTOKEN).query(true).reply(200, tokenAnswer('wecom-token-1')).post(SEND).query(true).reply(200, { ...ok, invaliduser: 'wangwu' });

  expect(await channel().send(wang, reminder)).toEqual({ outcome: 'failed', errcode: 81013, reason: expect.stringContaining('wangwu') });
});

test('a refusal for good (60020, IP not allowed) is a failure with the errcode', async () => {
  wecomApi().get(GETTOKEN).query(true).reply(200, tokenAnswer('wecom-token-1')).post(SEND).query(true).reply(200, { errcode: 60020, errmsg: 'not allow to access from your ip' });

  expect(await channel().send(wang, reminder)).toEqual({ outcome: 'failed', errcode: 60020, reason: expect.stringContaining('60020') });
});

test('WeCom being busy (-1) is thrown as a transient error', async () => {
  wecomApi().get(GETTOKEN).query(true).reply(200, tokenAnswer('wecom-token-1')).post(SEND).query(true).reply(200, { errcode: -1, errmsg: 'system busy' });

  const err = await channel().send(wang, reminder).catch((e: unknown) => e);

  expect(isTransient(err)).toBe(true);
});

test('without an agentid the channel is not configured: canReach is false and nothing is sent', async () => {
  const unconfigured = channel({ WECOM_AGENTID: '' });

  expect(await unconfigured.canReach(wang)).toBe(false);
  expect(await unconfigured.send(wang, reminder)).toMatchObject({ outcome: 'failed' });
  expect(unexpected).toEqual([]);
});

test('a recipient without a WeCom userid cannot be reached', async () => {
  expect(await channel().canReach(wang)).toBe(true);
  expect(await channel().canReach({ ...wang, wecomUserId: undefined })).toBe(false);
});

test('past the per-minute cap the next message is deferred to the next minute, and WeCom is not called', async () => {
  const api = acceptSends(3);
  const wecom = channel();

  for (let i = 0; i < 3; i++) expect(await wecom.send(wang, reminder)).toEqual({ outcome: 'sent' });
  const fourth = await wecom.send(wang, reminder);

  expect(fourth).toMatchObject({ outcome: 'deferred', retryAt: new Date('2026-12-09T02:01:00Z') });
  api.done();
  expect(unexpected).toEqual([]);
});

test("one member's full minute does not hold back another member", async () => {
  const api = acceptSends(4);
  const wecom = channel();

  for (let i = 0; i < 3; i++) await wecom.send(wang, reminder);

  expect(await wecom.send(li, reminder)).toEqual({ outcome: 'sent' });
  api.done();
});

test('past the per-hour cap the next message is deferred to the next hour, and WeCom is not called', async () => {
  const api = acceptSends(5);
  const wecom = channel();

  for (let i = 0; i < 3; i++) expect(await wecom.send(wang, reminder)).toEqual({ outcome: 'sent' });
  ctx.clock.set(new Date('2026-12-09T02:01:05Z'));
  for (let i = 0; i < 2; i++) expect(await wecom.send(wang, reminder)).toEqual({ outcome: 'sent' });
  const sixth = await wecom.send(wang, reminder);

  expect(sixth).toMatchObject({ outcome: 'deferred', retryAt: new Date('2026-12-09T03:00:00Z') });
  api.done();
  expect(unexpected).toEqual([]);
});

test("a refusal for a full hour gives the minute's slot back, so the counts stay as they were", async () => {
  acceptSends(5);
  const wecom = channel();
  for (let i = 0; i < 3; i++) await wecom.send(wang, reminder);
  ctx.clock.set(new Date('2026-12-09T02:01:05Z'));
  for (let i = 0; i < 2; i++) await wecom.send(wang, reminder);

  for (let i = 0; i < 3; i++) expect(await wecom.send(wang, reminder)).toMatchObject({ outcome: 'deferred' });

  const base = `${ctx.config.CACHE_PREFIX}:wecom:sent:wangwu`;
  expect(await ctx.redis.get(`${base}:m:${Date.parse('2026-12-09T02:01:00Z')}`)).toBe('2');
  expect(await ctx.redis.get(`${base}:h:${Date.parse('2026-12-09T02:00:00Z')}`)).toBe('5');
});
