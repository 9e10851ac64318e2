import { Types } from 'mongoose';
import { seedAdminWorld } from '../support/admin';
import { createTestContext, type TestContext } from '../support/context';

let ctx: TestContext;
let world: Awaited<ReturnType<typeof seedAdminWorld>>;

beforeAll(async () => {
  ctx = await createTestContext(__filename);
  world = await seedAdminWorld(ctx);
});
afterAll(() => ctx.close());

const single = (stem: string) => ({ type: 'single', stem, options: ['甲', '乙', '丙'], answer: [1], explanation: '乙是对的' });

/** A course with one module, one lesson, a bank of `questions` questions and a module quiz, authored by `username`. */
async function authorCourse(username: string, code: string, questions = 3) {
  const as = world.as(username);
  const course = await as.post('/api/admin/courses', { code, title: `课程${code}`, description: '说明' });
  const module = await as.post(`/api/admin/courses/${course.body.id}/modules`, { code: 'M1', title: '第一模块' });
  const lesson = await as.post(`/api/admin/courses/${course.body.id}/modules/${module.body.id}/lessons`, { title: '第一课', body: '## 正文', minutes: 10 });
  const bank = await as.post('/api/admin/banks', { code: `${code}-M1`, title: '第一模块题库' });
  for (let i = 0; i < questions; i += 1) await as.post(`/api/admin/banks/${bank.body.id}/questions`, single(`题目${i + 1}`));
  const quiz = await as.post('/api/admin/quizzes', { courseId: course.body.id, moduleId: module.body.id, draws: [{ bankId: bank.body.id, count: questions }], timeLimitMinutes: 20 });
  return { course: course.body, module: module.body, lesson: lesson.body, bank: bank.body, quiz: quiz.body, statuses: [course, module, lesson, bank, quiz].map((r) => r.status) };
}

