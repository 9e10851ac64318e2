import { z } from 'zod';
import { ApiRouter, parseBody, parseParams } from '../http/api-router';
import { idParams, objectId } from '../http/schemas';
import type { RouteDeps } from '../deps';
import { recordAudit } from '../audit/service';
import { adminOnly, canRead, requireStaff, type StaffState } from '../auth/staff-guard';
import { OFFICE_LEVELS } from './model';
import { assertNotOwnRoot, createOffice, getOfficeInScope, listOffices, moveOffice, renameOffice, toOfficeView } from './service';

const officeView = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  level: z.enum(OFFICE_LEVELS),
  parentId: z.string().nullable(),
  depth: z.number(),
});
const officeCode = z.string().trim().regex(/^[A-Za-z0-9-]{2,32}$/, '2 to 32 letters, digits or -');
const officeName = z.string().trim().min(1).max(60);
const createBody = z.object({ code: officeCode, name: officeName, level: z.enum(OFFICE_LEVELS), parentId: objectId }).strict();
const renameBody = z.object({ name: officeName }).strict();
const moveBody = z.object({ parentId: objectId }).strict();

export function officeRoutes(deps: RouteDeps): ApiRouter<StaffState> {
  const { Office, Audit } = deps.models;
  const staff = requireStaff({ config: deps.config, clock: deps.clock, Staff: deps.models.Staff, Office });
  const audit = { Audit, clock: deps.clock };
  const router = new ApiRouter<StaffState>('/api/admin/offices');
  const errors = { 401: { description: 'Not signed in' }, 403: { description: 'Role not allowed' }, 404: { description: 'Not found in your scope' } };

  router.get(
    '/',
    { summary: 'List the offices in my subtree', tags: ['offices'], auth: 'staff', responses: { 200: { description: 'Offices, top down', schema: z.object({ items: z.array(officeView) }) }, ...errors } },
    staff,
    canRead,
    async function listOfficesRoute(ctx) {
      ctx.body = { items: await listOffices(Office, ctx.state.scope) };
    },
  );
  router.get(
    '/:id',
    { summary: 'One office in my subtree', tags: ['offices'], auth: 'staff', params: idParams, responses: { 200: { description: 'The office', schema: officeView }, ...errors } },
    staff,
    canRead,
    async function getOfficeRoute(ctx) {
      const { id } = parseParams(ctx, idParams);
      ctx.body = toOfficeView(await getOfficeInScope(Office, ctx.state.scope, id));
    },
  );
  router.post(
    '/',
    { summary: 'Create an office under one in my subtree (admin)', tags: ['offices'], auth: 'staff', body: createBody, responses: { 201: { description: 'Created', schema: officeView }, 409: { description: 'Code already used' }, ...errors } },
    staff,
    adminOnly,
    async function createOfficeRoute(ctx) {
      const body = parseBody(ctx, createBody);
      const parent = await getOfficeInScope(Office, ctx.state.scope, body.parentId);
      const office = await createOffice(Office, { code: body.code, name: body.name, level: body.level, parent });
      await recordAudit(audit, ctx.state.actor, { officeId: office._id, action: 'office.create', entity: 'office', entityId: String(office._id), after: toOfficeView(office) });
      ctx.status = 201;
      ctx.body = toOfficeView(office);
    },
  );
  router.patch(
    '/:id',
    { summary: 'Rename an office (admin)', tags: ['offices'], auth: 'staff', params: idParams, body: renameBody, responses: { 200: { description: 'Renamed', schema: officeView }, ...errors } },
    staff,
    adminOnly,
    async function renameOfficeRoute(ctx) {
      const { id } = parseParams(ctx, idParams);
      const { name } = parseBody(ctx, renameBody);
      const before = await getOfficeInScope(Office, ctx.state.scope, id);
      const after = await renameOffice(Office, before, name);
      await recordAudit(audit, ctx.state.actor, { officeId: before._id, action: 'office.rename', entity: 'office', entityId: id, before: toOfficeView(before), after: toOfficeView(after) });
      ctx.body = toOfficeView(after);
    },
  );
  router.post(
    '/:id/move',
    { summary: 'Move an office and its subtree under another office in my subtree (admin)', tags: ['offices'], auth: 'staff', params: idParams, body: moveBody, responses: { 200: { description: 'Moved', schema: officeView }, ...errors } },
    staff,
    adminOnly,
    async function moveOfficeRoute(ctx) {
      const { id } = parseParams(ctx, idParams);
      const { parentId } = parseBody(ctx, moveBody);
      const office = await getOfficeInScope(Office, ctx.state.scope, id);
      assertNotOwnRoot(ctx.state.scope, office);
      const parent = await getOfficeInScope(Office, ctx.state.scope, parentId);
      const moved = await moveOffice(Office, office, parent);
      await recordAudit(audit, ctx.state.actor, { officeId: office._id, action: 'office.move', entity: 'office', entityId: id, before: toOfficeView(office), after: toOfficeView(moved) });
      ctx.body = toOfficeView(moved);
    },
  );
  return router;
}
