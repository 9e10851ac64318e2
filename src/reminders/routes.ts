import { z } from 'zod';
import { ApiRouter, parseBody, parseQuery, type MountableRouter } from '../http/api-router';
import type { MpState } from '../http/guards';
import type { RouteDeps } from '../deps';
import { Unauthorized } from '../errors';
import { verifyPushSignature } from './channels/oa-events-routes';

const subscribeBody = z
  .object({
    /** wx.requestSubscribeMessage's result as the mini-program got it: template id → accept | reject | ban | filter. */
    results: z.record(z.string().min(1).max(64), z.enum(['accept', 'reject', 'ban', 'filter'])).refine((r) => Object.keys(r).length <= 10, 'at most 10 templates'),
    /** The tap's own id (a client retry sends the same one, and counts once). */
    ref: z.string().trim().min(1).max(64),
  })
  .strict();

const signatureQuery = z.object({ signature: z.string().max(64), timestamp: z.string().max(20), nonce: z.string().max(64), echostr: z.string().max(256).optional() }).passthrough();


const popupEvent = z.object({
  FromUserName: z.string().min(1),
  CreateTime: z.union([z.number(), z.string()]),
  Event: z.string(),
  List: z.union([z.array(z.object({ TemplateId: z.string(), SubscribeStatusString: z.string() }).passthrough()), z.object({ TemplateId: z.string(), SubscribeStatusString: z.string() }).passthrough()]).optional(),
}).passthrough();

/** Subscribe-message credits: the tap's result from the mini-program, and WeChat's own event for the same tap. */
export function subscriptionRoutes({ areas: { reminders }, config, guards }: RouteDeps): MountableRouter[] {
  const mp = new ApiRouter<MpState>('/api/mp', guards);
  mp.post(
    '/subscriptions',
    { summary: 'Record what the user tapped in the subscribe dialog: each accept grants one reminder message', tags: ['reminders'], auth: 'mp', body: subscribeBody, responses: { 200: { description: 'Credits now held per template', schema: z.object({ credits: z.record(z.string(), z.number()) }) }, 401: { description: 'Not signed in' } } },
    async function recordSubscription(ctx) {
      const { results, ref } = parseBody(ctx, subscribeBody);
      const credits: Record<string, number> = {};
      for (const [templateId, result] of Object.entries(results)) {
        if (result === 'accept') await reminders.credits.grant(ctx.state.mp.openid, templateId, 'tap', ref);
        credits[templateId] = await reminders.credits.balance(ctx.state.mp.openid, templateId);
      }
      ctx.body = { credits };
    },
  );

  const push = new ApiRouter('/api/wechat/mp', guards);
  push.get('/events', { summary: "WeChat's check of the message-push URL: echoes echostr when the signature holds", tags: ['wechat'], auth: 'none', query: signatureQuery, responses: { 200: { description: 'echostr', contentType: 'text/plain' }, 401: { description: 'Bad signature' } } }, async function checkPushUrl(ctx) {
    const q = parseQuery(ctx, signatureQuery);
    if (!verifyPushSignature(config.WECHAT_PUSH_TOKEN, q)) throw new Unauthorized('Bad signature');
    ctx.type = 'text/plain';
    ctx.body = q.echostr ?? '';
  });
  push.post(
    '/events',
    { summary: 'Mini-program message push (JSON mode): subscribe_msg_popup_event grants credits; others are acknowledged', tags: ['wechat'], auth: 'none', query: signatureQuery, responses: { 200: { description: 'success', contentType: 'text/plain' }, 401: { description: 'Bad signature' } } },
    async function mpPushEvent(ctx) {
      if (!verifyPushSignature(config.WECHAT_PUSH_TOKEN, parseQuery(ctx, signatureQuery))) throw new Unauthorized('Bad signature');
      const event = popupEvent.safeParse((ctx.request as { body?: unknown }).body);
      if (event.success && event.data.Event === 'subscribe_msg_popup_event') {
        const list = Array.isArray(event.data.List) ? event.data.List : event.data.List ? [event.data.List] : [];
        const at = new Date(Number(event.data.CreateTime) * 1000);
        for (const item of list) {
          if (item.SubscribeStatusString === 'accept') await reminders.credits.grant(event.data.FromUserName, item.TemplateId, 'event', `${String(event.data.CreateTime)}`, at);
        }
      }
      // WeChat retries a push that is not answered "success"; anything we do not handle is still acknowledged.
      ctx.type = 'text/plain';
      ctx.body = 'success';
    },
  );
  return [mp, push];
}
