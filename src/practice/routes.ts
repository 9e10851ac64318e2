import { z } from 'zod';
import { ApiRouter, parseBody, parseParams, parseQuery } from '../http/api-router';
import type { LearnerState, StaffState } from '../http/guards';
import { idParams, objectId } from '../http/schemas';
import type { RouteDeps } from '../deps';
import { QUESTION_TYPES } from '../quizzes/kinds';
import { CAN_READ } from '../staff/kinds';
import { BOOK_SOURCES, PROMPT_KINDS } from './kinds';

const errors = { 401: { description: 'Not signed in' }, 404: { description: 'Not found, not yours, or not bound' } };
const choiceBody = z.object({ choice: z.union([z.string().trim().min(1).max(8), z.array(z.union([z.string().max(1), z.number().int().min(0).max(7)])).min(1).max(8)]) }).strict();
const askBody = z.object({ courseId: objectId, moduleId: objectId }).strict();
const questionParams = z.object({ questionId: objectId });

const askedQuestion = z.object({ id: z.string(), type: z.enum(QUESTION_TYPES), stem: z.string(), options: z.array(z.string()) });
const promptOut = z.object({ promptId: z.string(), kind: z.enum(PROMPT_KINDS), courseId: z.string(), moduleId: z.string().nullable(), where: z.string(), question: askedQuestion });
const feedbackOut = z.object({
  kind: z.enum(PROMPT_KINDS),
  correct: z.boolean(),
  chosen: z.array(z.string()),
  /** Null while the quiz it came from shows only scores and it has not been answered right in review. */
  right: z.array(z.string()).nullable(),
  explanation: z.string().nullable(),
  alreadyAnswered: z.boolean(),
  mastered: z.boolean(),
  dueLeft: z.number(),
});
const practiceModulesOut = z.object({
  courseId: z.string(),
  title: z.string(),
  modules: z.array(z.object({ id: z.string(), code: z.string(), title: z.string(), practiceCount: z.number(), answered: z.number(), right: z.number() })),
});
const bookOut = z.object({
  today: z.string(),
  due: z.number(),
  total: z.number(),
  items: z.array(
    z.object({
      questionId: z.string(),
      type: z.enum(QUESTION_TYPES),
      stem: z.string(),
      options: z.array(z.string()),
      source: z.enum(BOOK_SOURCES),
      courseId: z.string(),
      moduleId: z.string().nullable(),
      where: z.string(),
      wrongs: z.number(),
      streak: z.number(),
      due: z.boolean(),
      dueDay: z.string(),
      enteredDay: z.string(),
      revealed: z.boolean(),
      right: z.array(z.string()).nullable(),
      explanation: z.string().nullable(),
      lastChoice: z.array(z.string()).nullable(),
    }),
  ),
});
const summaryOut = z.object({ due: z.number(), total: z.number(), wrongAnswers: z.number(), rightAnswers: z.number() });

/**
 * Practice and the wrong-answer book for the mini-program learner. Practice answers are checked at
 * once and never touch attempts or grades; book questions are answered when due.
 */
export function practiceRoutes({ areas: { practice }, guards }: RouteDeps): ApiRouter<LearnerState> {
  const router = new ApiRouter<LearnerState>('/api/mp', guards);
  const tags = ['practice'];
  const doc = (summary: string, schema: z.ZodType, extra: object = {}) => ({ summary, tags, auth: 'learner' as const, responses: { 200: { description: 'OK', schema }, ...errors }, ...extra });

  router.get('/practice/courses/:id', doc("A course's modules with their practice questions and how I did at them", practiceModulesOut, { params: idParams }), async function practiceModules(ctx) {
    ctx.body = await practice.modules(ctx.state.learner, parseParams(ctx, idParams).id);
  });
  router.post(
    '/practice/questions',
    doc('The next practice question of a module (practice questions only, never an exam question); untimed, unlimited, never graded. 204 when the module has none', promptOut, {
      body: askBody,
      responses: { 200: { description: 'A question to answer', schema: promptOut }, 204: { description: 'The module has no practice questions' }, ...errors },
    }),
    async function askPractice(ctx) {
      const asked = await practice.ask(ctx.state.learner, parseBody(ctx, askBody), 'mp');
      if (asked) ctx.body = asked;
      else ctx.status = 204;
    },
  );
  router.post(
    '/practice/prompts/:id/answer',
    doc('Answer a practice question: right or wrong at once, with the right answer and the explanation; a wrong one goes into my wrong-answer book. Counts towards nothing', feedbackOut, {
      params: z.object({ id: z.string().min(1).max(80) }),
      body: choiceBody,
      responses: { 200: { description: 'Feedback', schema: feedbackOut }, 400: { description: 'Not a valid option' }, ...errors },
    }),
    async function answerPractice(ctx) {
      const { id } = parseParams(ctx, z.object({ id: z.string().min(1).max(80) }));
      ctx.body = await practice.answerPrompt(ctx.state.learner, id, parseBody(ctx, choiceBody).choice);
    },
  );
  router.get('/wrong-book/summary', doc('My wrong-answer book in numbers: due today (今日错题), in the book, my answers', summaryOut), async function bookSummary(ctx) {
    ctx.body = await practice.summary(ctx.state.learner);
  });
  router.get('/wrong-book', doc('My wrong-answer book, due questions first; answers and explanations only where the review policy allows', bookOut), async function myBook(ctx) {
    ctx.body = await practice.book(ctx.state.learner);
  });
  router.post(
    '/wrong-book/:questionId/answer',
    doc('Answer a due question of my wrong-answer book (one answer per review; two right in a row take it out)', feedbackOut, {
      params: questionParams,
      body: choiceBody,
      responses: { 200: { description: 'Feedback', schema: feedbackOut }, 400: { description: 'Not a valid option' }, 409: { description: 'Not due yet' }, ...errors },
    }),
    async function answerBook(ctx) {
      ctx.body = await practice.answerReview(ctx.state.learner, parseParams(ctx, questionParams).questionId, parseBody(ctx, choiceBody).choice);
    },
  );
  return router;
}

const missedQuery = z.object({ courseId: objectId, limit: z.coerce.number().int().min(1).max(50).default(10) }).strict();
const missedOut = z.object({
  courseId: z.string(),
  title: z.string(),
  modules: z.array(
    z.object({
      /** Null: the final exam. */
      moduleId: z.string().nullable(),
      title: z.string(),
      questions: z.array(z.object({ questionId: z.string(), stem: z.string(), type: z.enum(QUESTION_TYPES), wrongs: z.number(), learners: z.number() })),
    }),
  ),
});

/** The offices' view of the wrong-answer book: which questions their learners miss most. */
export function wrongBookAdminRoutes({ areas: { practice }, guards }: RouteDeps): ApiRouter<StaffState> {
  const router = new ApiRouter<StaffState>('/api/admin', guards);
  router.get(
    '/wrong-book/most-missed',
    {
      summary: "A course's most-missed questions per module (and the final exam), counted from the wrong answers of learners in my subtree (practice, quizzes, exam and review)",
      tags: ['practice'],
      auth: { staff: CAN_READ },
      query: missedQuery,
      responses: { 200: { description: 'Per module, most missed first', schema: missedOut }, 400: { description: 'Invalid input' }, 401: { description: 'Not signed in' }, 403: { description: 'Role not allowed' }, 404: { description: 'No such course' } },
    },
    async function mostMissed(ctx) {
      const q = parseQuery(ctx, missedQuery);
      ctx.body = await practice.mostMissed(ctx.state.scope, q.courseId, q.limit);
    },
  );
  return router;
}
