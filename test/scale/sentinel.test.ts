import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { ConfigError, loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { connectService } from '../../src/service';
import type { ServiceDeps } from '../../src/deps';
import { startOwnRedis, startOwnSentinel, type OwnService } from '../support/own-services';

/** Redis behind Sentinel: the service asks the sentinel for the master and uses it for caches and queues. */
const tag = `sentinel_${randomBytes(3).toString('hex')}`;
let master: OwnService;
let sentinel: OwnService;
let deps: ServiceDeps;
let direct: Redis;

beforeAll(async () => {
  master = await startOwnRedis();
  sentinel = await startOwnSentinel(master.port, 'hx-master');
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    // Nothing listens here: only the sentinel can lead the service to Redis.
    REDIS_URL: 'redis://127.0.0.1:1',
    REDIS_SENTINELS: `127.0.0.1:${sentinel.port}`,
    REDIS_SENTINEL_MASTER: 'hx-master',
    MONGODB_DB: `t_${tag}`,
    QUEUE_PREFIX: `t_${tag}`,
    CACHE_PREFIX: `tc_${tag}`,
    RUN_BOT: 'false',
    RUN_WORKERS: 'false',
  });
  deps = await connectService(config, createLogger(config));
  direct = new Redis(master.url);
}, 60_000);
afterAll(async () => {
  await deps?.queues.close();
  deps?.redis.disconnect();
  deps?.workerRedis.disconnect();
  await deps?.mongo.dropDatabase();
  await deps?.mongo.close();
  direct?.disconnect();
  await sentinel?.close();
  await master?.close();
});

describe('Redis behind Sentinel', () => {
  test('the request client reaches the master the sentinel names', async () => {
    await deps.redis.set(`tc_${tag}:probe`, 'via-sentinel');
    expect(await direct.get(`tc_${tag}:probe`)).toBe('via-sentinel');
  });

  test('queues write their jobs to that master', async () => {
    await deps.queues.botOutbox.add('probe', { to: { kind: 'contact', id: 'x' }, text: '测试', createdAt: Date.now() } as never);
    expect((await direct.keys(`t_${tag}:*`)).length).toBeGreaterThan(0);
  });

  test('a sentinel list that is not host:port stops start-up with the key named', () => {
    expect(() => loadConfig({ MONGODB_URI: 'mongodb://127.0.0.1:27017', REDIS_SENTINELS: '127.0.0.1' })).toThrow(ConfigError);
    expect(() => loadConfig({ MONGODB_URI: 'mongodb://127.0.0.1:27017', REDIS_SENTINELS: '127.0.0.1' })).toThrow(/REDIS_SENTINELS/);
  });
});
