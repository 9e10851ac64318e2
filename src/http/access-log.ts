import type { Middleware } from 'koa';
import type { AppState } from './types';

/** One line per request, after it is answered (errors are already mapped to a status by then). */
export function accessLog(): Middleware<AppState> {
  return async function accessLogMiddleware(ctx, next) {
    const started = process.hrtime.bigint();
    try {
      await next();
    } finally {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      ctx.state.log.info({ method: ctx.method, path: ctx.path, status: ctx.status, ms: Math.round(ms * 10) / 10 }, 'request');
    }
  };
}
