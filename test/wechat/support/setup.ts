import type { Config } from '../../../src/config';
import type { WechatConfig } from '../../../src/wechat';
import { createTestContext, deleteKeys, type TestContext } from '../../support/context';
import { FakeWechat } from './fake-wechat';

export const APPID = 'wx-test-app';
export const SECRET = 'test-secret';

/** The client settings for a test: its own key prefix from the test context, the fake as the API. */
export function wechatConfig(config: Config, fake: FakeWechat, overrides: Partial<WechatConfig> = {}): WechatConfig {
  return {
    CACHE_PREFIX: config.CACHE_PREFIX,
    WECHAT_HTTP_TIMEOUT_MS: config.WECHAT_HTTP_TIMEOUT_MS,
    WECHAT_API_BASE: fake.base,
    WECHAT_APPID: APPID,
    WECHAT_SECRET: SECRET,
    ...overrides,
  };
}

/**
 * The test file's context and fake WeChat, with the hooks every WeChat client test needs: a clean
 * fake and no cached token before each test. `use` receives them once they exist.
 */
export function useWechatHarness(testFile: string, use: (harness: { ctx: TestContext; fake: FakeWechat }) => void): void {
  let ctx: TestContext;
  let fake: FakeWechat;
  beforeAll(async () => {
    ctx = await createTestContext(testFile);
    fake = await FakeWechat.start();
    use({ ctx, fake });
  });
  afterAll(async () => {
    await fake.close();
    await ctx.close();
  });
  beforeEach(async () => {
    fake.reset();
    await deleteKeys(ctx.workerRedis, `${ctx.config.CACHE_PREFIX}:wechat:*`);
  });
}

/** A stable_token answer as WeChat gives it. */
export function tokenReply(token: string, expiresIn = 7200, delayMs = 0) {
  return { json: { access_token: token, expires_in: expiresIn }, delayMs };
}
