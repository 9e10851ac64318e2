import { z } from 'zod';
import { ApiRouter, parseBody } from '../http/api-router';
import type { RouteDeps } from '../deps';
import { STAFF_COOKIE } from '../http/guards';

const sessionSchema = z.object({
  accessToken: z.string(),
  expiresIn: z.number(),
  refreshToken: z.string(),
  staff: z.object({ id: z.string(), username: z.string(), name: z.string(), role: z.string(), officeId: z.string() }),
});
const loginBody = z.object({ username: z.string().trim().min(1).max(64), password: z.string().min(1).max(200) }).strict();
const refreshBody = z.object({ refreshToken: z.string().min(10).max(200) }).strict();

export function staffAuthRoutes(deps: RouteDeps): ApiRouter {
  const { staff } = deps.areas;
  const router = new ApiRouter('/api/admin', deps.guards);
  const cookieOptions = { httpOnly: true, sameSite: 'strict' as const, maxAge: deps.config.STAFF_TOKEN_TTL_S * 1000, overwrite: true };

  router.post(
    '/login',
    {
      summary: 'Staff sign-in with username and password; returns a short-lived token and a refresh token',
      tags: ['auth'],
      auth: 'none',
      body: loginBody,
      responses: { 200: { description: 'Signed in', schema: sessionSchema }, 401: { description: 'Wrong username or password' }, 429: { description: 'Too many failures' } },
    },
    async function staffLogin(ctx) {
      const body = parseBody(ctx, loginBody);
      const session = await staff.login({ ...body, ip: ctx.ip });
      // The cookie lets a browser open /admin/queues; API clients use the bearer token.
      ctx.cookies.set(STAFF_COOKIE, session.accessToken, cookieOptions);
      ctx.body = session;
    },
  );
  router.post(
    '/refresh',
    {
      summary: 'Swap a refresh token (used once) for a new session',
      tags: ['auth'],
      auth: 'none',
      body: refreshBody,
      responses: { 200: { description: 'New session', schema: sessionSchema }, 401: { description: 'Invalid, expired or reused' } },
    },
    async function staffRefresh(ctx) {
      const session = await staff.refresh(parseBody(ctx, refreshBody).refreshToken);
      ctx.cookies.set(STAFF_COOKIE, session.accessToken, cookieOptions);
      ctx.body = session;
    },
  );
  router.post(
    '/logout',
    { summary: 'Revoke a refresh token', tags: ['auth'], auth: 'none', body: refreshBody, responses: { 204: { description: 'Signed out' } } },
    async function staffLogout(ctx) {
      await staff.logout(parseBody(ctx, refreshBody).refreshToken);
      ctx.cookies.set(STAFF_COOKIE, null);
      ctx.status = 204;
    },
  );
  return router;
}
