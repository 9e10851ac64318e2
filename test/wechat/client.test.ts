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
import { APPID, SECRET, tokenAnswer, useWechatHarness, wechatConfig } from './support/setup';
import { wechatApi } from './support/wechat-api';

const LOGIN = '/sns/jscode2session';
const STABLE_TOKEN = '/cgi-bin/stable_token';
const SEND = '/cgi-bin/message/subscribe/send';

let ctx: TestContext;
const { unexpected } = useWechatHarness(__filename, (h) => ({ ctx } = h));

function client(overrides: Partial<WechatConfig> = {}, deps: Partial<WechatClientDeps> = {}) {
  return createWechatClient({ config: wechatConfig(ctx.config, overrides), redis: ctx.redis, ...deps });
}

const reminder: SubscribeMessage = {
  touser: 'openid-contact-1',
  templateId: 'tmpl-deadline',
  page: 'pages/deadlines/index?campaign=c1',
  miniprogramState: 'trial',
  data: { thing1: '自查自评', time2: '2026年12月1日 17:00', phrase3: '即将截止' },
};

const loginQuery = (code: string) => ({ appid: APPID, secret: SECRET, js_code: code, grant_type: 'authorization_code' });
const tokenRequest = (forceRefresh: boolean) => ({ grant_type: 'client_credential', appid: APPID, secret: SECRET, force_refresh: forceRefresh });
const errcode = (code: number, errmsg = 'from nock') => ({ errcode: code, errmsg });
const ok = { errcode: 0, errmsg: 'ok', msgid: 1 };

describe('code2Session', () => {
  test('sends the app credentials with the login code and returns openid, unionid and session key', async () => {
    const api = wechatApi()
      .get(LOGIN)
      .query(loginQuery('login-code-1'))
      .reply(200, { openid: 'openid-1', unionid: 'unionid-1', session_key: 'key-abc' });

    const session = await client().code2Session('login-code-1');

    expect(session).toEqual({ openid: 'openid-1', unionid: 'unionid-1', sessionKey: 'key-abc' });
    api.done();
  });

  test.each([40029, 40163])('a login code refused with %s is a permanent WechatInvalidCode', async (code) => {
    wechatApi().get(LOGIN).query(true).reply(200, errcode(code, 'invalid code'));

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
    wechatApi().get(LOGIN).query(true).reply(200, { openid: 'openid-1', session_key: 'key-very-private' });

    await client({}, { logger: createLogger({ LOG_LEVEL: 'trace' }, sink) }).code2Session('login-code-1');

    expect(lines.length).toBeGreaterThan(0);
    expect(lines.join('')).not.toMatch(/key-very-private|test-secret|login-code-1/);
  });

  test('an empty login code is refused without a request', async () => {
    await expect(client().code2Session(' ')).rejects.toBeInstanceOf(WechatInvalidRequest);
    expect(unexpected).toEqual([]);
  });
});

