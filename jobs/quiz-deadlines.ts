import { Worker } from 'bullmq';
import type { ServiceDeps } from '../src/deps';
import { registerModels } from '../src/models';
import { gradeOverdueAttempt, gradeOverdueAttempts } from '../src/quizzes/engine';
import { learningDeps } from '../src/learning/service';
import { QUEUE_NAMES, type QuizDeadlineJob } from './queues';

export const DEADLINE_SCAN_EVERY_MS = 60_000;

/**
 * The server closes overdue attempts: a delayed job per attempt at its deadline, and a scan every
 * minute (MongoDB is the truth; the scan catches attempts whose job was lost with Redis).
 */
export async function startQuizDeadlineWorker(deps: ServiceDeps): Promise<Worker<QuizDeadlineJob>> {
  const learning = learningDeps({ ...deps, models: registerModels(deps.mongo) });
  await deps.queues.quizDeadlines.upsertJobScheduler('deadline-scan', { every: DEADLINE_SCAN_EVERY_MS }, { name: 'scan', data: { scan: true } });
  const worker = new Worker<QuizDeadlineJob>(
    QUEUE_NAMES.quizDeadlines,
    async (job) => ('attemptId' in job.data ? gradeOverdueAttempt(learning, job.data.attemptId) : gradeOverdueAttempts(learning)),
    { connection: deps.workerRedis, prefix: deps.config.QUEUE_PREFIX, concurrency: 1 },
  );
  worker.on('error', (err) => deps.logger.warn({ err: err.message }, 'quiz deadline worker error'));
  worker.on('failed', (job, err) => deps.logger.error({ jobId: job?.id, err: err.message }, 'quiz deadline job failed'));
  return worker;
}
