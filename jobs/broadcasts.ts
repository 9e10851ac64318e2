import { Worker } from 'bullmq';
import type { ServiceDeps } from '../src/deps';
import type { DeliveryJob } from '../src/broadcasts/sending';
import { QUEUE_NAMES, type BroadcastJob } from './queues';

type Deps = Pick<ServiceDeps, 'areas' | 'workerRedis' | 'config' | 'logger' | 'queues'>;

export const RECONCILE_EVERY_MS = 5 * 60_000;

/**
 * Broadcast workers: the start (fan-out, resumable: a retried or repeated start repeats nothing)
 * and the delivery batches (each delivery at most once; a transient failure is retried by BullMQ
 * with backoff, and only what did not go goes then).
 */
export async function startBroadcastWorkers(deps: Deps): Promise<{ close(): Promise<void> }> {
  const { sending } = deps.areas.broadcasts;
  const connection = deps.workerRedis;
  const prefix = deps.config.QUEUE_PREFIX;
  // Reconciling is idempotent, so a duplicate or missed run of this scheduler changes nothing.
  await deps.queues.broadcasts.upsertJobScheduler('broadcast-reconcile', { every: RECONCILE_EVERY_MS }, { name: 'reconcile', data: { reconcile: true } });
  const start = new Worker<BroadcastJob>(QUEUE_NAMES.broadcasts, async (job) => ('start' in job.data ? sending.start(job.data.start) : sending.reconcile()), { connection, prefix, concurrency: 1 });
  const deliveries = new Worker<DeliveryJob>(QUEUE_NAMES.broadcastDeliveries, async (job) => sending.deliver(job.data), { connection, prefix, concurrency: 2 });
  for (const [name, w] of [['start', start], ['delivery', deliveries]] as const) {
    w.on('error', (err) => deps.logger.warn({ err: err.message }, `broadcast ${name} worker error`));
    w.on('failed', (job, err) => deps.logger.warn({ jobId: job?.id, attempts: job?.attemptsMade, err: err.message }, `broadcast ${name} job failed`));
  }
  return {
    async close() {
      await Promise.all([start.close(), deliveries.close()]);
    },
  };
}
