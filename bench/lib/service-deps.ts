import { once } from 'node:events';
import pino from 'pino';
import type { Redis } from 'ioredis';
import { loadConfig } from '../../src/config';
import { connectMongo, ensureIndexes } from '../../src/db/mongo';
import { mirrorIndexesAsGin } from '../../src/db/gin-mirror';
import { createLogger } from '../../src/logger';
import { createRedis } from '../../src/redis';
import { withTimeout } from '../../src/timeout';
import { createQueues } from '../../jobs/queues';
import { systemClock } from '../../src/clock';
import { buildAreas } from '../../src/composition';
import { createWechatClient } from '../../src/wechat';
import type { AppDeps } from '../../src/app';

const CLOSE_STEP_MS = 10_000;

export interface BenchDeps extends Omit<AppDeps, 'metrics'> {
  /**
   * What start-up does on the bundled FerretDB over PostgreSQL: GIN indexes for every declared
   * index (src/db/gin-mirror.ts). Call it after creating the raw baseline's collections too, so
   * both sides of a comparison read through the same kind of index. Nothing on MongoDB.
   */
  mirrorIndexes(): Promise<void>;
  /** Drops the database and queue keys of this benchmark, then closes every connection. */
  close(): Promise<void>;
}

/**
 * Real connections for `buildApp`, under a database and queue prefix named after the benchmark, so
 * a run never touches the service's or the tests' data.
 *
 * Logging stays on at LOG_LEVEL (default info) because the access log runs on every request and its
 * cost belongs in the figures; it goes to /dev/null so it does not flood the terminal. The
 * destination is synchronous like pino's default stdout, so the write path is the one production pays.
 */
export async function createBenchDeps(
  name: string,
  // A database other than `name` (bench:city runs on the seeded city, which must survive: dropOnClose false), and command monitoring.
  options: { database?: string; dropOnClose?: boolean; monitorCommands?: boolean } = {},
): Promise<BenchDeps> {
  const config = loadConfig({
    ...process.env,
    LOG_LEVEL: process.env.LOG_LEVEL || 'info',
    MONGODB_DB: options.database ?? name,
    QUEUE_PREFIX: name,
    CACHE_PREFIX: `${name}_c`,
    RUN_BOT: 'false',
    RUN_WORKERS: 'false',
    // The benches time the routes, not a learner's reading: lessons are marked read at once.
    LESSON_PRESENCE_SHARE: '0',
  });
  const destination = pino.destination({ dest: '/dev/null', sync: true });
  const logger = createLogger(config, destination);
  const mongo = await connectMongo(config, { monitorCommands: options.monitorCommands });
  const redis = createRedis(config.REDIS_URL, 'request');
  try {
    // The request client has no offline queue: a ping before it is ready would fail, not wait.
    if (redis.status !== 'ready') await withTimeout(once(redis, 'ready'), 5000, 'redis');
  } catch (err) {
    // Open connections would keep the process alive after the error is printed.
    redis.disconnect();
    await mongo.close(true);
    throw err;
  }
  const queues = createQueues(redis, config.QUEUE_PREFIX);
  const clock = systemClock;
  const areas = buildAreas({ config, logger, mongo, redis, clock, queues });
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
      // Every step is bounded and runs even if one before it failed: a wedged database must not
      // keep the benchmark from exiting, and the connections must close either way.
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
      if (options.dropOnClose ?? true) await step(`drop database ${config.MONGODB_DB}`, () => mongo.dropDatabase());
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