describe('an editor authoring a course', () => {
  test('an editor of district A creates a course with a module, a lesson, a bank of questions and a quiz', async () => {
    const made = await authorCourse('haishu-editor', 'HS-101');
    expect(made.statuses).toEqual([201, 201, 201, 201, 201]);
    const res = await world.as('haishu-editor').get(`/api/admin/courses/${made.course.id}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      code: 'HS-101',
      officeId: String(world.offices.haishu._id),
      published: false,
      modules: [{ code: 'M1', order: 1, lessons: [{ title: '第一课', minutes: 10, order: 1 }], quizId: made.quiz.id }],
      finalExamId: null,
      quizzes: [{ id: made.quiz.id, moduleId: made.module.id, title: '第一模块测验', questionCount: 3, shuffleQuestions: true, maxAttempts: 3, passMark: 60, grading: 'highest', review: 'full' }],
    });
    const bank = await world.as('haishu-editor').get(`/api/admin/banks/${made.bank.id}`);
    expect(bank.body.questionCount).toBe(3);
    expect(bank.body.questions[0]).toMatchObject({ type: 'single', options: ['甲', '乙', '丙'], answer: [1], explanation: '乙是对的' });
  });

  test('each write is in the audit log with its before and after', async () => {
    const made = await authorCourse('haishu-editor', 'HS-AUDIT');
    await world.as('haishu-editor').patch(`/api/admin/courses/${made.course.id}`, { title: '新标题', published: true });
    const res = await world.as('haishu-admin').get(`/api/admin/audit?entity=course&entityId=${made.course.id}`);
    expect(res.body.items.map((e: { action: string }) => e.action)).toEqual(['course.update', 'course.create']);
    expect(res.body.items[0].before).toMatchObject({ title: '课程HS-AUDIT', published: false });
    expect(res.body.items[0].after).toMatchObject({ title: '新标题', published: true });
    for (const [entity, id] of [['module', made.module.id], ['lesson', made.lesson.id], ['bank', made.bank.id], ['quiz', made.quiz.id]]) {
      const entries = await world.as('haishu-admin').get(`/api/admin/audit?entity=${entity}&entityId=${id}`);
      expect({ entity, actions: entries.body.items.map((e: { action: string }) => e.action) }).toEqual({ entity, actions: [`${entity}.create`] });
    }
  });

  test('modules come back in the order the editor sets, and an order missing a module is a 400', async () => {
    const as = world.as('haishu-editor');
    const course = (await as.post('/api/admin/courses', { code: 'HS-ORDER', title: '排序' })).body;
    const first = (await as.post(`/api/admin/courses/${course.id}/modules`, { code: 'A', title: '甲' })).body;
    const second = (await as.post(`/api/admin/courses/${course.id}/modules`, { code: 'B', title: '乙' })).body;
    expect((await as.post(`/api/admin/courses/${course.id}/modules/reorder`, { ids: [second.id, first.id] })).status).toBe(204);
    expect((await as.post(`/api/admin/courses/${course.id}/modules/reorder`, { ids: [second.id] })).status).toBe(400);
    const res = await as.get(`/api/admin/courses/${course.id}`);
    expect(res.body.modules.map((m: { code: string; order: number }) => [m.code, m.order])).toEqual([['B', 1], ['A', 2]]);
  });

  test('a lesson is refused with 400 for a video link that is not http(s), too many minutes or an overlong body', async () => {
    const made = await authorCourse('haishu-editor', 'HS-LESSON', 2);
    const url = `/api/admin/courses/${made.course.id}/modules/${made.module.id}/lessons`;
    const bad = [
      { title: 'x', body: 'x', minutes: 5, videoUrl: 'javascript:alert(1)' },
      { title: 'x', body: 'x', minutes: 241 },
      { title: 'x', body: '字'.repeat(20001), minutes: 5 },
    ];
    for (const body of bad) expect((await world.as('haishu-editor').post(url, body)).status).toBe(400);
    expect((await world.as('haishu-editor').post(url, { title: '视频课', body: '正文', minutes: 5, videoUrl: 'https://example.com/v.mp4' })).status).toBe(201);
  });

  test('a course may have only one final exam', async () => {
    const made = await authorCourse('haishu-editor', 'HS-FINAL', 2);
    const exam = { courseId: made.course.id, moduleId: null, draws: [{ bankId: made.bank.id, count: 2 }], timeLimitMinutes: 45, review: 'score' };
    const first = await world.as('haishu-editor').post('/api/admin/quizzes', exam);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ moduleId: null, title: '结业考试', review: 'score' });
    const second = await world.as('haishu-editor').post('/api/admin/quizzes', exam);
    expect(second.status).toBe(409);
    expect((await world.as('haishu-editor').get(`/api/admin/courses/${made.course.id}`)).body.finalExamId).toBe(first.body.id);
  });

  test('a course that learners have attempted cannot be deleted', async () => {
    const attempted = await authorCourse('haishu-editor', 'HS-DEL-1', 2);
    await world.models.Attempt.create({
      learnerId: new Types.ObjectId(),
      quizId: attempted.quiz.id,
      courseId: attempted.course.id,
      number: 1,
      startedAt: ctx.clock.now(),
      deadline: ctx.clock.now(),
      paper: [],
    });
    expect((await world.as('haishu-editor').delete(`/api/admin/courses/${attempted.course.id}`)).status).toBe(409);
    expect((await world.as('haishu-editor').get(`/api/admin/courses/${attempted.course.id}`)).body.modules).toHaveLength(1);
  });

  test('a course nobody has attempted is deleted with its modules, lessons and quizzes, and its bank stays', async () => {
    const untouched = await authorCourse('haishu-editor', 'HS-DEL-2', 2);
    expect((await world.as('haishu-editor').delete(`/api/admin/courses/${untouched.course.id}`)).status).toBe(204);
    expect((await world.as('haishu-editor').get(`/api/admin/courses/${untouched.course.id}`)).status).toBe(404);
    expect(await world.models.CourseModule.countDocuments({ courseId: untouched.course.id })).toBe(0);
    expect(await world.models.Lesson.countDocuments({ courseId: untouched.course.id })).toBe(0);
    expect(await world.models.Quiz.countDocuments({ courseId: untouched.course.id })).toBe(0);
    expect((await world.as('haishu-editor').get(`/api/admin/banks/${untouched.bank.id}`)).status).toBe(200);
  });
});

describe("district A's editor and district B's course", () => {
  let b: Awaited<ReturnType<typeof authorCourse>>;
  beforeAll(async () => {
    b = await authorCourse('yinzhou-admin', 'YZ-101');
    expect(b.statuses).toEqual([201, 201, 201, 201, 201]);
  });
  const refused = [403, 404];

  test("district A's editor cannot read district B's course, bank or quiz", async () => {
    const a = world.as('haishu-editor');
    const urls = [
      `/api/admin/courses/${b.course.id}`,
      `/api/admin/courses/${b.course.id}/modules/${b.module.id}/lessons/${b.lesson.id}`,
      `/api/admin/banks/${b.bank.id}`,
      `/api/admin/quizzes/${b.quiz.id}`,
      `/api/admin/courses?officeId=${world.offices.yinzhou._id}`,
    ];
    for (const url of urls) {
      const res = await a.get(url);
      expect({ url, refused: refused.includes(res.status) }).toEqual({ url, refused: true });
    }
    const lists = [await a.get('/api/admin/courses'), await a.get('/api/admin/banks')];
    for (const list of lists) expect(JSON.stringify(list.body)).not.toContain('YZ-101');
  });

  test("district A's editor cannot change district B's course, bank or quiz, and nothing changes", async () => {
    const a = world.as('haishu-editor');
    const attempts = [
      a.patch(`/api/admin/courses/${b.course.id}`, { title: '改名' }),
      a.delete(`/api/admin/courses/${b.course.id}`),
      a.post(`/api/admin/courses/${b.course.id}/modules`, { code: 'X', title: 'x' }),
      a.patch(`/api/admin/courses/${b.course.id}/modules/${b.module.id}`, { title: '改名' }),
      a.delete(`/api/admin/courses/${b.course.id}/modules/${b.module.id}`),
      a.post(`/api/admin/courses/${b.course.id}/modules/${b.module.id}/lessons`, { title: 'x', body: 'x', minutes: 1 }),
      a.patch(`/api/admin/courses/${b.course.id}/modules/${b.module.id}/lessons/${b.lesson.id}`, { title: '改名' }),
      a.delete(`/api/admin/courses/${b.course.id}/modules/${b.module.id}/lessons/${b.lesson.id}`),
      a.patch(`/api/admin/banks/${b.bank.id}`, { title: '改名' }),
      a.delete(`/api/admin/banks/${b.bank.id}`),
      a.post(`/api/admin/banks/${b.bank.id}/questions`, single('混入的题')),
      a.patch(`/api/admin/quizzes/${b.quiz.id}`, { passMark: 0 }),
      a.delete(`/api/admin/quizzes/${b.quiz.id}`),
      a.post('/api/admin/quizzes', { courseId: b.course.id, moduleId: null, draws: [{ bankId: b.bank.id, count: 1 }], timeLimitMinutes: 10 }),
      a.post('/api/admin/courses', { code: 'HS-SNEAK', title: 'x', officeId: String(world.offices.yinzhou._id) }),
      a.post('/api/admin/courses', { code: 'HS-OPEN', title: 'x', openToOfficeIds: [String(world.offices.yinzhou._id)] }),
      a.post('/api/admin/banks', { code: 'HS-SNEAK', title: 'x', officeId: String(world.offices.yinzhou._id) }),
    ];
    const statuses = (await Promise.all(attempts)).map((res) => res.status);
    statuses.forEach((status, i) => expect({ attempt: i, refused: refused.includes(status) }).toEqual({ attempt: i, refused: true }));

    const still = await world.as('yinzhou-admin').get(`/api/admin/courses/${b.course.id}`);
    expect(still.body).toMatchObject({ title: '课程YZ-101', modules: [{ title: '第一模块', lessons: [{ title: '第一课' }] }], finalExamId: null });
    expect(still.body.quizzes).toHaveLength(1);
    expect(still.body.quizzes[0].passMark).toBe(60);
    const bank = await world.as('yinzhou-admin').get(`/api/admin/banks/${b.bank.id}`);
    expect(bank.body).toMatchObject({ title: '第一模块题库', questionCount: 3 });
    expect(await world.models.Course.countDocuments({ code: { $in: ['HS-SNEAK', 'HS-OPEN'] } })).toBe(0);
  });

  test("district A's quiz cannot draw from district B's bank", async () => {
    const a = world.as('haishu-editor');
    const course = (await a.post('/api/admin/courses', { code: 'HS-BORROW', title: '借题' })).body;
    const res = await a.post('/api/admin/quizzes', { courseId: course.id, moduleId: null, draws: [{ bankId: b.bank.id, count: 1 }], timeLimitMinutes: 10 });
    expect(res.status).toBe(404);
  });

  test('the city office reaches both districts', async () => {
    expect((await world.as('city-admin').get(`/api/admin/courses/${b.course.id}`)).status).toBe(200);
  });
});

describe('roles', () => {
  test('a viewer reads courses and banks but cannot write', async () => {
    const made = await authorCourse('haishu-editor', 'HS-VIEW', 2);
    const v = world.as('haishu-viewer');
    expect((await v.get(`/api/admin/courses/${made.course.id}`)).status).toBe(200);
    expect((await v.get(`/api/admin/banks/${made.bank.id}`)).status).toBe(200);
    const writes = [
      v.post('/api/admin/courses', { code: 'HS-V', title: 'x' }),
      v.patch(`/api/admin/courses/${made.course.id}`, { title: 'x' }),
      v.post(`/api/admin/courses/${made.course.id}/modules`, { code: 'X', title: 'x' }),
      v.post(`/api/admin/courses/${made.course.id}/modules/${made.module.id}/lessons`, { title: 'x', body: 'x', minutes: 1 }),
      v.post('/api/admin/banks', { code: 'HS-V', title: 'x' }),
      v.post(`/api/admin/banks/${made.bank.id}/questions`, single('查看员的题')),
      v.patch(`/api/admin/quizzes/${made.quiz.id}`, { passMark: 0 }),
      v.delete(`/api/admin/quizzes/${made.quiz.id}`),
    ];
    for (const res of await Promise.all(writes)) expect(res.status).toBe(403);
    expect((await v.get(`/api/admin/quizzes/${made.quiz.id}`)).body.passMark).toBe(60);
  });
});
