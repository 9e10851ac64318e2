import { randomUUID } from 'node:crypto';
import type { Middleware } from 'koa';
import type { Logger } from '../logger';
import type { AppState } from './types';

const ACCEPTABLE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Takes X-Request-Id from the caller when it looks sane, or makes one; echoes it and logs with it. */
export function requestId(logger: Logger): Middleware<AppState> {
  return async function requestIdMiddleware(ctx, next) {
    const given = ctx.get('X-Request-Id');
    const id = ACCEPTABLE_ID.test(given) ? given : randomUUID();
    ctx.state.requestId = id;
    ctx.state.log = logger.child({ reqId: id });
    ctx.set('X-Request-Id', id);
    await next();
  };
}
