import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Redis } from 'ioredis';
import type { Clock } from '../clock';
import { WechatUnavailable } from './errors';
import type { WechatLogger } from './logger';

export interface FetchedToken {
  token: string;
  expiresInSeconds: number;
}

export interface AccessTokenCacheOptions {
  redis: Redis;
  /** The Redis key of the cached token, shared by every process of this app; the lock is `${key}:lock`. */
  key: string;
  /** Asks WeChat for a token; `forceRefresh` is true only after WeChat refused the cached one. */
  fetchToken: (forceRefresh: boolean) => Promise<FetchedToken>;
  clock: Clock;
  logger: WechatLogger;
  /** How long one process may hold the refresh lock; longer than a fetch can take, so a crashed holder frees it. */
  lockTtlMs: number;
  /** How long a caller waits for another process's refresh before it gives up. */
  maxWaitMs: number;
  /** The pause between looks at the cache while another process refreshes. Default 50. */
  pollMs?: number;
}

export interface AccessTokenCache {
  /** A token valid for at least five more minutes; WeChat is asked only when none is cached. */
  get(): Promise<string>;
  /**
   * A token other than `rejected`, which WeChat refused: the cached copy is dropped and a new one
   * fetched with force_refresh, unless another caller (here or in another process) already did.
   */
  replace(rejected: string): Promise<string>;
}

/** Tokens live 7200 s; replacing them five minutes early means no call goes out with one about to lapse. */
export const REFRESH_MARGIN_MS = 5 * 60 * 1000;

interface CachedToken {
  token: string;
  /** Epoch ms by the clock. */
  expiresAt: number;
}

// Deletes the lock only while it is still ours: after a slow fetch it may have expired and been
// taken by another process, whose lock we must not remove.
const RELEASE_LOCK = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;

/**
 * The access token, cached in Redis for every process. Callers in one process share one promise;
 * processes share a short Redis lock (SET NX PX), so however many ask at once, one fetch goes out
 * and the others read what it stored.
 */
export function createAccessTokenCache(options: AccessTokenCacheOptions): AccessTokenCache {
  const { redis, key, fetchToken, clock, logger, lockTtlMs, maxWaitMs, pollMs = 50 } = options;
  const lockKey = `${key}:lock`;
  const inflight = new Map<string, Promise<string>>();

  async function cache<T>(command: () => Promise<T>): Promise<T> {
    try {
      return await command();
    } catch (err) {
      throw new WechatUnavailable('WeChat access-token cache (Redis)', 'did not answer', err);
    }
  }

  async function read(): Promise<CachedToken | undefined> {
    return parseCached(await cache(() => redis.get(key)));
  }

  function usable(entry: CachedToken, rejected: string | undefined): boolean {
    return entry.token !== rejected && entry.expiresAt - REFRESH_MARGIN_MS > clock.now().getTime();
  }

  async function fetchAndStore(force: boolean): Promise<string> {
    const fetched = await fetchToken(force);
    const now = clock.now().getTime();
    const entry: CachedToken = { token: fetched.token, expiresAt: now + fetched.expiresInSeconds * 1000 };
    // The key vanishes when the token stops being usable, so a stale one is never read at all.
    const ttlMs = entry.expiresAt - REFRESH_MARGIN_MS - now;
    if (ttlMs > 0) await cache(() => redis.set(key, JSON.stringify(entry), 'PX', ttlMs));
    logger.debug({ forced: force, expiresIn: fetched.expiresInSeconds }, 'fetched a WeChat access token');
    return fetched.token;
  }

  async function underLock(rejected: string | undefined): Promise<string> {
    // Another process may have stored a token between our last look and taking the lock.
    const current = await read();
    if (current && usable(current, rejected)) return current.token;
    if (rejected === undefined) return fetchAndStore(false);
    // Dropped first, so that if the fetch fails nobody keeps sending a token WeChat refused.
    if (current?.token === rejected) await cache(() => redis.del(key));
    return fetchAndStore(true);
  }

  async function release(owner: string): Promise<void> {
    try {
      await redis.eval(RELEASE_LOCK, 1, lockKey, owner);
    } catch (err) {
      // The lock expires by itself within lockTtlMs; failing to free it early must not hide the token.
      logger.warn({ err }, 'could not release the WeChat access-token lock');
    }
  }

  async function obtain(rejected: string | undefined): Promise<string> {
    const giveUpAt = Date.now() + maxWaitMs;
    for (;;) {
      const cached = await read();
      if (cached && usable(cached, rejected)) return cached.token;
      const owner = randomUUID();
      if (await cache(() => redis.set(lockKey, owner, 'PX', lockTtlMs, 'NX'))) {
        try {
          return await underLock(rejected);
        } finally {
          await release(owner);
        }
      }
      if (Date.now() >= giveUpAt) {
        throw new WechatUnavailable('WeChat access token', `another process held the refresh lock for over ${maxWaitMs} ms`);
      }
      // Jitter keeps waiting processes from polling Redis in lock-step.
      await sleep(pollMs + Math.floor(Math.random() * (pollMs / 2)));
    }
  }

  function shared(rejected: string | undefined): Promise<string> {
    const slot = rejected === undefined ? 'get' : `replace:${rejected}`;
    let pending = inflight.get(slot);
    if (!pending) {
      pending = obtain(rejected).finally(() => inflight.delete(slot));
      inflight.set(slot, pending);
    }
    return pending;
  }

  return {
    get: () => shared(undefined),
    replace: (rejected) => shared(rejected),
  };
}

function parseCached(raw: string | null): CachedToken | undefined {
  if (!raw) return undefined;
  try {
    const value = JSON.parse(raw) as Partial<CachedToken>;
    return typeof value.token === 'string' && typeof value.expiresAt === 'number'
      ? { token: value.token, expiresAt: value.expiresAt }
      : undefined;
  } catch {
    return undefined;
  }
}
