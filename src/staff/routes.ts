import { z } from 'zod';
import { ApiRouter, parseBody, parseParams } from '../http/api-router';
import { idParams, objectId } from '../http/schemas';
import type { RouteDeps } from '../deps';
import { NotFound } from '../errors';
import { recordAudit } from '../audit/service';
import { hashPassword } from '../auth/passwords';
import { adminOnly, requireStaff, type StaffState } from '../auth/staff-guard';
import { getOfficeInScope } from '../offices/service';
import { STAFF_ROLES, type Staff } from './model';
import { createStaff, listStaff, toStaffView } from './service';

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

export function staffRoutes(deps: RouteDeps): ApiRouter<StaffState> {
  const { Staff, Office, Audit } = deps.models;
  const staff = requireStaff({ config: deps.config, clock: deps.clock, Staff, Office });
  const audit = { Audit, clock: deps.clock };
  const router = new ApiRouter<StaffState>('/api/admin/staff');
  const errors = { 401: { description: 'Not signed in' }, 403: { description: 'Admins only' }, 404: { description: 'Not found in your scope' } };

  router.get(
    '/',
    { summary: 'List staff of my subtree (admin)', tags: ['staff'], auth: 'staff', responses: { 200: { description: 'Staff', schema: z.object({ items: z.array(staffView) }) }, ...errors } },
    staff,
    adminOnly,
    async function listStaffRoute(ctx) {
      ctx.body = { items: await listStaff(Staff, ctx.state.scope) };
    },
  );
  router.post(
    '/',
    { summary: 'Create a staff account in an office of my subtree (admin)', tags: ['staff'], auth: 'staff', body: createBody, responses: { 201: { description: 'Created', schema: staffView }, 409: { description: 'Username taken' }, ...errors } },
    staff,
    adminOnly,
    async function createStaffRoute(ctx) {
      const body = parseBody(ctx, createBody);
      const office = await getOfficeInScope(Office, ctx.state.scope, body.officeId);
      const created = await createStaff(Staff, { ...body, officeId: office._id });
      await recordAudit(audit, ctx.state.actor, { officeId: office._id, action: 'staff.create', entity: 'staff', entityId: String(created._id), after: toStaffView(created) });
      ctx.status = 201;
      ctx.body = toStaffView(created);
    },
  );
  router.patch(
    '/:id',
    { summary: 'Change a staff account: name, role, active, password (admin)', tags: ['staff'], auth: 'staff', params: idParams, body: updateBody, responses: { 200: { description: 'Updated', schema: staffView }, ...errors } },
    staff,
    adminOnly,
    async function updateStaffRoute(ctx) {
      const { id } = parseParams(ctx, idParams);
      const body = parseBody(ctx, updateBody);
      const before = (await Staff.findById(id).lean()) as Staff | null;
      if (!before || !ctx.state.scope.has(before.officeId)) throw new NotFound('Staff not found');
      const { password: newPassword, ...fields } = body;
      const set: Record<string, unknown> = { ...fields };
      if (newPassword) set.passwordHash = await hashPassword(newPassword);
      await Staff.updateOne({ _id: before._id }, { $set: set });
      // A new password (or a disabled account) ends every session: refresh tokens stop working.
      if (newPassword || fields.active === false) await deps.models.RefreshToken.deleteMany({ staffId: before._id });
      const after = { ...before, ...fields };
      await recordAudit(audit, ctx.state.actor, {
        officeId: before.officeId,
        action: newPassword ? 'staff.update+password' : 'staff.update',
        entity: 'staff',
        entityId: id,
        before: toStaffView(before),
        after: toStaffView(after),
      });
      ctx.body = toStaffView(after);
    },
  );
  return router;
}
