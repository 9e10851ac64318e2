import request from 'supertest';
import { createTestContext, type TestContext } from '../support/context';
import { campaignWorld, DAY, stagesFrom, type CampaignWorld } from '../support/campaign';
import { makeCourse, rightLetters } from '../support/course';
import { useWechatApi, wechatApi, WECHAT_API_BASE } from '../wechat/support/wechat-api';

// The calls the mini-program's pages make, in the order a person taps through them, against the
// real server and services; only WeChat's jscode2session is faked.
useWechatApi();
let ctx: TestContext;
let w: CampaignWorld;
const http = () => request(ctx.app().app.callback());

beforeAll(async () => {
  ctx = await createTestContext(__filename, { env: { WECHAT_API_BASE, WECHAT_APPID: 'wx-test-app', WECHAT_SECRET: 'test-secret', PUBLIC_BASE_URL: 'https://hx.example.cn' } });
  w = await campaignWorld(ctx);
});
afterAll(() => ctx.close());

/** wx.login → POST /api/mp/login, then every call with the token, as services/api.ts does. */
async function miniProgramUser(openid: string) {
  wechatApi().get('/sns/jscode2session').query(true).reply(200, { openid, session_key: 'never-leaves-the-server' });
  const session = (await http().post('/api/mp/login').send({ code: `wx-code-${openid}` }).expect(200)).body;
  const auth = { Authorization: `Bearer ${session.token}` };
  return {
    session,
    get: (url: string) => http().get(url).set(auth),
    post: (url: string, body?: object) => http().post(url).set(auth).send(body ?? {}),
    put: (url: string, body: object) => http().put(url).set(auth).send(body),
  };
}

test('an instructor signs in, binds, follows the marked next step through every lesson and quiz, and gets a certificate', async () => {
  const { course } = await makeCourse(ctx.models, { officeId: w.offices.haishu._id, modules: 2 });
  const created = await w.as('haishu-editor').post('/api/admin/instructors', { name: '林晓红', phone: '13911113333', officeId: String(w.offices.nanmen._id) }).expect(201);

  let me = await miniProgramUser('openid-mp-learner');
  expect(me.session).toMatchObject({ bound: false, bindings: [] });
  expect((await me.post('/api/mp/bind', { code: created.body.bindCode }).expect(200)).body).toEqual({ personType: 'instructor', maskedName: '林*红' });
  // The bind page signs in again to learn who the user now is.
  me = await miniProgramUser('openid-mp-learner');
  expect(me.session).toMatchObject({ bound: true, personType: 'instructor', maskedName: '林*红' });

  const list = (await me.get('/api/mp/courses').expect(200)).body.items;
  expect(list.map((c: { title: string }) => c.title)).toEqual([course.title]);
  let progress = (await me.get(`/api/mp/courses/${String(course._id)}`).expect(200)).body;
  const steps: string[] = [];
  for (let guard = 0; progress.next.kind !== 'done' && guard < 20; guard++) {
    const next = progress.next;
    steps.push(`${next.kind}:${next.title}`);
    if (next.kind === 'lesson') {
      const lesson = (await me.get(`/api/mp/lessons/${next.id}`).expect(200)).body;
      expect(lesson.bodyHtml).toContain('<p>');
      progress = (await me.post(`/api/mp/lessons/${next.id}/complete`).expect(200)).body;
    } else {
      const attempt = (await me.post(`/api/mp/quizzes/${next.id}/attempts`).expect(200)).body;
      expect(attempt.remainingSeconds).toBeGreaterThan(0);
      expect(JSON.stringify(attempt)).not.toContain('explanation');
      const right = await rightLetters(ctx.models, attempt.id);
      for (const q of attempt.questions) await me.put(`/api/mp/attempts/${attempt.id}/answers/${q.id}`, { choice: right.get(q.id)! }).expect(204);
      const graded = (await me.post(`/api/mp/attempts/${attempt.id}/submit`).expect(200)).body;
      expect(graded).toMatchObject({ status: 'graded', remainingSeconds: 0, result: { passed: true } });
      progress = (await me.get(`/api/mp/courses/${String(course._id)}`).expect(200)).body;
    }
  }
  expect(steps).toEqual(['lesson:课时1', 'quiz:模块1测验', 'lesson:课时2', 'quiz:模块2测验', 'quiz:结业考试']);
  expect(progress).toMatchObject({ complete: true, next: { kind: 'done' } });

  const certificates = (await me.get('/api/mp/certificates').expect(200)).body.items;
  expect(certificates).toHaveLength(1);
  const verified = (await http().get(`/api/public/certificates/${certificates[0].code}`).expect(200)).body;
  expect(verified).toMatchObject({ status: 'valid', learnerName: '林*红', number: certificates[0].number });
  expect((await http().get('/api/mp/settings').expect(200)).body.publicBaseUrl).toBe('https://hx.example.cn');
  // The link the certificate page copies opens a page a phone can read.
  const verifyPage = await http().get(`/verify/${certificates[0].code}`).expect(200).expect('content-type', /text\/html/);
  expect(verifyPage.text).toContain('证书有效');
  expect(verifyPage.text).toContain('林*红');
  expect(verifyPage.text).not.toContain('林晓红');
  expect((await http().get('/verify/ZZZZZZZZZZ').expect(404).expect('content-type', /text\/html/)).text).toContain('未找到该证书');
});

test('an enterprise contact signs in, binds, sees the application’s stages and marks the self-assessment submitted', async () => {
  const campaign = await w.campaign(stagesFrom(new Date(ctx.clock.now().getTime() + 5 * DAY)));
  const { enterprise, contacts } = await w.enterprise(w.offices.nanmen._id, [{ name: '陈晓明' }], '宁波旅程示范企业有限公司');
  await w.apply(campaign, enterprise);
  const code = await ctx.areas.binding.reissueCode('contact', contacts[0].contact._id);

  let me = await miniProgramUser('openid-mp-contact');
  await me.post('/api/mp/bind', { code }).expect(200);
  me = await miniProgramUser('openid-mp-contact');
  expect(me.session).toMatchObject({ bound: true, personType: 'contact', maskedName: '陈*明' });

  const mine = (await me.get('/api/mp/applications/mine').expect(200)).body;
  expect(mine.enterprise.name).toBe('宁波旅程示范企业有限公司');
  const application = mine.applications[0];
  expect(application.stages.map((s: { name: string }) => s.name)).toEqual(['自愿申请', '自查自评', '检查审核', '第三方评价', '社会公示', '通报命名']);
  expect(application.current).toBe('self_check');

  const after = (await me.post('/api/mp/applications/self-check', { applicationId: application.id }).expect(200)).body;
  expect(after.stages.find((s: { key: string }) => s.key === 'self_check').done).toBe(true);
  expect(after.current).toBe('review');
  expect((await me.get('/api/mp/applications/mine').expect(200)).body.applications[0].current).toBe('review');
});
