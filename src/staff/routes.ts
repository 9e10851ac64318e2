import { z } from 'zod';
import { ApiRouter, parseBody, parseParams } from '../http/api-router';
import type { StaffState } from '../http/guards';
import { idParams, objectId } from '../http/schemas';
import type { RouteDeps } from '../deps';
import { ADMIN_ONLY, STAFF_ROLES } from './kinds';

const staffView = z.object({ id: z.string(), username: z.string(), name: z.string(), role: z.enum(STAFF_ROLES), officeId: z.string(), active: z.boolean() });
const password = z.string().min(10, 'at least 10 characters').max(200);
const createBody = z
  .object({
    username: z.string().trim().regex(/^[A-Za-z0-9_.-]{3,64}$/, '3 to 64 letters, digits, _ . or -'),
    name: z.string().trim().min(1).max(40),
    role: z.enum(STAFF_ROLES),
    officeId: objectId,
    password,
  })
  .strict();
const updateBody = z.object({ name: z.string().trim().min(1).max(40), role: z.enum(STAFF_ROLES), active: z.boolean(), password }).partial().strict();

export function staffRoutes({ areas: { staff, binding, audit }, guards }: RouteDeps): ApiRouter<StaffState> {
  const router = new ApiRouter<StaffState>('/api/admin/staff', guards);
  const errors = { 401: { description: 'Not signed in' }, 403: { description: 'Admins only' }, 404: { description: 'Not found in your scope' } };
  const auth = { staff: ADMIN_ONLY };

  router.get(
    '/',
    { summary: 'List staff of my subtree (admin)', tags: ['staff'], auth, responses: { 200: { description: 'Staff', schema: z.object({ items: z.array(staffView) }) }, ...errors } },
    async function listStaffRoute(ctx) {
      ctx.body = { items: await staff.list(ctx.state.scope) };
    },
  );
  router.post(
    '/',
    { summary: 'Create a staff account in an office of my subtree (admin)', tags: ['staff'], auth, body: createBody, responses: { 201: { description: 'Created', schema: staffView }, 409: { description: 'Username taken' }, ...errors } },
    async function createStaffRoute(ctx) {
      ctx.body = await staff.create(ctx.state.actor, ctx.state.scope, parseBody(ctx, createBody));
      ctx.status = 201;
    },
  );
  router.patch(
    '/:id',
    { summary: 'Change a staff account: name, role, active, password (admin)', tags: ['staff'], auth, params: idParams, body: updateBody, responses: { 200: { description: 'Updated', schema: staffView }, ...errors } },
    async function updateStaffRoute(ctx) {
      ctx.body = await staff.update(ctx.state.actor, ctx.state.scope, parseParams(ctx, idParams).id, parseBody(ctx, updateBody));
    },
  );
  router.post(
    '/:id/bind-code',
    {
      summary: "A one-time code for this staff member to bind their WeChat in the bot's private chat (绑定 CODE), for the admin commands 待审/审批/驳回 (admin)",
      tags: ['staff'],
      auth,
      params: idParams,
      responses: { 200: { description: 'The code (earlier ones no longer work)', schema: z.object({ code: z.string() }) }, ...errors },
    },
    async function staffBindCodeRoute(ctx) {
      const member = await staff.getInScope(ctx.state.scope, parseParams(ctx, idParams).id);
      const code = await binding.reissueCode('staff', member._id);
      await audit.record(ctx.state.actor, { officeId: member.officeId, action: 'staff.bind-code', entity: 'staff', entityId: String(member._id) });
      ctx.body = { code };
    },
  );
  return router;
}
