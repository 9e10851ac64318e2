import { Worker } from 'bullmq';
import type { ServiceDeps } from '../src/deps';
import { QUEUE_NAMES, type LearningUpkeepJob } from './queues';

export const CERTIFICATE_REPAIR_EVERY_MS = 5 * 60_000;

/**
 * Issues certificates whose issue failed on the completion path (a grade or lesson read that
 * completed a course while Redis or MongoDB was down). GET routes never issue; this job does.
 */
export async function startLearningUpkeepWorker(deps: Pick<ServiceDeps, 'areas' | 'queues' | 'workerRedis' | 'config' | 'logger'>): Promise<Worker<LearningUpkeepJob, number>> {
  const { learning } = deps.areas;
  await deps.queues.learningUpkeep.upsertJobScheduler('certificate-repair', { every: CERTIFICATE_REPAIR_EVERY_MS }, { name: 'repair-certificates', data: { task: 'repair-certificates' } });
  const worker = new Worker<LearningUpkeepJob, number>(
    QUEUE_NAMES.learningUpkeep,
    async () => {
      const issued = await learning.repairCertificates();
      if (issued) deps.logger.warn({ issued }, 'issued certificates that the completion path had missed');
      return issued;
    },
    { connection: deps.workerRedis, prefix: deps.config.QUEUE_PREFIX, concurrency: 1 },
  );
  worker.on('error', (err) => deps.logger.warn({ err: err.message }, 'learning upkeep worker error'));
  worker.on('failed', (job, err) => deps.logger.error({ jobId: job?.id, err: err.message }, 'learning upkeep job failed'));
  return worker;
}