describe('sendSubscribeMessage', () => {
  test('posts the message in WeChat field names with the cached access token', async () => {
    const api = wechatApi()
      .post(STABLE_TOKEN)
      .reply(200, tokenAnswer('token-1'))
      .post(SEND, {
        touser: 'openid-contact-1',
        template_id: 'tmpl-deadline',
        page: 'pages/deadlines/index?campaign=c1',
        miniprogram_state: 'trial',
        data: { thing1: { value: '自查自评' }, time2: { value: '2026年12月1日 17:00' }, phrase3: { value: '即将截止' } },
      })
      .query({ access_token: 'token-1' })
      .reply(200, ok);

    await client().sendSubscribeMessage(reminder);

    api.done();
  });

  test('a value over its key type limit is refused before any request', async () => {
    const tooLong = { ...reminder, data: { ...reminder.data, thing1: '和'.repeat(21) } };

    const err = await client().sendSubscribeMessage(tooLong).catch((e: unknown) => e);

    expect(err).toBeInstanceOf(WechatInvalidRequest);
    expect(err).toMatchObject({ status: 400, transient: false, details: [{ path: 'data.thing1', message: 'at most 20 characters' }] });
    expect(unexpected).toEqual([]);
  });

  test.each([
    { code: 45011, Type: WechatRateLimited, status: 429, transient: true },
    { code: -1, Type: WechatBusy, status: 503, transient: true },
    { code: 40226, Type: WechatRiskyUser, status: 403, transient: false },
    { code: 43101, Type: WechatNoSubscription, status: 403, transient: false },
    { code: 48001, Type: WechatApiError, status: 502, transient: false },
  ])('errcode $code from WeChat becomes $Type.name (transient: $transient)', async ({ code, Type, status, transient }) => {
    const api = wechatApi()
      .post(STABLE_TOKEN)
      .reply(200, tokenAnswer('token-1'))
      .post(SEND)
      .query(true)
      .reply(200, errcode(code, `reason ${code}`));

    const err = await client().sendSubscribeMessage(reminder).catch((e: unknown) => e);

    expect(err).toBeInstanceOf(Type);
    expect(err).toMatchObject({ status, transient, errcode: code, errmsg: `reason ${code}` });
    expect(isTransient(err)).toBe(transient);
    api.done();
    expect(unexpected).toEqual([]);
  });

  test('a refused token (40001) is replaced once with force_refresh and the send retried once', async () => {
    // Each answer is tied to its request: a forced refresh first, or a send with the wrong token,
    // leaves an interceptor unused and fails api.done().
    const api = wechatApi()
      .post(STABLE_TOKEN, tokenRequest(false))
      .reply(200, tokenAnswer('token-1'))
      .post(SEND)
      .query({ access_token: 'token-1' })
      .reply(200, errcode(40001, 'invalid credential'))
      .post(STABLE_TOKEN, tokenRequest(true))
      .reply(200, tokenAnswer('token-2'))
      .post(SEND)
      .query({ access_token: 'token-2' })
      .reply(200, ok);
    const wechat = client();

    await wechat.sendSubscribeMessage(reminder);

    api.done();
    await expect(wechat.getAccessToken()).resolves.toBe('token-2');
    expect(unexpected).toEqual([]);
  });

  test('a second refusal in a row surfaces as WechatTokenInvalid after exactly two sends', async () => {
    const api = wechatApi()
      .post(STABLE_TOKEN, tokenRequest(false))
      .reply(200, tokenAnswer('token-1'))
      .post(STABLE_TOKEN, tokenRequest(true))
      .reply(200, tokenAnswer('token-2'))
      .post(SEND)
      .query({ access_token: 'token-1' })
      .reply(200, errcode(40001, 'invalid credential'))
      .post(SEND)
      .query({ access_token: 'token-2' })
      .reply(200, errcode(40001, 'invalid credential'));

    const err = await client().sendSubscribeMessage(reminder).catch((e: unknown) => e);

    expect(err).toBeInstanceOf(WechatTokenInvalid);
    expect(err).toMatchObject({ errcode: 40001, transient: true });
    api.done();
    expect(unexpected).toEqual([]);
  });

  test('concurrent sends refused with the same token share one forced refresh', async () => {
    const api = wechatApi()
      .post(STABLE_TOKEN, tokenRequest(false))
      .reply(200, tokenAnswer('token-1'))
      .post(SEND)
      .query({ access_token: 'token-1' })
      .times(5)
      .reply(200, errcode(42001, 'access_token expired'))
      // Answered late, so every refused send is waiting for this one refresh.
      .post(STABLE_TOKEN, tokenRequest(true))
      .delay(100)
      .reply(200, tokenAnswer('token-2'))
      .post(SEND)
      .query({ access_token: 'token-2' })
      .times(5)
      .reply(200, ok);
    const wechat = client();
    await wechat.getAccessToken();

    await Promise.all(Array.from({ length: 5 }, () => wechat.sendSubscribeMessage(reminder)));

    api.done();
    expect(unexpected).toEqual([]);
  });
});

describe('when WeChat cannot be reached', () => {
  test('no answer within WECHAT_HTTP_TIMEOUT_MS is a transient WechatUnavailable', async () => {
    wechatApi().post(STABLE_TOKEN).delay(60_000).reply(200, tokenAnswer('token-1'));
    const started = Date.now();

    const err = await client({ WECHAT_HTTP_TIMEOUT_MS: 200 }).getAccessToken().catch((e: unknown) => e);

    expect(err).toBeInstanceOf(WechatUnavailable);
    expect(err).toMatchObject({ status: 503, code: 'wechat_unavailable', transient: true });
    expect(Date.now() - started).toBeLessThan(1500);
  });

  test('a refused connection is a transient WechatUnavailable', async () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 203.0.113.10:443'), { code: 'ECONNREFUSED' });
    wechatApi().get(LOGIN).query(true).replyWithError(refused);

    const err = await client().code2Session('login-code-1').catch((e: unknown) => e);

    expect(err).toBeInstanceOf(WechatUnavailable);
    expect(isTransient(err)).toBe(true);
  });

  test('an HTTP error from a proxy in between is a transient WechatUnavailable', async () => {
    wechatApi().get(LOGIN).query(true).reply(502, '<html>Bad Gateway</html>', { 'content-type': 'text/html' });

    await expect(client().code2Session('login-code-1')).rejects.toBeInstanceOf(WechatUnavailable);
  });

  test('an app without appid or secret fails with a permanent WechatNotConfigured and sends nothing', async () => {
    const err = await client({ WECHAT_APPID: '' }).sendSubscribeMessage(reminder).catch((e: unknown) => e);

    expect(err).toBeInstanceOf(WechatNotConfigured);
    expect(isTransient(err)).toBe(false);
    expect(unexpected).toEqual([]);
  });
});
