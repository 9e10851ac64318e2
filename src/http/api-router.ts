import Router from '@koa/router';
import type { Middleware, ParameterizedContext } from 'koa';
import { z, type ZodType } from 'zod';
import { Invalid } from '../errors';
import type { StaffRole } from '../staff/kinds';
import type { AppState } from './types';

/**
 * Who may call a route: nobody in particular, a mini-program user, a mini-program user bound as
 * an instructor, or staff of these roles. The router puts the matching guard in front of the
 * handlers, so what /openapi.json documents is what guards the route.
 */
export type RouteAuth = 'none' | 'mp' | 'learner' | 'contact' | { staff: readonly StaffRole[] };

/** The guard middleware for each kind of RouteAuth (src/http/guards.ts builds them from use cases). */
export interface RouteGuards {
  staff(roles: readonly StaffRole[]): Middleware;
  mp: Middleware;
  learner: Middleware;
  contact: Middleware;
}

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface ResponseDoc {
  description: string;
  schema?: ZodType;
  /** For non-JSON answers (a file, Prometheus text). */
  contentType?: string;
}

/** What a route says about itself; /openapi.json is built from these, so it cannot drift. */
export interface RouteDoc {
  summary: string;
  tags?: string[];
  auth: RouteAuth;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: ZodType;
  /** A multipart upload with one file field of this name. */
  upload?: string;
  responses: Record<number, ResponseDoc>;
}

export interface DocumentedRoute extends RouteDoc {
  method: Method;
  /** Koa style, e.g. /api/admin/offices/:id */
  path: string;
}

/** Any ApiRouter, whatever state its guards add; the app mounts its layers on one root router. */
export interface MountableRouter {
  readonly routes: DocumentedRoute[];
  readonly router: { stack: Router['stack'] };
}

/** A Koa router that takes a RouteDoc with every route and remembers it for the OpenAPI document. */
export class ApiRouter<State extends AppState = AppState> {
  readonly router: Router<State>;
  readonly routes: DocumentedRoute[] = [];

  constructor(
    readonly prefix: string,
    private readonly guards: RouteGuards,
  ) {
    this.router = new Router<State>({ prefix });
  }

  get(path: string, doc: RouteDoc, ...handlers: Middleware<State>[]): this {
    return this.add('get', path, doc, handlers);
  }
  post(path: string, doc: RouteDoc, ...handlers: Middleware<State>[]): this {
    return this.add('post', path, doc, handlers);
  }
  put(path: string, doc: RouteDoc, ...handlers: Middleware<State>[]): this {
    return this.add('put', path, doc, handlers);
  }
  patch(path: string, doc: RouteDoc, ...handlers: Middleware<State>[]): this {
    return this.add('patch', path, doc, handlers);
  }
  delete(path: string, doc: RouteDoc, ...handlers: Middleware<State>[]): this {
    return this.add('delete', path, doc, handlers);
  }

  private add(method: Method, path: string, doc: RouteDoc, handlers: Middleware<State>[]): this {
    // Koa's router serves '/' under a prefix as the bare prefix; document it the same way.
    this.routes.push({ ...doc, method, path: this.prefix && path === '/' ? this.prefix : this.prefix + path });
    const guard = this.guardFor(doc.auth);
    (this.router[method] as (p: string, ...m: Middleware<State>[]) => unknown)(path, ...(guard ? [guard] : []), ...handlers);
    return this;
  }

  private guardFor(auth: RouteAuth): Middleware<State> | undefined {
    if (auth === 'none') return undefined;
    if (auth === 'mp') return this.guards.mp as Middleware<State>;
    if (auth === 'learner') return this.guards.learner as Middleware<State>;
    if (auth === 'contact') return this.guards.contact as Middleware<State>;
    return this.guards.staff(auth.staff) as Middleware<State>;
  }
}

/** Parses a value with a zod schema at the edge; a failure is a 400 naming each bad field. */
export function parseInput<T extends ZodType>(schema: T, value: unknown, where: string): z.infer<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw new Invalid(
      `Invalid ${where}`,
      parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    );
  }
  return parsed.data;
}

export function parseBody<T extends ZodType>(ctx: ParameterizedContext, schema: T): z.infer<T> {
  return parseInput(schema, (ctx.request as { body?: unknown }).body ?? {}, 'request body');
}

export function parseQuery<T extends ZodType>(ctx: ParameterizedContext, schema: T): z.infer<T> {
  return parseInput(schema, ctx.query, 'query');
}

export function parseParams<T extends ZodType>(ctx: ParameterizedContext & { params?: unknown }, schema: T): z.infer<T> {
  return parseInput(schema, ctx.params ?? {}, 'path');
}
