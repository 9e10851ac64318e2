import type { Middleware } from 'koa';
import { ZodError } from 'zod';
import { typedError } from '../errors';
import type { AppState } from './types';

interface HttpLikeError {
  status?: number;
  statusCode?: number;
  expose?: boolean;
  type?: string;
  message?: string;
}

/**
 * The one place errors become HTTP answers: `{ error: { code, message } }`.
 * Typed errors keep their status and message; body-parser errors keep their 4xx; anything else is
 * a 500 with a generic message, logged with the request id so it can be found.
 */
export function errorHandler(): Middleware<AppState> {
  return async function errorHandlerMiddleware(ctx, next) {
    try {
      await next();
      if (ctx.status === 404 && ctx.body === undefined) {
        ctx.status = 404;
        ctx.body = { error: { code: 'not_found', message: `No route for ${ctx.method} ${ctx.path}` } };
      }
    } catch (err) {
      const { status, body } = toHttp(err);
      if (status === 503) ctx.state.log?.warn({ err: (err as Error)?.message }, 'a service is unavailable');
      else if (status >= 500) ctx.state.log?.error({ err }, 'unhandled error');
      ctx.status = status;
      ctx.body = body;
    }
  };
}

export function toHttp(err: unknown): { status: number; body: { error: Record<string, unknown> } } {
  const typed = typedError(err);
  if (typed) {
    const error: Record<string, unknown> = { code: typed.code, message: typed.expose ? typed.message : 'Internal error' };
    if (typed.details !== undefined && typed.expose) error.details = typed.details;
    return { status: typed.status, body: { error } };
  }
  if (err instanceof ZodError) {
    return {
      status: 400,
      body: { error: { code: 'invalid', message: 'Invalid input', details: err.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) } },
    };
  }
  const e = (err ?? {}) as HttpLikeError;
  const status = e.status ?? e.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    if (status === 413) return { status, body: { error: { code: 'payload_too_large', message: 'Request body is too large' } } };
    return { status, body: { error: { code: status === 400 ? 'invalid' : 'bad_request', message: e.expose && e.message ? e.message : 'Bad request' } } };
  }
  return { status: 500, body: { error: { code: 'internal', message: 'Something went wrong on our side. Please try again later.' } } };
}
