import { Types } from 'mongoose';
import type { Learner } from '../../src/learning/learner';
import { makeCourse, rightLetters } from '../support/course';
import { createTestContext, type TestContext } from '../support/context';

/**
 * Saving an answer trusts the attempt's own `open` flag (one read). These are the cases where the
 * flag and the grade disagree: the grade, which holds the choices it counted, wins.
 */
let ctx: TestContext;
const officeId = new Types.ObjectId();
let n = 0;

async function newLearner(): Promise<Learner> {
  n++;
  const created = await ctx.models.Instructor.create({ name: `学员${n}`, phone: `138${String(n).padStart(8, '0')}`, officeId, bindCode: `SNAP${n}` });
  return { id: created._id, name: created.name, officeId, cohort: '' };
}

beforeAll(async () => {
  ctx = await createTestContext(__filename);
});
afterAll(() => ctx.close());

async function gradedWithLostClose() {
  const { modules } = await makeCourse(ctx.models, { officeId, bankSize: 3, draw: 3, maxAttempts: 2 });
  const quizzes = ctx.areas.quizzes;
  const quiz = await quizzes.quizById(String(modules[0].quiz._id));
  const learner = await newLearner();
  const attempt = await quizzes.startAttempt(learner.id, quiz);
  const right = await rightLetters(ctx.models, attempt.id);
  for (const q of attempt.questions) await quizzes.saveAnswer(learner.id, attempt.id, q.id, right.get(q.id)!);
  const graded = await quizzes.submitAttempt(learner.id, attempt.id);
  // The write that closes the attempt after grading was lost (a crash between the two).
  await ctx.models.Attempt.updateOne({ _id: attempt.id }, { $set: { open: true } });
  return { quizzes, quiz, learner, attempt, right, graded };
}

describe('an attempt graded while its flag still says open', () => {
  test('a late save is kept but never shown as counted: the review and the score still agree', async () => {
    const { quizzes, learner, attempt, right, graded } = await gradedWithLostClose();
    const q = attempt.questions[0].id;
    const wrong = right.get(q) === 'A' ? 'B' : 'A';
    await quizzes.saveAnswer(learner.id, attempt.id, q, wrong);
    const view = await quizzes.getAttempt(learner.id, attempt.id);
    expect(view.result).toEqual(graded.result);
    expect(view.review!.find((r) => r.id === q)).toMatchObject({ chosen: right.get(q)!.split(''), correct: true });
  });

  test('the next start closes it instead of resuming it', async () => {
    const { quizzes, quiz, learner, attempt } = await gradedWithLostClose();
    const next = await quizzes.startAttempt(learner.id, quiz);
    expect(next.id).not.toBe(attempt.id);
    expect(next.number).toBe(2);
    expect((await ctx.models.Attempt.findById(attempt.id).lean())!.open).toBe(false);
  });

  test('an attempt flagged closed refuses answers without asking the grade', async () => {
    const { quizzes, learner, attempt } = await gradedWithLostClose();
    await ctx.models.Attempt.updateOne({ _id: attempt.id }, { $set: { open: false } });
    await expect(quizzes.saveAnswer(learner.id, attempt.id, attempt.questions[0].id, 'A')).rejects.toThrow('本次作答已提交');
  });

  test('an attempt from before the flag existed asks its grade', async () => {
    const { quizzes, learner, attempt } = await gradedWithLostClose();
    await ctx.models.Attempt.updateOne({ _id: attempt.id }, { $unset: { open: 1 } });
    await expect(quizzes.saveAnswer(learner.id, attempt.id, attempt.questions[0].id, 'A')).rejects.toThrow('本次作答已提交');
  });
});
