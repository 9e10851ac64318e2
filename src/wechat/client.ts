import type { Redis } from 'ioredis';
import { z } from 'zod';
import { systemClock, type Clock } from '../clock';
import type { Config } from '../config';
import { createTokenCalls, stableTokenFetcher } from './token-calls';
import { WechatInvalidRequest, WechatNotConfigured, WechatUnavailable } from './errors';
import { createWechatHttp, type Fetch, type WechatHttp } from './http';
import { silentLogger, type WechatLogger } from './logger';
import { toSubscribePayload, type SubscribeMessage } from './subscribe-message';

export type WechatConfig = Pick<
  Config,
  'WECHAT_API_BASE' | 'WECHAT_APPID' | 'WECHAT_SECRET' | 'WECHAT_HTTP_TIMEOUT_MS' | 'CACHE_PREFIX'
>;

export interface WechatClientDeps {
  config: WechatConfig;
  /** Holds the shared access token and its refresh lock. */
  redis: Redis;
  /** Defaults to silence; the client logs call names, errcodes and timings, never keys or tokens. */
  logger?: WechatLogger;
  /** Defaults to Node's global fetch. */
  fetch?: Fetch;
  /** Decides when a cached token counts as expired. Defaults to the system clock. */
  clock?: Clock;
}

/** What jscode2session gives. `sessionKey` decrypts user data on the server and must never leave it. */
export interface WechatSession {
  openid: string;
  unionid?: string;
  sessionKey: string;
}

export interface WechatClient {
  /** Exchanges a `wx.login` code for the user's identity. */
  code2Session(code: string): Promise<WechatSession>;
  /** The app's access token, shared by every process through Redis. */
  getAccessToken(): Promise<string>;
  /** Sends one subscribe message; spends the user's credit for the template. */
  sendSubscribeMessage(message: SubscribeMessage): Promise<void>;
}

const sessionAnswer = z.object({ openid: z.string().min(1), session_key: z.string().min(1), unionid: z.string().min(1).optional() });

/** The redis key of the app's access token; CACHE_PREFIX keeps deployments (and test files) apart. */
export function accessTokenKey(config: Pick<WechatConfig, 'CACHE_PREFIX' | 'WECHAT_APPID'>): string {
  return `${config.CACHE_PREFIX}:wechat:access_token:${config.WECHAT_APPID}`;
}

export function createWechatClient(deps: WechatClientDeps): WechatClient {
  const { config, redis, logger = silentLogger, clock = systemClock } = deps;
  const timeoutMs = config.WECHAT_HTTP_TIMEOUT_MS;
  const http: WechatHttp = createWechatHttp({
    base: config.WECHAT_API_BASE,
    timeoutMs,
    fetch: deps.fetch ?? globalThis.fetch,
    logger,
  });

  function credentials(): { appid: string; secret: string } {
    if (!config.WECHAT_APPID || !config.WECHAT_SECRET) throw new WechatNotConfigured();
    return { appid: config.WECHAT_APPID, secret: config.WECHAT_SECRET };
  }

  const { tokens, withToken } = createTokenCalls({ redis, key: accessTokenKey(config), fetchToken: stableTokenFetcher(http, credentials), clock, logger, timeoutMs, what: 'WeChat', ready: credentials });

  return {
    async code2Session(code) {
      if (typeof code !== 'string' || code.trim() === '') throw new WechatInvalidRequest('A login code is required');
      const api = '/sns/jscode2session';
      const { appid, secret } = credentials();
      const answer = await http({ method: 'GET', api, query: { appid, secret, js_code: code, grant_type: 'authorization_code' } });
      const parsed = sessionAnswer.safeParse(answer);
      if (!parsed.success) throw new WechatUnavailable(`WeChat ${api}`, 'the answer has no openid or session_key');
      const { openid, unionid, session_key: sessionKey } = parsed.data;
      return unionid === undefined ? { openid, sessionKey } : { openid, unionid, sessionKey };
    },

    async getAccessToken() {
      credentials();
      return tokens.get();
    },

    async sendSubscribeMessage(message) {
      // Validated before a token is fetched, so a bad message costs no call at all.
      const payload = toSubscribePayload(message);
      await withToken((token) =>
        http({ method: 'POST', api: '/cgi-bin/message/subscribe/send', query: { access_token: token }, body: payload }),
      );
    },
  };
}
