import { z } from 'zod';
import { ApiRouter, parseBody, parseParams } from '../http/api-router';
import type { StaffState } from '../http/guards';
import { idParams, objectId } from '../http/schemas';
import type { RouteDeps } from '../deps';
import { ADMIN_ONLY, CAN_READ } from '../staff/kinds';
import { OFFICE_LEVELS } from './kinds';

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

export function officeRoutes({ areas: { offices }, guards }: RouteDeps): ApiRouter<StaffState> {
  const router = new ApiRouter<StaffState>('/api/admin/offices', guards);
  const errors = { 401: { description: 'Not signed in' }, 403: { description: 'Role not allowed' }, 404: { description: 'Not found in your scope' } };
  const read = { staff: CAN_READ };
  const admin = { staff: ADMIN_ONLY };

  router.get(
    '/',
    { summary: 'List the offices in my subtree', tags: ['offices'], auth: read, responses: { 200: { description: 'Offices, top down', schema: z.object({ items: z.array(officeView) }) }, ...errors } },
    async function listOfficesRoute(ctx) {
      ctx.body = { items: await offices.list(ctx.state.scope) };
    },
  );
  router.get(
    '/:id',
    { summary: 'One office in my subtree', tags: ['offices'], auth: read, params: idParams, responses: { 200: { description: 'The office', schema: officeView }, ...errors } },
    async function getOfficeRoute(ctx) {
      ctx.body = offices.view(await offices.getInScope(ctx.state.scope, parseParams(ctx, idParams).id));
    },
  );
  router.post(
    '/',
    { summary: 'Create an office under one in my subtree (admin)', tags: ['offices'], auth: admin, body: createBody, responses: { 201: { description: 'Created', schema: officeView }, 409: { description: 'Code already used' }, ...errors } },
    async function createOfficeRoute(ctx) {
      ctx.body = await offices.create(ctx.state.actor, ctx.state.scope, parseBody(ctx, createBody));
      ctx.status = 201;
    },
  );
  router.patch(
    '/:id',
    { summary: 'Rename an office (admin)', tags: ['offices'], auth: admin, params: idParams, body: renameBody, responses: { 200: { description: 'Renamed', schema: officeView }, ...errors } },
    async function renameOfficeRoute(ctx) {
      const before = await offices.getInScope(ctx.state.scope, parseParams(ctx, idParams).id);
      ctx.body = await offices.rename(ctx.state.actor, before, parseBody(ctx, renameBody).name);
    },
  );
  router.post(
    '/:id/move',
    { summary: 'Move an office and its subtree under another office in my subtree (admin)', tags: ['offices'], auth: admin, params: idParams, body: moveBody, responses: { 200: { description: 'Moved', schema: officeView }, ...errors } },
    async function moveOfficeRoute(ctx) {
      const office = await offices.getInScope(ctx.state.scope, parseParams(ctx, idParams).id);
      ctx.body = await offices.move(ctx.state.actor, ctx.state.scope, office, parseBody(ctx, moveBody).parentId);
    },
  );
  return router;
}
