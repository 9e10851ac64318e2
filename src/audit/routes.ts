import { z } from 'zod';
import { ApiRouter, parseQuery } from '../http/api-router';
import { page, pagination } from '../http/schemas';
import type { RouteDeps } from '../deps';
import type { StaffState } from '../http/guards';
import { CAN_READ } from '../staff/kinds';

const auditQuery = z
  .object({ entity: z.string().regex(/^[a-z_]{1,30}$/).optional(), entityId: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/).optional(), ...pagination })
  .strict();
const entry = z.object({
  id: z.string(),
  at: z.string(),
  actor: z.object({ id: z.string(), name: z.string() }),
  officeId: z.string(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});

export function auditRoutes({ areas: { audit }, guards }: RouteDeps): ApiRouter<StaffState> {
  const router = new ApiRouter<StaffState>('/api/admin/audit', guards);
  router.get(
    '/',
    {
      summary: 'Audit log of admin writes in my subtree, newest first (phones masked)',
      tags: ['audit'],
      auth: { staff: CAN_READ },
      query: auditQuery,
      responses: { 200: { description: 'A page of entries', schema: page(entry) }, 401: { description: 'Not signed in' } },
    },
    async function listAuditRoute(ctx) {
      ctx.body = await audit.list(ctx.state.scope, parseQuery(ctx, auditQuery));
    },
  );
  return router;
}
