import Koa from 'koa';
import { bodyParser } from '@koa/bodyparser';
import type { Connection } from 'mongoose';
import type { Redis } from 'ioredis';
import type { Config } from './config';
import type { Logger } from './logger';
import type { Queues } from '../jobs/queues';
import { accessLog } from './http/access-log';
import type { ApiRouter, DocumentedRoute } from './http/api-router';
import { errorHandler } from './http/errors';
import { createMetrics, httpMetrics, type Metrics } from './http/metrics';
import { requestId } from './http/request-id';
import type { AppState } from './http/types';
import { healthRoutes } from './health/routes';
import { metaRoutes } from './meta/routes';

export interface AppDeps {
  config: Config;
  logger: Logger;
  mongo: Connection;
  /** A fail-fast client (see createRedis 'request'). */
  redis: Redis;
  queues: Queues;
  metrics?: Metrics;
}

export interface BuiltApp {
  app: Koa<AppState>;
  routers: ApiRouter[];
  metrics: Metrics;
}

/** Builds the Koa app from its dependencies. It never listens: main.ts does, and tests call app.callback(). */
export function buildApp(deps: AppDeps): BuiltApp {
  const metrics = deps.metrics ?? createMetrics(() => deps.queues.all());
  const app = new Koa<AppState>({ proxy: true });
  const routers: ApiRouter[] = [];
  const allRoutes = (): DocumentedRoute[] => routers.flatMap((r) => r.routes);

  routers.push(
    healthRoutes({ mongo: deps.mongo, redis: deps.redis, readyTimeoutMs: deps.config.READY_TIMEOUT_MS }),
    metaRoutes({ metrics, allRoutes, version: '0.1.0' }),
  );

  app.use(requestId(deps.logger));
  app.use(accessLog());
  app.use(httpMetrics(metrics));
  app.use(errorHandler());
  app.use(bodyParser({ enableTypes: ['json'], jsonLimit: deps.config.BODY_LIMIT_BYTES, encoding: 'utf-8' }));
  for (const router of routers) app.use(router.middleware());

  // Errors are already answered by errorHandler; this only keeps Koa from printing them twice.
  app.silent = true;
  return { app, routers, metrics };
}
