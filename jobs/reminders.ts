import { DelayedError, Worker, type Job } from 'bullmq';
import type { ServiceDeps } from '../src/deps';
import type { DeliveryBatch, DeliveryResult } from '../src/reminders/deliver';
import { digestEnqueuer } from './queues';
import { QUEUE_NAMES, type ReminderScanJob } from './queues';

export const REMINDER_SCAN_EVERY_MS = 60_000;
/** The sweep: re-creates the scan's scheduler and re-plans whatever was missed. */
export const REMINDER_SWEEP_EVERY_MS = 10 * 60_000;
const SCHEDULER_ID = 'reminder-scan';

type Deps = Pick<ServiceDeps, 'areas' | 'queues' | 'workerRedis' | 'config' | 'logger' | 'clock'>;

/**
 * Scheduler upserts at start-up have produced duplicate runs, and several instances upserting at
 * once have left a scheduler producing nothing (bullmq #2876, #2988, #3085, #3262). So the scan is
 * idempotent (a duplicate or concurrent run plans nothing twice), and a plain timer in every worker
 * process, independent of BullMQ's scheduler, queues a sweep (one per window across processes, by
 * its job id) that upserts the scheduler again and re-plans whatever a lost job or a flushed Redis missed.
 */
export async function upsertReminderScheduler(queues: Deps['queues']): Promise<void> {
  await queues.reminderScan.upsertJobScheduler(SCHEDULER_ID, { every: REMINDER_SCAN_EVERY_MS }, { name: 'scan', data: { task: 'scan' } });
}

export async function queueSweep(queues: Deps['queues'], now: number): Promise<void> {
  await queues.reminderScan.add('sweep', { task: 'sweep' }, { jobId: `sweep-${Math.floor(now / REMINDER_SWEEP_EVERY_MS)}` });
}

/** What one scan job does: the sweep also re-plans and re-creates the scheduler, then scans. */
export function scanProcessor(deps: Pick<Deps, 'areas' | 'queues'>) {
  const { reminders } = deps.areas;
  return async function processReminderScan(job: Pick<Job<ReminderScanJob>, 'data'>) {
    if (job.data.task === 'sweep') {
      await upsertReminderScheduler(deps.queues);
      const swept = await reminders.sweep();
      return { ...(await reminders.scan()), swept };
    }
    return reminders.scan();
  };
}

/**
 * One batch of digests. In quiet hours the whole batch waits in the delayed set; digests a channel
 * deferred (at its cap) go back as a delayed batch of their own. Nothing is dropped.
 */
export function deliveryProcessor(deps: Pick<Deps, 'areas' | 'queues' | 'clock'>) {
  const requeue = digestEnqueuer(deps.queues, deps.clock);
  return async function processDeliveryBatch(job: Job<DeliveryBatch, DeliveryResult>, token?: string): Promise<DeliveryResult> {
    const result = await deps.areas.reminders.deliver(job.data);
    if (result.status === 'deferred') {
      await job.moveToDelayed(result.until.getTime(), token);
      throw new DelayedError();
    }
    if (result.deferred) await requeue(result.deferred.digests, result.deferred.until);
    return { ...result, deferred: undefined };
  };
}

export async function startReminderWorkers(deps: Deps): Promise<{ close(): Promise<void> }> {
  await upsertReminderScheduler(deps.queues);
  const scan = new Worker<ReminderScanJob>(QUEUE_NAMES.reminderScan, scanProcessor(deps), { connection: deps.workerRedis, prefix: deps.config.QUEUE_PREFIX, concurrency: 1 });
  const deliveries = new Worker<DeliveryBatch, DeliveryResult>(QUEUE_NAMES.reminderDeliveries, deliveryProcessor(deps), { connection: deps.workerRedis, prefix: deps.config.QUEUE_PREFIX, concurrency: 4 });
  for (const [name, w] of [['scan', scan], ['delivery', deliveries]] as const) {
    w.on('error', (err) => deps.logger.warn({ err: err.message }, `reminder ${name} worker error`));
    w.on('failed', (job, err) => deps.logger.warn({ jobId: job?.id, attempts: job?.attemptsMade, err: err.message }, `reminder ${name} job failed`));
  }
  const sweep = () => queueSweep(deps.queues, deps.clock.now().getTime()).catch((err: Error) => deps.logger.warn({ err: err.message }, 'could not queue the reminder sweep'));
  await sweep();
  const timer = setInterval(() => void sweep(), REMINDER_SWEEP_EVERY_MS);
  timer.unref();
  return {
    async close() {
      clearInterval(timer);
      await Promise.all([scan.close(), deliveries.close()]);
    },
  };
}
