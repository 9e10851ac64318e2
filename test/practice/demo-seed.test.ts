import { createTestContext, type TestContext } from '../support/context';
import { seedDemo } from '../../src/seed/demo';
import { seedDemoWrongBook } from '../../src/seed/demo-wrong-book';
import { toLearner } from '../../src/learning/learner';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext(__filename);
  await seedDemo(ctx.models);
});
afterAll(() => ctx.close());

test('the demo learner has questions in her wrong-answer book, the course has practice questions, and a second start adds nothing', async () => {
  const first = await seedDemoWrongBook(ctx.models, ctx.clock.now());
  expect(first).toMatchObject({ learner: '王晓燕', due: 2 });
  const counts = async () => [await ctx.models.WrongBookEvent.countDocuments({}), await ctx.models.Question.countDocuments({ use: 'practice' })];
  const before = await counts();
  expect(before[0]).toBe(3);
  expect(before[1]).toBeGreaterThanOrEqual(6);
  await seedDemoWrongBook(ctx.models, ctx.clock.now());
  expect(await counts()).toEqual(before);

  const learner = toLearner((await ctx.models.Instructor.findOne({ phone: '13800000001' }).lean())!);
  expect(await ctx.areas.practice.summary(learner)).toMatchObject({ due: 2, total: 3 });
  const book = await ctx.areas.practice.book(learner);
  const exam = book.items.find((i) => i.source === 'exam')!;
  expect(exam).toMatchObject({ where: '结业考试', revealed: false, right: null, due: false });
});
