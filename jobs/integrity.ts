import { Worker } from 'bullmq';
import type { ServiceDeps } from '../src/deps';
import { QUEUE_NAMES, type IntegrityScanJob } from './queues';

export const INTEGRITY_SCAN_EVERY_MS = 60_000;

/**
 * Checks graded attempts for fast answers and shared answer patterns once a minute (a job
 * scheduler, one per queue however many workers start). The checks run here rather than when an
 * attempt is graded so that submitting stays quick; a flag appears in the report within a minute.
 */
export async function startIntegrityWorker(deps: Pick<ServiceDeps, 'areas' | 'queues' | 'workerRedis' | 'config' | 'logger'>): Promise<Worker<IntegrityScanJob>> {
  const { integrity } = deps.areas;
  await deps.queues.integrityScan.upsertJobScheduler('integrity-scan', { every: INTEGRITY_SCAN_EVERY_MS }, { name: 'scan', data: { task: 'scan' } });
  const worker = new Worker<IntegrityScanJob, { checked: number; flagged: number }>(
    QUEUE_NAMES.integrityScan,
    async () => {
      const result = await integrity.scan();
      if (result.flagged) deps.logger.info(result, 'integrity scan flagged graded attempts for the offices to look at');
      return result;
    },
    { connection: deps.workerRedis, prefix: deps.config.QUEUE_PREFIX, concurrency: 1 },
  );
  worker.on('error', (err) => deps.logger.warn({ err: err.message }, 'integrity scan worker error'));
  worker.on('failed', (job, err) => deps.logger.error({ jobId: job?.id, err: err.message }, 'integrity scan job failed'));
  return worker;
}
