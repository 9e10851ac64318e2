import { z } from 'zod';
import type { ParameterizedContext } from 'koa';
import { Types } from 'mongoose';
import { NotFound } from '../errors';
import { ApiRouter, parseBody, parseParams } from '../http/api-router';
import { idParams, objectId } from '../http/schemas';
import type { RouteDeps } from '../deps';
import type { ContactState, StaffState } from '../http/guards';
import { ADMIN_ONLY, CAN_READ, CAN_WRITE } from '../staff/kinds';
import { STAGE_KEYS, type StageKey } from './kinds';
import { applicationOut, campaignInput, campaignOut, campaignPatch, deadlinesOut, mineOut, overrideInput } from './schemas';
import type { Deadlines } from './schedule';

const errors = { 400: { description: 'Invalid input' }, 401: { description: 'Not signed in' }, 403: { description: 'Role or office not allowed' }, 404: { description: 'Not found in your scope' } };
const overrideParams = z.object({ id: objectId, officeId: objectId });
const appParams = z.object({ id: objectId, appId: objectId });
const stageParams = appParams.extend({ stage: z.enum(STAGE_KEYS) });
const applyBody = z.object({ enterpriseId: objectId }).strict();
const deadlinesView = (officeId: string, d: Deadlines) => ({ officeId, stages: STAGE_KEYS.map((key) => ({ key, deadline: d[key].toISOString() })) });
/**
 * Campaigns for staff: the city creates and edits them; a district sets its subtree's own
 * deadlines inside the city's window; staff register applications and mark the stages that are
 * theirs. The campaign's reminders and stage counts are under src/reminders/admin-routes.ts.
 */
export function campaignAdminRoutes({ areas: { campaigns, people }, guards }: RouteDeps): ApiRouter<StaffState> {
  const router = new ApiRouter<StaffState>('/api/admin/campaigns', guards);
  const tags = ['campaigns'];
  const { calendar, applications } = campaigns;
  const load = (ctx: ParameterizedContext<StaffState>) => calendar.get(ctx.state.scope, parseParams(ctx, idParams.passthrough()).id);
  const staffBy = (ctx: ParameterizedContext<StaffState>) => ({ kind: 'staff' as const, actor: ctx.state.actor });

  router.get('/', { summary: 'Campaigns that reach my subtree', tags, auth: { staff: CAN_READ }, responses: { 200: { description: 'List', schema: z.object({ items: z.array(campaignOut) }) }, ...errors } }, async function listCampaigns(ctx) {
    ctx.body = { items: (await calendar.list(ctx.state.scope)).map(campaigns.toCampaignView) };
  });
  router.post('/', { summary: 'Create a campaign (city office admins): six stages with deadlines', tags, auth: { staff: ADMIN_ONLY }, body: campaignInput, responses: { 201: { description: 'Created', schema: campaignOut }, ...errors } }, async function createCampaign(ctx) {
    const created = await calendar.create(ctx.state.actor, ctx.state.scope, parseBody(ctx, campaignInput));
    ctx.status = 201;
    ctx.body = campaigns.toCampaignView(created);
  });
  router.get('/:id', { summary: 'One campaign, with the deadlines that apply to my office', tags, auth: { staff: CAN_READ }, params: idParams, responses: { 200: { description: 'The campaign', schema: campaignOut.extend({ mine: deadlinesOut }) }, ...errors } }, async function getCampaign(ctx) {
    const c = await load(ctx);
    ctx.body = { ...campaigns.toCampaignView(c), mine: deadlinesView(String(ctx.state.scope.rootId), await calendar.deadlinesFor(c, ctx.state.scope.rootId)) };
  });
  router.patch('/:id', { summary: "Edit name, the city's deadlines, offsets or close it (audited; the city's admins)", tags, auth: { staff: ADMIN_ONLY }, params: idParams, body: campaignPatch, responses: { 200: { description: 'Changed', schema: campaignOut }, ...errors } }, async function patchCampaign(ctx) {
    const before = await load(ctx);
    ctx.body = campaigns.toCampaignView(await calendar.update(ctx.state.actor, ctx.state.scope, before, parseBody(ctx, campaignPatch)));
  });
  router.put(
    '/:id/overrides/:officeId',
    {
      summary: "A district's own deadlines for its subtree, inside the city's window (an empty list removes them; audited)",
      tags,
      auth: { staff: ADMIN_ONLY },
      params: overrideParams,
      body: overrideInput,
      responses: { 200: { description: "The office's deadlines now", schema: deadlinesOut }, ...errors, 400: { description: 'Invalid input, or outside the city window: `outside_city_window`, with the allowed range in details' } },
    },
    async function putOverride(ctx) {
      const { officeId } = parseParams(ctx, overrideParams);
      const d = await calendar.setOverride(ctx.state.actor, ctx.state.scope, await load(ctx), officeId, parseBody(ctx, overrideInput).stages);
      ctx.body = deadlinesView(officeId, d);
    },
  );
  router.get(
    '/:id/deadlines/:officeId',
    { summary: 'The deadlines that apply to an office of my subtree (its own, the nearest district’s, or the city’s)', tags, auth: { staff: CAN_READ }, params: overrideParams, responses: { 200: { description: 'Deadlines', schema: deadlinesOut }, ...errors } },
    async function officeDeadlines(ctx) {
      const { officeId } = parseParams(ctx, overrideParams);
      if (!ctx.state.scope.has(officeId)) throw new NotFound('Office not found');
      ctx.body = deadlinesView(officeId, await calendar.deadlinesFor(await load(ctx), new Types.ObjectId(officeId)));
    },
  );
  router.post(
    '/:id/applications',
    { summary: 'Register an enterprise of my subtree as applying (once per enterprise; a second call returns the same application)', tags, auth: { staff: CAN_WRITE }, params: idParams, body: applyBody, responses: { 201: { description: 'Created', schema: applicationOut }, 200: { description: 'It had applied already', schema: applicationOut }, ...errors } },
    async function createApplication(ctx) {
      const campaign = await load(ctx);
      const enterprise = await people.getEnterprise(ctx.state.scope, parseBody(ctx, applyBody).enterpriseId);
      const { application, created } = await applications.apply(campaign, enterprise, staffBy(ctx));
      ctx.status = created ? 201 : 200;
      ctx.body = await applications.view(application, campaign);
    },
  );
  router.get('/:id/applications/:appId', { summary: 'One application: stages, deadlines, where it stands', tags, auth: { staff: CAN_READ }, params: appParams, responses: { 200: { description: 'The application', schema: applicationOut }, ...errors } }, async function getApplication(ctx) {
    const campaign = await load(ctx);
    ctx.body = await applications.view(await applications.getInScope(ctx.state.scope, campaign, parseParams(ctx, appParams).appId), campaign);
  });
  router.post(
    '/:id/applications/:appId/stages/:stage',
    { summary: 'Mark a stage done (review, evaluation, notice, naming; staff may also record the self-assessment). In order; twice is once', tags, auth: { staff: CAN_WRITE }, params: stageParams, responses: { 200: { description: 'Where it stands now', schema: applicationOut }, 409: { description: 'An earlier stage is not done, or withdrawn' }, ...errors } },
    async function markStage(ctx) {
      const { appId, stage } = parseParams(ctx, stageParams);
      const campaign = await load(ctx);
      const app = await applications.getInScope(ctx.state.scope, campaign, appId);
      await applications.markDone(app, campaign, stage as StageKey, staffBy(ctx));
      ctx.body = await applications.view(app, campaign);
    },
  );
  router.post('/:id/applications/:appId/withdraw', { summary: 'Withdraw an application: no more reminders for it', tags, auth: { staff: CAN_WRITE }, params: appParams, responses: { 200: { description: 'Withdrawn', schema: applicationOut }, ...errors } }, async function withdrawApplication(ctx) {
    const campaign = await load(ctx);
    const app = await applications.getInScope(ctx.state.scope, campaign, parseParams(ctx, appParams).appId);
    await applications.withdraw(app, staffBy(ctx));
    ctx.body = await applications.view(app, campaign);
  });
  return router;
}

