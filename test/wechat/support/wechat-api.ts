import nock from 'nock';

/** A made-up WECHAT_API_BASE: nock answers it, and nothing real could. */
export const WECHAT_API_BASE = 'https://api.weixin.test';

const LOOPBACK = /^(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/;

/** Interceptors on the fake WeChat API, e.g. `wechatApi().get('/sns/jscode2session').query({...}).reply(200, {...})`. */
export function wechatApi(): nock.Scope {
  return nock(WECHAT_API_BASE);
}

/**
 * WeChat's HTTP API faked with nock for the test file (nock 14 patches Node 20's global fetch,
 * which the client uses). No other host is reachable except loopback, where Redis, FerretDB and
 * supertest's servers live. `unexpected` lists, per test, every request nock had no interceptor
 * for (as `METHOD path?query`); after each test, pending delays are aborted and interceptors dropped.
 * Call it once per test file: after the file's tests nock is switched off.
 */
export function useWechatApi(): { unexpected: string[] } {
  const unexpected: string[] = [];
  const record = (req: { method?: string; path?: string; hostname?: string }) => {
    if (req.hostname === undefined || !LOOPBACK.test(req.hostname)) unexpected.push(`${req.method} ${req.path}`);
  };
  beforeAll(() => {
    nock.disableNetConnect();
    nock.enableNetConnect(LOOPBACK);
    nock.emitter.on('no match', record);
  });
  afterEach(() => {
    nock.abortPendingRequests();
    nock.cleanAll();
    unexpected.length = 0;
  });
  afterAll(() => {
    nock.emitter.removeListener('no match', record);
    nock.enableNetConnect();
    // Node's http module outlives the test file in a jest worker: without this, the next file's
    // requests would still pass through this file's (by then torn down) interceptors.
    nock.restore();
  });
  return { unexpected };
}
