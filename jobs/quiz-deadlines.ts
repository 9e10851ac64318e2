import { Worker } from 'bullmq';
import type { ServiceDeps } from '../src/deps';
import { QUEUE_NAMES, type QuizDeadlineJob } from './queues';

export const DEADLINE_SCAN_EVERY_MS = 60_000;
/** Attempts graded per scan at most: a backlog (after an outage) drains over a few minutes, never in one long job. */
export const OVERDUE_SCAN_LIMIT = 200;

/**
 * The server closes overdue attempts: a delayed job per attempt at its deadline, and a scan every
 * minute (MongoDB is the truth; the scan catches attempts whose job was lost with Redis, or
 * never queued because Redis was down when the attempt started).
 */
export async function startQuizDeadlineWorker(deps: Pick<ServiceDeps, 'areas' | 'queues' | 'workerRedis' | 'config' | 'logger'>): Promise<Worker<QuizDeadlineJob>> {
  const { learning } = deps.areas;
  await deps.queues.quizDeadlines.upsertJobScheduler('deadline-scan', { every: DEADLINE_SCAN_EVERY_MS }, { name: 'scan', data: { scan: true } });
  const worker = new Worker<QuizDeadlineJob>(
    QUEUE_NAMES.quizDeadlines,
    async (job) => ('attemptId' in job.data ? learning.gradeOverdueAttempt(job.data.attemptId) : learning.gradeOverdue(OVERDUE_SCAN_LIMIT)),
    { connection: deps.workerRedis, prefix: deps.config.QUEUE_PREFIX, concurrency: 1 },
  );
  worker.on('error', (err) => deps.logger.warn({ err: err.message }, 'quiz deadline worker error'));
  worker.on('failed', (job, err) => deps.logger.error({ jobId: job?.id, err: err.message }, 'quiz deadline job failed'));
  return worker;
}
