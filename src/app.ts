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
import { createGuards } from './http/guards';
import { createMetrics, type Metrics } from './http/metrics';
import { observe } from './http/observe';
import type { AppState } from './http/types';
import { healthRoutes } from './health/routes';
import { metaRoutes } from './meta/routes';
import type { Clock } from './clock';
import type { Areas } from './composition';
import type { RouteDeps } from './deps';
import { staffAuthRoutes } from './auth/routes';
import { officeRoutes } from './offices/routes';
import { staffRoutes } from './staff/routes';
import { auditRoutes } from './audit/routes';
import { enterpriseRoutes, instructorRoutes } from './people/routes';
import { rosterRoutes } from './people/import-routes';
import { queueDashboard } from './http/queue-dashboard';
import { consoleStatic } from './http/console-static';
import { mpRoutes } from './mp/routes';
import { createMpSignIn, devLogin, mpLoginFor, type MpLogin } from './mp/sign-in';
import { courseAdminRoutes } from './courses/routes';
import { quizAdminRoutes } from './quizzes/routes';
import { learningRoutes } from './learning/routes';
import { integrityAdminRoutes, integrityMpRoutes } from './integrity/routes';
import { practiceRoutes, wrongBookAdminRoutes } from './practice/routes';
import { certificateAdminRoutes, publicCertificateRoutes, verifyPageRoutes } from './certificates/routes';
import { VERSION } from './version';
import { applicationMpRoutes, campaignAdminRoutes } from './campaigns/routes';
import { subscriptionRoutes } from './reminders/routes';
import { reminderAdminRoutes } from './reminders/admin-routes';
import { broadcastAdminRoutes, newsRoutes, roomAdminRoutes } from './broadcasts/routes';
import { reportRoutes } from './reports/routes';
import { oaEventRoutes } from './reminders/channels/oa-events-routes';

export interface AppDeps {
  config: Config;
  logger: Logger;
  mongo: Connection;
  /** A fail-fast client (see createRedis 'request'). */
  redis: Redis;
  queues: Queues;
  clock: Clock;
  /** Every area's use cases, built once at start-up (src/composition.ts). */
  areas: Areas;
  /** The WeChat client of start-up, shared with the workers (one access-token cache). */
  wechat: MpLogin;
  metrics?: Metrics;
}

export interface BuiltApp {
  app: Koa<AppState>;
  routers: MountableRouter[];
  metrics: Metrics;
}

/** Builds the Koa app from its dependencies. It never listens: main.ts does, and tests call app.callback(). */
export function buildApp(deps: AppDeps): BuiltApp {
  const metrics = deps.metrics ?? createMetrics(() => deps.queues.all(), VERSION);
  // Proxy headers are trusted only from as many hops as the deployment says (TRUST_PROXY_HOPS):
  // otherwise anyone could send X-Forwarded-For and reset the per-IP sign-in throttle.
  const hops = deps.config.TRUST_PROXY_HOPS;
  const app = new Koa<AppState>({ proxy: hops > 0, maxIpsCount: hops });
  const routers: MountableRouter[] = [];
  const allRoutes = (): DocumentedRoute[] => routers.flatMap((r) => r.routes);
  const guards = createGuards({ config: deps.config, clock: deps.clock, staff: deps.areas.staff, learning: deps.areas.learning, campaigns: deps.areas.campaigns });
  const routeDeps: RouteDeps = { config: deps.config, clock: deps.clock, areas: deps.areas, guards };

  routers.push(
    healthRoutes({ mongo: deps.mongo, redis: deps.redis, readyTimeoutMs: deps.config.READY_TIMEOUT_MS, guards }),
    metaRoutes({ metrics, allRoutes, version: VERSION, guards }),
    ...staffAuthRoutes(routeDeps),
    officeRoutes(routeDeps),
    staffRoutes(routeDeps),
    auditRoutes(routeDeps),
    rosterRoutes(routeDeps),
    instructorRoutes(routeDeps),
    enterpriseRoutes(routeDeps),
    courseAdminRoutes(routeDeps),
    quizAdminRoutes(routeDeps),
    learningRoutes(routeDeps),
    integrityMpRoutes(routeDeps),
    integrityAdminRoutes(routeDeps),
    practiceRoutes(routeDeps),
    wrongBookAdminRoutes(routeDeps),
    campaignAdminRoutes(routeDeps),
    applicationMpRoutes(routeDeps),
    ...subscriptionRoutes(routeDeps),
    reminderAdminRoutes(routeDeps),
    broadcastAdminRoutes(routeDeps),
    roomAdminRoutes(routeDeps),
    reportRoutes(routeDeps),
    ...newsRoutes(routeDeps),
    oaEventRoutes({ config: deps.config, followers: deps.areas.reminders.oaFollowers, guards }),
    publicCertificateRoutes(routeDeps),
    verifyPageRoutes(routeDeps),
    certificateAdminRoutes(routeDeps),
    mpRoutes({
      ...routeDeps,
      devLogin: mpLoginFor(deps.config, deps.wechat) === devLogin,
      signIn: createMpSignIn({ config: deps.config, clock: deps.clock, redis: deps.redis, login: mpLoginFor(deps.config, deps.wechat), binding: deps.areas.binding, people: deps.areas.people }),
    }),
  );

  app.use(observe(deps.logger, metrics));
  app.use(errorHandler());
  // The office console's built files at /console/ (console/README.md); every other path passes by.
  app.use(consoleStatic() as never);
  app.use(bodyParser({ enableTypes: ['json'], jsonLimit: deps.config.BODY_LIMIT_BYTES, encoding: 'utf-8' }));
  // One router for every route: one match per request instead of one per area (bench/http-middleware.ts).
  const root = new Router<AppState>();
  for (const router of routers) {
    for (const layer of router.router.stack) root.register(layer.path, layer.methods.filter((m) => m !== 'HEAD'), layer.stack as never);
  }
  app.use(root.routes() as never);
  app.use(root.allowedMethods() as never);
  app.use(queueDashboard({ queues: deps.queues.all(), guards }) as never);

  // Errors are already answered by errorHandler; this only keeps Koa from printing them twice.
  app.silent = true;
  return { app, routers, metrics };
}
