import type { Connection } from 'mongoose';
import type { Redis } from 'ioredis';
import type { Clock } from './clock';
import type { Config } from './config';
import type { Logger } from './logger';
import { OnceGuard } from './db/once';
import { registerModels } from './models';
import { createAudit } from './audit/use-cases';
import { createOffices } from './offices/use-cases';
import { createStaffArea } from './staff/use-cases';
import { createBinding } from './binding/use-cases';
import { createPeople, type People } from './people/use-cases';
import { createCourses } from './courses/use-cases';
import { createQuizzes, type Quizzes } from './quizzes/use-cases';
import { createCertificates } from './certificates/use-cases';
import { createLearnerCache } from './learning/learner-cache';
import { createLearning, type Learning } from './learning/use-cases';
import type { Attempt } from './quizzes/model';

export interface AreaInfra {
  config: Config;
  logger: Logger;
  mongo: Connection;
  /** The fail-fast request client: counters, caches, throttles. */
  redis: Redis;
  clock: Clock;
  /** Queues the job that grades an attempt at its deadline (jobs/ provides it). */
  scheduleDeadline: (attempt: Pick<Attempt, '_id' | 'deadline'>) => Promise<void>;
}

/**
 * The composition root: every area's use cases, built once at start-up from its own models and
 * the use cases of the areas it depends on. Routes, bot commands and workers get these objects,
 * never models. Where two areas need each other (binding asks people for names; people and
 * binding tell learning what went stale; the engine tells learning about a grade), the later
 * area is reached through a function that is looked up when called.
 */
export function buildAreas(infra: AreaInfra) {
  const { config, clock, redis } = infra;
  const models = registerModels(infra.mongo);
  const once = new OnceGuard(models.OnceKey);
  // Filled in below, read only when called (after buildAreas has returned).
  const late: { learning?: Learning; people?: People; quizzes?: Quizzes } = {};
  const learningNow = () => late.learning!;

  const audit = createAudit({ Audit: models.Audit, clock });
  // Office tree, published courses and quizzes: in memory per process, checked against Redis (src/db/versioned-cache.ts).
  const contentCache = { redis, prefix: config.CACHE_PREFIX, ttlMs: config.CONTENT_CACHE_S * 1000, now: () => clock.now().getTime() };
  const offices = createOffices({ Office: models.Office, audit, contentCache });
  const staff = createStaffArea({ Staff: models.Staff, RefreshToken: models.RefreshToken, once, redis, clock, config, offices, audit });
  const binding = createBinding({
    config,
    redis,
    clock,
    once,
    BindCode: models.BindCode,
    Binding: models.Binding,
    findPerson: (type, id) => late.people!.findPerson(type, id),
    onIdentitiesChanged: async (identities) => learningNow().forgetOpenids(identities.filter((i) => i.kind === 'mp').map((i) => i.id)),
  });
  const people = (late.people = createPeople({
    clock,
    Instructor: models.Instructor,
    Enterprise: models.Enterprise,
    Contact: models.Contact,
    audit,
    binding,
    offices,
    exportMaxRows: config.EXPORT_MAX_ROWS,
    onInstructorsChanged: (ids) => learningNow().forgetInstructors(ids),
  }));
  const courses = createCourses({
    contentCache,
    Course: models.Course,
    CourseModule: models.CourseModule,
    Lesson: models.Lesson,
    LessonCompletion: models.LessonCompletion,
    audit,
    quizzes: { views: (id) => late.quizzes!.forCourses.views(id), hasAttempts: (f) => late.quizzes!.forCourses.hasAttempts(f), remove: (f) => late.quizzes!.forCourses.remove(f) },
  });
  const quizzes = (late.quizzes = createQuizzes({
    contentCache,
    clock,
    QuestionBank: models.QuestionBank,
    Question: models.Question,
    Quiz: models.Quiz,
    Attempt: models.Attempt,
    AttemptAnswer: models.AttemptAnswer,
    AttemptGrade: models.AttemptGrade,
    audit,
    courses,
    onGraded: (grade) => learningNow().afterGrade(grade),
    scheduleDeadline: infra.scheduleDeadline,
    logger: infra.logger,
  }));
  const certificates = createCertificates({ clock, redis, prefix: config.CACHE_PREFIX, timeZone: config.TIME_ZONE, Certificate: models.Certificate, audit });
  const learning = (late.learning = createLearning({
    clock,
    logger: infra.logger,
    courses,
    quizzes,
    certificates,
    binding,
    people,
    offices,
    cache: createLearnerCache({ redis, prefix: config.CACHE_PREFIX, now: () => clock.now().getTime() }),
  }));
  return { audit, offices, staff, binding, people, courses, quizzes, certificates, learning };
}

export type Areas = ReturnType<typeof buildAreas>;
