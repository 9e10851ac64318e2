import { z } from 'zod';
import { ApiRouter, parseBody } from '../http/api-router';
import type { MpState } from '../http/guards';
import type { RouteDeps } from '../deps';
import { signToken } from '../auth/tokens';
import { PERSON_TYPES } from '../binding/kinds';
import { maskName } from '../privacy';

/** The one call the mini-program API needs from WeChat here (src/wechat implements it). */
export interface MpLogin {
  code2Session(code: string): Promise<{ openid: string; unionid?: string }>;
}

const loginBody = z.object({ code: z.string().trim().min(1).max(128) }).strict();
const bindBody = z.object({ code: z.string().trim().min(4).max(20) }).strict();
const boundOut = z.object({ personType: z.enum(PERSON_TYPES), maskedName: z.string() });

export function mpRoutes(deps: RouteDeps & { wechat: MpLogin }): ApiRouter<MpState> {
  const { binding, people } = deps.areas;
  const router = new ApiRouter<MpState>('/api/mp', deps.guards);

  router.post(
    '/login',
    {
      summary: 'Mini-program sign-in: wx.login code → our token (session_key never leaves the server)',
      tags: ['mini-program'],
      auth: 'none',
      body: loginBody,
      responses: { 200: { description: 'Signed in', schema: z.object({ token: z.string(), expiresIn: z.number() }) }, 400: { description: 'Invalid code' } },
    },
    async function mpLogin(ctx) {
      const { code } = parseBody(ctx, loginBody);
      const session = await deps.wechat.code2Session(code);
      ctx.body = {
        token: signToken({ sub: session.openid, kind: 'mp', ...(session.unionid ? { unionid: session.unionid } : {}) }, deps.config.AUTH_SECRET, deps.config.MP_TOKEN_TTL_S, deps.clock.now()),
        expiresIn: deps.config.MP_TOKEN_TTL_S,
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
      const found = [];
      for (const personType of PERSON_TYPES) {
        const b = await binding.find({ kind: 'mp', id: ctx.state.mp.openid }, personType);
        const person = b ? await people.findPerson(personType, b.personId) : null;
        if (person) found.push({ personType, maskedName: maskName(person.name) });
      }
      ctx.body = { bindings: found };
    },
  );
  return router;
}