const mpErrors = { 401: { description: 'Not signed in' }, 404: { description: 'Not bound as an enterprise contact, or not found' } };
const mpApplyBody = z.object({ campaignId: objectId }).strict();
const selfCheckBody = z.object({ applicationId: objectId.optional() }).strict();

/** The enterprise contact's side in the mini-program. The chat (我的申报, 已提交) calls the same use cases. */
export function applicationMpRoutes({ areas: { campaigns }, guards }: RouteDeps): ApiRouter<ContactState> {
  const router = new ApiRouter<ContactState>('/api/mp/applications', guards);
  const tags = ['applications'];
  router.get('/mine', { summary: "My enterprise's applications: stages, deadlines (my district's where set), the current stage and what to do next", tags, auth: 'contact', responses: { 200: { description: 'Mine', schema: mineOut }, ...mpErrors } }, async function myApplications(ctx) {
    ctx.body = await campaigns.mine(ctx.state.contact);
  });
  router.post('/', { summary: 'Apply for my enterprise (once; a second call returns the same application)', tags, auth: 'contact', body: mpApplyBody, responses: { 201: { description: 'Applied', schema: applicationOut }, 200: { description: 'Had applied already', schema: applicationOut }, 409: { description: 'Past the application deadline' }, ...mpErrors } }, async function apply(ctx) {
    const { created, view } = await campaigns.applyAsContact(ctx.state.contact, parseBody(ctx, mpApplyBody).campaignId);
    ctx.status = created ? 201 : 200;
    ctx.body = view;
  });
  router.post('/self-check', { summary: 'Mark our self-assessment submitted (已提交)', tags, auth: 'contact', body: selfCheckBody, responses: { 200: { description: 'Where it stands now', schema: applicationOut }, 409: { description: 'Application withdrawn' }, ...mpErrors } }, async function submitSelfCheck(ctx) {
    ctx.body = (await campaigns.submitSelfCheck(ctx.state.contact, parseBody(ctx, selfCheckBody).applicationId)).view;
  });
  return router;
}
