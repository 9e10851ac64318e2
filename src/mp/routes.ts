import { z } from 'zod';
import { ApiRouter, parseBody } from '../http/api-router';
import type { MpState } from '../http/guards';
import type { RouteDeps } from '../deps';
import { PERSON_TYPES } from '../binding/kinds';
import type { MpSignIn } from './sign-in';

const loginBody = z.object({ code: z.string().trim().min(1).max(128) }).strict();
const bindBody = z.object({ code: z.string().trim().min(4).max(20) }).strict();
const boundOut = z.object({ personType: z.enum(PERSON_TYPES), maskedName: z.string() });

const sessionOut = z.object({
  token: z.string(),
  expiresIn: z.number(),
  bound: z.boolean(),
  personType: z.enum(PERSON_TYPES).nullable(),
  maskedName: z.string().nullable(),
  bindings: z.array(boundOut),
});

const settingsOut = z.object({
  subscribeTemplates: z.array(z.object({ id: z.string(), purpose: z.enum(['reminder', 'news']), title: z.string() })),
  publicBaseUrl: z.string().nullable(),
  devLogin: z.boolean(),
});

export function mpRoutes(deps: RouteDeps & { signIn: MpSignIn; devLogin: boolean }): ApiRouter<MpState> {
  const { binding } = deps.areas;
  const router = new ApiRouter<MpState>('/api/mp', deps.guards);

  router.post(
    '/login',
    {
      summary: 'Mini-program sign-in: wx.login code → our token and who the user is (session_key never leaves the server). Without WECHAT_APPID outside production, the code is taken as the openid (development login)',
      tags: ['mini-program'],
      auth: 'none',
      body: loginBody,
      responses: {
        200: { description: 'Signed in', schema: sessionOut },
        400: { description: 'Invalid or used code (WeChat 40029)' },
        403: { description: 'WeChat blocks this user (40226)' },
        429: { description: 'Too many sign-ins from this IP, or WeChat rate limit (45011)' },
        503: { description: 'WeChat is not configured (production) or not answering' },
      },
    },
    async function mpLogin(ctx) {
      ctx.body = await deps.signIn.login(parseBody(ctx, loginBody).code, ctx.ip);
    },
  );
  router.get(
    '/settings',
    {
      summary: 'What the mini-program needs before sign-in: subscribe-message template ids, the public verify base, whether sign-in is the development login',
      tags: ['mini-program'],
      auth: 'none',
      responses: { 200: { description: 'Settings', schema: settingsOut } },
    },
    async function mpSettings(ctx) {
      const { WECHAT_REMINDER_TEMPLATE_ID, WECHAT_NEWS_TEMPLATE_ID, PUBLIC_BASE_URL } = deps.config;
      ctx.body = {
        subscribeTemplates: [
          ...(WECHAT_REMINDER_TEMPLATE_ID ? [{ id: WECHAT_REMINDER_TEMPLATE_ID, purpose: 'reminder' as const, title: '截止提醒' }] : []),
          ...(WECHAT_NEWS_TEMPLATE_ID ? [{ id: WECHAT_NEWS_TEMPLATE_ID, purpose: 'news' as const, title: '和创动态' }] : []),
        ],
        publicBaseUrl: PUBLIC_BASE_URL ?? null,
        devLogin: deps.devLogin,
      };
    },
  );
  router.post(
    '/bind',
    {
      summary: 'Bind this WeChat user to a roster entry with a one-time code',
      tags: ['mini-program'],
      auth: 'mp',
      body: bindBody,
      responses: {
        200: { description: 'Bound; the name comes back partly masked', schema: boundOut },
        400: { description: 'Wrong code' },
        409: { description: 'Code already used, or this WeChat user is bound to someone else' },
        429: { description: 'Too many wrong codes this hour' },
      },
    },
    async function mpBind(ctx) {
      const { code } = parseBody(ctx, bindBody);
      const bound = await binding.bindWithCode(code, { kind: 'mp', id: ctx.state.mp.openid, unionid: ctx.state.mp.unionid });
      ctx.body = { personType: bound.personType, maskedName: bound.maskedName };
    },
  );
  router.get(
    '/me',
    {
      summary: 'Who this mini-program user is bound to',
      tags: ['mini-program'],
      auth: 'mp',
      responses: { 200: { description: 'Bindings by person type', schema: z.object({ bindings: z.array(boundOut) }) } },
    },
    async function mpMe(ctx) {
      ctx.body = { bindings: await deps.signIn.bindingsOf(ctx.state.mp.openid) };
    },
  );
  return router;
}
