import { z } from 'zod';
import { ApiRouter, parseBody, parseParams, parseQuery } from '../http/api-router';
import type { LearnerState, StaffState } from '../http/guards';
import { idParams, objectId, page, pagination } from '../http/schemas';
import type { RouteDeps } from '../deps';
import { CAN_READ, CAN_WRITE } from '../staff/kinds';
import { FLAG_KINDS } from './kinds';

const heartbeatBody = z.object({ token: z.string().min(1).max(200) }).strict();
const heartbeatOut = z.object({ counted: z.boolean(), presentSeconds: z.number(), requiredSeconds: z.number(), canComplete: z.boolean() });
const shownParams = z.object({ id: objectId, questionId: objectId });
const learnerErrors = { 401: { description: 'Not signed in' }, 404: { description: 'Not found, not yours, or not bound' } };

/** The learner's side: the lesson page's heartbeats and the quiz page's "this question is on screen". */
export function integrityMpRoutes({ areas: { learning }, guards }: RouteDeps): ApiRouter<LearnerState> {
  const router = new ApiRouter<LearnerState>('/api/mp', guards);
  const tags = ['integrity'];
  router.post(
    '/lessons/:id/heartbeat',
    {
      summary: 'The lesson page is on screen: one heartbeat, carrying the reading token of GET /lessons/:id. One counts per LESSON_HEARTBEAT_S; faster ones answer counted: false',
      tags,
      auth: 'learner',
      params: idParams,
      body: heartbeatBody,
      responses: { 200: { description: 'Presence so far', schema: heartbeatOut }, 403: { description: 'The token is not for this learner and lesson, or has expired (reading_token_invalid)' }, ...learnerErrors },
    },
    async function lessonHeartbeat(ctx) {
      ctx.body = await learning.lessonHeartbeat(ctx.state.learner, parseParams(ctx, idParams).id, parseBody(ctx, heartbeatBody).token);
    },
  );
  router.post(
    '/attempts/:id/questions/:questionId/shown',
    {
      summary: 'A question of my open attempt came on screen (its first showing is kept; answers sooner than INTEGRITY_FAST_ANSWER_S after it are flagged for the office)',
      tags,
      auth: 'learner',
      params: shownParams,
      responses: { 204: { description: 'Recorded' }, ...learnerErrors },
    },
    async function questionShown(ctx) {
      const { id, questionId } = parseParams(ctx, shownParams);
      await learning.questionShown(ctx.state.learner, id, questionId, 'mp');
      ctx.status = 204;
    },
  );
  return router;
}

const flagQuery = z
  .object({
    kind: z.enum(FLAG_KINDS).optional(),
    status: z.enum(['open', 'cleared']).optional(),
    officeId: objectId.optional(),
    learnerId: objectId.optional(),
    quizId: objectId.optional(),
    ...pagination,
  })
  .strict();
const clearBody = z.object({ reason: z.string().trim().min(1).max(200) }).strict();

const fastEvidence = z.object({
  thresholdSeconds: z.number(),
  answered: z.number(),
  answers: z.array(z.object({ questionId: z.string(), stem: z.string(), shownAt: z.string(), shownFrom: z.enum(['shown', 'attempt_start']), savedAt: z.string(), seconds: z.number() })),
});
const sharedEvidence = z.object({
  employer: z.string(),
  windowMinutes: z.number(),
  learners: z.array(z.object({ id: z.string(), name: z.string() })),
  attempts: z.array(z.object({ id: z.string(), learnerId: z.string(), learnerName: z.string(), gradedAt: z.string(), score: z.number(), common: z.number(), wrongInCommon: z.number() })),
  sequence: z.array(z.object({ questionId: z.string(), stem: z.string(), choice: z.string(), correct: z.boolean() })),
});
export const flagOut = z.object({
  id: z.string(),
  kind: z.enum(FLAG_KINDS),
  status: z.enum(['open', 'cleared']),
  summary: z.string(),
  officeId: z.string(),
  learner: z.object({ id: z.string(), name: z.string() }),
  quiz: z.object({ id: z.string(), title: z.string() }),
  courseId: z.string(),
  attemptId: z.string(),
  occurredAt: z.string(),
  detectedAt: z.string(),
  evidence: z.union([fastEvidence, sharedEvidence]),
  cleared: z.object({ reason: z.string(), by: z.object({ id: z.string(), name: z.string() }), at: z.string() }).nullable(),
});

/** The offices' integrity report: flags in my subtree with their evidence, and clearing one (audited). */
export function integrityAdminRoutes({ areas: { integrity }, guards }: RouteDeps): ApiRouter<StaffState> {
  const router = new ApiRouter<StaffState>('/api/admin/integrity', guards);
  const tags = ['integrity'];
  const notSignedIn = { 401: { description: 'Not signed in' } };
  router.get(
    '/flags',
    {
      summary: 'Integrity flags (fast answers, shared answer patterns) of learners in my subtree, newest first, with their evidence',
      tags,
      auth: { staff: CAN_READ },
      query: flagQuery,
      responses: { 200: { description: 'A page of flags', schema: page(flagOut) }, 404: { description: 'officeId is not in my subtree' }, ...notSignedIn },
    },
    async function listFlags(ctx) {
      ctx.body = await integrity.listFlags(ctx.state.scope, parseQuery(ctx, flagQuery));
    },
  );
  router.get(
    '/flags/:id',
    { summary: 'One integrity flag with its evidence', tags, auth: { staff: CAN_READ }, params: idParams, responses: { 200: { description: 'The flag', schema: flagOut }, 404: { description: 'Not in my subtree' }, ...notSignedIn } },
    async function getFlag(ctx) {
      ctx.body = await integrity.getFlag(ctx.state.scope, parseParams(ctx, idParams).id);
    },
  );
  router.post(
    '/flags/:id/clear',
    {
      summary: 'Clear a flag after looking into it, with the reason (admin or editor; audited). A flag is cleared once',
      tags,
      auth: { staff: CAN_WRITE },
      params: idParams,
      body: clearBody,
      responses: { 200: { description: 'The cleared flag', schema: flagOut }, 404: { description: 'Not in my subtree' }, 409: { description: 'Cleared already (flag_already_cleared)' }, ...notSignedIn },
    },
    async function clearFlag(ctx) {
      ctx.body = await integrity.clearFlag(ctx.state.actor, ctx.state.scope, parseParams(ctx, idParams).id, parseBody(ctx, clearBody).reason);
    },
  );
  return router;
}
