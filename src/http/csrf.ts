import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context } from 'koa';
import { Forbidden } from '../errors';

/**
 * CSRF protection for requests a browser authenticates with the staff cookie (the console, the
 * queue dashboard), as a double-submit token: the sign-in sets a readable `staff_csrf` cookie and
 * the page echoes it in `X-CSRF-Token` on every state-changing request. Another site can make the
 * browser send our cookies but can neither read the token nor set the header. Bearer-token clients
 * carry no ambient credential, so they need none.
 */
export const CSRF_COOKIE = 'staff_csrf';
export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export class CsrfFailed extends Forbidden {
  override readonly code = 'csrf_failed';
  constructor() {
    super('请求缺少安全校验，请刷新页面后重试');
  }
}

export function newCsrfToken(): string {
  return randomBytes(24).toString('base64url');
}

function sameValue(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The request's Origin (or Referer) names this host. */
function sameOrigin(ctx: Context): boolean {
  const from = ctx.get('Origin') || ctx.get('Referer');
  if (!from) return false;
  try {
    return new URL(from).host === ctx.host;
  } catch {
    return false;
  }
}

/**
 * Throws unless a cookie-authenticated, state-changing request carries the token. bull-board's own
 * page cannot add our header, so under `originCheckedPaths` a same-origin Origin/Referer is the
 * proof instead (OWASP's origin verification).
 */
export function requireCsrf(ctx: Context, originCheckedPaths: readonly string[] = []): void {
  if (SAFE_METHODS.has(ctx.method)) return;
  const cookie = ctx.cookies.get(CSRF_COOKIE) ?? '';
  const header = ctx.get(CSRF_HEADER);
  if (cookie && header && sameValue(cookie, header)) return;
  if (originCheckedPaths.some((p) => ctx.path === p || ctx.path.startsWith(`${p}/`)) && sameOrigin(ctx)) return;
  throw new CsrfFailed();
}
