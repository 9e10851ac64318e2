import request from 'supertest';
import { signToken } from '../../src/auth/tokens';
import { createTestContext, type TestContext } from '../support/context';
import { campaignWorld, stagesFrom, type CampaignWorld } from '../support/campaign';
import { makeCourse } from '../support/course';
import { boundLearner } from '../support/learner';
import { useWechatApi, wechatApi, WECHAT_API_BASE } from '../wechat/support/wechat-api';

useWechatApi();
let ctx: TestContext;
let w: CampaignWorld;
const http = () => request(ctx.app().app.callback());

beforeAll(async () => {
  ctx = await createTestContext(__filename, { env: { WECHAT_API_BASE, WECHAT_APPID: 'wx-test-app', WECHAT_SECRET: 'test-secret', MP_LOGIN_MAX_PER_IP: '30' } });
  w = await campaignWorld(ctx);
});
afterAll(() => ctx.close());

function wechatAnswers(code: string, answer: object) {
  wechatApi().get('/sns/jscode2session').query({ appid: 'wx-test-app', secret: 'test-secret', js_code: code, grant_type: 'authorization_code' }).reply(200, answer);
}

describe('mini-program sign-in through WeChat', () => {
  test('a new user signs in and learns they are not bound yet', async () => {
    wechatAnswers('new-code', { openid: 'openid-new', session_key: 'the-session-key' });
    const res = await http().post('/api/mp/login').send({ code: 'new-code' }).expect(200);
    expect(res.body).toMatchObject({ bound: false, personType: null, maskedName: null, bindings: [], expiresIn: ctx.config.MP_TOKEN_TTL_S });
    expect(typeof res.body.token).toBe('string');
    expect(JSON.stringify(res.body)).not.toContain('the-session-key');
  });

  test('a returning bound contact signs in and is told who they are, name masked', async () => {
    const { contacts } = await w.enterprise(w.offices.nanmen._id, [{ name: '欧阳娜娜', bind: ['mp'] }]);
    wechatAnswers('returning-code', { openid: contacts[0].openid, session_key: 'k', unionid: 'union-1' });
    const res = await http().post('/api/mp/login').send({ code: 'returning-code' }).expect(200);
    expect(res.body).toMatchObject({ bound: true, personType: 'contact', maskedName: '欧**娜', bindings: [{ personType: 'contact', maskedName: '欧**娜' }] });
    const me = await http().get('/api/mp/me').set('Authorization', `Bearer ${res.body.token}`).expect(200);
    expect(me.body.bindings).toEqual([{ personType: 'contact', maskedName: '欧**娜' }]);
  });

  test.each([
    [40029, 400, 'wechat_invalid_code'],
    [45011, 429, 'wechat_rate_limited'],
    [40226, 403, 'wechat_risky_user'],
  ])('WeChat errcode %i becomes HTTP %i', async (errcode, status, code) => {
    wechatAnswers(`code-${errcode}`, { errcode, errmsg: 'refused' });
    const res = await http().post('/api/mp/login').send({ code: `code-${errcode}` }).expect(status);
    expect(res.body.error.code).toBe(code);
  });

  test('an expired token and a tampered token are both 401', async () => {
    const expired = signToken({ sub: 'openid-x', kind: 'mp' }, ctx.config.AUTH_SECRET, 300, new Date(ctx.clock.now().getTime() - 3600_000));
    expect((await http().get('/api/mp/me').set('Authorization', `Bearer ${expired}`)).status).toBe(401);
    const good = signToken({ sub: 'openid-x', kind: 'mp' }, ctx.config.AUTH_SECRET, 300, ctx.clock.now());
    const [body, sig] = good.split('.');
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(body, 'base64url').toString()), sub: 'openid-admin' })).toString('base64url');
    const tampered = `${forged}.${sig}`;
    expect((await http().get('/api/mp/me').set('Authorization', `Bearer ${tampered}`)).status).toBe(401);
  });

  test('one learner cannot read another learner’s attempt', async () => {
    const { modules } = await makeCourse(ctx.models, { officeId: w.offices.city._id, modules: 1 });
    const a = await boundLearner(ctx, w.offices.city._id, '甲学员');
    const b = await boundLearner(ctx, w.offices.city._id, '乙学员');
    await a.api.post(`/api/mp/lessons/${String(modules[0].lesson._id)}/complete`).expect(200);
    const attempt = (await a.api.post(`/api/mp/quizzes/${String(modules[0].quiz._id)}/attempts`).expect(200)).body;
    expect((await a.api.get(`/api/mp/attempts/${attempt.id}`)).status).toBe(200);
    expect((await b.api.get(`/api/mp/attempts/${attempt.id}`)).status).toBe(404);
    expect((await b.api.post(`/api/mp/attempts/${attempt.id}/submit`)).status).toBe(404);
  });

  test('one contact’s application is not another contact’s: each sees and marks only their own', async () => {
    const campaign = await w.campaign(stagesFrom(new Date(ctx.clock.now().getTime() + 10 * 24 * 3600_000)));
    const one = await w.enterprise(w.offices.nanmen._id, [{ name: '王一', bind: ['mp'] }], '宁波甲企业有限公司');
    const two = await w.enterprise(w.offices.nanmen._id, [{ name: '王二', bind: ['mp'] }], '宁波乙企业有限公司');
    await w.mpClient(one.contacts[0].openid!).post('/api/mp/applications', { campaignId: String(campaign._id) }).expect(201);
    const mineTwo = await w.mpClient(two.contacts[0].openid!).get('/api/mp/applications/mine').expect(200);
    expect(JSON.stringify(mineTwo.body)).not.toContain('宁波甲企业');
    await w.mpClient(two.contacts[0].openid!).post('/api/mp/applications/self-check', {}).expect(404);
  });

  test('sign-ins from one IP past the limit get 429 too_many_logins', async () => {
    wechatApi().get('/sns/jscode2session').query(true).times(40).reply(200, { errcode: 40029, errmsg: 'invalid code' });
    const statuses: number[] = [];
    // Wrong codes count too, and the forwarded header is not trusted (TRUST_PROXY_HOPS=0), so it changes nothing.
    for (let i = 0; i < 32; i++) statuses.push((await http().post('/api/mp/login').set('X-Forwarded-For', `10.0.0.${i}`).send({ code: `wrong-${i}` })).status);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
    const res = await http().post('/api/mp/login').send({ code: 'any' });
    expect(res.status).toBe(429);
    expect(res.body.error.code).toBe('too_many_logins');
  });
});

