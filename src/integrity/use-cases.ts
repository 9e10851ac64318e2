import type { Redis } from 'ioredis';
import { Types } from 'mongoose';
import type { Audit } from '../audit/use-cases';
import type { Clock } from '../clock';
import type { Config } from '../config';
import { insertNew } from '../db/mongo';
import { NotFound } from '../errors';
import type { Offices } from '../offices/use-cases';
import type { People } from '../people/use-cases';
import type { Quizzes } from '../quizzes/use-cases';
import { createChatReading } from './chat-reading';
import { createDetection } from './detection';
import { createLessonTime } from './lesson-time';
import type { IntegrityModels } from './model';
import { createReport } from './report';

export interface IntegrityDeps {
  config: Pick<Config, 'AUTH_SECRET' | 'CACHE_PREFIX' | 'LESSON_PRESENCE_SHARE' | 'LESSON_HEARTBEAT_S' | 'INTEGRITY_FAST_ANSWER_S' | 'INTEGRITY_SHARED_WINDOW_MIN' | 'INTEGRITY_SHARED_MIN_WRONG'>;
  clock: Clock;
  redis: Redis;
  models: IntegrityModels;
  quizzes: Pick<Quizzes, 'forIntegrity' | 'quizById'>;
  people: Pick<People, 'instructorById'>;
  offices: Pick<Offices, 'scopeOf'>;
  audit: Pick<Audit, 'record'>;
}

/**
 * Integrity: whether the training was real. Lesson time (presence from heartbeats gates marking a
 * lesson read), when quiz questions came on screen, the checks that flag fast answers and shared
 * answer patterns, and the offices' report of those flags. The learning area calls the learner's
 * side; the checks read attempts through the quizzes area and run from a periodic job.
 */
export function createIntegrity(deps: IntegrityDeps) {
  const { config, clock, models } = deps;
  const lessonTime = createLessonTime({ models, clock, settings: { share: config.LESSON_PRESENCE_SHARE, heartbeatS: config.LESSON_HEARTBEAT_S, secret: config.AUTH_SECRET } });
  const chatReading = createChatReading({ redis: deps.redis, prefix: config.CACHE_PREFIX, clock, lessonTime });
  const detection = createDetection({
    models,
    clock,
    reads: deps.quizzes.forIntegrity,
    quizzes: deps.quizzes,
    people: deps.people,
    settings: { fastAnswerS: config.INTEGRITY_FAST_ANSWER_S, sharedWindowMin: config.INTEGRITY_SHARED_WINDOW_MIN, sharedMinWrong: config.INTEGRITY_SHARED_MIN_WRONG },
  });
  const report = createReport({ models, clock, audit: deps.audit, offices: deps.offices });

  return {
    lessonTime,
    chatReading,

    /**
     * A question of the learner's attempt came on screen (the mini-program's page, or the bot sent
     * it). The first showing is kept; later ones, and those after the attempt closed, change nothing.
     */
    async questionShown(learnerId: Types.ObjectId, attemptId: string, questionId: string, via: 'mp' | 'chat'): Promise<void> {
      const on = await deps.quizzes.forIntegrity.paperHas(learnerId, attemptId, questionId);
      if (!on) throw new NotFound('本次作答中没有这道题');
      if (!on.open) return;
      await insertNew(models.QuestionShown, [{ _id: `${attemptId}:${questionId}`, attemptId: new Types.ObjectId(attemptId), questionId: new Types.ObjectId(questionId), at: clock.now(), via }]);
    },

    /** The periodic scan of graded attempts (jobs/integrity.ts). */
    scan: detection.scan,
    listFlags: report.list,
    getFlag: report.get,
    clearFlag: report.clear,
  };
}

export type Integrity = ReturnType<typeof createIntegrity>;
