import type { Connection } from 'mongoose';
import type { Redis } from 'ioredis';
import { z } from 'zod';
import { ApiRouter, type RouteGuards } from '../http/api-router';
import { withTimeout } from '../timeout';

const readySchema = z.object({
  status: z.enum(['ready', 'unavailable']),
  checks: z.record(z.string(), z.object({ ok: z.boolean(), ms: z.number(), error: z.string().optional() })),
});

export interface HealthDeps {
  mongo: Connection;
  redis: Redis;
  readyTimeoutMs: number;
  guards: RouteGuards;
}

/** Runs one probe within `ms`; never throws, so /readyz always answers. */
export async function check(probe: () => Promise<unknown>, name: string, ms: number) {
  const started = Date.now();
  try {
    await withTimeout(probe(), ms, name);
    return { ok: true, ms: Date.now() - started };
  } catch (err) {
    return { ok: false, ms: Date.now() - started, error: (err as Error).message };
  }
}

/** Liveness says the process answers; readiness says its services do, within a bounded time. */
export function healthRoutes(deps: HealthDeps): ApiRouter {
  const router = new ApiRouter('', deps.guards);
  router.get(
    '/healthz',
    { summary: 'Liveness: the process answers', tags: ['health'], auth: 'none', responses: { 200: { description: 'Alive', schema: z.object({ status: z.literal('ok') }) } } },
    async function healthz(ctx) {
      ctx.body = { status: 'ok' };
    },
  );
  router.get(
    '/readyz',
    {
      summary: 'Readiness: MongoDB and Redis both answer',
      tags: ['health'],
      auth: 'none',
      responses: { 200: { description: 'Ready', schema: readySchema }, 503: { description: 'A service is down; checks name it', schema: readySchema } },
    },
    async function readyz(ctx) {
      const [mongodb, redis] = await Promise.all([
        check(() => deps.mongo.db!.admin().ping(), 'mongodb', deps.readyTimeoutMs),
        check(() => deps.redis.ping(), 'redis', deps.readyTimeoutMs),
      ]);
      const ok = mongodb.ok && redis.ok;
      ctx.status = ok ? 200 : 503;
      ctx.body = { status: ok ? 'ready' : 'unavailable', checks: { mongodb, redis } };
    },
  );
  return router;
}
