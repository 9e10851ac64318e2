import { z } from 'zod';
import { ApiRouter, parseBody, parseParams } from '../http/api-router';
import type { LearnerState } from '../http/guards';
import { idParams, objectId } from '../http/schemas';
import type { RouteDeps } from '../deps';
import { markdownToHtml } from '../markdown';
import { nextStep } from './rules';
import type { CourseProgress } from './progress';
import { attemptOut, certificateOut, courseProgressOut, historyOut, lessonOut } from './schemas';

const answerBody = z.object({ choice: z.union([z.string().trim().min(1).max(8), z.array(z.union([z.string().max(1), z.number().int().min(0).max(7)])).min(1).max(8)]) }).strict();
const answerParams = z.object({ id: objectId, questionId: objectId });
/** A progress view with the step the mini-program marks as next. */
const withNext = (p: CourseProgress) => ({ ...p, next: nextStep(p) });
const errors = { 401: { description: 'Not signed in' }, 404: { description: 'Not found, not yours, or not bound' } };

/** The instructor's learning API for the mini-program. The chat (bots/commands) calls the same use cases. */
export function learningRoutes({ areas: { learning, certificates }, guards, clock, config }: RouteDeps): ApiRouter<LearnerState> {
  const withRemaining = <T extends { status: string; deadline: string }>(view: T) => ({
    ...view,
    remainingSeconds: view.status === 'open' ? Math.max(0, Math.ceil((Date.parse(view.deadline) - clock.now().getTime()) / 1000)) : 0,
  });
  const router = new ApiRouter<LearnerState>('/api/mp', guards);
  const tags = ['learning'];
  const doc = (summary: string, schema: z.ZodType, extra: object = {}) => ({ summary, tags, auth: 'learner' as const, responses: { 200: { description: 'OK', schema }, ...errors }, ...extra });

  router.get('/courses', doc('Courses open to me, with my progress (reads only)', z.object({ items: z.array(courseProgressOut) })), async function myCourses(ctx) {
    ctx.body = { items: (await learning.allProgress(ctx.state.learner)).map((c) => withNext(c.progress)) };
  });
  router.get('/courses/:id', doc('One course: modules, lessons read, quizzes and my standing', courseProgressOut, { params: idParams }), async function myCourse(ctx) {
    ctx.body = withNext(await learning.progress(ctx.state.learner, await learning.openCourse(ctx.state.learner, parseParams(ctx, idParams).id)));
  });
  router.get('/lessons/:id', doc('Read a lesson (markdown), with a reading token for its heartbeats', lessonOut, { params: idParams }), async function readLesson(ctx) {
    const { lesson } = await learning.openLesson(ctx.state.learner, parseParams(ctx, idParams).id);
    const reading = await learning.readingOf(ctx.state.learner, lesson);
    ctx.body = { id: String(lesson._id), courseId: String(lesson.courseId), moduleId: String(lesson.moduleId), title: lesson.title, body: lesson.body, bodyHtml: markdownToHtml(lesson.body), videoUrl: lesson.videoUrl ?? null, minutes: lesson.minutes, reading };
  });
  router.post(
    '/lessons/:id/complete',
    doc('Mark a lesson read; returns my course progress. 409 lesson_time_short (with the minutes still needed) until heartbeats show enough presence', courseProgressOut, {
      params: idParams,
      responses: { 200: { description: 'My course progress', schema: courseProgressOut }, 409: { description: 'Not present long enough yet (lesson_time_short)' }, ...errors },
    }),
    async function completeLesson(ctx) {
      ctx.body = withNext(await learning.completeLesson(ctx.state.learner, parseParams(ctx, idParams).id));
    },
  );
  router.post(
    '/quizzes/:id/attempts',
    doc('Start an attempt, or resume the open one; no answers in the paper. 409 while the quiz is not open yet (lessons unread, module quizzes not passed)', attemptOut, {
      params: idParams,
      responses: { 200: { description: 'The attempt', schema: attemptOut }, 409: { description: 'Not open yet, or no attempts left' }, 503: { description: 'The deadline job could not be queued; the attempt counts and the next call resumes it' }, ...errors },
    }),
    async function startQuiz(ctx) {
      ctx.body = withRemaining((await learning.startQuiz(ctx.state.learner, parseParams(ctx, idParams).id)).view);
    },
  );
  router.get('/quizzes/:id/attempts', doc('My attempts at a quiz and my standing by its grading method', historyOut, { params: idParams }), async function quizHistory(ctx) {
    ctx.body = await learning.history(ctx.state.learner, parseParams(ctx, idParams).id);
  });
  router.get('/attempts/:id', doc('An attempt: the paper, my answers, and after grading the result and review the policy allows', attemptOut, { params: idParams }), async function viewAttempt(ctx) {
    ctx.body = withRemaining(await learning.getAttempt(ctx.state.learner, parseParams(ctx, idParams).id));
  });
  router.put(
    '/attempts/:id/answers/:questionId',
    doc('Save my answer to one question ("A", "AC" or option positions)', attemptOut, {
      params: answerParams,
      body: answerBody,
      responses: { 204: { description: 'Saved' }, 400: { description: 'Not a valid option' }, 409: { description: 'Submitted or past the deadline' }, ...errors },
    }),
    async function answerQuestion(ctx) {
      const { id, questionId } = parseParams(ctx, answerParams);
      await learning.saveAnswer(ctx.state.learner, id, questionId, parseBody(ctx, answerBody).choice);
      ctx.status = 204;
    },
  );
  router.post('/attempts/:id/submit', doc('Submit an attempt; grading happens once, a second submit returns the same result', attemptOut, { params: idParams }), async function submit(ctx) {
    ctx.body = withRemaining(await learning.submit(ctx.state.learner, parseParams(ctx, idParams).id));
  });
  router.get('/certificates', doc('My certificates', z.object({ items: z.array(certificateOut) })), async function myCertificates(ctx) {
    ctx.body = { items: await learning.certificates(ctx.state.learner) };
  });
  router.get(
    '/certificates/:id/poster.png',
    { summary: 'My certificate as a shareable image (PNG, 750×1100) with a QR code to its verify page', tags, auth: 'learner', params: idParams, responses: { 200: { description: 'The poster', contentType: 'image/png' }, ...errors } },
    async function myPoster(ctx) {
      ctx.type = 'image/png';
      ctx.set('Cache-Control', 'private, max-age=300');
      ctx.body = await certificates.posterForLearner(ctx.state.learner.id, parseParams(ctx, idParams).id, config.PUBLIC_BASE_URL ?? `${ctx.protocol}://${ctx.host}`);
    },
  );
  return router;
}
