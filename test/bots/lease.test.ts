import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Redis } from 'ioredis';
import { holdBotLease, leaseKey, type BotLease } from '../../bots/lease';
import { createRedis } from '../../src/redis';
import { createTestContext, redisReady, type TestContext } from '../support/context';

const TTL_MS = 600;

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext(__filename);
});
afterAll(() => ctx.close());

let key: string;
let started: BotLease[];
let clients: Redis[];
beforeEach(() => {
  key = leaseKey(ctx.config.CACHE_PREFIX, `bot-${randomBytes(3).toString('hex')}`);
  started = [];
  clients = [];
});
afterEach(async () => {
  await Promise.all(started.map((lease) => lease.stop()));
  // A second disconnect() would leave ioredis's 2 s close timer running on an already closed stream.
  for (const client of clients) if (client.status !== 'end') client.disconnect();
  await ctx.redis.del(key);
});

/** A would-be bot process: counts its onAcquired and onLost calls. */
function contender(name: string, redis: Redis = ctx.redis) {
  const calls = { acquired: 0, lost: 0 };
  const lease = holdBotLease({
    redis,
    key,
    ttlMs: TTL_MS,
    holder: name,
    logger: ctx.logger,
    onAcquired: async () => {
      calls.acquired += 1;
    },
    onLost: async () => {
      calls.lost += 1;
    },
  });
  started.push(lease);
  return { lease, calls };
}

async function waitFor(what: string, condition: () => boolean | Promise<boolean>, withinMs = 3 * TTL_MS): Promise<void> {
  const deadline = Date.now() + withinMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`waited ${withinMs} ms for ${what}`);
    await sleep(20);
  }
}

describe('only one process runs the bot of an account', () => {
  test('of two processes starting together, exactly one starts the bot', async () => {
    const a = contender('a');
    const b = contender('b');
    await waitFor('one to take the lease', () => a.calls.acquired + b.calls.acquired > 0);
    // A whole ttl: the lease has been renewed and the other has polled several times meanwhile.
    await sleep(TTL_MS);
    expect(a.calls.acquired + b.calls.acquired).toBe(1);
    const winner = a.calls.acquired ? a.lease : b.lease;
    expect(await ctx.redis.get(key)).toBe(winner.holder);
    expect([a.lease.held, b.lease.held].filter(Boolean)).toHaveLength(1);
  });

  test('when the holder stops, it stops its bot and the other process takes over', async () => {
    const first = contender('first');
    await waitFor('the first to take the lease', () => first.calls.acquired === 1);
    const second = contender('second');

    await first.lease.stop();
    expect(first.calls.lost).toBe(1);
    expect(first.lease.held).toBe(false);

    await waitFor('the second to take over', () => second.calls.acquired === 1);
    expect(await ctx.redis.get(key)).toBe('second');
  });

  test('when the holder dies without freeing the lease, the other takes over once it lapses', async () => {
    const doomedClient = createRedis(ctx.config.REDIS_URL, 'request');
    clients.push(doomedClient);
    await redisReady(doomedClient);
    const doomed = contender('doomed', doomedClient);
    await waitFor('the doomed one to take the lease', () => doomed.calls.acquired === 1);
    const survivor = contender('survivor');

    const diedAt = Date.now();
    doomedClient.disconnect();

    await waitFor('the survivor to take over', () => survivor.calls.acquired === 1, TTL_MS * 3);
    // Not before the dead holder's last renewal lapsed: that came at most ttl/3 before it died.
    expect(Date.now() - diedAt).toBeGreaterThan(TTL_MS / 2);
    // The cut-off holder gave its bot up on its own, without reaching Redis.
    expect(doomed.calls.lost).toBe(1);
    expect(await ctx.redis.get(key)).toBe('survivor');
  });

  test('a holder whose lease another process overwrote stops its bot and leaves the other value alone', async () => {
    const holder = contender('holder');
    await waitFor('the holder to take the lease', () => holder.calls.acquired === 1);

    // No expiry on the intruder's value: a renewal by the old holder would give it one.
    await ctx.redis.set(key, 'intruder');
    await waitFor('the holder to give the bot up', () => holder.calls.lost === 1);
    expect(holder.lease.held).toBe(false);

    await sleep(TTL_MS / 2);
    expect(await ctx.redis.get(key)).toBe('intruder');
    expect(await ctx.redis.pttl(key)).toBe(-1);
    expect(holder.calls).toEqual({ acquired: 1, lost: 1 });
  });

  test('stopping never frees a lease another process holds', async () => {
    const holder = contender('holder');
    await waitFor('the holder to take the lease', () => holder.calls.acquired === 1);

    await ctx.redis.set(key, 'intruder', 'PX', 60_000);
    await holder.lease.stop();

    expect(await ctx.redis.get(key)).toBe('intruder');
  });
});
