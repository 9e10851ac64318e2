import Koa from 'koa';
import type { Connection } from 'mongoose';
import type { Redis } from 'ioredis';
// The same probe as our /readyz, so both handlers do the same work per request.
import { check } from '../../src/health/routes';

export interface BareKoaDeps {
  mongo: Connection;
  redis: Redis;
  readyTimeoutMs: number;
}

/**
 * The baseline: Koa and one hand-written dispatch, no middleware and no router. It answers
 * /healthz and /readyz with the same bodies as our app, over the same connections, so the gap
 * between the two is what our middleware stack and router cost.
 */
export function bareKoa(deps: BareKoaDeps): Koa {
  const app = new Koa();
  app.use(async function bareRoutes(ctx) {
    if (ctx.method !== 'GET') return;
    if (ctx.path === '/healthz') {
      ctx.body = { status: 'ok' };
    } else if (ctx.path === '/readyz') {
      const [mongodb, redis] = await Promise.all([
        check(() => deps.mongo.db!.admin().ping(), 'mongodb', deps.readyTimeoutMs),
        check(() => deps.redis.ping(), 'redis', deps.readyTimeoutMs),
      ]);
      const ok = mongodb.ok && redis.ok;
      ctx.status = ok ? 200 : 503;
      ctx.body = { status: ok ? 'ready' : 'unavailable', checks: { mongodb, redis } };
    }
  });
  app.silent = true;
  return app;
}
