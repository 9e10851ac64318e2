import { Writable } from 'node:stream';
import { createLogger } from '../../src/logger';
import {
  createWechatClient,
  isTransient,
  WechatApiError,
  WechatBusy,
  WechatInvalidCode,
  WechatInvalidRequest,
  WechatNoSubscription,
  WechatNotConfigured,
  WechatRateLimited,
  WechatRiskyUser,
  WechatTokenInvalid,
  WechatUnavailable,
  type SubscribeMessage,
  type WechatClientDeps,
  type WechatConfig,
} from '../../src/wechat';
import type { TestContext } from '../support/context';
import { FakeWechat, type SeenRequest } from './support/fake-wechat';
import { APPID, SECRET, tokenReply, useWechatHarness, wechatConfig } from './support/setup';

const LOGIN = '/sns/jscode2session';
const STABLE_TOKEN = '/cgi-bin/stable_token';
const SEND = '/cgi-bin/message/subscribe/send';

let ctx: TestContext;
let fake: FakeWechat;
useWechatHarness(__filename, (h) => ({ ctx, fake } = h));

function client(overrides: Partial<WechatConfig> = {}, deps: Partial<WechatClientDeps> = {}) {
  return createWechatClient({ config: wechatConfig(ctx.config, fake, overrides), redis: ctx.redis, ...deps });
}

const reminder: SubscribeMessage = {
  touser: 'openid-contact-1',
  templateId: 'tmpl-deadline',
  page: 'pages/deadlines/index?campaign=c1',
  miniprogramState: 'trial',
  data: { thing1: '自查自评', time2: '2026年12月1日 17:00', phrase3: '即将截止' },
};

const errcode = (code: number, errmsg = 'from the fake') => ({ json: { errcode: code, errmsg } });
const ok = { json: { errcode: 0, errmsg: 'ok', msgid: 1 } };
const byToken = (answers: Record<string, ReturnType<typeof errcode> | typeof ok>) => (req: SeenRequest) =>
  answers[req.query.access_token] ?? errcode(40014, 'unexpected token');

describe('code2Session', () => {
  test('sends the app credentials with the login code and returns openid, unionid and session key', async () => {
    fake.expect('GET', LOGIN, { json: { openid: 'openid-1', unionid: 'unionid-1', session_key: 'key-abc' } });

    const session = await client().code2Session('login-code-1');

    expect(session).toEqual({ openid: 'openid-1', unionid: 'unionid-1', sessionKey: 'key-abc' });
    expect(fake.calls(LOGIN)[0].query).toEqual({ appid: APPID, secret: SECRET, js_code: 'login-code-1', grant_type: 'authorization_code' });
  });

  test.each([40029, 40163])('a login code refused with %s is a permanent WechatInvalidCode', async (code) => {
    fake.expect('GET', LOGIN, errcode(code, 'invalid code'));

    const err = await client().code2Session('stale-code').catch((e: unknown) => e);

    expect(err).toBeInstanceOf(WechatInvalidCode);
    expect(err).toMatchObject({ status: 400, code: 'wechat_invalid_code', errcode: code, transient: false });
  });

  test('neither the session key nor the secret reaches the logs', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    fake.expect('GET', LOGIN, { json: { openid: 'openid-1', session_key: 'key-very-private' } });

    await client({}, { logger: createLogger({ LOG_LEVEL: 'trace' }, sink) }).code2Session('login-code-1');

    expect(lines.length).toBeGreaterThan(0);
    expect(lines.join('')).not.toMatch(/key-very-private|test-secret|login-code-1/);
  });

  test('an empty login code is refused without a request', async () => {
    await expect(client().code2Session(' ')).rejects.toBeInstanceOf(WechatInvalidRequest);
    expect(fake.requests).toHaveLength(0);
  });
});

