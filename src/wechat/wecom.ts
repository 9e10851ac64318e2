import type { Redis } from 'ioredis';
import { z } from 'zod';
import { systemClock, type Clock } from '../clock';
import type { Config } from '../config';
import type { FetchedToken } from './access-token';
import { createTokenCalls, tokenFrom } from './token-calls';
import {
  isWechatError,
  WechatApiError,
  WechatInvalidRequest,
  WechatNotConfigured,
  WechatRateLimited,
  type WechatAnswer,
  type WechatFailure,
} from './errors';
import { createWechatHttp, type Fetch, type WechatRequest } from './http';
import { silentLogger, type WechatLogger } from './logger';

export type WecomConfig = Pick<
  Config,
  'WECOM_API_BASE' | 'WECOM_CORPID' | 'WECOM_SECRET' | 'WECOM_AGENTID' | 'WECHAT_HTTP_TIMEOUT_MS' | 'CACHE_PREFIX'
>;

export interface WecomClientDeps {
  config: WecomConfig;
  /** Holds the app's access token and its refresh lock. */
  redis: Redis;
  /** Defaults to silence; logs call names, errcodes and timings, never secrets or tokens. */
  logger?: WechatLogger;
  /** Defaults to Node's global fetch. */
  fetch?: Fetch;
  /** Decides when a cached token counts as expired. Defaults to the system clock. */
  clock?: Clock;
}

/** A text app message (应用消息) to one member. */
export interface AppMessage {
  /** The member's WeCom userid. */
  touser: string;
  /** The app's agentid (WECOM_AGENTID). */
  agentid: number | string;
  /** At most 2048 bytes of UTF-8; WeCom cuts longer text itself. */
  text: string;
}

export interface WecomClient {
  getAccessToken(): Promise<string>;
  /** Sends one text message; refusals are thrown as typed WeChat errors (WecomUserUnreachable when the member cannot get it). */
  sendAppMessage(message: AppMessage): Promise<void>;
}

/** WeCom's "no valid recipient" errcode (81013), also used when the answer is 0 but names our member invalid. */
export const WECOM_NO_VALID_RECIPIENT = 81013;

/**
 * The member is not reachable by this app (unknown userid, left the company, outside the app's
 * visible range, no licence): the message went nowhere, and sending again cannot change that.
 */
export class WecomUserUnreachable extends WechatApiError {}


/** Ids WeCom lists as not served, `a|b|c`; empty or absent when everyone got the message. */
const listed = (value: unknown): string[] => (typeof value === 'string' ? value.split('|').filter(Boolean) : []);

const messageSchema = z.object({
  // One member: '|' would make it a list, and a reminder is for one person.
  touser: z.string().trim().regex(/^[^|\s]+$/, 'one WeCom userid'),
  agentid: z.coerce.number().int().positive(),
  text: z.string().trim().min(1),
});

/** The Redis key of the app's token: WeCom tokens belong to one app (corpid and secret), so the agentid names it. */
export function wecomAccessTokenKey(config: Pick<WecomConfig, 'CACHE_PREFIX' | 'WECOM_CORPID' | 'WECOM_AGENTID'>): string {
  return `${config.CACHE_PREFIX}:wecom:access_token:${config.WECOM_CORPID}:${config.WECOM_AGENTID}`;
}

/**
 * WeCom reuses WeChat's answer shape but some codes mean other things: 40001 is a wrong secret
 * (not a stale token, so no retry can help), 45033 is too many concurrent calls (a rate limit).
 */
function wecomError(err: unknown, api: string): unknown {
  if (!isWechatError(err)) return err;
  const { errcode, errmsg = '' } = err as WechatFailure;
  if (errcode === undefined) return err;
  const answer: WechatAnswer = { api, errcode, errmsg };
  if (errcode === 40001) return new WechatApiError(answer);
  if (errcode === 45033) return new WechatRateLimited(answer);
  if (errcode === WECOM_NO_VALID_RECIPIENT) return new WecomUserUnreachable(answer);
  return err;
}

function notConfigured(): WechatNotConfigured {
  const err = new WechatNotConfigured();
  err.message = 'WeCom is not configured: set WECOM_CORPID, WECOM_SECRET and WECOM_AGENTID';
  return err;
}

/** The WeCom (企业微信) server API for one self-built app: its token, cached like WeChat's, and app messages. */
export function createWecomClient(deps: WecomClientDeps): WecomClient {
  const { config, redis, logger = silentLogger, clock = systemClock } = deps;
  const timeoutMs = config.WECHAT_HTTP_TIMEOUT_MS;
  const raw = createWechatHttp({ base: config.WECOM_API_BASE, timeoutMs, fetch: deps.fetch ?? globalThis.fetch, logger });
  const http = async (request: WechatRequest) => {
    try {
      return await raw(request);
    } catch (err) {
      throw wecomError(err, request.api);
    }
  };

  function credentials(): { corpid: string; corpsecret: string } {
    if (!config.WECOM_CORPID || !config.WECOM_SECRET || !config.WECOM_AGENTID) throw notConfigured();
    return { corpid: config.WECOM_CORPID, corpsecret: config.WECOM_SECRET };
  }

  // gettoken has no force_refresh: once the cached token is dropped, asking again gives a valid one.
  // 40001 became permanent above, so only 42001 (expired) and 40014 (invalid) count as a refused token.
  const fetchToken = async (): Promise<FetchedToken> => tokenFrom(await http({ method: 'GET', api: '/cgi-bin/gettoken', query: credentials() }), 'WeCom /cgi-bin/gettoken');
  const { tokens, withToken } = createTokenCalls({ redis, key: wecomAccessTokenKey(config), fetchToken, clock, logger, timeoutMs, what: 'WeCom', ready: credentials });

  return {
    async getAccessToken() {
      credentials();
      return tokens.get();
    },

    async sendAppMessage(message) {
      const parsed = messageSchema.safeParse(message);
      if (!parsed.success) {
        throw new WechatInvalidRequest(
          'The WeCom app message is incomplete',
          parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
        );
      }
      const { touser, agentid, text } = parsed.data;
      const api = '/cgi-bin/message/send';
      const answer = await withToken((token) =>
        http({ method: 'POST', api, query: { access_token: token }, body: { touser, msgtype: 'text', agentid, text: { content: text } } }),
      );
      // errcode 0 only says the call was taken: members WeCom could not serve are listed beside it.
      const unreachable = [...listed(answer.invaliduser), ...listed(answer.unlicenseduser)];
      if (unreachable.length > 0) {
        throw new WecomUserUnreachable({ api, errcode: WECOM_NO_VALID_RECIPIENT, errmsg: `not delivered to ${unreachable.join('|')}` });
      }
    },
  };
}
