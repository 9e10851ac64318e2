import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';

/**
 * Small, rarely changed content that every learner request reads (the office tree, published
 * courses with their outlines, quizzes), held in each process's memory and checked against a
 * version token in Redis at most every `checkEveryMs` (a second): no MongoDB read at all on the
 * hot path, where on FerretDB reads are the expensive part of a request (SPEC "Storage"), and no
 * Redis round trip on most requests either (each costs the process as much as a MongoDB one).
 *
 * MongoDB stays the truth. A write through the owning area's use cases replaces the token: the
 * process that wrote sees it at once, every other process within `checkEveryMs`. Without a token (Redis flushed) a reader sets a new one
 * and reloads; with Redis down nothing is cached and every read goes to MongoDB. `ttlMs` bounds
 * how long a change made around the use cases (a seed script, a hand edit) can go unseen; 0 turns
 * the cache off (the tests, which write fixtures straight into the collections, run that way).
 */
/** Where an area's content cache keeps its token, and for how long it trusts what it holds. */
export interface ContentCacheSettings {
  redis: Redis;
  prefix: string;
  /** CONTENT_CACHE_S in ms; 0: no cache. */
  ttlMs: number;
  /** The service clock, in ms (tests move it to pass the check interval). */
  now: () => number;
}

export interface VersionedCache<T> {
  get(): Promise<T>;
  /** After a write: every process reloads on its next read. Best effort; the TTL is the backstop. */
  changed(): Promise<void>;
}

export function createVersionedCache<T>(deps: {
  redis: Redis;
  key: string;
  ttlMs: number;
  load: () => Promise<T>;
  checkEveryMs?: number;
  now?: () => number;
  onError?: (err: unknown) => void;
}): VersionedCache<T> {
  const now = deps.now ?? Date.now;
  const checkEveryMs = deps.checkEveryMs ?? 1000;
  const newToken = () => randomBytes(8).toString('hex');
  let held: { token: string; at: number; checkedAt: number; value: T } | null = null;
  // Concurrent misses share one load.
  let loading: { token: string; value: Promise<T> } | null = null;

  async function currentToken(): Promise<string | null> {
    try {
      const token = await deps.redis.get(deps.key);
      if (token) return token;
      await deps.redis.set(deps.key, newToken(), 'NX');
      return await deps.redis.get(deps.key);
    } catch {
      return null;
    }
  }

  return {
    async get(): Promise<T> {
      if (deps.ttlMs === 0) return deps.load();
      const t = now();
      if (held && t - held.checkedAt < checkEveryMs && t - held.at < deps.ttlMs) return held.value;
      // Read the token before the content: a write that lands after this read replaces the token,
      // so what is loaded here can only be tagged older than it is, never newer.
      const token = await currentToken();
      if (!token) return deps.load();
      if (held && held.token === token && now() - held.at < deps.ttlMs) {
        held.checkedAt = now();
        return held.value;
      }
      if (loading?.token !== token) {
        const value = deps.load();
        loading = { token, value };
        value.then(
          (v) => {
            held = { token, at: now(), checkedAt: now(), value: v };
          },
          () => undefined,
        ).finally(() => {
          if (loading?.value === value) loading = null;
        });
      }
      return loading.value;
    },
    async changed(): Promise<void> {
      held = null;
      loading = null;
      await deps.redis.set(deps.key, newToken()).catch((err: unknown) => deps.onError?.(err));
    },
  };
}

/** Wraps an area's write use cases: after each (even a failed one, which may have written part), every process reloads. */
export function reloadsAfter(cache: Pick<VersionedCache<unknown>, 'changed'>) {
  return <A extends unknown[], R>(write: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      try {
        return await write(...args);
      } finally {
        await cache.changed();
      }
    };
}
