import { Types } from 'mongoose';
import { registerModels, type Models } from '../../src/models';
import { standingFrom } from '../../src/quizzes/attempt-views';
import type { Quizzes } from '../../src/quizzes/use-cases';
import type { Learner } from '../../src/learning/learner';
import type { Quiz } from '../../src/quizzes/model';
import { makeCourse, rightLetters } from '../support/course';
import { createTestContext, type TestContext } from '../support/context';

let ctx: TestContext;
let models: Models;
// The engine on its own (no course order: the learning area enforces that; test/learning/quiz-order.test.ts).
let deps: Quizzes;
const startAttempt = async (q: Quizzes, learner: Learner, quizId: string) => q.startAttempt(learner.id, await q.quizById(quizId));
const saveAnswer = (q: Quizzes, learner: Learner, attemptId: string, questionId: string, choice: string) => q.saveAnswer(learner.id, attemptId, questionId, choice);
const submitAttempt = (q: Quizzes, learner: Learner, attemptId: string) => q.submitAttempt(learner.id, attemptId);
const gradeOverdueAttempts = (q: Quizzes) => q.gradeOverdueAttempts(200);
const officeId = new Types.ObjectId();
let n = 0;

async function newLearner(): Promise<Learner> {
  n++;
  const created = await models.Instructor.create({ name: `学员${n}`, phone: `139${String(n).padStart(8, '0')}`, officeId, bindCode: `CODE${n}` });
  return { id: created._id, name: created.name, officeId, cohort: '' };
}

beforeAll(async () => {
  ctx = await createTestContext(__filename);
  models = registerModels(ctx.mongo);
  deps = ctx.areas.quizzes;
});
afterAll(() => ctx.close());

describe('an attempt', () => {
  test('never carries answers or explanations before it is submitted', async () => {
    const { modules } = await makeCourse(models, { officeId });
    const view = await startAttempt(deps, await newLearner(), String(modules[0].quiz._id));
    const text = JSON.stringify(view);
    expect(view.questions).toHaveLength(3);
    expect(view.review).toBeUndefined();
    expect(view.result).toBeUndefined();
    for (const word of ['answer', 'explanation', 'right', '甲和丙']) expect(text).not.toContain(word);
  });

  test('two attempts draw different papers from a large enough bank, and a started paper stays frozen', async () => {
    const { modules } = await makeCourse(models, { officeId, bankSize: 40, draw: 10 });
    const quizId = String(modules[0].quiz._id);
    const learner = await newLearner();
    const first = await startAttempt(deps, learner, quizId);
    expect((await startAttempt(deps, learner, quizId)).questions.map((q) => q.id)).toEqual(first.questions.map((q) => q.id));
    await submitAttempt(deps, learner, first.id);
    const second = await startAttempt(deps, learner, quizId);
    expect(second.id).not.toBe(first.id);
    expect(second.questions.map((q) => q.id).sort()).not.toEqual(first.questions.map((q) => q.id).sort());
    const other = await startAttempt(deps, await newLearner(), quizId);
    expect(other.questions.map((q) => q.id).sort()).not.toEqual(first.questions.map((q) => q.id).sort());
  });

  test('a multiple-choice question is right only for the exact set: ticking every option scores zero', async () => {
    const { modules } = await makeCourse(models, { officeId, bankSize: 1, draw: 1 });
    const learner = await newLearner();
    const view = await startAttempt(deps, learner, String(modules[0].quiz._id));
    await saveAnswer(deps, learner, view.id, view.questions[0].id, 'ABCD');
    const result = await submitAttempt(deps, learner, view.id);
    expect(result.result).toMatchObject({ correct: 0, score: 0, passed: false });
    const again = await startAttempt(deps, learner, String(modules[0].quiz._id));
    const right = (await rightLetters(models, again.id)).get(again.questions[0].id)!;
    await saveAnswer(deps, learner, again.id, again.questions[0].id, right);
    expect((await submitAttempt(deps, learner, again.id)).result).toMatchObject({ correct: 1, score: 100, passed: true });
  });

  test('an answer that is not an option is refused without using anything up', async () => {
    const { modules } = await makeCourse(models, { officeId, bankSize: 3, draw: 3 });
    const learner = await newLearner();
    const view = await startAttempt(deps, learner, String(modules[0].quiz._id));
    const single = view.questions.find((q) => q.type === 'single')!;
    await expect(saveAnswer(deps, learner, view.id, single.id, 'AB')).rejects.toMatchObject({ code: 'invalid_choice' });
    await expect(saveAnswer(deps, learner, view.id, single.id, 'Z')).rejects.toMatchObject({ code: 'invalid_choice' });
    expect(await models.AttemptAnswer.countDocuments({ attemptId: view.id })).toBe(0);
  });

  test('after submitting, the full review shows right answers and explanations', async () => {
    const { modules } = await makeCourse(models, { officeId, review: 'full' });
    const learner = await newLearner();
    const view = await startAttempt(deps, learner, String(modules[0].quiz._id));
    const done = await submitAttempt(deps, learner, view.id);
    expect(done.review).toHaveLength(3);
    expect(done.review![0].right.length).toBeGreaterThan(0);
    expect(done.review![0].explanation).toBeTruthy();
  });

  test('a score-only review shows the score and no answers', async () => {
    const { finalExam } = await makeCourse(models, { officeId });
    const learner = await newLearner();
    const view = await startAttempt(deps, learner, String(finalExam._id));
    const done = await submitAttempt(deps, learner, view.id);
    expect(done.result).toBeDefined();
    expect(done.review).toBeUndefined();
  });
});

