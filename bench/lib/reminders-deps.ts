import type { Redis } from 'ioredis';
import { ManualClock } from '../../src/clock';
import { loadConfig, type Config } from '../../src/config';
import { buildAreas, type Areas } from '../../src/composition';
import { createRedis } from '../../src/redis';
import { createWechatClient, type WechatClient } from '../../src/wechat';
import { createBenchDeps, type BenchDeps } from './service-deps';

export interface ReminderBenchOptions {
  /** The MongoDB database (kept on close: it holds the seeded city). */
  database: string;
  /** Queue prefix and (with `_c`) cache prefix; every key under them is deleted on close. */
  prefix: string;
  /** Where the clock starts. */
  at: Date;
  /** Settings of this run, as environment strings (parsed by src/config.ts like the service's). */
  settings: Record<string, string>;
}

export interface ReminderBenchDeps extends BenchDeps {
  clock: ManualClock;
  areas: Areas;
  wechat: WechatClient;
  /** The patient client BullMQ workers need (maxRetriesPerRequest: null), as jobs/workers.ts has. */
  workerRedis: Redis;
}

/**
 * createBenchDeps (bench/lib/service-deps.ts) with what the reminder engine needs on top: a clock
 * the benchmark sets, its own settings (the WeChat API on loopback, quiet hours off) and a worker
 * Redis client. The use cases and the WeChat client are built again on that clock and config, the
 * way createBenchDeps builds them; connections, queues and cleanup are createBenchDeps's own.
 * The connection monitors commands, so a run can say which collections the time went to.
 */
export async function createReminderBenchDeps(options: ReminderBenchOptions): Promise<ReminderBenchDeps> {
  const base = await createBenchDeps(options.prefix, { database: options.database, dropOnClose: false, monitorCommands: true });
  let workerRedis: Redis | undefined;
  try {
    const parsed = loadConfig({ ...process.env, ...options.settings });
    const config: Config = { ...base.config, ...Object.fromEntries(Object.keys(options.settings).map((key) => [key, parsed[key as keyof Config]])) };
    const clock = new ManualClock(options.at);
    const wechat = createWechatClient({ config, redis: base.redis, logger: base.logger, clock });
    const areas = buildAreas({ config, logger: base.logger, mongo: base.mongo, redis: base.redis, clock, queues: base.queues, wechat });
    workerRedis = createRedis(config.REDIS_URL, 'worker');
    const worker = workerRedis;
    return {
      ...base,
      config,
      clock,
      wechat,
      areas,
      workerRedis: worker,
      async close() {
        worker.disconnect();
        await base.close();
      },
    };
  } catch (err) {
    workerRedis?.disconnect();
    await base.close();
    throw err;
  }
}
