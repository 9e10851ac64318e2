import { Redis, type RedisOptions } from 'ioredis';

/**
 * Request-path clients fail fast when Redis is down (no offline queue, one retry) so a request
 * gets a 503 instead of hanging; worker clients wait forever, as BullMQ requires.
 */
export function createRedis(url: string, purpose: 'request' | 'worker', onError: (err: Error) => void = () => undefined): Redis {
  const options: RedisOptions =
    purpose === 'request'
      ? { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 1000, retryStrategy: (n) => Math.min(n * 200, 2000) }
      : { maxRetriesPerRequest: null, retryStrategy: (n) => Math.min(n * 200, 5000) };
  const client = new Redis(url, { ...options, lazyConnect: false });
  // Without a listener an 'error' event (each failed reconnect) would crash the process.
  client.on('error', onError);
  return client;
}