describe('sendSubscribeMessage', () => {
  test('posts the message in WeChat field names with the cached access token', async () => {
    fake.expect('POST', STABLE_TOKEN, tokenReply('token-1')).expect('POST', SEND, ok);

    await client().sendSubscribeMessage(reminder);

    const [send] = fake.calls(SEND);
    expect(send.query).toEqual({ access_token: 'token-1' });
    expect(send.body).toEqual({
      touser: 'openid-contact-1',
      template_id: 'tmpl-deadline',
      page: 'pages/deadlines/index?campaign=c1',
      miniprogram_state: 'trial',
      data: { thing1: { value: '自查自评' }, time2: { value: '2026年12月1日 17:00' }, phrase3: { value: '即将截止' } },
    });
    expect(fake.isDone()).toBe(true);
  });

  test('a value over its key type limit is refused before any request', async () => {
    const tooLong = { ...reminder, data: { ...reminder.data, thing1: '和'.repeat(21) } };

    const err = await client().sendSubscribeMessage(tooLong).catch((e: unknown) => e);

    expect(err).toBeInstanceOf(WechatInvalidRequest);
    expect(err).toMatchObject({ status: 400, transient: false, details: [{ path: 'data.thing1', message: 'at most 20 characters' }] });
    expect(fake.requests).toHaveLength(0);
  });

  test.each([
    { code: 45011, Type: WechatRateLimited, status: 429, transient: true },
    { code: -1, Type: WechatBusy, status: 503, transient: true },
    { code: 40226, Type: WechatRiskyUser, status: 403, transient: false },
    { code: 43101, Type: WechatNoSubscription, status: 403, transient: false },
    { code: 48001, Type: WechatApiError, status: 502, transient: false },
  ])('errcode $code from WeChat becomes $Type.name (transient: $transient)', async ({ code, Type, status, transient }) => {
    fake.expect('POST', STABLE_TOKEN, tokenReply('token-1')).expect('POST', SEND, errcode(code, `reason ${code}`));

    const err = await client().sendSubscribeMessage(reminder).catch((e: unknown) => e);

    expect(err).toBeInstanceOf(Type);
    expect(err).toMatchObject({ status, transient, errcode: code, errmsg: `reason ${code}` });
    expect(isTransient(err)).toBe(transient);
    expect(fake.calls(SEND)).toHaveLength(1);
  });

  test('a refused token (40001) is replaced once with force_refresh and the send retried once', async () => {
    fake
      .expect('POST', STABLE_TOKEN, tokenReply('token-1'))
      .expect('POST', STABLE_TOKEN, tokenReply('token-2'))
      .expect('POST', SEND, byToken({ 'token-1': errcode(40001, 'invalid credential'), 'token-2': ok }), 2);
    const wechat = client();

    await wechat.sendSubscribeMessage(reminder);

    expect(fake.calls(STABLE_TOKEN).map((r) => (r.body as { force_refresh: boolean }).force_refresh)).toEqual([false, true]);
    expect(fake.calls(SEND).map((r) => r.query.access_token)).toEqual(['token-1', 'token-2']);
    expect(fake.isDone()).toBe(true);
    await expect(wechat.getAccessToken()).resolves.toBe('token-2');
    expect(fake.requests).toHaveLength(4);
  });

  test('a second refusal in a row surfaces as WechatTokenInvalid after exactly two sends', async () => {
    fake
      .expect('POST', STABLE_TOKEN, tokenReply('token-1'))
      .expect('POST', STABLE_TOKEN, tokenReply('token-2'))
      .expect('POST', SEND, errcode(40001, 'invalid credential'), 2);

    const err = await client().sendSubscribeMessage(reminder).catch((e: unknown) => e);

    expect(err).toBeInstanceOf(WechatTokenInvalid);
    expect(err).toMatchObject({ errcode: 40001, transient: true });
    expect(fake.calls(SEND)).toHaveLength(2);
    expect(fake.calls(STABLE_TOKEN)).toHaveLength(2);
    expect(fake.unmatched).toEqual([]);
  });

  test('concurrent sends refused with the same token share one forced refresh', async () => {
    fake
      .expect('POST', STABLE_TOKEN, tokenReply('token-1'))
      .expect('POST', STABLE_TOKEN, tokenReply('token-2', 7200, 100))
      .expect('POST', SEND, byToken({ 'token-1': errcode(42001, 'access_token expired'), 'token-2': ok }), 10);
    const wechat = client();
    await wechat.getAccessToken();

    await Promise.all(Array.from({ length: 5 }, () => wechat.sendSubscribeMessage(reminder)));

    expect(fake.calls(STABLE_TOKEN)).toHaveLength(2);
    expect(fake.calls(SEND)).toHaveLength(10);
    expect(fake.isDone()).toBe(true);
  });
});

describe('when WeChat cannot be reached', () => {
  test('no answer within WECHAT_HTTP_TIMEOUT_MS is a transient WechatUnavailable', async () => {
    fake.expect('POST', STABLE_TOKEN, { hang: true });
    const started = Date.now();

    const err = await client({ WECHAT_HTTP_TIMEOUT_MS: 200 }).getAccessToken().catch((e: unknown) => e);

    expect(err).toBeInstanceOf(WechatUnavailable);
    expect(err).toMatchObject({ status: 503, code: 'wechat_unavailable', transient: true });
    expect(Date.now() - started).toBeLessThan(1500);
  });

  test('a refused connection is a transient WechatUnavailable', async () => {
    const err = await client({ WECHAT_API_BASE: 'http://127.0.0.1:1' }).code2Session('login-code-1').catch((e: unknown) => e);

    expect(err).toBeInstanceOf(WechatUnavailable);
    expect(isTransient(err)).toBe(true);
  });

  test('an HTTP error from a proxy in between is a transient WechatUnavailable', async () => {
    fake.expect('GET', LOGIN, { status: 502, raw: '<html>Bad Gateway</html>' });

    await expect(client().code2Session('login-code-1')).rejects.toBeInstanceOf(WechatUnavailable);
  });

  test('an app without appid or secret fails with a permanent WechatNotConfigured and sends nothing', async () => {
    const err = await client({ WECHAT_APPID: '' }).sendSubscribeMessage(reminder).catch((e: unknown) => e);

    expect(err).toBeInstanceOf(WechatNotConfigured);
    expect(isTransient(err)).toBe(false);
    expect(fake.requests).toHaveLength(0);
  });
});
