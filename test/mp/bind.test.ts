import { Types } from 'mongoose';
import request from 'supertest';
import { createInstructor } from '../../src/people/service';
import { peopleDepsFor } from '../support/people';
import { createTestContext, type TestContext } from '../support/context';
import { useWechatApi, wechatApi, WECHAT_API_BASE } from '../wechat/support/wechat-api';

// WeChat's own API is faked with nock 14 (see test/wechat/support/wechat-api.ts).
useWechatApi();
let ctx: TestContext;
const http = () => request(ctx.app().app.callback());

beforeAll(async () => {
  ctx = await createTestContext(__filename, { env: { WECHAT_API_BASE, WECHAT_APPID: 'wx-test-app', WECHAT_SECRET: 'test-secret' } });
});
afterAll(async () => {
  await ctx.close();
});

function wechatLogin(code: string, answer: object) {
  wechatApi().get('/sns/jscode2session').query({ appid: 'wx-test-app', secret: 'test-secret', js_code: code, grant_type: 'authorization_code' }).reply(200, answer);
}

async function mpToken(code: string, openid: string): Promise<string> {
  wechatLogin(code, { openid, session_key: 'secret-session-key' });
  const res = await http().post('/api/mp/login').send({ code });
  expect(res.status).toBe(200);
  expect(JSON.stringify(res.body)).not.toContain('secret-session-key');
  return res.body.token;
}

async function newInstructorCode(name: string, phone: string): Promise<string> {
  const created = await createInstructor(
    peopleDepsFor(ctx),
    { id: new Types.ObjectId(), name: 'test' },
    { name, phone, employer: '', officeId: String(new Types.ObjectId()), cohort: '' },
  );
  return created.bindCode;
}

describe('mini-program sign-in and binding', () => {
  test('a wx.login code signs in, and the binding code links the user, with the name masked', async () => {
    const token = await mpToken('code-1', 'openid-1');
    const code = await newInstructorCode('孙悟空', '13900003001');
    const res = await http().post('/api/mp/bind').set('Authorization', `Bearer ${token}`).send({ code });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ personType: 'instructor', maskedName: '孙*空' });
    const me = await http().get('/api/mp/me').set('Authorization', `Bearer ${token}`);
    expect(me.body.bindings).toEqual([{ personType: 'instructor', maskedName: '孙*空' }]);
  });

  test('a used code is refused for another user with 409', async () => {
    const code = await newInstructorCode('猪八戒', '13900003002');
    const first = await mpToken('code-2', 'openid-2');
    const second = await mpToken('code-3', 'openid-3');
    expect((await http().post('/api/mp/bind').set('Authorization', `Bearer ${first}`).send({ code })).status).toBe(200);
    const res = await http().post('/api/mp/bind').set('Authorization', `Bearer ${second}`).send({ code });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('bind_code_used');
  });

  test('a bad wx.login code is a 400 from WeChat errcode 40029', async () => {
    wechatLogin('bad-code', { errcode: 40029, errmsg: 'invalid code' });
    const res = await http().post('/api/mp/login').send({ code: 'bad-code' });
    expect(res.status).toBe(400);
  });

  test('binding without a token is 401', async () => {
    expect((await http().post('/api/mp/bind').send({ code: 'ABCDEFGH' })).status).toBe(401);
  });
});
