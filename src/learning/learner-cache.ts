import type { Redis } from 'ioredis';
import { Types } from 'mongoose';
import type { Learner } from './learner';

/**
 * Who a mini-program user is, remembered for a minute: every learning call needs it, and on
 * FerretDB each of the two lookups behind it is a collection scan (bench/quiz-burst.ts). MongoDB
 * stays the truth: a miss, or Redis being down, reads it again. Entries are cleared when a binding
 * changes hands and when the instructor is moved or removed; any other admin change shows within
 * LEARNER_CACHE_S.
 */
export const LEARNER_CACHE_S = 60;
/**
 * On top of Redis, each process remembers a learner for a second: a learner in a quiz sends a
 * request every few seconds, and a Redis round trip costs the process about as much CPU as a
 * MongoDB one. A change is forgotten at once in the process that made it, within a second elsewhere.
 */
export const LEARNER_LOCAL_MS = 1000;
const LOCAL_MAX = 10_000;

export function createLearnerCache(deps: { redis: Redis; prefix: string; now: () => number }) {
  const key = (openid: string) => `${deps.prefix}:learner:mp:${openid}`;
  const local = new Map<string, { learner: Learner; at: number }>();
  const remember = (openid: string, learner: Learner) => {
    local.delete(openid);
    local.set(openid, { learner, at: deps.now() });
    // Oldest first: a Map keeps insertion order.
    if (local.size > LOCAL_MAX) local.delete(local.keys().next().value!);
  };
  return {
    async get(openid: string): Promise<Learner | null> {
      const near = local.get(openid);
      if (near && deps.now() - near.at < LEARNER_LOCAL_MS) return near.learner;
      const cached = await deps.redis.get(key(openid)).catch(() => null);
      if (!cached) return null;
      const c = JSON.parse(cached) as { id: string; name: string; officeId: string; cohort: string };
      const learner = { id: new Types.ObjectId(c.id), name: c.name, officeId: new Types.ObjectId(c.officeId), cohort: c.cohort };
      remember(openid, learner);
      return learner;
    },
    async set(openid: string, learner: Learner): Promise<void> {
      remember(openid, learner);
      const value = JSON.stringify({ id: String(learner.id), name: learner.name, officeId: String(learner.officeId), cohort: learner.cohort });
      await deps.redis.set(key(openid), value, 'EX', LEARNER_CACHE_S).catch(() => undefined);
    },
    /**
     * Best effort: the bind or roster change that calls this has already happened and must not be
     * reported as failed. With Redis down nothing is read from the cache either, and an entry
     * that survives lapses within LEARNER_CACHE_S.
     */
    async forget(openids: string[]): Promise<void> {
      for (const openid of openids) local.delete(openid);
      if (openids.length) await deps.redis.del(...openids.map(key)).catch(() => undefined);
    },
  };
}

export type LearnerCache = ReturnType<typeof createLearnerCache>;
