import Koa from 'koa';
import Router from '@koa/router';
import { bodyParser } from '@koa/bodyparser';
import type { Connection } from 'mongoose';
import type { Redis } from 'ioredis';
import type { Config } from './config';
import type { Logger } from './logger';
import type { Queues } from '../jobs/queues';
import type { DocumentedRoute, MountableRouter } from './http/api-router';
import { errorHandler } from './http/errors';
import { createMetrics, type Metrics } from './http/metrics';
import { observe } from './http/observe';
import type { AppState } from './http/types';
import { healthRoutes } from './health/routes';
import { metaRoutes } from './meta/routes';
import { systemClock, type Clock } from './clock';
import { OnceGuard } from './db/once';
import type { RouteDeps } from './deps';
import { registerModels } from './models';
import { staffAuthRoutes } from './auth/routes';
import { officeRoutes } from './offices/routes';
import { staffRoutes } from './staff/routes';
import { auditRoutes } from './audit/routes';
import { enterpriseRoutes, instructorRoutes } from './people/routes';
import { rosterRoutes } from './people/import-routes';
import { queueDashboard } from './http/queue-dashboard';
import { mpRoutes } from './mp/routes';
import { courseAdminRoutes } from './courses/routes';
import { quizAdminRoutes } from './quizzes/routes';
import { learningRoutes } from './learning/routes';
import { certificateAdminRoutes, publicCertificateRoutes } from './certificates/routes';
import { createWechatClient, type WechatClient } from './wechat';

export interface AppDeps {
  config: Config;
  logger: Logger;
  mongo: Connection;
  /** A fail-fast client (see createRedis 'request'). */
  redis: Redis;
  queues: Queues;
  clock?: Clock;
  metrics?: Metrics;
  /** Default: the real client over WECHAT_API_BASE (tests point that at nock). */
  wechat?: WechatClient;
}

export interface BuiltApp {
  app: Koa<AppState>;
  routers: MountableRouter[];
  metrics: Metrics;
}

/** Builds the Koa app from its dependencies. It never listens: main.ts does, and tests call app.callback(). */
export function buildApp(deps: AppDeps): BuiltApp {
  const metrics = deps.metrics ?? createMetrics(() => deps.queues.all());
  const app = new Koa<AppState>({ proxy: true });
  const routers: MountableRouter[] = [];
  const allRoutes = (): DocumentedRoute[] => routers.flatMap((r) => r.routes);

  const models = registerModels(deps.mongo);
  const routeDeps: RouteDeps = {
    config: deps.config,
    logger: deps.logger,
    clock: deps.clock ?? systemClock,
    redis: deps.redis,
    queues: deps.queues,
    models,
    once: new OnceGuard(models.OnceKey),
  };

  routers.push(
    healthRoutes({ mongo: deps.mongo, redis: deps.redis, readyTimeoutMs: deps.config.READY_TIMEOUT_MS }),
    metaRoutes({ metrics, allRoutes, version: '0.1.0' }),
    staffAuthRoutes(routeDeps),
    officeRoutes(routeDeps),
    staffRoutes(routeDeps),
    auditRoutes(routeDeps),
    rosterRoutes(routeDeps),
    instructorRoutes(routeDeps),
    enterpriseRoutes(routeDeps),
    courseAdminRoutes(routeDeps),
    quizAdminRoutes(routeDeps),
    learningRoutes(routeDeps),
    publicCertificateRoutes(routeDeps),
    certificateAdminRoutes(routeDeps),
    mpRoutes({ ...routeDeps, wechat: deps.wechat ?? createWechatClient({ config: deps.config, redis: deps.redis, logger: deps.logger, clock: routeDeps.clock }) }),
  );

  app.use(observe(deps.logger, metrics));
  app.use(errorHandler());
  app.use(bodyParser({ enableTypes: ['json'], jsonLimit: deps.config.BODY_LIMIT_BYTES, encoding: 'utf-8' }));
  // One router for every route: one match per request instead of one per area (bench/http-middleware.ts).
  const root = new Router<AppState>();
  for (const router of routers) {
    for (const layer of router.router.stack) root.register(layer.path, layer.methods.filter((m) => m !== 'HEAD'), layer.stack as never);
  }
  app.use(root.routes() as never);
  app.use(root.allowedMethods() as never);
  app.use(queueDashboard(routeDeps) as never);

  // Errors are already answered by errorHandler; this only keeps Koa from printing them twice.
  app.silent = true;
  return { app, routers, metrics };
}
