import { z } from 'zod';
import { ApiRouter, parseBody, parseParams, parseQuery } from '../http/api-router';
import { idParams, objectId, page, pagination, searchText } from '../http/schemas';
import type { RouteDeps } from '../deps';
import type { ParameterizedContext } from 'koa';
import type { StaffState } from '../http/guards';
import { ADMIN_ONLY, CAN_READ, CAN_WRITE } from '../staff/kinds';
import { ENTERPRISE_LEVELS } from './kinds';
import { contactInput, contactPatch, enterpriseInput, enterprisePatch, instructorInput, instructorPatch } from './schemas';
import { contactView, enterpriseView, instructorView, type ViewOptions } from './views';

const instructorOut = z.object({
  id: z.string(),
  name: z.string(),
  phone: z.string(),
  employer: z.string(),
  officeId: z.string(),
  cohort: z.string(),
  bindCode: z.string().optional(),
  bound: z.boolean(),
});
const enterpriseOut = z.object({
  id: z.string(),
  name: z.string(),
  creditCode: z.string(),
  officeId: z.string(),
  industry: z.string(),
  hasUnion: z.boolean(),
  level: z.enum(ENTERPRISE_LEVELS),
  stars: z.number(),
});
const contactOut = z.object({ id: z.string(), enterpriseId: z.string(), name: z.string(), phone: z.string(), role: z.string(), bindCode: z.string().optional(), bound: z.boolean() });
const codeOut = z.object({ bindCode: z.string() });

export const instructorQuery = z.object({ q: searchText.optional(), officeId: objectId.optional().describe('This office and the offices below it'), cohort: z.string().trim().max(40).optional(), ...pagination }).strict();
export const enterpriseQuery = z
  .object({
    q: searchText.optional(),
    officeId: objectId.optional().describe('This office and the offices below it'),
    industry: z.string().trim().max(40).optional(),
    level: z.enum(ENTERPRISE_LEVELS).optional(),
    hasUnion: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
    ...pagination,
  })
  .strict();
const contactParams = z.object({ id: objectId, contactId: objectId });

const errors = { 400: { description: 'Invalid input' }, 401: { description: 'Not signed in' }, 403: { description: 'Role not allowed' }, 404: { description: 'Not found in your scope' } };

/** Phones and binding codes in clear only for admins and editors. */
export const viewOptions = (ctx: ParameterizedContext<StaffState>, boundIds?: Set<string>): ViewOptions => ({
  revealPrivate: ctx.state.staff.role !== 'viewer',
  boundIds,
});

const read = { staff: CAN_READ };
const write = { staff: CAN_WRITE };
const admin = { staff: ADMIN_ONLY };

export function instructorRoutes({ areas: { people }, guards }: RouteDeps): ApiRouter<StaffState> {
  const router = new ApiRouter<StaffState>('/api/admin/instructors', guards);
  const tags = ['instructors'];

  router.get(
    '/',
    { summary: 'List and search instructors in my subtree', tags, auth: read, query: instructorQuery, responses: { 200: { description: 'A page', schema: page(instructorOut) }, ...errors } },
    async function listInstructorsRoute(ctx) {
      const query = parseQuery(ctx, instructorQuery);
      const { items, total } = await people.listInstructors(ctx.state.scope, query, viewOptions(ctx).revealPrivate);
      const bound = await people.boundIdsAmong('instructor', items.map((i) => i._id));
      ctx.body = { total, page: query.page, pageSize: query.pageSize, items: items.map((i) => instructorView(i, viewOptions(ctx, bound))) };
    },
  );
  router.post(
    '/',
    { summary: 'Add an instructor (gets a one-time binding code)', tags, auth: write, body: instructorInput, responses: { 201: { description: 'Created', schema: instructorOut }, 409: { description: 'Phone already registered' }, ...errors } },
    async function createInstructorRoute(ctx) {
      ctx.body = instructorView(await people.createInstructor(ctx.state.actor, ctx.state.scope, parseBody(ctx, instructorInput)), viewOptions(ctx));
      ctx.status = 201;
    },
  );
  router.get(
    '/:id',
    { summary: 'One instructor', tags, auth: read, params: idParams, responses: { 200: { description: 'The instructor', schema: instructorOut }, ...errors } },
    async function getInstructorRoute(ctx) {
      const found = await people.getInstructor(ctx.state.scope, parseParams(ctx, idParams).id);
      ctx.body = instructorView(found, viewOptions(ctx, await people.boundIdsAmong('instructor', [found._id])));
    },
  );
  router.patch(
    '/:id',
    { summary: 'Change an instructor', tags, auth: write, params: idParams, body: instructorPatch, responses: { 200: { description: 'Updated', schema: instructorOut }, ...errors } },
    async function updateInstructorRoute(ctx) {
      const before = await people.getInstructor(ctx.state.scope, parseParams(ctx, idParams).id);
      ctx.body = instructorView(await people.updateInstructor(ctx.state.actor, ctx.state.scope, before, parseBody(ctx, instructorPatch)), viewOptions(ctx));
    },
  );
  router.delete(
    '/:id',
    { summary: 'Remove an instructor (and their WeChat binding)', tags, auth: write, params: idParams, responses: { 204: { description: 'Removed' }, ...errors } },
    async function deleteInstructorRoute(ctx) {
      await people.deleteInstructor(ctx.state.actor, await people.getInstructor(ctx.state.scope, parseParams(ctx, idParams).id));
      ctx.status = 204;
    },
  );
  router.post(
    '/:id/bind-code',
    { summary: 'Reissue the binding code; the old one stops working (admin)', tags, auth: admin, params: idParams, responses: { 200: { description: 'New code', schema: codeOut }, ...errors } },
    async function reissueInstructorCodeRoute(ctx) {
      const found = await people.getInstructor(ctx.state.scope, parseParams(ctx, idParams).id);
      ctx.body = { bindCode: await people.reissueCode(ctx.state.actor, 'instructor', found) };
    },
  );
  return router;
}

