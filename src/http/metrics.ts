import { Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Queue } from 'bullmq';
import { withTimeout } from '../timeout';

export interface Metrics {
  registry: Registry;
  httpDuration: Histogram<'method' | 'route' | 'status'>;
}

/** One registry per app instance (no global default registry), so tests can build many apps. */
export function createMetrics(queues: () => Queue[], version: string): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  new Gauge({ name: 'app_info', help: 'The running version (always 1)', labelNames: ['version'] as const, registers: [registry] }).set({ version }, 1);
  const httpDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request duration by route and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  new Gauge({
    name: 'queue_jobs',
    help: 'Jobs per queue and state (waiting, active, failed, delayed)',
    labelNames: ['queue', 'state'] as const,
    registers: [registry],
    async collect() {
      this.reset();
      await Promise.all(
        queues().map(async (queue) => {
          try {
            const counts = await withTimeout(queue.getJobCounts('waiting', 'active', 'failed', 'delayed'), 1000, 'redis');
            for (const [state, n] of Object.entries(counts)) this.set({ queue: queue.name, state }, n);
          } catch {
            // Redis is down: /readyz says so; /metrics still answers with what it has.
          }
        }),
      );
    },
  });
  return { registry, httpDuration };
}
