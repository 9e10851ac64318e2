import { z } from 'zod';
import type { Middleware } from 'koa';
import { ApiRouter, parseBody, parseParams } from '../http/api-router';
import { idParams, objectId } from '../http/schemas';
import type { RouteDeps } from '../deps';
import { NotFound } from '../errors';
import { requireMpUser, type MpState } from '../mp/guard';
import type { Lesson } from '../courses/model';
import { attemptHistory, getAttempt, saveAnswer, startAttempt, submitAttempt } from '../quizzes/engine';
import { certificateView } from '../certificates/service';
import type { Certificate } from '../certificates/model';
import { listOpenCourses, openCourse, type Learner } from './learner';
import { learnerForOpenid } from './learner-cache';
import { checkCompletion, markLessonRead } from './progress';
import { learningDeps } from './service';

export interface LearnerState extends MpState {
  learner: Learner;
}

const answerBody = z.object({ choice: z.union([z.string().trim().min(1).max(8), z.array(z.union([z.string().max(1), z.number().int().min(0).max(7)])).min(1).max(8)]) }).strict();
const answerParams = z.object({ id: objectId, questionId: objectId });
const any = z.record(z.string(), z.unknown());
const errors = { 401: { description: 'Not signed in' }, 404: { description: 'Not found, not yours, or not bound' } };

/** The instructor's learning API for the mini-program. The chat (bots/commands) calls the same use cases. */
export function learningRoutes(deps: RouteDeps): ApiRouter<LearnerState> {
  const learning = learningDeps(deps);
  const m = deps.models;
  const user = requireMpUser(deps) as unknown as Middleware<LearnerState>;
  const learnerOnly: Middleware<LearnerState> = async function requireLearner(ctx, next) {
    ctx.state.learner = await learnerForOpenid({ redis: deps.redis, prefix: deps.config.QUEUE_PREFIX, models: m }, ctx.state.mp.openid);
    await next();
  };
  const router = new ApiRouter<LearnerState>('/api/mp');
  const tags = ['learning'];
  const doc = (summary: string, extra: object = {}) => ({ summary, tags, auth: 'mp' as const, responses: { 200: { description: 'OK', schema: any }, ...errors }, ...extra });

  router.get('/courses', doc('Courses open to me, with my progress'), user, learnerOnly, async function myCourses(ctx) {
    const courses = await listOpenCourses(m, ctx.state.learner);
    // checkCompletion, not just progress: a certificate whose issue failed after the last grade is issued now.
    ctx.body = { items: await Promise.all(courses.map((c) => checkCompletion(learning, ctx.state.learner, c))) };
  });
  router.get('/courses/:id', doc('One course: modules, lessons read, quizzes and my standing', { params: idParams }), user, learnerOnly, async function myCourse(ctx) {
    ctx.body = await checkCompletion(learning, ctx.state.learner, await openCourse(m, ctx.state.learner, parseParams(ctx, idParams).id));
  });
  const loadLesson = async (learner: Learner, id: string): Promise<Lesson> => {
    const lesson = (await m.Lesson.findById(id).lean()) as Lesson | null;
    if (!lesson) throw new NotFound('课时不存在');
    await openCourse(m, learner, lesson.courseId);
    return lesson;
  };
  router.get('/lessons/:id', doc('Read a lesson (markdown)', { params: idParams }), user, learnerOnly, async function readLesson(ctx) {
    const lesson = await loadLesson(ctx.state.learner, parseParams(ctx, idParams).id);
    ctx.body = { id: String(lesson._id), courseId: String(lesson.courseId), moduleId: String(lesson.moduleId), title: lesson.title, body: lesson.body, videoUrl: lesson.videoUrl, minutes: lesson.minutes };
  });
  router.post('/lessons/:id/complete', doc('Mark a lesson read; returns my course progress', { params: idParams }), user, learnerOnly, async function completeLesson(ctx) {
    ctx.body = await markLessonRead(learning, ctx.state.learner, await loadLesson(ctx.state.learner, parseParams(ctx, idParams).id));
  });
  router.post('/quizzes/:id/attempts', doc('Start an attempt, or resume the open one; no answers in the paper', { params: idParams }), user, learnerOnly, async function startQuiz(ctx) {
    ctx.body = await startAttempt(learning, ctx.state.learner, parseParams(ctx, idParams).id);
  });
  router.get('/quizzes/:id/attempts', doc('My attempts at a quiz and my standing by its grading method', { params: idParams }), user, learnerOnly, async function quizHistory(ctx) {
    ctx.body = await attemptHistory(learning, ctx.state.learner, parseParams(ctx, idParams).id);
  });
  router.get('/attempts/:id', doc('An attempt: the paper, my answers, and after grading the result and review the policy allows', { params: idParams }), user, learnerOnly, async function viewAttempt(ctx) {
    ctx.body = await getAttempt(learning, ctx.state.learner, parseParams(ctx, idParams).id);
  });
  router.put(
    '/attempts/:id/answers/:questionId',
    doc('Save my answer to one question ("A", "AC" or option positions)', { params: answerParams, body: answerBody, responses: { 204: { description: 'Saved' }, 400: { description: 'Not a valid option' }, 409: { description: 'Submitted or past the deadline' }, ...errors } }),
    user,
    learnerOnly,
    async function answerQuestion(ctx) {
      const { id, questionId } = parseParams(ctx, answerParams);
      await saveAnswer(learning, ctx.state.learner, id, questionId, parseBody(ctx, answerBody).choice);
      ctx.status = 204;
    },
  );
  router.post('/attempts/:id/submit', doc('Submit an attempt; grading happens once, a second submit returns the same result', { params: idParams }), user, learnerOnly, async function submit(ctx) {
    ctx.body = await submitAttempt(learning, ctx.state.learner, parseParams(ctx, idParams).id);
  });
  router.get('/certificates', doc('My certificates'), user, learnerOnly, async function myCertificates(ctx) {
    const certs = (await m.Certificate.find({ learnerId: ctx.state.learner.id }).sort({ issuedAt: 1 }).lean()) as Certificate[];
    ctx.body = { items: certs.map(certificateView) };
  });
  return router;
}