export function enterpriseRoutes({ areas: { people }, guards }: RouteDeps): ApiRouter<StaffState> {
  const router = new ApiRouter<StaffState>('/api/admin/enterprises', guards);
  const tags = ['enterprises'];
  const loadEnterprise = (ctx: ParameterizedContext<StaffState>) => people.getEnterprise(ctx.state.scope, parseParams(ctx, idParams.passthrough()).id);

  router.get(
    '/',
    { summary: 'List and search enterprises in my subtree', tags, auth: read, query: enterpriseQuery, responses: { 200: { description: 'A page', schema: page(enterpriseOut) }, ...errors } },
    async function listEnterprisesRoute(ctx) {
      const query = parseQuery(ctx, enterpriseQuery);
      const { items, total } = await people.listEnterprises(ctx.state.scope, query);
      ctx.body = { total, page: query.page, pageSize: query.pageSize, items: items.map(enterpriseView) };
    },
  );
  router.post(
    '/',
    { summary: 'Add an enterprise (credit code checked)', tags, auth: write, body: enterpriseInput, responses: { 201: { description: 'Created', schema: enterpriseOut }, 409: { description: 'Credit code already registered' }, ...errors } },
    async function createEnterpriseRoute(ctx) {
      ctx.body = enterpriseView(await people.createEnterprise(ctx.state.actor, ctx.state.scope, parseBody(ctx, enterpriseInput)));
      ctx.status = 201;
    },
  );
  router.get(
    '/:id',
    { summary: 'One enterprise', tags, auth: read, params: idParams, responses: { 200: { description: 'The enterprise', schema: enterpriseOut }, ...errors } },
    async function getEnterpriseRoute(ctx) {
      ctx.body = enterpriseView(await loadEnterprise(ctx));
    },
  );
  router.patch(
    '/:id',
    { summary: 'Change an enterprise', tags, auth: write, params: idParams, body: enterprisePatch, responses: { 200: { description: 'Updated', schema: enterpriseOut }, ...errors } },
    async function updateEnterpriseRoute(ctx) {
      const before = await loadEnterprise(ctx);
      ctx.body = enterpriseView(await people.updateEnterprise(ctx.state.actor, ctx.state.scope, before, parseBody(ctx, enterprisePatch)));
    },
  );
  router.delete(
    '/:id',
    { summary: 'Remove an enterprise and its contacts', tags, auth: write, params: idParams, responses: { 204: { description: 'Removed' }, ...errors } },
    async function deleteEnterpriseRoute(ctx) {
      await people.deleteEnterprise(ctx.state.actor, await loadEnterprise(ctx));
      ctx.status = 204;
    },
  );
  router.get(
    '/:id/contacts',
    { summary: "An enterprise's contacts", tags, auth: read, params: idParams, responses: { 200: { description: 'Contacts', schema: z.object({ items: z.array(contactOut) }) }, ...errors } },
    async function listContactsRoute(ctx) {
      const contacts = await people.listContacts(await loadEnterprise(ctx));
      const bound = await people.boundIdsAmong('contact', contacts.map((c) => c._id));
      ctx.body = { items: contacts.map((c) => contactView(c, viewOptions(ctx, bound))) };
    },
  );
  router.post(
    '/:id/contacts',
    { summary: 'Add a contact to an enterprise (gets a one-time binding code)', tags, auth: write, params: idParams, body: contactInput, responses: { 201: { description: 'Created', schema: contactOut }, ...errors } },
    async function createContactRoute(ctx) {
      const enterprise = await loadEnterprise(ctx);
      ctx.body = contactView(await people.createContact(ctx.state.actor, enterprise, parseBody(ctx, contactInput)), viewOptions(ctx));
      ctx.status = 201;
    },
  );
  router.patch(
    '/:id/contacts/:contactId',
    { summary: 'Change a contact', tags, auth: write, params: contactParams, body: contactPatch, responses: { 200: { description: 'Updated', schema: contactOut }, ...errors } },
    async function updateContactRoute(ctx) {
      const { contactId } = parseParams(ctx, contactParams);
      const before = await people.getContact(await loadEnterprise(ctx), contactId);
      ctx.body = contactView(await people.updateContact(ctx.state.actor, before, parseBody(ctx, contactPatch)), viewOptions(ctx));
    },
  );
  router.delete(
    '/:id/contacts/:contactId',
    { summary: 'Remove a contact', tags, auth: write, params: contactParams, responses: { 204: { description: 'Removed' }, ...errors } },
    async function deleteContactRoute(ctx) {
      const { contactId } = parseParams(ctx, contactParams);
      await people.deleteContact(ctx.state.actor, await people.getContact(await loadEnterprise(ctx), contactId));
      ctx.status = 204;
    },
  );
  router.post(
    '/:id/contacts/:contactId/bind-code',
    { summary: "Reissue a contact's binding code (admin)", tags, auth: admin, params: contactParams, responses: { 200: { description: 'New code', schema: codeOut }, ...errors } },
    async function reissueContactCodeRoute(ctx) {
      const { contactId } = parseParams(ctx, contactParams);
      const contact = await people.getContact(await loadEnterprise(ctx), contactId);
      ctx.body = { bindCode: await people.reissueCode(ctx.state.actor, 'contact', contact) };
    },
  );
  return router;
}
