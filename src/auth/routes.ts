import { z } from 'zod';
import { ApiRouter, parseBody, type MountableRouter } from '../http/api-router';
import type { RouteDeps } from '../deps';
import { STAFF_COOKIE, type StaffState } from '../http/guards';
import { CSRF_COOKIE, newCsrfToken, requireCsrf } from '../http/csrf';
import { Unauthorized } from '../errors';
import { CAN_READ } from '../staff/kinds';
import type { Context } from 'koa';

const sessionSchema = z.object({
  accessToken: z.string(),
  expiresIn: z.number(),
  refreshToken: z.string(),
  /** Echo it in X-CSRF-Token on every state-changing request the cookie authenticates (the console does). */
  csrfToken: z.string(),
  staff: z.object({ id: z.string(), username: z.string(), name: z.string(), role: z.string(), officeId: z.string() }),
});
const loginBody = z.object({ username: z.string().trim().min(1).max(64), password: z.string().min(1).max(200) }).strict();
/** API clients send the refresh token; a browser has it in an httpOnly cookie and sends `{}`. */
const refreshBody = z.object({ refreshToken: z.string().min(10).max(200).optional() }).strict();
const REFRESH_COOKIE = 'staff_refresh';
const meSchema = z.object({
  staff: z.object({ id: z.string(), username: z.string(), name: z.string(), role: z.string(), officeId: z.string() }),
  office: z.object({ id: z.string(), name: z.string(), code: z.string(), level: z.string() }),
});

export function staffAuthRoutes(deps: RouteDeps): MountableRouter[] {
  const { staff } = deps.areas;
  const router = new ApiRouter('/api/admin', deps.guards);
  const cookieOptions = { httpOnly: true, sameSite: 'strict' as const, maxAge: deps.config.STAFF_TOKEN_TTL_S * 1000, overwrite: true };
  const refreshCookie = { httpOnly: true, sameSite: 'strict' as const, path: '/api/admin', maxAge: deps.config.STAFF_REFRESH_TTL_S * 1000, overwrite: true };

  /** The browser's copy of a session: the tokens in httpOnly cookies, the CSRF token readable by the page. */
  function setSessionCookies(ctx: Context, session: { accessToken: string; refreshToken: string }): string {
    const csrfToken = newCsrfToken();
    ctx.cookies.set(STAFF_COOKIE, session.accessToken, cookieOptions);
    ctx.cookies.set(REFRESH_COOKIE, session.refreshToken, refreshCookie);
    ctx.cookies.set(CSRF_COOKIE, csrfToken, { ...refreshCookie, path: '/', httpOnly: false, maxAge: deps.config.STAFF_REFRESH_TTL_S * 1000 });
    return csrfToken;
  }

  /** The refresh token from the body (API clients) or the cookie (a browser, which must then prove the CSRF token). */
  function refreshTokenOf(ctx: Context, body: { refreshToken?: string }): string {
    if (body.refreshToken) return body.refreshToken;
    const fromCookie = ctx.cookies.get(REFRESH_COOKIE);
    if (!fromCookie) throw new Unauthorized('No refresh token');
    requireCsrf(ctx);
    return fromCookie;
  }

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
      // The cookies are the console's (and /admin/queues') way in; API clients use the bearer token.
      ctx.body = { ...session, csrfToken: setSessionCookies(ctx, session) };
    },
  );
  router.post(
    '/refresh',
    {
      summary: 'Swap a refresh token (used once) for a new session; a browser sends {} with its refresh cookie and the X-CSRF-Token header',
      tags: ['auth'],
      auth: 'none',
      body: refreshBody,
      responses: { 200: { description: 'New session', schema: sessionSchema }, 401: { description: 'Invalid, expired or reused' } },
    },
    async function staffRefresh(ctx) {
      const session = await staff.refresh(refreshTokenOf(ctx, parseBody(ctx, refreshBody)));
      ctx.body = { ...session, csrfToken: setSessionCookies(ctx, session) };
    },
  );
  router.post(
    '/logout',
    { summary: 'Revoke a refresh token (from the body, or the browser’s cookie with the X-CSRF-Token header) and clear the cookies', tags: ['auth'], auth: 'none', body: refreshBody, responses: { 204: { description: 'Signed out' } } },
    async function staffLogout(ctx) {
      await staff.logout(refreshTokenOf(ctx, parseBody(ctx, refreshBody)));
      ctx.cookies.set(STAFF_COOKIE, null);
      ctx.cookies.set(REFRESH_COOKIE, null, { path: '/api/admin' });
      ctx.cookies.set(CSRF_COOKIE, null);
      ctx.status = 204;
    },
  );
  const me = new ApiRouter<StaffState>('/api/admin', deps.guards);
  me.get(
    '/me',
    { summary: 'Who is signed in and their office (the console asks on every load)', tags: ['auth'], auth: { staff: CAN_READ }, responses: { 200: { description: 'Me', schema: meSchema }, 401: { description: 'Not signed in' } } },
    async function whoAmI(ctx) {
      const s = ctx.state.staff;
      const office = await deps.areas.offices.getInScope(ctx.state.scope, String(s.officeId));
      ctx.body = {
        staff: { id: String(s._id), username: s.username, name: s.name, role: s.role, officeId: String(s.officeId) },
        office: { id: String(office._id), name: office.name, code: office.code, level: office.level },
      };
    },
  );
  return [router, me];
}
