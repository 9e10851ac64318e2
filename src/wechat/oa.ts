import type { Redis } from 'ioredis';
import { z } from 'zod';
import { systemClock, type Clock } from '../clock';
import type { Config } from '../config';
import { createTokenCalls, stableTokenFetcher } from './token-calls';
import { WechatInvalidRequest, WechatNotConfigured } from './errors';
import { createWechatHttp, type Fetch } from './http';
import { silentLogger, type WechatLogger } from './logger';

export type OaConfig = Pick<
  Config,
  'WECHAT_API_BASE' | 'WECHAT_OA_APPID' | 'WECHAT_OA_SECRET' | 'WECHAT_HTTP_TIMEOUT_MS' | 'CACHE_PREFIX'
>;

export interface OaClientDeps {
  config: OaConfig;
  /** Holds the Official Account's access token and its refresh lock (apart from the mini-program's). */
  redis: Redis;
  /** Defaults to silence; logs call names, errcodes and timings, never secrets or tokens. */
  logger?: WechatLogger;
  /** Defaults to Node's global fetch. */
  fetch?: Fetch;
  /** Decides when a cached token counts as expired. Defaults to the system clock. */
  clock?: Clock;
}

/** A template message (模板消息) as callers write it; `data` maps template keys (thing1, time3…) to values. */
export interface TemplateMessage {
  /** The recipient's openid under the Official Account (not the mini-program's). */
  touser: string;
  templateId: string;
  /** A web page opened from the notice. */
  url?: string;
  /** A mini-program page opened from the notice; WeChat prefers it to `url` where the client can open it. */
  miniprogram?: { appid: string; pagepath: string };
  data: Record<string, string>;
}

/** The body of POST /cgi-bin/message/template/send. */
export interface TemplatePayload {
  touser: string;
  template_id: string;
  url?: string;
  miniprogram?: { appid: string; pagepath: string };
  data: Record<string, { value: string }>;
}

export interface OaClient {
  /** The Official Account's access token, shared by every process through Redis. */
  getAccessToken(): Promise<string>;
  /** Sends one template message; a non-zero errcode is thrown as its typed WeChat error. */
  sendTemplateMessage(message: TemplateMessage): Promise<void>;
  /** A follower's unionid (GET /cgi-bin/user/info): follow pushes do not carry it. Null when WeChat gives none. */
  unionidOf(openid: string): Promise<string | null>;
}


const messageSchema = z.object({
  touser: z.string().trim().min(1),
  templateId: z.string().trim().min(1),
  url: z.string().min(1).optional(),
  miniprogram: z.object({ appid: z.string().min(1), pagepath: z.string().min(1) }).optional(),
  data: z.record(z.string(), z.string()).refine((data) => Object.keys(data).length > 0, 'at least one field'),
});

/** The Redis key of the Official Account's token: its own appid, so it never meets the mini-program's. */
export function oaAccessTokenKey(config: Pick<OaConfig, 'CACHE_PREFIX' | 'WECHAT_OA_APPID'>): string {
  return `${config.CACHE_PREFIX}:wechat:access_token:${config.WECHAT_OA_APPID}`;
}

/** The payload WeChat expects, or WechatInvalidRequest naming what is missing. */
export function toTemplatePayload(message: TemplateMessage): TemplatePayload {
  const parsed = messageSchema.safeParse(message);
  if (!parsed.success) {
    throw new WechatInvalidRequest(
      'The template message is incomplete',
      parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
    );
  }
  const { touser, templateId, url, miniprogram, data } = parsed.data;
  return {
    touser,
    template_id: templateId,
    ...(url === undefined ? {} : { url }),
    ...(miniprogram === undefined ? {} : { miniprogram }),
    data: Object.fromEntries(Object.entries(data).map(([key, value]) => [key, { value }])),
  };
}

function notConfigured(): WechatNotConfigured {
  const err = new WechatNotConfigured();
  err.message = 'The Official Account is not configured: set WECHAT_OA_APPID and WECHAT_OA_SECRET';
  return err;
}

/** The Official Account (服务号) API: the same WeChat host and errcodes as the mini-program, its own credentials and token. */
export function createOaClient(deps: OaClientDeps): OaClient {
  const { config, redis, logger = silentLogger, clock = systemClock } = deps;
  const timeoutMs = config.WECHAT_HTTP_TIMEOUT_MS;
  const http = createWechatHttp({ base: config.WECHAT_API_BASE, timeoutMs, fetch: deps.fetch ?? globalThis.fetch, logger });

  function credentials(): { appid: string; secret: string } {
    if (!config.WECHAT_OA_APPID || !config.WECHAT_OA_SECRET) throw notConfigured();
    return { appid: config.WECHAT_OA_APPID, secret: config.WECHAT_OA_SECRET };
  }

  const { tokens, withToken } = createTokenCalls({ redis, key: oaAccessTokenKey(config), fetchToken: stableTokenFetcher(http, credentials), clock, logger, timeoutMs, what: 'WeChat (Official Account)', ready: credentials });

  return {
    async getAccessToken() {
      credentials();
      return tokens.get();
    },

    async sendTemplateMessage(message) {
      const payload = toTemplatePayload(message);
      await withToken((token) =>
        http({ method: 'POST', api: '/cgi-bin/message/template/send', query: { access_token: token }, body: payload }),
      );
    },

    async unionidOf(openid) {
      const answer = await withToken((token) => http({ method: 'GET', api: '/cgi-bin/user/info', query: { access_token: token, openid, lang: 'zh_CN' } }));
      return typeof answer.unionid === 'string' && answer.unionid ? answer.unionid : null;
    },
  };
}
