import { Types } from 'mongoose';
import { seedAdminWorld } from '../support/admin';
import { createTestContext, type TestContext } from '../support/context';

let ctx: TestContext;
let world: Awaited<ReturnType<typeof seedAdminWorld>>;
let bankId: string;
let courseId: string;

beforeAll(async () => {
  ctx = await createTestContext(__filename);
  world = await seedAdminWorld(ctx);
  const e = world.as('haishu-editor');
  bankId = (await e.post('/api/admin/banks', { code: 'HS-Q', title: '验证题库' })).body.id;
  courseId = (await e.post('/api/admin/courses', { code: 'HS-Q-COURSE', title: '验证课程' })).body.id;
});
afterAll(() => ctx.close());

const addQuestion = (body: object) => world.as('haishu-editor').post(`/api/admin/banks/${bankId}/questions`, body);
const fieldsOf = (res: { body: { error: { details: { path: string }[] } } }) => res.body.error.details.map((d) => d.path);

describe('questions are checked before they are saved', () => {
  test('a multiple-choice question with one answer is refused with 400 naming answer', async () => {
    const res = await addQuestion({ type: 'multiple', stem: '多选只有一个答案', options: ['甲', '乙', '丙'], answer: [0] });
    expect(res.status).toBe(400);
    expect(fieldsOf(res)).toEqual(['answer']);
  });

  test('an answer beyond the options is refused with 400 naming answer', async () => {
    const res = await addQuestion({ type: 'single', stem: '答案越界', options: ['甲', '乙'], answer: [2] });
    expect(res.status).toBe(400);
    expect(fieldsOf(res)).toEqual(['answer']);
  });

  test('a true/false question with other options is refused with 400 naming options', async () => {
    const res = await addQuestion({ type: 'truefalse', stem: '判断题选项不对', options: ['对', '错'], answer: [0] });
    expect(res.status).toBe(400);
    expect(fieldsOf(res)).toEqual(['options']);
  });

  test('a multiple-choice question with only two options is refused with 400 naming options', async () => {
    const res = await addQuestion({ type: 'multiple', stem: '多选只有两个选项', options: ['甲', '乙'], answer: [0, 1] });
    expect(res.status).toBe(400);
    expect(fieldsOf(res)).toEqual(['options']);
  });

  test('an empty or repeated option is refused with 400 naming that option', async () => {
    const res = await addQuestion({ type: 'single', stem: '选项重复', options: ['甲', ' ', '甲'], answer: [0] });
    expect(res.status).toBe(400);
    expect(fieldsOf(res)).toEqual(['options.1', 'options.2']);
  });

  test('a true/false question without options gets 正确 and 错误', async () => {
    const res = await addQuestion({ type: 'truefalse', stem: '判断题可以不填选项', answer: [1] });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ options: ['正确', '错误'], answer: [1], explanation: '' });
  });

  test('a change is checked against the whole question', async () => {
    const created = await addQuestion({ type: 'multiple', stem: '多选题', options: ['甲', '乙', '丙'], answer: [0, 2] });
    const res = await world.as('haishu-editor').patch(`/api/admin/banks/${bankId}/questions/${created.body.id}`, { answer: [1] });
    expect(res.status).toBe(400);
    expect(fieldsOf(res)).toEqual(['answer']);
  });

  /** A question as if a learner's attempt had drawn it. */
  async function answeredQuestion(stem: string) {
    const created = await addQuestion({ type: 'single', stem, options: ['甲', '乙', '丙'], answer: [0] });
    await world.models.Attempt.create({
      learnerId: new Types.ObjectId(),
      quizId: new Types.ObjectId(),
      courseId,
      number: 1,
      startedAt: ctx.clock.now(),
      deadline: ctx.clock.now(),
      paper: [{ questionId: created.body.id, optionOrder: [2, 0, 1], type: 'single' }],
    });
    return `/api/admin/banks/${bankId}/questions/${created.body.id}`;
  }

  test('a question learners have answered keeps its number of options, while its texts can be corrected', async () => {
    const url = await answeredQuestion('已作答的题');
    expect((await world.as('haishu-editor').patch(url, { options: ['甲', '乙'] })).status).toBe(409);
    expect((await world.as('haishu-editor').patch(url, { explanation: '补充解析', options: ['甲', '乙', '丙丁'] })).status).toBe(200);
  });

  test('a question learners have answered cannot be deleted', async () => {
    const url = await answeredQuestion('已作答不能删的题');
    expect((await world.as('haishu-editor').delete(url)).status).toBe(409);
  });
});

describe('quiz draws', () => {
  test('a draw of more questions than the bank holds is a 400 naming the count', async () => {
    const e = world.as('haishu-editor');
    const small = (await e.post('/api/admin/banks', { code: 'HS-SMALL', title: '小题库' })).body.id;
    await e.post(`/api/admin/banks/${small}/questions`, { type: 'truefalse', stem: '唯一的题', answer: [0] });
    const res = await e.post('/api/admin/quizzes', { courseId, moduleId: null, draws: [{ bankId: small, count: 2 }], timeLimitMinutes: 30 });
    expect(res.status).toBe(400);
    expect(fieldsOf(res)).toEqual(['draws.0.count']);
    expect(await world.models.Quiz.countDocuments({ courseId })).toBe(0);
  });

  test('quiz settings out of range are refused with 400 naming each field', async () => {
    const res = await world.as('haishu-editor').post('/api/admin/quizzes', {
      courseId,
      moduleId: null,
      draws: [{ bankId, count: 1 }],
      timeLimitMinutes: 301,
      maxAttempts: 0,
      passMark: 101,
      grading: 'best',
    });
    expect(res.status).toBe(400);
    expect(fieldsOf(res).sort()).toEqual(['grading', 'maxAttempts', 'passMark', 'timeLimitMinutes']);
  });

  test('a question that a quiz needs to fill its draw cannot be deleted', async () => {
    const e = world.as('haishu-editor');
    const bank = (await e.post('/api/admin/banks', { code: 'HS-NEEDED', title: '被抽题库' })).body.id;
    const first = await e.post(`/api/admin/banks/${bank}/questions`, { type: 'truefalse', stem: '第一题', answer: [0] });
    await e.post(`/api/admin/banks/${bank}/questions`, { type: 'truefalse', stem: '第二题', answer: [1] });
    const course = (await e.post('/api/admin/courses', { code: 'HS-NEEDED', title: '抽题课程' })).body.id;
    expect((await e.post('/api/admin/quizzes', { courseId: course, moduleId: null, draws: [{ bankId: bank, count: 2 }], timeLimitMinutes: 10 })).status).toBe(201);
    expect((await e.delete(`/api/admin/banks/${bank}/questions/${first.body.id}`)).status).toBe(409);
    expect((await e.delete(`/api/admin/banks/${bank}`)).status).toBe(409);
  });
});
