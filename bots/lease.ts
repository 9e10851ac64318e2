import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Redis } from 'ioredis';
import type { Logger } from '../src/logger';

/** One lease per bot account: two processes logged in to one WeChat account would both send. */
export function leaseKey(cachePrefix: string, botName: string): string {
  return `${cachePrefix}:bot-lease:${botName}`;
}

export interface BotLeaseOptions {
  /**
   * Any ioredis client. With a fail-fast one an outage shows as errors; with a worker one
   * (commands wait for the reconnect) the lease still counts as lost on time, by its own timer.
   */
  redis: Redis;
  /** See leaseKey(). */
  key: string;
  /**
   * How long the lease outlives its holder. Renewals and polls run every ttlMs / 3, so a dead
   * holder's lease is taken over within about ttlMs + ttlMs / 3. A whole number of ms (PX).
   */
  ttlMs: number;
  /** The value stored in the key, naming this process in `redis-cli get`. Default hostname:pid:random. */
  holder?: string;
  logger: Logger;
  /** Start the bot. Awaited before the next renewal, so keep it shorter than ttlMs. */
  onAcquired: () => Promise<void>;
  /** Stop sending: another process may hold the lease now, or soon. */
  onLost: () => Promise<void>;
}

export interface BotLease {
  /** True from taking the lease until it is lost or stopped (onAcquired may still be running). */
  readonly held: boolean;
  readonly holder: string;
  /** Stops renewing and polling, runs onLost if held, then frees the lease if it is still ours. Safe to call twice. */
  stop(): Promise<void>;
}

// Another process may have taken the key after ours lapsed: only our own value is renewed or freed.
const RENEW = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end`;
const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;

/**
 * Holds the Redis lease that lets one process, and only one, run the bot of an account.
 * Polls with SET NX PX until it gets the lease, then renews it; when a renewal finds the value is
 * not ours, or none succeeded in time, it gives the bot up (onLost) and polls again.
 */
export function holdBotLease(options: BotLeaseOptions): BotLease {
  const { redis, key, ttlMs, onAcquired, onLost } = options;
  if (!Number.isInteger(ttlMs) || ttlMs < 3) throw new RangeError(`ttlMs must be a whole number of ms, at least 3; got ${ttlMs}`);
  const holder = options.holder ?? `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  const logger = options.logger.child({ leaseKey: key, holder });
  // Three tries at renewing before the lease would lapse, so one slow answer does not lose it.
  const intervalMs = Math.floor(ttlMs / 3);
  // The holder gives the bot up this long before Redis would let another process take over,
  // so onLost has begun stopping the outbox by then. Counted from when the command was sent,
  // which is no later than when Redis set the expiry.
  const marginMs = Math.floor(ttlMs / 6);

  let held = false;
  let stopped = false;
  // Bumped whenever the lease is taken or lost, so a renewal answer that arrives late, after its
  // lease was already given up, changes nothing.
  let epoch = 0;
  let tickTimer: NodeJS.Timeout | undefined;
  let expiryTimer: NodeJS.Timeout | undefined;
  let ticking: Promise<void> | undefined;
  let stopping: Promise<void> | undefined;
  // onAcquired and onLost run one after the other, never together: the lease can lapse while a
  // slow onAcquired is still starting the bot, and onLost must then wait for it.
  let callbacks: Promise<void> = Promise.resolve();

  function run(name: 'onAcquired' | 'onLost', callback: () => Promise<void>): Promise<void> {
    callbacks = callbacks.then(async () => {
      try {
        await callback();
      } catch (err) {
        logger.error({ err }, `bot lease ${name} failed`);
      }
    });
    return callbacks;
  }

  // A renewal that hangs (worker client during an outage) cannot tell us the lease lapsed; this timer does.
  function expireAt(sentAt: number): void {
    clearTimeout(expiryTimer);
    const lease = epoch;
    expiryTimer = setTimeout(() => {
      if (lease === epoch) void lose('no renewal succeeded before the lease would lapse');
    }, Math.max(0, sentAt + ttlMs - marginMs - Date.now()));
    expiryTimer.unref();
  }

  function lose(reason: string, level: 'warn' | 'info' = 'warn'): Promise<void> {
    if (!held) return callbacks;
    held = false;
    epoch += 1;
    clearTimeout(expiryTimer);
    logger[level]({ reason }, 'bot lease given up: stopping the bot here');
    return run('onLost', onLost);
  }

  async function acquire(): Promise<void> {
    const sentAt = Date.now();
    let answer: string | null;
    try {
      answer = await redis.set(key, holder, 'PX', ttlMs, 'NX');
    } catch (err) {
      logger.warn({ err }, 'could not ask Redis for the bot lease; trying again');
      return;
    }
    // stop() frees the key whatever happened here, so a lease taken as we stopped is not started.
    if (answer !== 'OK' || stopped) return;
    held = true;
    epoch += 1;
    expireAt(sentAt);
    logger.info('bot lease taken: starting the bot here');
    await run('onAcquired', onAcquired);
  }

  async function renew(): Promise<void> {
    const lease = epoch;
    const sentAt = Date.now();
    let renewed: unknown;
    try {
      renewed = await redis.eval(RENEW, 1, key, holder, ttlMs);
    } catch (err) {
      // The expiry timer decides when too many of these have failed.
      logger.warn({ err }, 'could not renew the bot lease; trying again');
      return;
    }
    if (lease !== epoch || !held) return;
    if (renewed === 1) expireAt(sentAt);
    else await lose('the lease is no longer ours (it lapsed or another process took it)');
  }

  async function tick(): Promise<void> {
    tickTimer = undefined;
    try {
      if (held) await renew();
      else await acquire();
    } catch (err) {
      // Redis and callback errors are handled below this; anything else must not end the loop.
      logger.error({ err }, 'bot lease tick failed');
    }
    if (stopped) return;
    tickTimer = setTimeout(() => {
      ticking = tick();
    }, intervalMs);
    tickTimer.unref();
  }

  async function stopOnce(): Promise<void> {
    stopped = true;
    clearTimeout(tickTimer);
    // Let a command in flight settle first, so its answer cannot start the bot after we stopped.
    await ticking;
    clearTimeout(expiryTimer);
    await lose('this process is stopping', 'info');
    try {
      // Also when not held: a renewal that answered after the lease was given up left our value behind.
      await redis.eval(RELEASE, 1, key, holder);
    } catch (err) {
      // Not thrown: the lease lapses by itself within ttlMs, and shutdown must go on.
      logger.warn({ err }, 'could not free the bot lease; another process takes it once it lapses');
    }
  }

  ticking = tick();
  return {
    get held() {
      return held;
    },
    holder,
    stop: () => (stopping ??= stopOnce()),
  };
}
