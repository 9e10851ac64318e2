import { ManualClock } from '../../src/clock';
import { createRedis } from '../../src/redis';
import { accessTokenKey, createWechatClient, WechatUnavailable, type WechatConfig } from '../../src/wechat';
import { redisReady, type TestContext } from '../support/context';
import { APPID, SECRET, tokenAnswer, useWechatHarness, wechatConfig } from './support/setup';
import { wechatApi } from './support/wechat-api';

const STABLE_TOKEN = '/cgi-bin/stable_token';
const tokenRequest = { grant_type: 'client_credential', appid: APPID, secret: SECRET, force_refresh: false };

let ctx: TestContext;
const { unexpected } = useWechatHarness(__filename, (h) => ({ ctx } = h));

function config(overrides: Partial<WechatConfig> = {}): WechatConfig {
  return wechatConfig(ctx.config, overrides);
}

describe('the access token', () => {
  test('is asked for with the app credentials and force_refresh off', async () => {
    const api = wechatApi().post(STABLE_TOKEN, tokenRequest).reply(200, tokenAnswer('token-1'));
    const client = createWechatClient({ config: config(), redis: ctx.redis });

    await expect(client.getAccessToken()).resolves.toBe('token-1');

    api.done();
  });

  test('once fetched, is served from Redis without another request', async () => {
    wechatApi().post(STABLE_TOKEN).reply(200, tokenAnswer('token-1'));
    const client = createWechatClient({ config: config(), redis: ctx.redis });

    await client.getAccessToken();
    await expect(client.getAccessToken()).resolves.toBe('token-1');

    expect(unexpected).toEqual([]);
  });

  test('is kept under the CACHE_PREFIX namespace until five minutes before it expires', async () => {
    wechatApi().post(STABLE_TOKEN).reply(200, tokenAnswer('token-1'));
    const cfg = config();
    await createWechatClient({ config: cfg, redis: ctx.redis }).getAccessToken();

    const key = accessTokenKey(cfg);
    expect(key).toBe(`${ctx.config.CACHE_PREFIX}:wechat:access_token:${APPID}`);
    const ttl = await ctx.redis.pttl(key);
    expect(ttl).toBeGreaterThan((7200 - 300) * 1000 - 5000);
    expect(ttl).toBeLessThanOrEqual((7200 - 300) * 1000);
  });

  test('20 concurrent callers in one process cause exactly one fetch', async () => {
    // Answered late, so all 20 callers ask while the fetch is still out.
    const api = wechatApi().post(STABLE_TOKEN).delay(100).reply(200, tokenAnswer('token-1'));
    const client = createWechatClient({ config: config(), redis: ctx.redis });

    const tokens = await Promise.all(Array.from({ length: 20 }, () => client.getAccessToken()));

    expect(new Set(tokens)).toEqual(new Set(['token-1']));
    api.done();
    expect(unexpected).toEqual([]);
  });

  test('two processes with their own Redis connections share one fetch', async () => {
    // The second "process" is a second client over its own Redis connection: the only thing the
    // processes share is Redis, and nock serves both clients' fetches alike.
    const otherRedis = createRedis(ctx.config.REDIS_URL, 'request');
    try {
      await redisReady(otherRedis);
      const api = wechatApi().post(STABLE_TOKEN).delay(200).reply(200, tokenAnswer('token-1'));
      const first = createWechatClient({ config: config(), redis: ctx.redis });
      const second = createWechatClient({ config: config(), redis: otherRedis });

      const tokens = await Promise.all(
        Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? first : second).getAccessToken()),
      );

      expect(new Set(tokens)).toEqual(new Set(['token-1']));
      api.done();
      expect(unexpected).toEqual([]);
    } finally {
      otherRedis.disconnect();
    }
  });

  test('is used until five minutes before it expires, then replaced', async () => {
    const clock = new ManualClock(new Date('2026-11-26T02:00:00Z'));
    const api = wechatApi()
      .post(STABLE_TOKEN, tokenRequest)
      .reply(200, tokenAnswer('token-1'))
      .post(STABLE_TOKEN, tokenRequest)
      .reply(200, tokenAnswer('token-2'));
    const client = createWechatClient({ config: config(), redis: ctx.redis, clock });

    await expect(client.getAccessToken()).resolves.toBe('token-1');
    clock.advance((7200 - 301) * 1000);
    await expect(client.getAccessToken()).resolves.toBe('token-1');
    expect(api.pendingMocks()).toHaveLength(1);

    clock.advance(2000);
    await expect(client.getAccessToken()).resolves.toBe('token-2');
    api.done();
  });

  test('a refresh lock left by a crashed process delays the fetch only until the lock lapses', async () => {
    const cfg = config();
    await ctx.redis.set(`${accessTokenKey(cfg)}:lock`, 'crashed-process', 'PX', 400);
    const api = wechatApi().post(STABLE_TOKEN).reply(200, tokenAnswer('token-1'));
    const started = Date.now();

    await expect(createWechatClient({ config: cfg, redis: ctx.redis }).getAccessToken()).resolves.toBe('token-1');

    expect(Date.now() - started).toBeGreaterThanOrEqual(350);
    api.done();
  });

  test('a caller gives up with a transient WechatUnavailable when the lock is never freed', async () => {
    const cfg = config({ WECHAT_HTTP_TIMEOUT_MS: 100 });
    await ctx.redis.set(`${accessTokenKey(cfg)}:lock`, 'stuck-process', 'PX', 60_000);
    const started = Date.now();

    const err = await createWechatClient({ config: cfg, redis: ctx.redis }).getAccessToken().catch((e: unknown) => e);

    expect(err).toBeInstanceOf(WechatUnavailable);
    expect((err as WechatUnavailable).transient).toBe(true);
    // The wait is bounded: lock TTL (timeout + 1 s) + one timeout + 1 s, here 2.2 s.
    expect(Date.now() - started).toBeLessThan(4000);
    expect(unexpected).toEqual([]);
  });
});