describe('development login (no WECHAT_APPID)', () => {
  async function contextWith(env: Record<string, string>) {
    return createTestContext(`${__filename}-dev`, { env: { WECHAT_APPID: '', WECHAT_SECRET: '', ...env } });
  }

  test('outside production the code is taken as the openid, and the settings say so', async () => {
    const dev = await contextWith({});
    try {
      const res = await request(dev.app().app.callback()).post('/api/mp/login').send({ code: 'dev-learner' }).expect(200);
      const me = await request(dev.app().app.callback()).get('/api/mp/me').set('Authorization', `Bearer ${res.body.token}`).expect(200);
      expect(me.body.bindings).toEqual([]);
      const settings = await request(dev.app().app.callback()).get('/api/mp/settings').expect(200);
      expect(settings.body.devLogin).toBe(true);
      expect((await request(dev.app().app.callback()).post('/api/mp/login').send({ code: 'no spaces!' })).status).toBe(400);
    } finally {
      await dev.close();
    }
  });

  test('in production it is refused with 503 wechat_not_configured', async () => {
    const prod = await contextWith({ NODE_ENV: 'production', AUTH_SECRET: 'a-production-secret-of-forty-characters!!' });
    try {
      const res = await request(prod.app().app.callback()).post('/api/mp/login').send({ code: 'dev-learner' });
      expect(res.status).toBe(503);
      expect(res.body.error.code).toBe('wechat_not_configured');
      expect((await request(prod.app().app.callback()).get('/api/mp/settings').expect(200)).body.devLogin).toBe(false);
    } finally {
      await prod.close();
    }
  });
});
