import { Types } from 'mongoose';
import type { Worker } from 'bullmq';
import { registerModels } from '../../src/models';
import { startQuizDeadlineWorker } from '../../jobs/quiz-deadlines';
import type { QuizDeadlineJob } from '../../jobs/queues';
import { makeCourse } from '../support/course';
import { createTestContext, type TestContext } from '../support/context';

let ctx: TestContext;
let worker: Worker<QuizDeadlineJob> | undefined;
beforeAll(async () => {
  ctx = await createTestContext(__filename);
});
afterAll(async () => {
  await worker?.close();
  await ctx.close();
});

describe('the quiz deadline worker', () => {
  test('starting an attempt schedules its deadline job, and the worker grades it once overdue, even if the learner never returns', async () => {
    const models = registerModels(ctx.mongo);
    const officeId = new Types.ObjectId();
    const { modules } = await makeCourse(models, { officeId, timeLimitMinutes: 5 });
    const learner = await models.Instructor.create({ name: '不回来', phone: '13955556666', officeId, bindCode: 'X1' });
    const quizzes = ctx.areas.quizzes;
    const view = await quizzes.startAttempt(learner._id, await quizzes.quizById(String(modules[0].quiz._id)));
    const job = await ctx.queues.quizDeadlines.getJob(`deadline-${view.id}`);
    expect(job?.opts.delay).toBeGreaterThanOrEqual(5 * 60_000);

    ctx.clock.advance(6 * 60_000);
    worker = await startQuizDeadlineWorker(ctx);
    const done = new Promise<unknown>((resolve) => worker!.on('completed', (j, result) => j.id === `deadline-${view.id}` && resolve(result)));
    // The delayed job would wait real minutes; promote it, as time passing would.
    await job!.promote();
    expect(await done).toBe(true);
    expect(await models.AttemptGrade.findById(view.id).lean()).toMatchObject({ auto: true, total: 3 });
  });
});
