import type { paths } from './types';

/**
 * The one way pages reach the server. The session lives in cookies the server sets (httpOnly
 * `staff_token` and `staff_refresh`, readable `staff_csrf`); nothing is kept in localStorage.
 * Every state-changing request echoes the CSRF cookie in `X-CSRF-Token`; a 401 refreshes the
 * session once (one refresh shared by every call that got the 401) and retries; when the refresh
 * fails too, `onSignedOut` sends the user to the sign-in page. Types come from the server's
 * /openapi.json (api/types.ts, `npm run console:api-types`).
 */

export type Path = keyof paths;
type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type Op<P extends Path, M extends Method> = M extends keyof paths[P] ? NonNullable<paths[P][M]> : never;
type JsonOf<R> = R extends { content: { 'application/json': infer T } } ? T : undefined;
type Ok<O> = O extends { responses: infer R } ? (R extends { 200: infer A } ? JsonOf<A> : R extends { 201: infer A } ? JsonOf<A> : undefined) : never;

/** What a route answers on success, from the OpenAPI document. */
export type Answer<P extends Path, M extends Method> = Ok<Op<P, M>>;
/** The JSON body a route takes. */
export type BodyOf<P extends Path, M extends Method> = Op<P, M> extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;
/** The query a GET route takes. */
export type QueryOf<P extends Path> = Op<P, 'get'> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;

/** An answer that was not a success, with a message a person can read (Chinese). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** What the server said, which may be a developer's English message. */
    readonly detail?: string,
    /** The error's `details` (e.g. the allowed range of `outside_city_window`, the offending words of `sensitive_words`). */
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

const CJK = /[\u4e00-\u9fff]/;

/** The Chinese fallback for a status, when the server's message is not one a user can read. */
export function messageForStatus(status: number): string {
  if (status === 0) return '网络不可用，请检查网络后重试';
  if (status === 400) return '提交的内容有误，请检查后重试';
  if (status === 401) return '登录已过期，请重新登录';
  if (status === 403) return '没有权限';
  if (status === 404) return '未找到';
  if (status === 409) return '操作冲突，请刷新后重试';
  if (status === 413) return '文件过大';
  if (status === 429) return '操作过于频繁';
  if (status >= 500) return '服务暂时不可用';
  return '请求失败，请稍后重试';
}

async function errorFrom(res: Response): Promise<ApiError> {
  let code = `http_${res.status}`;
  let detail: string | undefined;
  let details: unknown;
  try {
    const body = (await res.json()) as { error?: { code?: string; message?: string; details?: unknown } };
    code = body.error?.code ?? code;
    detail = body.error?.message;
    details = body.error?.details;
  } catch {
    // Not JSON (a proxy's error page): the status says enough.
  }
  // The server's own message is shown when it is written for users (Chinese); else the fallback.
  const shown = res.status !== 401 && res.status < 500 && detail && CJK.test(detail) ? detail : messageForStatus(res.status);
  return new ApiError(res.status, code, shown, detail, details);
}

export const CSRF_COOKIE = 'staff_csrf';

export function readCookie(name: string): string | undefined {
  for (const part of document.cookie.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodeURIComponent(v.join('='));
  }
  return undefined;
}

type Query = Record<string, string | number | boolean | undefined | null>;

export interface RequestOptions {
  /** Values for `{name}` placeholders in the path. */
  params?: Record<string, string>;
  query?: Query;
  body?: unknown;
  /** A multipart upload instead of a JSON body. */
  form?: FormData;
  /** Sign-in and refresh themselves: a 401 is the answer, not a reason to refresh. */
  noRefresh?: boolean;
  signal?: AbortSignal;
}

export function buildUrl(path: string, params?: Record<string, string>, query?: Query): string {
  const filled = path.replace(/\{(\w+)\}/g, (_m, name: string) => {
    const value = params?.[name];
    if (value === undefined) throw new Error(`missing path parameter ${name} for ${path}`);
    return encodeURIComponent(value);
  });
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined && v !== null && v !== '') search.set(k, String(v));
  const qs = search.toString();
  return qs ? `${filled}?${qs}` : filled;
}

let signedOutHandler: () => void = () => undefined;
/** The auth provider says where to go when the session cannot be renewed. */
export function onSignedOut(handler: () => void): void {
  signedOutHandler = handler;
}

let refreshing: Promise<boolean> | null = null;
/** One refresh at a time: concurrent 401s wait for the same one. */
function refreshSession(): Promise<boolean> {
  refreshing ??= send('POST', '/api/admin/refresh', { body: {}, noRefresh: true })
    .then((res) => res.ok)
    .catch(() => false)
    .finally(() => {
      refreshing = null;
    });
  return refreshing;
}

async function send(method: string, path: string, options: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (method !== 'GET' && method !== 'HEAD') {
    const csrf = readCookie(CSRF_COOKIE);
    if (csrf) headers['X-CSRF-Token'] = csrf;
  }
  let body: BodyInit | undefined;
  if (options.form) body = options.form;
  else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  try {
    return await fetch(buildUrl(path, options.params, options.query), { method, headers, body, credentials: 'same-origin', signal: options.signal });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError(0, 'network', messageForStatus(0));
  }
}

/** Sends, refreshing once on a 401; answers the raw response when it is a success, else throws ApiError. */
async function sendOk(method: string, path: string, options: RequestOptions): Promise<Response> {
  let res = await send(method, path, options);
  if (res.status === 401 && !options.noRefresh) {
    if (await refreshSession()) res = await send(method, path, options);
    if (res.status === 401) {
      signedOutHandler();
      throw await errorFrom(res);
    }
  }
  if (!res.ok) throw await errorFrom(res);
  return res;
}

async function json<T>(method: string, path: string, options: RequestOptions): Promise<T> {
  const res = await sendOk(method, path, options);
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

type Opts<P extends Path, M extends Method> = Omit<RequestOptions, 'body'> & (M extends 'get' ? { query?: QueryOf<P> & Query } : { body?: BodyOf<P, M> });

/** Typed calls: `api.get('/api/admin/instructors', { query: { q } })`. */
export const api = {
  get: <P extends Path>(path: P, options: Opts<P, 'get'> = {} as Opts<P, 'get'>) => json<Answer<P, 'get'>>('GET', path, options),
  post: <P extends Path>(path: P, options: Opts<P, 'post'> = {} as Opts<P, 'post'>) => json<Answer<P, 'post'>>('POST', path, options),
  put: <P extends Path>(path: P, options: Opts<P, 'put'> = {} as Opts<P, 'put'>) => json<Answer<P, 'put'>>('PUT', path, options),
  patch: <P extends Path>(path: P, options: Opts<P, 'patch'> = {} as Opts<P, 'patch'>) => json<Answer<P, 'patch'>>('PATCH', path, options),
  delete: <P extends Path>(path: P, options: Opts<P, 'delete'> = {} as Opts<P, 'delete'>) => json<Answer<P, 'delete'>>('DELETE', path, options),
  /** A file from a GET route (a template, an export), saved under the server's file name. */
  async download(path: Path, options: RequestOptions & { fallbackName: string }): Promise<void> {
    const res = await sendOk('GET', path, options);
    const blob = await res.blob();
    const name = /filename\*=UTF-8''([^;]+)/.exec(res.headers.get('Content-Disposition') ?? '')?.[1];
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = name ? decodeURIComponent(name) : options.fallbackName;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  },
};
