import request from 'supertest';
import { registerModels } from '../../src/models';
import { seedAdminWorld } from '../support/admin';
import { createTestContext, type TestContext } from '../support/context';
import { makeCourse, rightLetters } from '../support/course';
import { useWechatApi, wechatApi, WECHAT_API_BASE } from '../wechat/support/wechat-api';

useWechatApi();
let ctx: TestContext;
let world: Awaited<ReturnType<typeof seedAdminWorld>>;

beforeAll(async () => {
  ctx = await createTestContext(__filename, { env: { WECHAT_API_BASE, WECHAT_APPID: 'wx-test-app', WECHAT_SECRET: 'test-secret' } });
  world = await seedAdminWorld(ctx);
});
afterAll(async () => {
  await ctx.close();
});

const http = () => request(ctx.app().app.callback());

async function signIn(openid: string) {
  wechatApi().get('/sns/jscode2session').query(true).reply(200, { openid, session_key: 'k' });
  const token = (await http().post('/api/mp/login').send({ code: `code-${openid}` })).body.token as string;
  const auth = { Authorization: `Bearer ${token}` };
  return {
    get: (url: string) => http().get(url).set(auth),
    post: (url: string, body?: object) => http().post(url).set(auth).send(body),
    put: (url: string, body?: object) => http().put(url).set(auth).send(body),
  };
}

async function passQuiz(me: Awaited<ReturnType<typeof signIn>>, quizId: string) {
  const attempt = (await me.post(`/api/mp/quizzes/${quizId}/attempts`)).body;
  const right = await rightLetters(registerModels(ctx.mongo), attempt.id);
  for (const q of attempt.questions) expect((await me.put(`/api/mp/attempts/${attempt.id}/answers/${q.id}`, { choice: right.get(q.id) })).status).toBe(204);
  const done = (await me.post(`/api/mp/attempts/${attempt.id}/submit`)).body;
  expect(done.result).toMatchObject({ passed: true, score: 100 });
  return done;
}

describe('an instructor, through the mini-program API', () => {
  test('binds, reads every lesson, passes every quiz and the final exam, gets a certificate that verifies publicly, until revoked', async () => {
    const models = registerModels(ctx.mongo);
    const { course, modules, finalExam } = await makeCourse(models, { officeId: world.offices.haishu._id });
    const created = await world.as('haishu-editor').post('/api/admin/instructors', { name: '林晓红', phone: '13911112222', officeId: String(world.offices.nanmen._id) });

    const me = await signIn('openid-journey');
    expect((await me.post('/api/mp/bind', { code: created.body.bindCode })).body.maskedName).toBe('林*红');

    const courses = (await me.get('/api/mp/courses')).body.items;
    expect(courses.map((c: { courseId: string }) => c.courseId)).toContain(String(course._id));

    for (const { lesson } of modules) {
      const read = await me.get(`/api/mp/lessons/${lesson._id}`);
      expect(read.body.body.length).toBeGreaterThan(0);
      await me.post(`/api/mp/lessons/${lesson._id}/complete`);
    }
    for (const { quiz } of modules) await passQuiz(me, String(quiz._id));
    expect((await me.get(`/api/mp/courses/${course._id}`)).body.certificate).toBeNull();
    await passQuiz(me, String(finalExam._id));

    const progress = (await me.get(`/api/mp/courses/${course._id}`)).body;
    expect(progress.complete).toBe(true);
    expect(progress.certificate.number).toMatch(/^CSR-\d{4}-\d{6}$/);
    const code = progress.certificate.code as string;
    expect(code).toMatch(/^[2-9A-HJ-NP-Z]{10}$/);
    expect((await me.get('/api/mp/certificates')).body.items).toHaveLength(1);

    const verified = await http().get(`/api/public/certificates/${code}`);
    expect(verified.status).toBe(200);
    expect(verified.body).toMatchObject({ status: 'valid', learnerName: '林*红', courseTitle: '测试课程' });

    expect((await world.as('yinzhou-admin').post(`/api/admin/certificates/${progress.certificate.id}/revoke`, { reason: '越权' })).status).toBe(404);
    const revoked = await world.as('haishu-admin').post(`/api/admin/certificates/${progress.certificate.id}/revoke`, { reason: '信息有误' });
    expect(revoked.status).toBe(200);
    expect((await http().get(`/api/public/certificates/${code}`)).body.status).toBe('revoked');
  });

  test('an unknown verification code is a 404 and a malformed one a 400', async () => {
    expect((await http().get('/api/public/certificates/ABCDEFGHJK')).status).toBe(404);
    expect((await http().get('/api/public/certificates/abc')).status).toBe(400);
  });

  test('a user who has not bound gets a 404 telling them to bind', async () => {
    const me = await signIn('openid-unbound');
    const res = await me.get('/api/mp/courses');
    expect(res.status).toBe(404);
    expect(res.body.error.message).toContain('绑定');
  });

  test("another learner's attempt cannot be read or answered", async () => {
    const models = registerModels(ctx.mongo);
    const { modules } = await makeCourse(models, { officeId: world.offices.haishu._id });
    const a = await world.as('haishu-editor').post('/api/admin/instructors', { name: '甲学员', phone: '13911113333', officeId: String(world.offices.haishu._id) });
    const b = await world.as('haishu-editor').post('/api/admin/instructors', { name: '乙学员', phone: '13911114444', officeId: String(world.offices.haishu._id) });
    const meA = await signIn('openid-a');
    const meB = await signIn('openid-b');
    await meA.post('/api/mp/bind', { code: a.body.bindCode });
    await meB.post('/api/mp/bind', { code: b.body.bindCode });
    await meA.post(`/api/mp/lessons/${modules[0].lesson._id}/complete`);
    const attempt = (await meA.post(`/api/mp/quizzes/${modules[0].quiz._id}/attempts`)).body;
    expect(attempt.id).toBeDefined();
    expect((await meB.get(`/api/mp/attempts/${attempt.id}`)).status).toBe(404);
    expect((await meB.put(`/api/mp/attempts/${attempt.id}/answers/${attempt.questions[0].id}`, { choice: 'A' })).status).toBe(404);
  });
});
