import { z } from 'zod';
import { GRADING_METHODS, REVIEW_POLICIES } from './kinds';

/** A quiz as staff see it; the course detail lists its quizzes in the same shape. */
export const quizOut = z.object({
  id: z.string(),
  courseId: z.string(),
  moduleId: z.string().nullable(),
  title: z.string(),
  draws: z.array(z.object({ bankId: z.string(), count: z.number() })),
  questionCount: z.number(),
  shuffleQuestions: z.boolean(),
  shuffleOptions: z.boolean(),
  timeLimitMinutes: z.number(),
  maxAttempts: z.number(),
  passMark: z.number(),
  grading: z.enum(GRADING_METHODS),
  review: z.enum(REVIEW_POLICIES),
});
