import type { Server } from 'node:http';
import type { Connection } from 'mongoose';
import type { Redis } from 'ioredis';
import type { Config } from './config';
import type { Logger } from './logger';
import { buildApp } from './app';
import { buildAreas, type Areas } from './composition';
import { connectMongo, ensureIndexes } from './db/mongo';
import { mirrorIndexesAtStart } from './db/gin-mirror';
import { OnceGuard, onceModel } from './db/once';
import { createRedis, redisTarget } from './redis';
import { systemClock, type Clock } from './clock';
import type { ServiceDeps } from './deps';
import { createWechatClient } from './wechat';
import { createQueues, type Queues } from '../jobs/queues';
import { startWorkers, type RunningWorkers } from '../jobs/workers';
import { startBot, type BotRunner } from '../bots';

export interface RunningService {
  server?: Server;
  mongo: Connection;
  redis: Redis;
  queues: Queues;
  areas: Areas;
  /** Set when RUN_BOT: the bot runs here while this process holds the bot lease. */
  bot?: BotRunner;
  workers?: RunningWorkers;
  stop(): Promise<void>;
}

/** Connections and the use cases on them, as every process kind (API, worker, tests) builds them. */
export async function connectService(config: Config, logger: Logger, clock: Clock = systemClock): Promise<ServiceDeps> {
  const mongo = await connectMongo(config);
  const redis = createRedis(redisTarget(config), 'request', (err) => logger.warn({ err: err.message }, 'redis (request client) error'));
  const workerRedis = createRedis(redisTarget(config), 'worker', (err) => logger.warn({ err: err.message }, 'redis (worker client) error'));
  const queues = createQueues(redis, config.QUEUE_PREFIX, (err) => logger.warn({ err: err.message }, 'queue error'));
  // One client, so the HTTP app, the reminders and the workers share one access-token cache and lock.
  const wechat = createWechatClient({ config, redis, logger, clock });
  const areas = buildAreas({ config, logger, mongo, redis, clock, queues, wechat });
  await ensureIndexes(mongo);
  if (config.FERRETDB_POSTGRESQL_URL) await mirrorIndexesAtStart(mongo, config.FERRETDB_POSTGRESQL_URL, logger);
  return { config, logger, mongo, redis, workerRedis, queues, clock, areas, wechat };
}

/**
 * Wires config → connections → use cases → HTTP app, workers and bot. `http: false` is
 * `npm run worker`. Stopping closes in reverse: stop accepting, close workers and bot, then connections.
 */
export async function startService(config: Config, logger: Logger, options: { http: boolean }): Promise<RunningService> {
  const deps = await connectService(config, logger);
  const { mongo, redis, workerRedis, queues, areas } = deps;

  const workers = config.RUN_WORKERS ? await startWorkers(deps) : undefined;
  const bot = config.RUN_BOT ? startBot({ ...deps, once: new OnceGuard(onceModel(mongo)) }) : undefined;

  let server: Server | undefined;
  if (options.http) {
    const { app } = buildApp(deps);
    server = app.listen(config.PORT, config.HOST);
    await new Promise<void>((resolve, reject) => {
      server!.once('listening', resolve);
      server!.once('error', reject);
    });
  }

  return {
    server,
    mongo,
    redis,
    queues,
    areas,
    bot,
    workers,
    async stop() {
      if (server) {
        const closed = new Promise<void>((resolve) => server!.close(() => resolve()));
        server.closeIdleConnections();
        await closed;
      }
      await bot?.stop();
      await workers?.close();
      await queues.close();
      await mongo.close();
      redis.disconnect();
      workerRedis.disconnect();
    },
  };
}
