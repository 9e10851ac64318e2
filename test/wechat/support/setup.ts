import { once } from 'node:events';
import type { Redis } from 'ioredis';
import type { Config } from '../../../src/config';
import type { WechatConfig } from '../../../src/wechat';
import type { FakeWechat } from './fake-wechat';

export const APPID = 'wx-test-app';
export const SECRET = 'test-secret';

/** The client settings for a test: its own key prefix from the test context, the fake as the API. */
export function wechatConfig(config: Config, fake: FakeWechat, overrides: Partial<WechatConfig> = {}): WechatConfig {
  return {
    QUEUE_PREFIX: config.QUEUE_PREFIX,
    WECHAT_HTTP_TIMEOUT_MS: config.WECHAT_HTTP_TIMEOUT_MS,
    WECHAT_API_BASE: fake.base,
    WECHAT_APPID: APPID,
    WECHAT_SECRET: SECRET,
    ...overrides,
  };
}

/** Request-path clients refuse commands until connected (no offline queue), so a test waits for that. */
export async function redisReady(redis: Redis): Promise<void> {
  if (redis.status !== 'ready') await once(redis, 'ready');
}

/** A stable_token answer as WeChat gives it. */
export function tokenReply(token: string, expiresIn = 7200, delayMs = 0) {
  return { json: { access_token: token, expires_in: expiresIn }, delayMs };
}
