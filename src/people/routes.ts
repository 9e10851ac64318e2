import { z } from 'zod';
import { ApiRouter, parseBody, parseParams, parseQuery } from '../http/api-router';
import { idParams, objectId, page, pagination, searchText } from '../http/schemas';
import type { RouteDeps } from '../deps';
import { adminOnly, canRead, canWrite, requireStaff, type StaffState } from '../auth/staff-guard';
import type { ParameterizedContext } from 'koa';
import { getOfficeInScope } from '../offices/service';
import { ENTERPRISE_LEVELS } from './model';
import { contactInput, contactPatch, enterpriseInput, enterprisePatch, instructorInput, instructorPatch } from './schemas';
import * as people from './service';
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

export const instructorQuery = z.object({ q: searchText.optional(), officeId: objectId.optional(), cohort: z.string().trim().max(40).optional(), ...pagination }).strict();
export const enterpriseQuery = z
  .object({
    q: searchText.optional(),
    officeId: objectId.optional(),
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

export function peopleDeps(deps: RouteDeps): people.PeopleDeps {
  const m = deps.models;
  return { clock: deps.clock, Instructor: m.Instructor, Enterprise: m.Enterprise, Contact: m.Contact, BindCode: m.BindCode, Binding: m.Binding, Audit: m.Audit };
}

export function instructorRoutes(deps: RouteDeps): ApiRouter<StaffState> {
  const d = peopleDeps(deps);
  const staff = requireStaff({ config: deps.config, clock: deps.clock, Staff: deps.models.Staff, Office: deps.models.Office });
  const router = new ApiRouter<StaffState>('/api/admin/instructors');
  const tags = ['instructors'];

  router.get(
    '/',
    { summary: 'List and search instructors in my subtree', tags, auth: 'staff', query: instructorQuery, responses: { 200: { description: 'A page', schema: page(instructorOut) }, ...errors } },
    staff,
    canRead,
    async function listInstructorsRoute(ctx) {
      const query = parseQuery(ctx, instructorQuery);
      const { items, total } = await people.listInstructors(d, ctx.state.scope, query, undefined, viewOptions(ctx).revealPrivate);
      const bound = await people.boundIdsAmong(d.Binding, 'instructor', items.map((i) => i._id));
      ctx.body = { total, page: query.page, pageSize: query.pageSize, items: items.map((i) => instructorView(i, viewOptions(ctx, bound))) };
    },
  );
  router.post(
    '/',
    { summary: 'Add an instructor (gets a one-time binding code)', tags, auth: 'staff', body: instructorInput, responses: { 201: { description: 'Created', schema: instructorOut }, 409: { description: 'Phone already registered' }, ...errors } },
    staff,
    canWrite,
    async function createInstructorRoute(ctx) {
      const input = parseBody(ctx, instructorInput);
      await getOfficeInScope(deps.models.Office, ctx.state.scope, input.officeId);
      ctx.status = 201;
      ctx.body = instructorView(await people.createInstructor(d, ctx.state.actor, input), viewOptions(ctx));
    },
  );
  router.get(
    '/:id',
    { summary: 'One instructor', tags, auth: 'staff', params: idParams, responses: { 200: { description: 'The instructor', schema: instructorOut }, ...errors } },
    staff,
    canRead,
    async function getInstructorRoute(ctx) {
      const found = await people.getInstructor(d, ctx.state.scope, parseParams(ctx, idParams).id);
      ctx.body = instructorView(found, viewOptions(ctx, await people.boundIdsAmong(d.Binding, 'instructor', [found._id])));
    },
  );
  router.patch(
    '/:id',
    { summary: 'Change an instructor', tags, auth: 'staff', params: idParams, body: instructorPatch, responses: { 200: { description: 'Updated', schema: instructorOut }, ...errors } },
    staff,
    canWrite,
    async function updateInstructorRoute(ctx) {
      const before = await people.getInstructor(d, ctx.state.scope, parseParams(ctx, idParams).id);
      const changes = parseBody(ctx, instructorPatch);
      if (changes.officeId) await getOfficeInScope(deps.models.Office, ctx.state.scope, changes.officeId);
      ctx.body = instructorView(await people.updateInstructor(d, ctx.state.actor, before, changes), viewOptions(ctx));
    },
  );
  router.delete(
    '/:id',
    { summary: 'Remove an instructor (and their WeChat binding)', tags, auth: 'staff', params: idParams, responses: { 204: { description: 'Removed' }, ...errors } },
    staff,
    canWrite,
    async function deleteInstructorRoute(ctx) {
      await people.deleteInstructor(d, ctx.state.actor, await people.getInstructor(d, ctx.state.scope, parseParams(ctx, idParams).id));
      ctx.status = 204;
    },
  );
  router.post(
    '/:id/bind-code',
    { summary: 'Reissue the binding code; the old one stops working (admin)', tags, auth: 'staff', params: idParams, responses: { 200: { description: 'New code', schema: codeOut }, ...errors } },
    staff,
    adminOnly,
    async function reissueInstructorCodeRoute(ctx) {
      const found = await people.getInstructor(d, ctx.state.scope, parseParams(ctx, idParams).id);
      ctx.body = { bindCode: await people.reissueCode(d, ctx.state.actor, 'instructor', found) };
    },
  );
  return router;
}

export function enterpriseRoutes(deps: RouteDeps): ApiRouter<StaffState> {
  const d = peopleDeps(deps);
  const staff = requireStaff({ config: deps.config, clock: deps.clock, Staff: deps.models.Staff, Office: deps.models.Office });
  const router = new ApiRouter<StaffState>('/api/admin/enterprises');
  const tags = ['enterprises'];
  const loadEnterprise = (ctx: ParameterizedContext<StaffState>) => people.getEnterprise(d, ctx.state.scope, parseParams(ctx, idParams.passthrough()).id);

  router.get(
    '/',
    { summary: 'List and search enterprises in my subtree', tags, auth: 'staff', query: enterpriseQuery, responses: { 200: { description: 'A page', schema: page(enterpriseOut) }, ...errors } },
    staff,
    canRead,
    async function listEnterprisesRoute(ctx) {
      const query = parseQuery(ctx, enterpriseQuery);
      const { items, total } = await people.listEnterprises(d, ctx.state.scope, query);
      ctx.body = { total, page: query.page, pageSize: query.pageSize, items: items.map(enterpriseView) };
    },
  );
  router.post(
    '/',
    { summary: 'Add an enterprise (credit code checked)', tags, auth: 'staff', body: enterpriseInput, responses: { 201: { description: 'Created', schema: enterpriseOut }, 409: { description: 'Credit code already registered' }, ...errors } },
    staff,
    canWrite,
    async function createEnterpriseRoute(ctx) {
      const input = parseBody(ctx, enterpriseInput);
      await getOfficeInScope(deps.models.Office, ctx.state.scope, input.officeId);
      ctx.status = 201;
      ctx.body = enterpriseView(await people.createEnterprise(d, ctx.state.actor, input));
    },
  );
  router.get(
    '/:id',
    { summary: 'One enterprise', tags, auth: 'staff', params: idParams, responses: { 200: { description: 'The enterprise', schema: enterpriseOut }, ...errors } },
    staff,
    canRead,
    async function getEnterpriseRoute(ctx) {
      ctx.body = enterpriseView(await loadEnterprise(ctx));
    },
  );
  router.patch(
    '/:id',
    { summary: 'Change an enterprise', tags, auth: 'staff', params: idParams, body: enterprisePatch, responses: { 200: { description: 'Updated', schema: enterpriseOut }, ...errors } },
    staff,
    canWrite,
    async function updateEnterpriseRoute(ctx) {
      const before = await loadEnterprise(ctx);
      const changes = parseBody(ctx, enterprisePatch);
      if (changes.officeId) await getOfficeInScope(deps.models.Office, ctx.state.scope, changes.officeId);
      ctx.body = enterpriseView(await people.updateEnterprise(d, ctx.state.actor, before, changes));
    },
  );
  router.delete(
    '/:id',
    { summary: 'Remove an enterprise and its contacts', tags, auth: 'staff', params: idParams, responses: { 204: { description: 'Removed' }, ...errors } },
    staff,
    canWrite,
    async function deleteEnterpriseRoute(ctx) {
      await people.deleteEnterprise(d, ctx.state.actor, await loadEnterprise(ctx));
      ctx.status = 204;
    },
  );
  router.get(
    '/:id/contacts',
    { summary: "An enterprise's contacts", tags, auth: 'staff', params: idParams, responses: { 200: { description: 'Contacts', schema: z.object({ items: z.array(contactOut) }) }, ...errors } },
    staff,
    canRead,
    async function listContactsRoute(ctx) {
      const contacts = await people.listContacts(d, await loadEnterprise(ctx));
      const bound = await people.boundIdsAmong(d.Binding, 'contact', contacts.map((c) => c._id));
      ctx.body = { items: contacts.map((c) => contactView(c, viewOptions(ctx, bound))) };
    },
  );
  router.post(
    '/:id/contacts',
    { summary: 'Add a contact to an enterprise (gets a one-time binding code)', tags, auth: 'staff', params: idParams, body: contactInput, responses: { 201: { description: 'Created', schema: contactOut }, ...errors } },
    staff,
    canWrite,
    async function createContactRoute(ctx) {
      const enterprise = await loadEnterprise(ctx);
      ctx.status = 201;
      ctx.body = contactView(await people.createContact(d, ctx.state.actor, enterprise, parseBody(ctx, contactInput)), viewOptions(ctx));
    },
  );
  router.patch(
    '/:id/contacts/:contactId',
    { summary: 'Change a contact', tags, auth: 'staff', params: contactParams, body: contactPatch, responses: { 200: { description: 'Updated', schema: contactOut }, ...errors } },
    staff,
    canWrite,
    async function updateContactRoute(ctx) {
      const { contactId } = parseParams(ctx, contactParams);
      const before = await people.getContact(d, await loadEnterprise(ctx), contactId);
      ctx.body = contactView(await people.updateContact(d, ctx.state.actor, before, parseBody(ctx, contactPatch)), viewOptions(ctx));
    },
  );
  router.delete(
    '/:id/contacts/:contactId',
    { summary: 'Remove a contact', tags, auth: 'staff', params: contactParams, responses: { 204: { description: 'Removed' }, ...errors } },
    staff,
    canWrite,
    async function deleteContactRoute(ctx) {
      const { contactId } = parseParams(ctx, contactParams);
      await people.deleteContact(d, ctx.state.actor, await people.getContact(d, await loadEnterprise(ctx), contactId));
      ctx.status = 204;
    },
  );
  router.post(
    '/:id/contacts/:contactId/bind-code',
    { summary: "Reissue a contact's binding code (admin)", tags, auth: 'staff', params: contactParams, responses: { 200: { description: 'New code', schema: codeOut }, ...errors } },
    staff,
    adminOnly,
    async function reissueContactCodeRoute(ctx) {
      const { contactId } = parseParams(ctx, contactParams);
      const contact = await people.getContact(d, await loadEnterprise(ctx), contactId);
      ctx.body = { bindCode: await people.reissueCode(d, ctx.state.actor, 'contact', contact) };
    },
  );
  return router;
}
