import { z } from 'zod';
import { GRADING_METHODS, QUESTION_TYPES } from '../quizzes/kinds';

/** Response shapes of the learner's API, so /openapi.json (and the mini-program's types) say exactly what comes back. */
const standing = {
  attemptsUsed: z.number(),
  attemptsLeft: z.number(),
  result: z.number().nullable(),
  passed: z.boolean(),
  grading: z.enum(GRADING_METHODS),
};
const quizProgress = z.object({ id: z.string(), title: z.string(), ...standing });
export const certificateOut = z.object({ id: z.string(), number: z.string(), code: z.string(), learnerName: z.string(), courseTitle: z.string(), issuedAt: z.string(), status: z.enum(['valid', 'revoked']) });

export const courseProgressOut = z.object({
  courseId: z.string(),
  title: z.string(),
  lessonsRead: z.number(),
  lessonsTotal: z.number(),
  modules: z.array(
    z.object({
      id: z.string(),
      code: z.string(),
      title: z.string(),
      lessons: z.array(z.object({ id: z.string(), title: z.string(), minutes: z.number(), read: z.boolean() })),
      quiz: quizProgress.nullable(),
    }),
  ),
  finalExam: quizProgress.nullable(),
  complete: z.boolean(),
  certificate: certificateOut.nullable(),
  /** What to do next, by the course rules (src/learning/rules.ts nextStep). */
  next: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('lesson'), id: z.string(), title: z.string(), moduleTitle: z.string() }),
    z.object({ kind: z.literal('quiz'), id: z.string(), title: z.string(), final: z.boolean(), attemptsLeft: z.number() }),
    z.object({ kind: z.literal('done') }),
  ]),
});

/** Where this reading of a lesson stands: the token each heartbeat carries, and presence so far against what marking it read needs (0 when read already or the gate is off). */
export const readingOut = z.object({ token: z.string(), heartbeatSeconds: z.number(), presentSeconds: z.number(), requiredSeconds: z.number(), canComplete: z.boolean() });
export const lessonOut = z.object({ id: z.string(), courseId: z.string(), moduleId: z.string(), title: z.string(), body: z.string(), bodyHtml: z.string(), videoUrl: z.string().nullable(), minutes: z.number(), reading: readingOut });

const questionView = z.object({ id: z.string(), type: z.enum(QUESTION_TYPES), stem: z.string(), options: z.array(z.string()), chosen: z.array(z.string()) });
export const attemptOut = z.object({
  id: z.string(),
  quizId: z.string(),
  number: z.number(),
  startedAt: z.string(),
  deadline: z.string(),
  status: z.enum(['open', 'graded']),
  /** Seconds left by the server's clock when it answered (0 once graded): the countdown never trusts the phone's clock alone. */
  remainingSeconds: z.number(),
  questions: z.array(questionView),
  result: z.object({ score: z.number(), correct: z.number(), total: z.number(), passed: z.boolean(), auto: z.boolean(), gradedAt: z.string() }).optional(),
  review: z.array(questionView.extend({ right: z.array(z.string()), correct: z.boolean(), explanation: z.string() })).optional(),
});

export const historyOut = z.object({
  standing: z.object(standing),
  attempts: z.array(z.object({ id: z.string(), number: z.number(), startedAt: z.string(), status: z.enum(['open', 'graded']), score: z.number().nullable(), passed: z.boolean().nullable() })),
});
