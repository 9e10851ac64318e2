import type { Redis } from 'ioredis';
import { z } from 'zod';
import type { Clock } from '../clock';
import { createAccessTokenCache, type AccessTokenCache, type FetchedToken } from './access-token';
import { WechatTokenInvalid, WechatUnavailable } from './errors';
import type { WechatHttp } from './http';
import type { WechatLogger } from './logger';

/**
 * What the mini-program, the Official Account and WeCom clients share: an access token cached in
 * Redis for every process, and calls made with it, where a token the API refuses is replaced and
 * the call retried exactly once.
 */

const tokenAnswer = z.object({ access_token: z.string().min(1), expires_in: z.number().int().positive() });

/** Reads `{access_token, expires_in}` from a token answer, or says the API answered without one. */
export function tokenFrom(answer: Record<string, unknown>, what: string): FetchedToken {
  const parsed = tokenAnswer.safeParse(answer);
  if (!parsed.success) throw new WechatUnavailable(what, 'the answer has no access_token');
  return { token: parsed.data.access_token, expiresInSeconds: parsed.data.expires_in };
}

/** WeChat's POST /cgi-bin/stable_token for one appid (mini-program or Official Account). */
export function stableTokenFetcher(http: WechatHttp, credentials: () => { appid: string; secret: string }) {
  return async function fetchStableToken(forceRefresh: boolean): Promise<FetchedToken> {
    const api = '/cgi-bin/stable_token';
    return tokenFrom(await http({ method: 'POST', api, body: { grant_type: 'client_credential', ...credentials(), force_refresh: forceRefresh } }), `WeChat ${api}`);
  };
}

export interface TokenCallsOptions {
  redis: Redis;
  key: string;
  fetchToken: (forceRefresh: boolean) => Promise<FetchedToken>;
  clock: Clock;
  logger: WechatLogger;
  /** The HTTP timeout of one call: the refresh lock is sized from it. */
  timeoutMs: number;
  /** Names the API in the log line of a replaced token: 'WeChat', 'WeCom'. */
  what: string;
  /** Throws when the client is not configured (before any token is fetched). */
  ready: () => void;
}

export function createTokenCalls(options: TokenCallsOptions): { tokens: AccessTokenCache; withToken: <T>(call: (token: string) => Promise<T>) => Promise<T> } {
  const { logger, timeoutMs } = options;
  // A fetch may hold the lock for up to one timeout; a crashed holder's lock lapses soon after, and
  // a waiter then needs one more timeout for its own fetch.
  const lockTtlMs = timeoutMs + 1000;
  const tokens = createAccessTokenCache({ redis: options.redis, key: options.key, fetchToken: options.fetchToken, clock: options.clock, logger, lockTtlMs, maxWaitMs: lockTtlMs + timeoutMs + 1000 });
  async function withToken<T>(call: (token: string) => Promise<T>): Promise<T> {
    options.ready();
    const token = await tokens.get();
    try {
      return await call(token);
    } catch (err) {
      if (!(err instanceof WechatTokenInvalid)) throw err;
      logger.warn({ errcode: err.errcode }, `${options.what} refused the access token; replacing it and retrying once`);
      return call(await tokens.replace(token));
    }
  }
  return { tokens, withToken };
}
