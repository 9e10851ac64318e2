import type { Middleware } from 'koa';
import type { Clock } from '../clock';
import type { Config } from '../config';
import { Unauthorized } from '../errors';
import type { AppState } from '../http/types';
import { bearerToken, verifyToken } from '../auth/tokens';

export interface MpState extends AppState {
  mp: { openid: string; unionid?: string };
}

/** Mini-program routes: a token from POST /api/mp/login, bound to the user's openid. */
export function requireMpUser(deps: { config: Pick<Config, 'AUTH_SECRET'>; clock: Clock }): Middleware<MpState> {
  return async function requireMpUserMiddleware(ctx, next) {
    const token = bearerToken(ctx.get('Authorization'));
    if (!token) throw new Unauthorized('请先登录');
    const claims = verifyToken(token, deps.config.AUTH_SECRET, 'mp', deps.clock.now());
    ctx.state.mp = { openid: claims.sub, unionid: claims.unionid };
    await next();
  };
}
