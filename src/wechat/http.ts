import { errorForAnswer, WechatUnavailable } from './errors';
import type { WechatLogger } from './logger';

export type Fetch = typeof fetch;

export interface WechatHttpOptions {
  /** WECHAT_API_BASE; a path prefix (a proxy) is kept. */
  base: string;
  /** WECHAT_HTTP_TIMEOUT_MS: covers the whole exchange, body included. */
  timeoutMs: number;
  fetch: Fetch;
  logger: WechatLogger;
}

export interface WechatRequest {
  method: 'GET' | 'POST';
  /** The API path, e.g. `/sns/jscode2session`; it names the call in logs and errors. */
  api: string;
  query?: Record<string, string>;
  body?: unknown;
}

export type WechatHttp = (request: WechatRequest) => Promise<Record<string, unknown>>;

/**
 * One exchange with the WeChat API: a JSON answer whose errcode is 0 or absent comes back as an
 * object; a non-zero errcode becomes its typed error. The URL is never logged or put in an error,
 * since its query holds the secret, the login code or the access token.
 */
export function createWechatHttp({ base, timeoutMs, fetch, logger }: WechatHttpOptions): WechatHttp {
  const root = base.replace(/\/+$/, '');
  return async function wechatHttp({ method, api, query, body }) {
    const url = `${root}${api}${query ? `?${new URLSearchParams(query)}` : ''}`;
    const started = Date.now();
    let status: number;
    let text: string;
    try {
      const res = await fetch(url, {
        method,
        headers: body === undefined ? undefined : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      });
      status = res.status;
      text = await res.text();
    } catch (err) {
      const timedOut = err instanceof Error && err.name === 'TimeoutError';
      logger.warn({ api, ms: Date.now() - started, timedOut }, 'WeChat API did not answer');
      throw new WechatUnavailable(`WeChat ${api}`, timedOut ? `no answer within ${timeoutMs} ms` : 'could not be reached', err);
    }
    // WeChat answers its own errors with HTTP 200 and an errcode, so any other status comes from
    // something in between (a proxy, a gateway) that may recover.
    if (status < 200 || status > 299) {
      logger.warn({ api, status, ms: Date.now() - started }, 'WeChat API answered an HTTP error');
      throw new WechatUnavailable(`WeChat ${api}`, `HTTP ${status}`);
    }
    const answer = parseObject(text);
    if (!answer) throw new WechatUnavailable(`WeChat ${api}`, 'the answer is not a JSON object');
    const errcode = typeof answer.errcode === 'number' ? answer.errcode : 0;
    logger.debug({ api, errcode, ms: Date.now() - started }, 'WeChat API answered');
    if (errcode !== 0) {
      throw errorForAnswer({ api, errcode, errmsg: typeof answer.errmsg === 'string' ? answer.errmsg : '' });
    }
    return answer;
  };
}

function parseObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
