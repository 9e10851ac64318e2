import { Redis, type RedisOptions } from 'ioredis';
import type { Config } from './config';

/** Where Redis is: one node by URL, or the master Sentinel names (the URL then gives password and db). */
export type RedisTarget = string | { url: string; sentinels: { host: string; port: number }[]; master: string };

export function redisTarget(config: Pick<Config, 'REDIS_URL' | 'REDIS_SENTINELS' | 'REDIS_SENTINEL_MASTER'>): RedisTarget {
  if (!config.REDIS_SENTINELS.length) return config.REDIS_URL;
  return { url: config.REDIS_URL, sentinels: config.REDIS_SENTINELS, master: config.REDIS_SENTINEL_MASTER };
}

/** Password, user and database from a redis:// URL, for a Sentinel-managed connection. */
function credentialsOf(url: string): RedisOptions {
  const u = new URL(url);
  const db = Number(u.pathname.slice(1) || 0);
  return {
    ...(u.username ? { username: decodeURIComponent(u.username) } : {}),
    ...(u.password ? { password: decodeURIComponent(u.password) } : {}),
    ...(db ? { db } : {}),
    ...(u.protocol === 'rediss:' ? { tls: {} } : {}),
  };
}

/**
 * Request-path clients fail fast when Redis is down (no offline queue, one retry) so a request
 * gets a 503 instead of hanging; worker clients wait forever, as BullMQ requires. With Sentinel,
 * ioredis asks the sentinels for the current master and follows a failover.
 */
export function createRedis(target: RedisTarget, purpose: 'request' | 'worker', onError: (err: Error) => void = () => undefined): Redis {
  const options: RedisOptions =
    purpose === 'request'
      ? { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 1000, retryStrategy: (n) => Math.min(n * 200, 2000) }
      : { maxRetriesPerRequest: null, retryStrategy: (n) => Math.min(n * 200, 5000) };
  const client =
    typeof target === 'string'
      ? new Redis(target, { ...options, lazyConnect: false })
      : new Redis({ ...credentialsOf(target.url), sentinels: target.sentinels, name: target.master, ...options, lazyConnect: false });
  // Without a listener an 'error' event (each failed reconnect) would crash the process.
  client.on('error', onError);
  return client;
}