describe('only once, under concurrency', () => {
  test('a double submit grades once', async () => {
    const { modules } = await makeCourse(models, { officeId });
    const learner = await newLearner();
    const view = await startAttempt(deps, learner, String(modules[0].quiz._id));
    const results = await Promise.all(Array.from({ length: 10 }, () => submitAttempt(deps, learner, view.id)));
    expect(new Set(results.map((r) => r.result!.gradedAt)).size).toBe(1);
    expect(await models.AttemptGrade.countDocuments({ _id: view.id })).toBe(1);
  });

  test('two concurrent starts at the last allowed attempt: one attempt, never more than the maximum', async () => {
    const { modules } = await makeCourse(models, { officeId, maxAttempts: 1 });
    const learner = await newLearner();
    const quizId = String(modules[0].quiz._id);
    const views = await Promise.allSettled(Array.from({ length: 8 }, () => startAttempt(deps, learner, quizId)));
    const ids = new Set(views.filter((v) => v.status === 'fulfilled').map((v) => (v as PromiseFulfilledResult<{ id: string }>).value.id));
    expect(ids.size).toBe(1);
    expect(await models.Attempt.countDocuments({ learnerId: learner.id, quizId })).toBe(1);
    await submitAttempt(deps, learner, [...ids][0]);
    await expect(startAttempt(deps, learner, quizId)).rejects.toMatchObject({ code: 'no_attempts_left' });
  });

  test('answers saved for different questions at the same moment are all kept', async () => {
    const { modules } = await makeCourse(models, { officeId, bankSize: 12, draw: 12 });
    const learner = await newLearner();
    const view = await startAttempt(deps, learner, String(modules[0].quiz._id));
    const right = await rightLetters(models, view.id);
    await Promise.all(view.questions.map((q) => saveAnswer(deps, learner, view.id, q.id, right.get(q.id)!)));
    expect(await models.AttemptAnswer.countDocuments({ attemptId: view.id })).toBe(12);
    expect((await submitAttempt(deps, learner, view.id)).result!.score).toBe(100);
  });
});

describe('deadlines', () => {
  test('an overdue attempt is graded by the job with the answers saved so far, and later answers are refused', async () => {
    const { modules } = await makeCourse(models, { officeId, bankSize: 3, draw: 3, timeLimitMinutes: 10 });
    const learner = await newLearner();
    const view = await startAttempt(deps, learner, String(modules[0].quiz._id));
    const right = await rightLetters(models, view.id);
    await saveAnswer(deps, learner, view.id, view.questions[0].id, right.get(view.questions[0].id)!);
    ctx.clock.advance(11 * 60_000);
    await expect(saveAnswer(deps, learner, view.id, view.questions[1].id, 'A')).rejects.toMatchObject({ code: 'attempt_closed' });
    expect(await gradeOverdueAttempts(deps)).toBeGreaterThanOrEqual(1);
    const grade = await models.AttemptGrade.findById(view.id).lean();
    expect(grade).toMatchObject({ auto: true, correct: 1, total: 3 });
  });
});

describe('grading methods', () => {
  const quiz = (grading: string) => ({ grading, passMark: 60, maxAttempts: 3 }) as unknown as Quiz;
  const grades = [40, 90, 50].map((score, i) => ({ score, number: i + 1 })) as never[];
  test('highest takes the best attempt', () => expect(standingFrom(quiz('highest'), 3, grades)).toMatchObject({ result: 90, passed: true }));
  test('last takes the latest attempt', () => expect(standingFrom(quiz('last'), 3, grades)).toMatchObject({ result: 50, passed: false }));
  test('average takes the mean', () => expect(standingFrom(quiz('average'), 3, grades)).toMatchObject({ result: 60, passed: true }));
});
