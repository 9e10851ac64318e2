import type { Connection } from 'mongoose';
import type { Redis } from 'ioredis';
import type { Clock } from './clock';
import type { Config } from './config';
import type { Logger } from './logger';
import type { Queues } from '../jobs/queues';
import type { Areas } from './composition';
import type { RouteGuards } from './http/api-router';
import type { WechatClient } from './wechat';

/** What the service's start-up holds: connections and the use cases built on them. */
export interface ServiceDeps {
  config: Config;
  logger: Logger;
  mongo: Connection;
  /** Fail-fast client for the request path. */
  redis: Redis;
  /** Patient client for workers (BullMQ needs maxRetriesPerRequest: null). */
  workerRedis: Redis;
  queues: Queues;
  clock: Clock;
  areas: Areas;
  wechat: WechatClient;
}

/** What HTTP route factories receive: settings, the clock, use cases and the guards their docs name. */
export interface RouteDeps {
  config: Config;
  clock: Clock;
  areas: Areas;
  guards: RouteGuards;
}
