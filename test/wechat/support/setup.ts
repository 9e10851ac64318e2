import type { Config } from '../../../src/config';
import type { WechatConfig } from '../../../src/wechat';
import { createTestContext, deleteKeys, type TestContext } from '../../support/context';
import { useWechatApi, WECHAT_API_BASE } from './wechat-api';

export const APPID = 'wx-test-app';
export const SECRET = 'test-secret';

/** The client settings for a test: its own key prefix from the test context, nock's base as the API. */
export function wechatConfig(config: Config, overrides: Partial<WechatConfig> = {}): WechatConfig {
  return {
    CACHE_PREFIX: config.CACHE_PREFIX,
    WECHAT_HTTP_TIMEOUT_MS: config.WECHAT_HTTP_TIMEOUT_MS,
    WECHAT_API_BASE,
    WECHAT_APPID: APPID,
    WECHAT_SECRET: SECRET,
    ...overrides,
  };
}

/**
 * The test file's context and nock-faked WeChat API, with the hooks every WeChat client test
 * needs: no interceptors and no cached token before each test. `use` receives the context once it
 * exists; `unexpected` lists the requests of the current test that no interceptor answered.
 */
export function useWechatHarness(testFile: string, use: (harness: { ctx: TestContext }) => void): { unexpected: string[] } {
  let ctx: TestContext;
  const api = useWechatApi();
  beforeAll(async () => {
    ctx = await createTestContext(testFile);
    use({ ctx });
  });
  afterAll(async () => {
    await ctx.close();
  });
  beforeEach(async () => {
    await deleteKeys(ctx.workerRedis, `${ctx.config.CACHE_PREFIX}:wechat:*`);
  });
  return api;
}

/** A stable_token answer as WeChat gives it. */
export function tokenAnswer(token: string, expiresIn = 7200) {
  return { access_token: token, expires_in: expiresIn };
}
