import { z } from 'zod';
import { ApiRouter, parseParams, parseQuery } from '../http/api-router';
import { idParams, objectId, pagination } from '../http/schemas';
import type { RouteDeps } from '../deps';
import type { StaffState } from '../http/guards';
import { NotFound } from '../errors';
import { CAN_READ } from '../staff/kinds';
import { STAGE_KEYS } from '../campaigns/kinds';
import { OUTCOMES } from './kinds';

const errors = { 400: { description: 'Invalid input' }, 401: { description: 'Not signed in' }, 403: { description: 'Role not allowed' }, 404: { description: 'Not found in your scope' } };
const remindersQuery = z
  .object({ stage: z.enum(STAGE_KEYS).optional(), outcome: z.enum([...OUTCOMES, 'pending']).optional(), officeId: objectId.optional(), kind: z.enum(['deadline', 'escalation']).optional(), ...pagination })
  .strict();
const outcomeRow = z.object({ recipient: z.string(), channel: z.string().nullable(), outcome: z.string(), errcode: z.number().nullable(), reason: z.string().nullable(), at: z.string() });
const remindersOut = z.object({
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
  items: z.array(
    z.object({ id: z.string(), kind: z.string(), stage: z.string().nullable(), stageName: z.string().nullable(), officeId: z.string(), enterpriseId: z.string().nullable(), offset: z.string(), deadline: z.string().nullable(), dueAt: z.string(), recipients: z.number(), outcome: z.string(), outcomes: z.array(outcomeRow) }),
  ),
  upcoming: z.array(z.object({ officeId: z.string(), stage: z.string(), stageName: z.string(), offset: z.string(), deadline: z.string(), dueAt: z.string() })),
  skippedBatches: z.array(z.object({ officeId: z.string(), stage: z.string().nullable(), offset: z.string(), deadline: z.string().nullable(), dueAt: z.string(), reason: z.string().nullable() })),
});
const statsOut = z.object({ items: z.array(z.object({ officeId: z.string(), stage: z.string(), stageName: z.string(), deadline: z.string(), done: z.number(), open: z.number(), late: z.number() })) });

/** A campaign's reminders and stage counts, for staff, within their scope. */
export function reminderAdminRoutes({ areas: { campaigns, reminders }, guards }: RouteDeps): ApiRouter<StaffState> {
  const router = new ApiRouter<StaffState>('/api/admin/campaigns', guards);
  const tags = ['reminders'];
  router.get(
    '/:id/reminders',
    { summary: 'Reminders of my subtree: sent and planned with every outcome, skipped batches with why, and what is coming up', tags, auth: { staff: CAN_READ }, params: idParams, query: remindersQuery, responses: { 200: { description: 'A page', schema: remindersOut }, ...errors } },
    async function listReminders(ctx) {
      const q = parseQuery(ctx, remindersQuery);
      if (q.officeId && !ctx.state.scope.has(q.officeId)) throw new NotFound('Office not found');
      ctx.body = await reminders.list(ctx.state.scope, await campaigns.calendar.get(ctx.state.scope, parseParams(ctx, idParams).id), q);
    },
  );
  router.get('/:id/stats', { summary: 'Per stage and office of my subtree: enterprises done, open and late', tags, auth: { staff: CAN_READ }, params: idParams, responses: { 200: { description: 'Counts', schema: statsOut }, ...errors } }, async function campaignStats(ctx) {
    ctx.body = await reminders.stats(ctx.state.scope, await campaigns.calendar.get(ctx.state.scope, parseParams(ctx, idParams).id));
  });
  return router;
}
