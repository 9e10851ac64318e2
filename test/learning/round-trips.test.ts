import { Types } from 'mongoose';
import { createTestContext, deleteKeys, type TestContext } from '../support/context';
import { makeCourse, rightLetters } from '../support/course';
import { boundLearner } from '../support/learner';
import { commandsDuring, describeCommands } from '../support/commands';

/** The learner's hot path, counted in commands the driver sends (SPEC "Storage": each read scans on FerretDB unless indexed). */
let ctx: TestContext;
let course: Awaited<ReturnType<typeof makeCourse>>;
const officeId = new Types.ObjectId();

beforeAll(async () => {
  // The content cache on, as in production: course content and quizzes come from memory.
  ctx = await createTestContext(__filename, { monitorCommands: true, env: { CONTENT_CACHE_S: '60' } });
  await ctx.models.Office.create({ _id: officeId, code: 'RT', name: '测试办', level: 'city', ancestors: [] });
  course = await makeCourse(ctx.models, { officeId, modules: 2 });
});
afterAll(() => ctx.close());

type Api = Awaited<ReturnType<typeof boundLearner>>['api'];
async function startedAttempt() {
  const me = await boundLearner(ctx, officeId);
  await me.api.post(`/api/mp/lessons/${String(course.modules[0].lesson._id)}/complete`).expect(200);
  const attempt = (await me.api.post(`/api/mp/quizzes/${String(course.modules[0].quiz._id)}/attempts`).expect(200)).body as { id: string; questions: { id: string }[] };
  return { ...me, attempt, right: await rightLetters(ctx.models, attempt.id) };
}
const answerAll = async (api: Api, attempt: { id: string; questions: { id: string }[] }, choice: (id: string) => string) => {
  for (const q of attempt.questions) await api.put(`/api/mp/attempts/${attempt.id}/answers/${q.id}`, { choice: choice(q.id) }).expect(204);
};

describe('round trips to MongoDB on the learner hot path', () => {
  test('saving an answer reads the attempt once and writes the answer once', async () => {
    const { api, attempt, right } = await startedAttempt();
    const q = attempt.questions[0].id;
    const sent = await commandsDuring(ctx.mongo, () => api.put(`/api/mp/attempts/${attempt.id}/answers/${q}`, { choice: right.get(q) }).expect(204));
    expect(describeCommands(sent.reads)).toEqual([`find attempts {"_id":"${attempt.id}"}`]);
    expect(sent.writes.map((c) => `${c.name} ${c.collection}`)).toEqual(['update attempt_answers']);
  });

  test('submitting a failed attempt reads only the attempt, its questions and answers (the quiz is in memory), and the learner’s office for the wrong-answer book', async () => {
    const { api, attempt, right } = await startedAttempt();
    await answerAll(api, attempt, (id) => (right.get(id) === 'A' ? 'B' : 'A'));
    const sent = await commandsDuring(ctx.mongo, () => api.post(`/api/mp/attempts/${attempt.id}/submit`).expect(200));
    expect(sent.reads.map((c) => c.collection).sort()).toEqual(['attempt_answers', 'attempts', 'instructors', 'questions']);
    // The wrong answers go into the book in one insert, after the grade.
    expect(sent.writes.map((c) => `${c.name} ${c.collection}`)).toEqual(['insert attempt_grades', 'update attempts', 'insert wrong_book_events']);
  });

  test('submitting a pass adds only the completion check: my records in the course', async () => {
    const { api, attempt, right } = await startedAttempt();
    await answerAll(api, attempt, (id) => right.get(id)!);
    const sent = await commandsDuring(ctx.mongo, async () => expect((await api.post(`/api/mp/attempts/${attempt.id}/submit`).expect(200)).body.result.passed).toBe(true));
    expect(sent.reads.map((c) => c.collection).sort()).toEqual(
      ['attempt_answers', 'attempts', 'questions', 'lesson_completions', 'attempt_grades', 'attempts', 'certificates'].sort(),
    );
    // Every read names one learner, attempt, course or quiz by equality (FerretDB pushes those down), except the paper's few questions.
    for (const c of sent.reads.filter((r) => r.collection !== 'questions')) expect(JSON.stringify(c.filter)).not.toContain('$in');
  });

  test('listing my courses reads only my records in each course', async () => {
    const me = await boundLearner(ctx, officeId);
    await me.api.get('/api/mp/courses').expect(200);
    const sent = await commandsDuring(ctx.mongo, () => me.api.get('/api/mp/courses').expect(200));
    expect(sent.reads.map((c) => c.collection).sort()).toEqual(['attempt_grades', 'attempts', 'certificates', 'lesson_completions']);
  });

  test('completing a lesson writes the read and reads my records in the course', async () => {
    const me = await boundLearner(ctx, officeId);
    await me.api.get('/api/mp/courses').expect(200);
    const sent = await commandsDuring(ctx.mongo, () => me.api.post(`/api/mp/lessons/${String(course.modules[1].lesson._id)}/complete`).expect(200));
    expect(sent.reads.map((c) => c.collection).sort()).toEqual(['attempt_grades', 'attempts', 'certificates', 'lesson_completions']);
    expect(sent.writes.map((c) => `${c.name} ${c.collection}`)).toEqual(['insert lesson_completions']);
  });

  test('starting a quiz reads what the order rule needs, my attempts at it and its bank, then writes the attempt', async () => {
    const me = await boundLearner(ctx, officeId);
    await me.api.post(`/api/mp/lessons/${String(course.modules[0].lesson._id)}/complete`).expect(200);
    const sent = await commandsDuring(ctx.mongo, () => me.api.post(`/api/mp/quizzes/${String(course.modules[0].quiz._id)}/attempts`).expect(200));
    expect(sent.reads.map((c) => c.collection).sort()).toEqual(['attempt_grades', 'attempts', 'lesson_completions', 'questions']);
    expect(sent.writes.map((c) => `${c.name} ${c.collection}`)).toEqual(['insert attempts']);
  });

  test('with Redis flushed the same save and submit give the same result (MongoDB is the truth)', async () => {
    const { api, attempt, right } = await startedAttempt();
    await answerAll(api, attempt, (id) => right.get(id)!);
    await deleteKeys(ctx.redis, `${ctx.config.CACHE_PREFIX}:*`);
    const q = attempt.questions[0].id;
    await api.put(`/api/mp/attempts/${attempt.id}/answers/${q}`, { choice: right.get(q) }).expect(204);
    const done = await api.post(`/api/mp/attempts/${attempt.id}/submit`).expect(200);
    expect(done.body.result).toMatchObject({ passed: true, score: 100 });
  });
});
