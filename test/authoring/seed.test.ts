import { seedCsrCourse } from '../../src/seed/csr-course';
import { CSR_COURSE } from '../../src/seed/csr-course-content';
import type { Models } from '../../src/models';
import { seedAdminWorld } from '../support/admin';
import { createTestContext, type TestContext } from '../support/context';

let ctx: TestContext;
let world: Awaited<ReturnType<typeof seedAdminWorld>>;
let models: Models;
let first: Awaited<ReturnType<typeof seedCsrCourse>>;

beforeAll(async () => {
  ctx = await createTestContext(__filename);
  world = await seedAdminWorld(ctx);
  models = world.models;
  first = await seedCsrCourse(models, world.offices.city._id, ctx.clock);
});
afterAll(() => ctx.close());

const counts = async () => ({
  courses: await models.Course.countDocuments(),
  modules: await models.CourseModule.countDocuments(),
  lessons: await models.Lesson.countDocuments(),
  banks: await models.QuestionBank.countDocuments(),
  questions: await models.Question.countDocuments(),
  quizzes: await models.Quiz.countDocuments(),
});

describe('seeding the CSR course', () => {
  test('creates the published course with at least five modules, each with its lessons in order', async () => {
    expect(first.created).toBe(true);
    const course = (await models.Course.findById(first.courseId).lean())!;
    expect(course).toMatchObject({ code: CSR_COURSE.code, title: CSR_COURSE.title, published: true });
    const modules = await models.CourseModule.find({ courseId: first.courseId }).sort({ order: 1 }).lean();
    expect(modules.length).toBeGreaterThanOrEqual(5);
    expect(modules.map((m) => m.code)).toEqual(CSR_COURSE.modules.map((m) => m.code));
    for (const [i, m] of modules.entries()) {
      const lessons = await models.Lesson.find({ moduleId: m._id }).sort({ order: 1 }).lean();
      expect(lessons.map((l) => l.title)).toEqual(CSR_COURSE.modules[i].lessons.map((l) => l.title));
    }
  });

  test('gives every module a quiz drawing five questions from its own bank', async () => {
    const modules = await models.CourseModule.find({ courseId: first.courseId }).lean();
    for (const m of modules) {
      const quiz = (await models.Quiz.findOne({ courseId: first.courseId, moduleId: m._id }).lean())!;
      const bank = (await models.QuestionBank.findById(quiz.draws[0].bankId).lean())!;
      expect(bank.code).toBe(`${CSR_COURSE.code}-${m.code}`);
      expect(quiz).toMatchObject({ timeLimitMinutes: 20, maxAttempts: 3, passMark: 60, grading: 'highest', review: 'full', shuffleQuestions: true, shuffleOptions: true });
      expect(quiz.draws).toHaveLength(1);
      expect(quiz.draws[0].count).toBe(Math.min(5, await models.Question.countDocuments({ bankId: bank._id })));
    }
  });

  test('adds a final exam drawing two questions from each module bank', async () => {
    const exams = await models.Quiz.find({ courseId: first.courseId, moduleId: null }).lean();
    expect(exams).toHaveLength(1);
    expect(exams[0]).toMatchObject({ timeLimitMinutes: 45, maxAttempts: 2, passMark: 60, grading: 'highest', review: 'score' });
    expect(exams[0].draws).toHaveLength(CSR_COURSE.modules.length);
    expect(exams[0].draws.every((d) => d.count === 2)).toBe(true);
  });

  test('puts every seeded question into its module bank', async () => {
    expect(await models.Question.countDocuments()).toBe(CSR_COURSE.modules.reduce((n, m) => n + m.questions.length, 0));
  });

  test('seeding again creates nothing and returns the same course', async () => {
    const before = await counts();
    const again = await seedCsrCourse(models, world.offices.haishu._id, ctx.clock);
    expect(again).toEqual({ courseId: first.courseId, created: false });
    expect(await counts()).toEqual(before);
  });

  test('the seeded course shows in the admin API with a quiz for every module and a final exam', async () => {
    const res = await world.as('city-admin').get(`/api/admin/courses/${first.courseId}`);
    expect(res.status).toBe(200);
    expect(res.body.modules.every((m: { quizId: string | null }) => m.quizId !== null)).toBe(true);
    expect(res.body.finalExamId).not.toBeNull();
  });
});
