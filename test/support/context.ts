import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { once } from 'node:events';
import type { Connection } from 'mongoose';
import type { Redis } from 'ioredis';
import { buildApp, type BuiltApp } from '../../src/app';
import { ManualClock } from '../../src/clock';
import { buildAreas } from '../../src/composition';
import { loadConfig, type Config } from '../../src/config';
import { connectMongo, ensureIndexes } from '../../src/db/mongo';
import { OnceGuard } from '../../src/db/once';
import type { ServiceDeps } from '../../src/deps';
import { createLogger } from '../../src/logger';
import { createRedis } from '../../src/redis';
import { createWechatClient } from '../../src/wechat';
import { createQueues } from '../../jobs/queues';
import { registerModels, type Models } from '../../src/models';

export interface TestContext extends ServiceDeps {
  clock: ManualClock;
  /** Test support may seed and inspect collections directly; the code under test never does. */
  models: Models;
  once: OnceGuard;
  /** Builds (once) and returns the Koa app over these deps. */
  app(): BuiltApp;
  close(): Promise<void>;
}

/**
 * A database and a Redis key prefix of this test file's own, so files never see each other's data.
 * `register` defines the models the file needs before indexes are built.
 */
export async function createTestContext(
  testFile: string,
  options: { env?: Record<string, string>; register?: (conn: Connection) => void; monitorCommands?: boolean } = {},
): Promise<TestContext> {
  const tag = `${path.basename(testFile).replace(/\W+/g, '_').slice(0, 30)}_${randomBytes(3).toString('hex')}`;
  const config: Config = loadConfig({
    ...process.env,
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    MONGODB_DB: `t_${tag}`,
    QUEUE_PREFIX: `t_${tag}`,
    CACHE_PREFIX: `tc_${tag}`,
    MONGODB_POOL_SIZE: '5',
    RUN_BOT: 'false',
    RUN_WORKERS: 'false',
    // Tests write fixtures straight into the collections, around the use cases that refresh the
    // content cache; test/learning/content-cache.test.ts turns it on.
    CONTENT_CACHE_S: '0',
    // Many tests mark lessons read straight away; the lesson-time gate is off unless a test turns it
    // on (test/integrity/ does; production and the demo default to 0.6).
    LESSON_PRESENCE_SHARE: '0',
    ...options.env,
  });
  const logger = createLogger(config);
  const mongo = await connectMongo(config, { monitorCommands: options.monitorCommands });
  const models = registerModels(mongo);
  options.register?.(mongo);
  await ensureIndexes(mongo);
  const redis = createRedis(config.REDIS_URL, 'request');
  const workerRedis = createRedis(config.REDIS_URL, 'worker');
  const queues = createQueues(redis, config.QUEUE_PREFIX);
  await redisReady(redis);
  const clock = new ManualClock(new Date('2026-11-26T02:00:00Z'));
  const areas = buildAreas({ config, logger, mongo, redis, clock, queues });
  const wechat = createWechatClient({ config, redis, logger, clock });
  let built: BuiltApp | undefined;
  const ctx: TestContext = {
    config,
    logger,
    mongo,
    redis,
    workerRedis,
    queues,
    clock,
    areas,
    wechat,
    models,
    once: new OnceGuard(models.OnceKey),
    app: () => (built ??= buildApp({ config, logger, mongo, redis, queues, clock, areas, wechat })),
    async close() {
      await queues.close();
      await deleteKeys(workerRedis, `${config.QUEUE_PREFIX}:*`);
      await deleteKeys(workerRedis, `${config.CACHE_PREFIX}:*`);
      await mongo.dropDatabase();
      await mongo.close();
      redis.disconnect();
      workerRedis.disconnect();
    },
  };
  return ctx;
}

export async function deleteKeys(redis: Redis, pattern: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 500);
    if (keys.length) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
}

/** Request-path clients have no offline queue: a first command before 'ready' would fail, so wait. */
export async function redisReady(redis: Redis): Promise<void> {
  if (redis.status !== 'ready') await once(redis, 'ready');
}
