import { Types } from 'mongoose';
import { makeCourse } from '../support/course';
import { createTestContext, type TestContext } from '../support/context';
import { boundLearner, passQuiz } from '../support/learner';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext(__filename);
});
afterAll(() => ctx.close());

describe('the order of a course, in the mini-program API', () => {
  test("a module's quiz does not open before that module's lessons are read: 409 with the reason in Chinese", async () => {
    const officeId = new Types.ObjectId();
    const { modules } = await makeCourse(ctx.models, { officeId, modules: 2 });
    const { api } = await boundLearner(ctx, officeId);
    const res = await api.post(`/api/mp/quizzes/${modules[0].quiz._id}/attempts`);
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('quiz_not_open');
    expect(res.body.error.message).toContain('请先学完“模块1”的全部课时');
    expect(await ctx.models.Attempt.countDocuments({ quizId: modules[0].quiz._id })).toBe(0);

    await api.post(`/api/mp/lessons/${modules[0].lesson._id}/complete`);
    expect((await api.post(`/api/mp/quizzes/${modules[0].quiz._id}/attempts`)).status).toBe(200);
  });

  test('the final exam does not open before every module quiz is passed, and opens once they are', async () => {
    const officeId = new Types.ObjectId();
    const { modules, finalExam } = await makeCourse(ctx.models, { officeId, modules: 2 });
    const { api } = await boundLearner(ctx, officeId);
    for (const { lesson } of modules) await api.post(`/api/mp/lessons/${lesson._id}/complete`);
    expect((await passQuiz(ctx, api, String(modules[0].quiz._id))).body.result.passed).toBe(true);

    const early = await api.post(`/api/mp/quizzes/${finalExam._id}/attempts`);
    expect(early.status).toBe(409);
    expect(early.body.error.message).toContain('请先通过全部模块测验');
    expect(early.body.error.message).toContain('《模块2测验》');

    expect((await passQuiz(ctx, api, String(modules[1].quiz._id))).body.result.passed).toBe(true);
    expect((await api.post(`/api/mp/quizzes/${finalExam._id}/attempts`)).status).toBe(200);
  });
});
