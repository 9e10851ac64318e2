import type { Connection } from 'mongoose';
import type { Redis } from 'ioredis';
import type { Clock } from './clock';
import type { Config } from './config';
import type { Logger } from './logger';
import type { Queues } from '../jobs/queues';

/** What the service hands to its parts. Each part takes only the fields it uses (Pick<...>). */
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
}

/** What HTTP route factories receive. */
export interface RouteDeps {
  config: Config;
  logger: Logger;
  clock: Clock;
  redis: Redis;
  queues: Queues;
  models: import('./models').Models;
  once: import('./db/once').OnceGuard;
}
