import { createHmac, timingSafeEqual } from 'node:crypto';
import { Unauthorized } from '../errors';

/**
 * Compact signed tokens: base64url(JSON payload) + "." + base64url(HMAC-SHA256). Short-lived and
 * stateless; revocation lives in the refresh tokens, which are stored.
 */
export interface TokenClaims {
  /** staff: a staff id; mp: an openid */
  sub: string;
  kind: 'staff' | 'mp';
  /** expiry, seconds since the epoch */
  exp: number;
  unionid?: string;
}

const sign = (body: string, secret: string) => createHmac('sha256', secret).update(body).digest('base64url');

export function signToken(claims: Omit<TokenClaims, 'exp'>, secret: string, ttlSeconds: number, now: Date): string {
  const body = Buffer.from(JSON.stringify({ ...claims, exp: Math.floor(now.getTime() / 1000) + ttlSeconds })).toString('base64url');
  return `${body}.${sign(body, secret)}`;
}

export function verifyToken(token: string, secret: string, kind: TokenClaims['kind'], now: Date): TokenClaims {
  const [body, signature, extra] = token.split('.');
  if (!body || !signature || extra !== undefined) throw new Unauthorized('Invalid token');
  const expected = Buffer.from(sign(body, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw new Unauthorized('Invalid token');
  let claims: TokenClaims;
  try {
    claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as TokenClaims;
  } catch {
    throw new Unauthorized('Invalid token');
  }
  if (claims.kind !== kind || typeof claims.sub !== 'string') throw new Unauthorized('Invalid token');
  if (typeof claims.exp !== 'number' || claims.exp * 1000 <= now.getTime()) throw new Unauthorized('Token expired');
  return claims;
}

export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match?.[1];
}
