import type { Server } from 'node:http';
import type { Connection } from 'mongoose';
import type { Redis } from 'ioredis';
import type { Config } from './config';
import type { Logger } from './logger';
import { buildApp } from './app';
import { connectMongo, ensureIndexes } from './db/mongo';
import { createRedis } from './redis';
import { registerModels } from './models';
import { systemClock } from './clock';
import type { ServiceDeps } from './deps';
import { createQueues, type Queues } from '../jobs/queues';
import { startWorkers, type RunningWorkers } from '../jobs/workers';
import { startBot, type RunningBot } from '../bots';

export interface RunningService {
  server?: Server;
  mongo: Connection;
  redis: Redis;
  queues: Queues;
  bot?: RunningBot;
  workers?: RunningWorkers;
  stop(): Promise<void>;
}

/**
 * Wires config → connections → HTTP app, workers and bot. `http: false` is `npm run worker`.
 * Stopping closes in reverse: stop accepting, close workers and bot, then connections.
 */
export async function startService(config: Config, logger: Logger, options: { http: boolean }): Promise<RunningService> {
  const mongo = await connectMongo(config);
  const redis = createRedis(config.REDIS_URL, 'request', (err) => logger.warn({ err: err.message }, 'redis (request client) error'));
  const workerRedis = createRedis(config.REDIS_URL, 'worker', (err) => logger.warn({ err: err.message }, 'redis (worker client) error'));
  const queues = createQueues(redis, config.QUEUE_PREFIX, (err) => logger.warn({ err: err.message }, 'queue error'));
  const deps: ServiceDeps = { config, logger, mongo, redis, workerRedis, queues, clock: systemClock };
  registerModels(mongo);
  await ensureIndexes(mongo);

  const workers = config.RUN_WORKERS ? await startWorkers(deps) : undefined;
  const bot = config.RUN_BOT ? await startBot(deps) : undefined;

  let server: Server | undefined;
  if (options.http) {
    const { app } = buildApp({ config, logger, mongo, redis, queues, clock: deps.clock });
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

