import Koa from 'koa';
import { bodyParser } from '@koa/bodyparser';
import request from 'supertest';
import type { RouteGuards } from '../../src/http/api-router';
import { errorHandler } from '../../src/http/errors';
import type { AppState } from '../../src/http/types';
import { oaEventRoutes, pushSignature } from '../../src/reminders/channels/oa-events-routes';
import { createOaFollowers, oaFollowerModel, type OaFollowers } from '../../src/reminders/channels/oa-followers';
import { createTestContext, type TestContext } from '../support/context';

const PUSH_TOKEN = 'oa-push-token';
const OA_ID = 'gh_0a1b2c3d4e5f';

let ctx: TestContext;
let followers: OaFollowers;
let app: Koa<AppState>;

// Every route here is auth 'none': any guard being used would be a bug, whichever kinds RouteGuards has.
const noGuards = new Proxy({} as RouteGuards, {
  get: (_target, kind) => () => {
    throw new Error(`the ${String(kind)} guard is not for these routes`);
  },
});

/** The app's error handler and JSON body parser around the router alone, until src/app.ts mounts it. */
function bareApp(token: string): Koa<AppState> {
  const koa = new Koa<AppState>();
  const routes = oaEventRoutes({ config: { WECHAT_OA_PUSH_TOKEN: token }, followers, guards: noGuards });
  koa.use(errorHandler());
  koa.use(bodyParser({ enableTypes: ['json'], encoding: 'utf-8' }));
  koa.use(routes.router.routes() as never);
  koa.use(routes.router.allowedMethods() as never);
  koa.silent = true;
  return koa;
}

beforeAll(async () => {
  ctx = await createTestContext(__filename, { register: (conn) => oaFollowerModel(conn) });
  followers = createOaFollowers({ model: oaFollowerModel(ctx.mongo) });
  app = bareApp(PUSH_TOKEN);
});
afterAll(async () => {
  await ctx.close();
});

let nonce = 0;
function signedQuery(token = PUSH_TOKEN) {
  const timestamp = String(1_796_000_000 + nonce);
  const n = `nonce${++nonce}`;
  return { timestamp, nonce: n, signature: pushSignature(token, timestamp, n) };
}

function follow(openid: string, event: 'subscribe' | 'unsubscribe', createTime: number, unionid?: string) {
  return { ToUserName: OA_ID, FromUserName: openid, CreateTime: createTime, MsgType: 'event', Event: event, ...(unionid ? { UnionId: unionid } : {}) };
}

function push(body: object, query = signedQuery()) {
  return request(app.callback()).post('/api/wechat/oa/events').query(query).set('Content-Type', 'application/json').send(JSON.stringify(body));
}

describe("WeChat's check of the push URL", () => {
  test('echoes echostr when the signature is made with the push token', async () => {
    const res = await request(app.callback()).get('/api/wechat/oa/events').query({ ...signedQuery(), echostr: '7141352369891402' });

    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.text).toBe('7141352369891402');
  });

  test('is refused with 401 when the signature is made with another token', async () => {
    const res = await request(app.callback()).get('/api/wechat/oa/events').query({ ...signedQuery('someone-else'), echostr: 'e1' });

    expect(res.status).toBe(401);
    expect(res.text).not.toContain('e1');
  });

  test('is refused with 401 when no push token is configured, whatever the signature', async () => {
    const res = await request(bareApp('').callback()).get('/api/wechat/oa/events').query({ ...signedQuery(''), echostr: 'e2' });

    expect(res.status).toBe(401);
  });
});

describe('follow events', () => {
  test('a follow event with a bad signature is refused and not recorded', async () => {
    const res = await push(follow('oa-openid-forged', 'subscribe', 1_796_000_100, 'union-forged'), signedQuery('wrong-token'));

    expect(res.status).toBe(401);
    expect(await followers.openidForUnionid('union-forged')).toBeNull();
  });

  test('a follow makes the openid reachable by unionid, answered with "success"', async () => {
    const res = await push(follow('oa-openid-1', 'subscribe', 1_796_000_200, 'union-1'));

    expect(res.status).toBe(200);
    expect(res.text).toBe('success');
    expect(await followers.openidForUnionid('union-1')).toBe('oa-openid-1');
  });

  test('follow then unfollow leaves no openid, even when the unfollow carries no unionid', async () => {
    await push(follow('oa-openid-2', 'subscribe', 1_796_000_300, 'union-2')).expect(200);
    await push(follow('oa-openid-2', 'unsubscribe', 1_796_000_400)).expect(200);

    expect(await followers.openidForUnionid('union-2')).toBeNull();
  });

  test('following again after an unfollow makes the openid reachable again', async () => {
    await push(follow('oa-openid-3', 'subscribe', 1_796_000_500, 'union-3')).expect(200);
    await push(follow('oa-openid-3', 'unsubscribe', 1_796_000_600, 'union-3')).expect(200);
    await push(follow('oa-openid-3', 'subscribe', 1_796_000_700, 'union-3')).expect(200);

    expect(await followers.openidForUnionid('union-3')).toBe('oa-openid-3');
  });

  test('a push WeChat retries is answered "success" each time and stored once', async () => {
    const event = follow('oa-openid-4', 'subscribe', 1_796_000_800, 'union-4');
    for (let i = 0; i < 3; i++) expect((await push(event)).text).toBe('success');

    expect(await oaFollowerModel(ctx.mongo).countDocuments({ openid: 'oa-openid-4' })).toBe(1);
  });

  test('a message that is not a follow event is acknowledged and not recorded', async () => {
    const res = await push({ ToUserName: OA_ID, FromUserName: 'oa-openid-5', CreateTime: 1_796_000_900, MsgType: 'text', Content: '你好' });

    expect(res.text).toBe('success');
    expect(await oaFollowerModel(ctx.mongo).countDocuments({ openid: 'oa-openid-5' })).toBe(0);
  });

  test('an XML push (out of scope) is a 400, not a silent "success"', async () => {
    const xml = `<xml><ToUserName>${OA_ID}</ToUserName><FromUserName>oa-openid-6</FromUserName><CreateTime>1796001000</CreateTime><MsgType>event</MsgType><Event>subscribe</Event></xml>`;
    const res = await request(app.callback()).post('/api/wechat/oa/events').query(signedQuery()).set('Content-Type', 'text/xml').send(xml);

    expect(res.status).toBe(400);
  });
});

describe('a follow push without a unionid', () => {
  test('the unionid is looked up, so the follower can be matched to their mini-program binding', async () => {
    const looked: string[] = [];
    const withLookup = createOaFollowers({ model: oaFollowerModel(ctx.mongo), unionidOf: async (openid) => (looked.push(openid), `union-of-${openid}`) });
    await withLookup.recordEvent({ openid: 'oa-openid-lookup', event: 'subscribe', createTime: 1_796_100_000 });
    expect(looked).toEqual(['oa-openid-lookup']);
    expect(await withLookup.openidForUnionid('union-of-oa-openid-lookup')).toBe('oa-openid-lookup');
  });

  test('a failed lookup still records the follow', async () => {
    const failed: unknown[] = [];
    const flaky = createOaFollowers({ model: oaFollowerModel(ctx.mongo), unionidOf: async () => Promise.reject(new Error('busy')), onLookupFailed: (err) => failed.push(err) });
    expect(await flaky.recordEvent({ openid: 'oa-openid-flaky', event: 'subscribe', createTime: 1_796_100_001 })).toEqual({ recorded: true });
    expect(failed).toHaveLength(1);
  });
});
