import type { Redis } from 'ioredis';

/**
 * Failure counters in Redis (INCR is exact under concurrency, unlike a document counter on
 * FerretDB). The window starts at the first failure and the key expires with it.
 */
export class FailureCounter {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly max: number,
    private readonly windowSeconds: number,
  ) {}

  private key(subject: string): string {
    return `${this.prefix}:${subject}`;
  }

  async isBlocked(subject: string): Promise<boolean> {
    const count = Number(await this.redis.get(this.key(subject)));
    return count >= this.max;
  }

  /** Counts one failure; returns the count so far in this window. */
  async fail(subject: string): Promise<number> {
    const key = this.key(subject);
    const [[, count]] = (await this.redis.multi().incr(key).expire(key, this.windowSeconds, 'NX').exec()) as [[null, number], [null, number]];
    return count;
  }

  async reset(subject: string): Promise<void> {
    await this.redis.del(this.key(subject));
  }
}

/**
 * A fixed-window call limit per subject (an IP, say): each call counts, and once `max` calls were
 * made in the window the next ones are refused until it lapses. INCR keeps it exact across processes.
 */
export class WindowLimit {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly max: number,
    private readonly windowSeconds: number,
  ) {}

  /** Counts this call; false when it is over the limit. */
  async take(subject: string): Promise<boolean> {
    const key = `${this.prefix}:${subject}`;
    const [[, count]] = (await this.redis.multi().incr(key).expire(key, this.windowSeconds, 'NX').exec()) as [[null, number], [null, number]];
    return count <= this.max;
  }
}
