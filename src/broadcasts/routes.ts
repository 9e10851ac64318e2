import { markdownToHtml } from '../markdown';
import { z } from 'zod';
import type { ParameterizedContext } from 'koa';
import { ApiRouter, parseBody, parseParams, parseQuery, type MountableRouter, type RouteAuth } from '../http/api-router';
import { idParams, objectId, pagination } from '../http/schemas';
import type { RouteDeps } from '../deps';
import type { MpState, StaffState } from '../http/guards';
import { ENTERPRISE_LEVELS } from '../people/kinds';
import { ADMIN_ONLY, CAN_READ, CAN_WRITE, type StaffRole } from '../staff/kinds';
import { AUDIENCE_KINDS, BROADCAST_STATES } from './kinds';
import type { StaffActor } from './use-cases';

const httpUrl = z.string().trim().max(500).url().refine((u) => /^https?:\/\//.test(u), 'http(s) URL');
const broadcastInput = z
  .object({
    title: z.string().trim().min(1).max(60),
    summary: z.string().trim().max(200).default(''),
    body: z.string().max(20000).default(''),
    coverUrl: httpUrl.nullable().default(null),
    link: httpUrl.nullable().default(null),
    audience: z
      .object({
        officeIds: z.array(objectId).min(1).max(50),
        kinds: z.array(z.enum(AUDIENCE_KINDS)).min(1),
        industry: z.string().trim().min(1).max(40).nullable().default(null),
        level: z.enum(ENTERPRISE_LEVELS).nullable().default(null),
        cohort: z.string().trim().min(1).max(40).nullable().default(null),
        hasUnion: z.boolean().nullable().default(null),
      })
      .strict(),
    public: z.boolean().default(true),
    urgent: z.boolean().default(false),
    scheduledAt: z.iso.datetime({ offset: true }).transform((v) => new Date(v)).nullable().default(null),
  })
  .strict();
const rejectBody = z.object({ reason: z.string().trim().min(1).max(200) }).strict();
const listQuery = z.object({ state: z.enum(BROADCAST_STATES).optional() }).strict();

const iso = z.string();
const broadcastOut = z.object({
  id: z.string(),
  officeId: z.string(),
  authorId: z.string(),
  authorName: z.string(),
  submittedById: z.string().nullable(),
  title: z.string(),
  summary: z.string(),
  body: z.string(),
  coverUrl: z.string().nullable(),
  link: z.string().nullable(),
  audience: z.object({ officeIds: z.array(z.string()), kinds: z.array(z.enum(AUDIENCE_KINDS)), industry: z.string().nullable(), level: z.string().nullable(), cohort: z.string().nullable(), hasUnion: z.boolean().nullable() }),
  public: z.boolean(),
  urgent: z.boolean(),
  scheduledAt: iso.nullable(),
  flaggedWords: z.array(z.string()),
  state: z.enum(BROADCAST_STATES),
  reason: z.string().nullable(),
  history: z.array(z.object({ to: z.enum(BROADCAST_STATES), byName: z.string(), reason: z.string().nullable(), at: iso })),
});
const reach = z.object({ total: z.number(), miniProgram: z.number(), chat: z.number(), unreachable: z.number(), sample: z.array(z.object({ maskedName: z.string(), officeId: z.string() })) });
const statsOut = z.object({ state: z.enum(BROADCAST_STATES), deliveries: z.number(), byState: z.record(z.string(), z.number()), byChannel: z.record(z.string(), z.number()), reads: z.number(), readsByOffice: z.record(z.string(), z.number()) });
const previewOut = z.object({ offices: z.number(), instructors: reach.nullable(), contacts: reach.nullable(), rooms: z.object({ total: z.number(), wecomRobot: z.number() }).nullable() });
const errors = { 400: { description: 'Invalid input' }, 401: { description: 'Not signed in' }, 403: { description: 'Role not allowed, audience outside my subtree, or approving my own' }, 404: { description: 'Not found in my scope' } };
const moved = (summary: string, extra: { auth: RouteAuth; body?: z.ZodType }) => ({ summary, tags: ['broadcasts'], params: idParams, responses: { 200: { description: 'Its state now', schema: broadcastOut }, 409: { description: 'Not a legal move from its state, or someone moved it first' }, ...errors }, ...extra });

/** Broadcasts for staff: editors write and submit, an admin of the same or a parent office (not the author) approves. */
export function broadcastAdminRoutes({ areas: { broadcasts }, guards }: RouteDeps): ApiRouter<StaffState> {
  const router = new ApiRouter<StaffState>('/api/admin/broadcasts', guards);
  const tags = ['broadcasts'];
  const actorOf = (ctx: ParameterizedContext<StaffState>): StaffActor => ({ ...ctx.state.actor, role: ctx.state.staff.role as StaffRole });
  const load = (ctx: ParameterizedContext<StaffState>) => broadcasts.get(ctx.state.scope, parseParams(ctx, idParams).id);

  router.get('/', { summary: 'Broadcasts of my subtree', tags, auth: { staff: CAN_READ }, query: listQuery, responses: { 200: { description: 'List', schema: z.object({ items: z.array(broadcastOut) }) }, ...errors } }, async function listBroadcasts(ctx) {
    ctx.body = { items: await broadcasts.list(ctx.state.scope, parseQuery(ctx, listQuery)) };
  });
  router.post('/', { summary: 'Write a broadcast (a draft); sensitive words are named in flaggedWords and block approval', tags, auth: { staff: CAN_WRITE }, body: broadcastInput, responses: { 201: { description: 'Created', schema: broadcastOut }, ...errors } }, async function createBroadcast(ctx) {
    ctx.status = 201;
    ctx.body = await broadcasts.create(actorOf(ctx), ctx.state.scope, parseBody(ctx, broadcastInput));
  });
  router.get('/:id', { summary: 'One broadcast with its state and history', tags, auth: { staff: CAN_READ }, params: idParams, responses: { 200: { description: 'The broadcast', schema: broadcastOut }, ...errors } }, async function getBroadcast(ctx) {
    ctx.body = await broadcasts.view(await load(ctx));
  });
  router.put('/:id', moved('Rewrite a draft or a rejected broadcast (a rejected one becomes a draft again)', { auth: { staff: CAN_WRITE }, body: broadcastInput }), async function updateBroadcast(ctx) {
    ctx.body = await broadcasts.update(actorOf(ctx), ctx.state.scope, await load(ctx), parseBody(ctx, broadcastInput));
  });
  router.post('/:id/submit', moved('Submit a draft for approval', { auth: { staff: CAN_WRITE } }), async function submitBroadcast(ctx) {
    ctx.body = await broadcasts.submit(actorOf(ctx), await load(ctx));
  });
  router.post('/:id/approve', moved('Approve (an admin of the same or a parent office, never the author; none of the sensitive words)', { auth: { staff: ADMIN_ONLY } }), async function approveBroadcast(ctx) {
    ctx.body = await broadcasts.approve(actorOf(ctx), ctx.state.scope, await load(ctx));
  });
  router.post('/:id/reject', moved('Reject with a reason', { auth: { staff: ADMIN_ONLY }, body: rejectBody }), async function rejectBroadcast(ctx) {
    ctx.body = await broadcasts.reject(actorOf(ctx), ctx.state.scope, await load(ctx), parseBody(ctx, rejectBody).reason);
  });
  router.post('/:id/cancel', moved('Cancel', { auth: { staff: CAN_WRITE } }), async function cancelBroadcast(ctx) {
    ctx.body = await broadcasts.cancel(actorOf(ctx), await load(ctx));
  });
  router.post(
    '/:id/preview-audience',
    { summary: 'Who it would reach: counts per kind and by channel, and a masked sample, before anything is sent', tags, auth: { staff: CAN_READ }, params: idParams, responses: { 200: { description: 'The audience', schema: previewOut }, ...errors } },
    async function previewAudience(ctx) {
      ctx.body = await broadcasts.previewAudience(await load(ctx));
    },
  );
  router.get(
    '/:id/stats',
    { summary: 'Deliveries per state and channel, and reads per office', tags, auth: { staff: CAN_READ }, params: idParams, responses: { 200: { description: 'Counts', schema: statsOut }, ...errors } },
    async function broadcastStats(ctx) {
      ctx.body = await broadcasts.sending.stats(await load(ctx));
    },
  );
  return router;
}

const roomOut = z.object({ id: z.string(), topic: z.string(), officeId: z.string().nullable(), wecomWebhook: z.string().nullable() });
const roomBody = z.object({ officeId: objectId, wecomWebhook: httpUrl.refine((u) => u.startsWith('https://qyapi.weixin.qq.com/') || !u.startsWith('https://'), 'a WeCom group robot webhook').nullable().default(null) }).strict();
const roomParams = z.object({ id: z.string().min(1).max(128) });

/** The bot's group chats: staff give each an office (broadcasts to that subtree reach it) and its WeCom robot, if any. */
export function roomAdminRoutes({ areas: { broadcasts }, guards }: RouteDeps): ApiRouter<StaffState> {
  const router = new ApiRouter<StaffState>('/api/admin/rooms', guards);
  const tags = ['broadcasts'];
  router.get('/', { summary: 'Group chats of my subtree, and those not yet given an office', tags, auth: { staff: CAN_READ }, responses: { 200: { description: 'List', schema: z.object({ items: z.array(roomOut) }) }, ...errors } }, async function listRooms(ctx) {
    ctx.body = { items: await broadcasts.rooms.list(ctx.state.scope) };
  });
  router.put('/:id', { summary: 'Give a group chat an office of my subtree and its WeCom group robot webhook (admin)', tags, auth: { staff: ADMIN_ONLY }, params: roomParams, body: roomBody, responses: { 200: { description: 'Assigned', schema: roomOut }, ...errors } }, async function assignRoom(ctx) {
    ctx.body = await broadcasts.rooms.assign(ctx.state.actor, ctx.state.scope, parseParams(ctx, roomParams).id, parseBody(ctx, roomBody));
  });
  return router;
}

const newsItem = z.object({ id: z.string(), title: z.string(), summary: z.string(), coverUrl: z.string().nullable(), link: z.string().nullable(), publishedAt: z.string() });
const newsPage = z.object({ total: z.number(), page: z.number(), pageSize: z.number(), items: z.array(newsItem) });
const newsDetail = newsItem.extend({ body: z.string(), bodyHtml: z.string() });
/** The markdown body also as HTML for the mini-program's rich-text. */
const withHtml = <T extends { body: string }>(item: T) => ({ ...item, bodyHtml: markdownToHtml(item.body) });
const newsQuery = z.object({ ...pagination }).strict();

/** The news feed: signed-in mini-program users see their office's and those above; public news for anyone. */
export function newsRoutes({ areas: { broadcasts }, guards }: RouteDeps): MountableRouter[] {
  const mp = new ApiRouter<MpState>('/api/mp/news', guards);
  const tags = ['news'];
  mp.get('/', { summary: 'News for me: what my office and those above it published (public news when I am not bound)', tags, auth: 'mp', query: newsQuery, responses: { 200: { description: 'A page', schema: newsPage } } }, async function myNews(ctx) {
    ctx.body = await broadcasts.news.feed(ctx.state.mp.openid, parseQuery(ctx, newsQuery));
  });
  mp.get('/:id', { summary: 'One news item; my read is recorded once', tags, auth: 'mp', params: idParams, responses: { 200: { description: 'The item', schema: newsDetail }, 404: { description: 'Not found or not for me' } } }, async function readNews(ctx) {
    ctx.body = withHtml(await broadcasts.news.read(ctx.state.mp.openid, parseParams(ctx, idParams).id));
  });
  const pub = new ApiRouter('/api/public/news', guards);
  pub.get('/', { summary: 'Public news that went out, for sharing', tags, auth: 'none', query: newsQuery, responses: { 200: { description: 'A page', schema: newsPage } } }, async function publicNews(ctx) {
    ctx.body = await broadcasts.news.publicFeed(parseQuery(ctx, newsQuery));
  });
  pub.get('/:id', { summary: 'One public news item', tags, auth: 'none', params: idParams, responses: { 200: { description: 'The item', schema: newsDetail }, 404: { description: 'Not found or not public' } } }, async function publicNewsItem(ctx) {
    ctx.body = withHtml(await broadcasts.news.publicItem(parseParams(ctx, idParams).id));
  });
  return [mp, pub];
}
