import type { Redis } from 'ioredis';
import { Types } from 'mongoose';
import type { Models } from '../models';
import { requireBinding } from '../binding/service';
import { loadLearner, type Learner } from './learner';

/**
 * Who a mini-program user is, remembered for a minute: every learning call needs it, and on
 * FerretDB each of the two lookups behind it is a collection scan (bench/quiz-burst.ts). MongoDB
 * stays the truth: a miss, or Redis being down, reads it again; a new binding clears the entry; an
 * admin change to the instructor shows within LEARNER_CACHE_S.
 */
export const LEARNER_CACHE_S = 60;
const key = (prefix: string, openid: string) => `${prefix}:learner:mp:${openid}`;

export async function learnerForOpenid(deps: { redis: Redis; prefix: string; models: Pick<Models, 'Binding' | 'Instructor'> }, openid: string): Promise<Learner> {
  const cached = await deps.redis.get(key(deps.prefix, openid)).catch(() => null);
  if (cached) {
    const c = JSON.parse(cached) as { id: string; name: string; officeId: string; cohort: string };
    return { id: new Types.ObjectId(c.id), name: c.name, officeId: new Types.ObjectId(c.officeId), cohort: c.cohort };
  }
  const binding = await requireBinding(deps.models, { kind: 'mp', id: openid }, 'instructor');
  const learner = await loadLearner(deps.models, binding.personId);
  const value = JSON.stringify({ id: String(learner.id), name: learner.name, officeId: String(learner.officeId), cohort: learner.cohort });
  await deps.redis.set(key(deps.prefix, openid), value, 'EX', LEARNER_CACHE_S).catch(() => undefined);
  return learner;
}

export async function forgetLearner(deps: { redis: Redis; prefix: string }, openid: string): Promise<void> {
  await deps.redis.del(key(deps.prefix, openid)).catch(() => undefined);
}
