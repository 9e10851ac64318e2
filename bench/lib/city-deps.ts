import { once } from 'node:events';
import pino from 'pino';
import type { Redis } from 'ioredis';
import { loadConfig } from '../../src/config';
import { connectMongo, ensureIndexes } from '../../src/db/mongo';
import { mirrorIndexesAsGin } from '../../src/db/gin-mirror';
import { createLogger } from '../../src/logger';
import { createRedis } from '../../src/redis';
import { withTimeout } from '../../src/timeout';
import { createQueues, deadlineScheduler } from '../../jobs/queues';
import { systemClock } from '../../src/clock';
import { buildAreas } from '../../src/composition';
import { createWechatClient } from '../../src/wechat';
import type { BenchDeps } from './service-deps';

const CLOSE_STEP_MS = 10_000;

export interface CityDepsOptions {
  /** The MongoDB database the service runs on. */
  database: string;
  /** Queue prefix and (with `_c`) cache prefix of this run, so Redis keys never mix with a running service's. */
  prefix: string;
  /**
   * Drop the database on close. Only for a database the benchmark owns: asking for it on
   * `protectedDatabase` (the seeded city) throws before anything is connected.
   */
  dropOnClose: boolean;
  protectedDatabase?: string;
  /** The driver's command monitoring (fixed at connect), to count what one request sends. */
  monitorCommands?: boolean;
}

/**
 * Like createBenchDeps (bench/lib/service-deps.ts), but on a database chosen by the caller: the
 * seeded city, which must survive the benchmark, or a database of the benchmark's own, dropped on
 * close. Redis keys of the run (queues, content and learner caches, the certificate counter) are
 * under `prefix` and are deleted on close either way.
 */
export async function createCityDeps(options: CityDepsOptions): Promise<BenchDeps> {
  if (options.dropOnClose && options.database === options.protectedDatabase) throw new Error(`refusing to drop ${options.database}: it is the seeded city`);
  const config = loadConfig({
    ...process.env,
    LOG_LEVEL: process.env.LOG_LEVEL || 'info',
    MONGODB_DB: options.database,
    QUEUE_PREFIX: options.prefix,
    CACHE_PREFIX: `${options.prefix}_c`,
    RUN_BOT: 'false',
    RUN_WORKERS: 'false',
  });
  const destination = pino.destination({ dest: '/dev/null', sync: true });
  const logger = createLogger(config, destination);
  const mongo = await connectMongo(config, { monitorCommands: options.monitorCommands });
  const redis = createRedis(config.REDIS_URL, 'request');
  try {
    if (redis.status !== 'ready') await withTimeout(once(redis, 'ready'), 5000, 'redis');
  } catch (err) {
    redis.disconnect();
    await mongo.close(true);
    throw err;
  }
  const queues = createQueues(redis, config.QUEUE_PREFIX);
  const clock = systemClock;
  const areas = buildAreas({ config, logger, mongo, redis, clock, scheduleDeadline: deadlineScheduler(queues, clock) });
  await ensureIndexes(mongo);
  const wechat = createWechatClient({ config, redis, logger, clock });
  return {
    config,
    logger,
    mongo,
    redis,
    queues,
    clock,
    areas,
    wechat,
    async mirrorIndexes() {
      if (config.FERRETDB_POSTGRESQL_URL) await mirrorIndexesAsGin(mongo, { postgresUrl: config.FERRETDB_POSTGRESQL_URL, analyseAll: true });
    },
    async close() {
      const problems: string[] = [];
      const step = async (what: string, run: () => Promise<unknown>) => {
        try {
          await withTimeout(run(), CLOSE_STEP_MS, what);
        } catch (err) {
          problems.push(`${what}: ${(err as Error).message}`);
        }
      };
      await step('close queues', () => queues.close());
      await step(`delete Redis keys ${config.QUEUE_PREFIX}:*`, () => deleteKeys(redis, `${config.QUEUE_PREFIX}:*`));
      await step(`delete Redis keys ${config.CACHE_PREFIX}:*`, () => deleteKeys(redis, `${config.CACHE_PREFIX}:*`));
      if (options.dropOnClose) await step(`drop database ${config.MONGODB_DB}`, () => mongo.dropDatabase());
      await step('close MongoDB', () => mongo.close(true));
      redis.disconnect();
      destination.end();
      if (problems.length) throw new Error(`cleanup incomplete:\n  ${problems.join('\n  ')}`);
    },
  };
}

async function deleteKeys(redis: Redis, pattern: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 500);
    if (keys.length) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
}
