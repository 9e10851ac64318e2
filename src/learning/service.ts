import type { Redis } from 'ioredis';
import type { Clock } from '../clock';
import type { Config } from '../config';
import type { Models } from '../models';
import type { Queues } from '../../jobs/queues';
import type { EngineDeps } from '../quizzes/engine';
import type { CertificateDeps } from '../certificates/service';
import { checkCompletion } from './progress';

export type LearningDeps = EngineDeps & { certificates: CertificateDeps };

/**
 * The learning use cases' dependencies, shared by the mini-program API and the bot: a grade
 * triggers the completion check (and certificate); a start schedules the deadline job. The
 * scheduler's scan grades overdue attempts too, so a lost job (Redis flushed) loses nothing.
 */
export function learningDeps(deps: { clock: Clock; models: Models; redis: Redis; config: Pick<Config, 'QUEUE_PREFIX'>; queues: Pick<Queues, 'quizDeadlines'> }): LearningDeps {
  const certificates: CertificateDeps = { clock: deps.clock, redis: deps.redis, prefix: deps.config.QUEUE_PREFIX, Certificate: deps.models.Certificate };
  const self: LearningDeps = {
    clock: deps.clock,
    models: deps.models,
    certificates,
    onGraded: async (learner, grade) => {
      await checkCompletion(self, learner, grade.courseId);
    },
    onStarted: async (attempt) => {
      const delay = Math.max(0, attempt.deadline.getTime() - deps.clock.now().getTime()) + 1000;
      await deps.queues.quizDeadlines.add('grade-overdue', { attemptId: String(attempt._id) }, { jobId: `deadline-${String(attempt._id)}`, delay });
    },
  };
  return self;
}
