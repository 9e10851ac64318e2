import type { Redis } from 'ioredis';
import type { Channel, Recipient, ReminderMessage, SendResult } from './types';

export interface BreakerOptions {
  redis: Redis;
  /** Key prefix (CACHE_PREFIX): the pause is shared by every process. */
  prefix: string;
  /** Failures for now (transient errors) in a row that pause the channel. */
  threshold: number;
  pauseMs: number;
  now: () => number;
  /** Told once when the channel pauses: an alert for whoever runs the service. */
  onPause: (channel: string, until: Date) => void;
}

/**
 * A channel that keeps failing is paused rather than hammered: after `threshold` transient errors
 * in a row its sends are deferred (the caller keeps the message and tries again after the pause),
 * and one success closes it again. Nothing is dropped. The state lives in Redis, so every process
 * sees the same pause; a flushed Redis only ends a pause early.
 */
export function withBreaker(channel: Channel, options: BreakerOptions): Channel {
  const failures = `${options.prefix}:channel:${channel.name}:failures`;
  const pausedUntil = `${options.prefix}:channel:${channel.name}:paused-until`;
  return {
    name: channel.name,
    canReach: (r: Recipient) => channel.canReach(r),
    async send(r: Recipient, message: ReminderMessage): Promise<SendResult> {
      const until = Number(await options.redis.get(pausedUntil));
      if (until > options.now()) return { outcome: 'deferred', retryAt: new Date(until), reason: 'channel_paused' };
      try {
        const result = await channel.send(r, message);
        await options.redis.del(failures);
        return result;
      } catch (err) {
        const n = await options.redis.incr(failures);
        await options.redis.pexpire(failures, options.pauseMs * 4);
        if (n >= options.threshold) {
          const end = options.now() + options.pauseMs;
          // NX: of several processes crossing the threshold together, one sets the pause and alerts.
          if (await options.redis.set(pausedUntil, String(end), 'PX', options.pauseMs, 'NX')) options.onPause(channel.name, new Date(end));
          await options.redis.del(failures);
        }
        throw err;
      }
    },
  };
}
