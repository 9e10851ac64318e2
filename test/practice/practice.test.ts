import { Types } from 'mongoose';
import { createTestContext, type TestContext } from '../support/context';
import { makeCourse, rightLetters } from '../support/course';
import { boundLearner } from '../support/learner';
import { seedAdminWorld } from '../support/admin';
import { signToken } from '../../src/auth/tokens';
import request from 'supertest';
import { drawPaper } from '../../src/quizzes/paper';
import type { Question } from '../../src/quizzes/model';
import { bookOf } from '../../src/practice/schedule';

let ctx: TestContext;
let world: Awaited<ReturnType<typeof seedAdminWorld>>;
const DAY = 24 * 3600_000;
/** 10:00 in Beijing on 2026-12-01. */
const DAY0 = new Date('2026-12-01T02:00:00Z');

beforeAll(async () => {
  ctx = await createTestContext(__filename);
  world = await seedAdminWorld(ctx);
});
afterAll(() => ctx.close());
beforeEach(() => ctx.clock.set(DAY0));

/** A course of one module whose bank holds 3 exam questions and `practice` practice questions. */
async function courseWithPractice(officeId: Types.ObjectId, options: { practice?: number; review?: 'full' | 'score' } = {}) {
  const made = await makeCourse(ctx.models, { officeId, modules: 1, bankSize: 3, draw: 3, review: options.review ?? 'full' });
  const { bank, mod, quiz, lesson } = made.modules[0];
  const practice = await ctx.models.Question.insertMany(
    Array.from({ length: options.practice ?? 4 }, (_, n) => ({ bankId: bank._id, type: 'single', stem: `练习题${n}`, options: ['甲', '乙', '丙'], answer: [2], explanation: `练习解析${n}`, use: 'practice' })),
  );
  return { ...made, bank, mod, quiz, lesson, practiceIds: new Set(practice.map((q) => String(q._id))) };
}

/** A learner whose requests are signed at the test clock's time, so moving the clock a week still signs in. */
async function learner(officeId: Types.ObjectId) {
  const { instructor, openid } = await boundLearner(ctx, officeId);
  const auth = () => ({ Authorization: `Bearer ${signToken({ sub: openid, kind: 'mp' }, ctx.config.AUTH_SECRET, 3600, ctx.clock.now())}` });
  const http = () => request(ctx.app().app.callback());
  const api = {
    get: (url: string) => http().get(url).set(auth()),
    post: (url: string, body?: object) => http().post(url).set(auth()).send(body),
    put: (url: string, body?: object) => http().put(url).set(auth()).send(body),
  };
  return { instructor, api };
}

const ask = (api: Awaited<ReturnType<typeof learner>>['api'], courseId: Types.ObjectId, moduleId: Types.ObjectId) => api.post('/api/mp/practice/questions', { courseId: String(courseId), moduleId: String(moduleId) });

describe('practice', () => {
  test('practice never draws an exam question, and a paper never draws a practice question', async () => {
    const { course, mod, quiz, practiceIds } = await courseWithPractice(world.offices.nanmen._id);
    const { api } = await learner(world.offices.nanmen._id);
    for (let i = 0; i < 12; i++) {
      const res = await ask(api, course._id, mod._id);
      expect(res.status).toBe(200);
      expect(practiceIds.has(res.body.question.id)).toBe(true);
      expect(res.body.question).not.toHaveProperty('answer');
      await api.post(`/api/mp/practice/prompts/${res.body.promptId}/answer`, { choice: i % 2 ? 'C' : 'A' });
    }
    // The engine: three exam questions in the bank and a draw of three, so every exam question is on the paper and no practice one.
    await api.post(`/api/mp/lessons/${String((await ctx.models.Lesson.findOne({ courseId: course._id }).lean())!._id)}/complete`);
    const attempt = (await api.post(`/api/mp/quizzes/${String(quiz._id)}/attempts`)).body;
    expect(attempt.questions).toHaveLength(3);
    for (const q of attempt.questions) expect(practiceIds.has(q.id)).toBe(false);
  });

  test('drawPaper leaves practice questions out whatever pool it is given', () => {
    const bankId = new Types.ObjectId();
    const q = (use: 'exam' | 'practice' | undefined) => ({ _id: new Types.ObjectId(), bankId, type: 'single', stem: 's', options: ['a', 'b'], answer: [0], explanation: '', ...(use ? { use } : {}) }) as unknown as Question;
    const pool = [q('practice'), q('exam'), q(undefined), q('practice'), q('practice')];
    for (let i = 0; i < 20; i++) {
      const paper = drawPaper({ draws: [{ bankId, count: 5 }], shuffleQuestions: true, shuffleOptions: true }, new Map([[String(bankId), pool]]));
      expect(paper.map((p) => String(p.questionId)).sort()).toEqual([String(pool[1]._id), String(pool[2]._id)].sort());
    }
  });

  test('an answer is checked at once with the right answer and the explanation, and practice never counts towards grades, completion or certificates', async () => {
    const { course, mod } = await courseWithPractice(world.offices.nanmen._id);
    const { api, instructor } = await learner(world.offices.nanmen._id);
    const before = (await api.get(`/api/mp/courses/${String(course._id)}`)).body;
    const wrong = (await ask(api, course._id, mod._id)).body;
    const w = await api.post(`/api/mp/practice/prompts/${wrong.promptId}/answer`, { choice: 'A' });
    expect(w.body).toMatchObject({ kind: 'practice', correct: false, chosen: ['A'], right: ['C'], alreadyAnswered: false });
    expect(w.body.explanation).toMatch(/^练习解析/);
    // The same prompt answered again (a retry) is the first answer, recorded once.
    const again = await api.post(`/api/mp/practice/prompts/${wrong.promptId}/answer`, { choice: 'C' });
    expect(again.body).toMatchObject({ correct: false, chosen: ['A'], alreadyAnswered: true });
    for (let i = 0; i < 5; i++) {
      const p = (await ask(api, course._id, mod._id)).body;
      expect((await api.post(`/api/mp/practice/prompts/${p.promptId}/answer`, { choice: 'C' })).body.correct).toBe(true);
    }
    expect((await api.post(`/api/mp/practice/prompts/${wrong.promptId}/answer`, { choice: 'Z' })).status).toBe(400);

    const after = (await api.get(`/api/mp/courses/${String(course._id)}`)).body;
    expect(after).toEqual(before);
    expect(after.complete).toBe(false);
    expect(after.modules[0].quiz).toMatchObject({ attemptsUsed: 0, passed: false, result: null });
    expect(await ctx.models.Attempt.countDocuments({ learnerId: instructor._id })).toBe(0);
    expect(await ctx.models.AttemptGrade.countDocuments({ learnerId: instructor._id })).toBe(0);
    expect(await ctx.models.LessonCompletion.countDocuments({ learnerId: instructor._id })).toBe(0);
    expect(await ctx.models.Certificate.countDocuments({ learnerId: instructor._id })).toBe(0);
    const modules = (await api.get(`/api/mp/practice/courses/${String(course._id)}`)).body.modules;
    expect(modules[0]).toMatchObject({ practiceCount: 4, answered: 6, right: 5 });
  });

  test('a module without practice questions answers 204', async () => {
    const { course, mod } = await courseWithPractice(world.offices.nanmen._id, { practice: 0 });
    const { api } = await learner(world.offices.nanmen._id);
    expect((await ask(api, course._id, mod._id)).status).toBe(204);
  });

  test('a course not open to the learner is a 404', async () => {
    const { course, mod } = await courseWithPractice(world.offices.yinzhou._id);
    const { api } = await learner(world.offices.nanmen._id);
    expect((await ask(api, course._id, mod._id)).status).toBe(404);
  });
});

describe('the wrong-answer book', () => {
  test('a question answered wrong comes back on days 1, 3 and 7 and leaves after two right answers in a row', async () => {
    const { course, mod } = await courseWithPractice(world.offices.nanmen._id, { practice: 1 });
    const { api } = await learner(world.offices.nanmen._id);
    const p = (await ask(api, course._id, mod._id)).body;
    await api.post(`/api/mp/practice/prompts/${p.promptId}/answer`, { choice: 'B' });
    const dueOn = async (day: number) => {
      ctx.clock.set(new Date(DAY0.getTime() + day * DAY));
      const summary = (await api.get('/api/mp/wrong-book/summary')).body;
      expect(summary.total).toBe(1);
      return summary.due as number;
    };
    const answer = (choice: string) => api.post(`/api/mp/wrong-book/${p.question.id}/answer`, { choice });

    expect(await dueOn(0)).toBe(0);
    expect((await answer('C')).status).toBe(409);
    expect(await dueOn(1)).toBe(1);
    const firstReview = await answer('A');
    expect(firstReview.body).toMatchObject({ kind: 'review', correct: false, right: ['C'], mastered: false, dueLeft: 0 });
    expect(await dueOn(2)).toBe(0);
    expect(await dueOn(3)).toBe(1);
    expect((await answer('C')).body).toMatchObject({ correct: true, mastered: false });
    for (const day of [4, 5, 6]) expect(await dueOn(day)).toBe(0);
    expect(await dueOn(7)).toBe(1);
    expect((await answer('C')).body).toMatchObject({ correct: true, mastered: true });
    const book = (await api.get('/api/mp/wrong-book')).body;
    expect(book).toMatchObject({ due: 0, total: 0, items: [] });
    ctx.clock.set(new Date(DAY0.getTime() + 14 * DAY));
    expect((await api.get('/api/mp/wrong-book/summary')).body).toMatchObject({ due: 0, total: 0, wrongAnswers: 2, rightAnswers: 2 });
  });

  test('the schedule: reviews are due 1, 3 and 7 local days after going in, then weekly, one a day at most', () => {
    const q = new Types.ObjectId();
    const at = (iso: string) => new Date(iso);
    // 23:30 in Beijing on 12-01 is 15:30 UTC: day 1 is 12-02 local, not 24 hours later.
    const wrong = { _id: 'g:1', questionId: q, source: 'exam', outcome: 'wrong', reveal: false, at: at('2026-12-01T15:30:00Z') };
    expect(bookOf('l', [wrong], 'Asia/Shanghai').get(String(q))).toMatchObject({ enteredDay: '2026-12-01', dueDay: '2026-12-02', revealed: false });
    const late = { _id: 'r:a', questionId: q, source: 'review', outcome: 'wrong', reveal: false, at: at('2026-12-10T02:00:00Z') };
    // Day 3's review is long past, but it was answered today: the next is tomorrow.
    expect(bookOf('l', [wrong, late], 'Asia/Shanghai').get(String(q))!.dueDay).toBe('2026-12-11');
    const reviews = ['2026-12-02', '2026-12-04', '2026-12-08', '2026-12-15'].map((d, i) => ({ _id: `r:${i}`, questionId: q, source: 'review', outcome: i % 2 ? 'wrong' : 'right', reveal: true, at: at(`${d}T02:00:00Z`) }));
    const entry = bookOf('l', [wrong, ...reviews], 'Asia/Shanghai').get(String(q))!;
    expect(entry).toMatchObject({ reviews: 4, streak: 0, dueDay: '2026-12-22', revealed: true });
  });

  test('a quiz’s wrong answers go in only once the attempt is graded, and a score-only policy keeps the answer hidden until answered right in review', async () => {
    const { quiz, lesson } = await courseWithPractice(world.offices.nanmen._id, { review: 'score' });
    const { api, instructor } = await learner(world.offices.nanmen._id);
    await api.post(`/api/mp/lessons/${String(lesson._id)}/complete`);
    const attempt = (await api.post(`/api/mp/quizzes/${String(quiz._id)}/attempts`)).body;
    const right = await rightLetters(ctx.models, attempt.id);
    const [first, ...rest] = attempt.questions as { id: string; type: string; options: string[] }[];
    // The first wrong, the rest right.
    const wrongLetter = first.type === 'multiple' ? 'B' : right.get(first.id) === 'A' ? 'B' : 'A';
    await api.put(`/api/mp/attempts/${attempt.id}/answers/${first.id}`, { choice: wrongLetter });
    for (const q of rest) await api.put(`/api/mp/attempts/${attempt.id}/answers/${q.id}`, { choice: right.get(q.id) });
    expect((await api.get('/api/mp/wrong-book')).body.total).toBe(0);
    const graded = (await api.post(`/api/mp/attempts/${attempt.id}/submit`)).body;
    expect(graded.review).toBeUndefined();
    const book = (await api.get('/api/mp/wrong-book')).body;
    expect(book.items).toHaveLength(1);
    expect(book.items[0]).toMatchObject({ questionId: first.id, source: 'quiz', where: '模块1', revealed: false, right: null, explanation: null, lastChoice: null, due: false });
    // Submitting again (or a deadline job after the submit) adds nothing.
    await api.post(`/api/mp/attempts/${attempt.id}/submit`);
    expect(await ctx.models.WrongBookEvent.countDocuments({ learnerId: instructor._id })).toBe(1);

    ctx.clock.set(new Date(DAY0.getTime() + DAY));
    const question = (await ctx.models.Question.findById(first.id).lean())!;
    const natural = (letters: number[]) => letters.map((i) => 'ABCDEFGH'[i]).join('');
    const wrongNatural = natural(question.type === 'truefalse' ? [1 - question.answer[0]] : question.type === 'multiple' ? [1] : [question.answer[0] === 0 ? 1 : 0]);
    const miss = (await api.post(`/api/mp/wrong-book/${first.id}/answer`, { choice: wrongNatural })).body;
    expect(miss).toMatchObject({ correct: false, right: null, explanation: null });
    ctx.clock.set(new Date(DAY0.getTime() + 3 * DAY));
    const hit = (await api.post(`/api/mp/wrong-book/${first.id}/answer`, { choice: natural(question.answer) })).body;
    expect(hit).toMatchObject({ correct: true, right: natural(question.answer).split('') });
    expect(hit.explanation).toBe(question.explanation);
    expect((await api.get('/api/mp/wrong-book')).body.items[0]).toMatchObject({ revealed: true, streak: 1 });
  });

  test('two answers to the same review at once count once', async () => {
    const { course, mod } = await courseWithPractice(world.offices.nanmen._id, { practice: 1 });
    const { api, instructor } = await learner(world.offices.nanmen._id);
    const p = (await ask(api, course._id, mod._id)).body;
    await api.post(`/api/mp/practice/prompts/${p.promptId}/answer`, { choice: 'A' });
    ctx.clock.set(new Date(DAY0.getTime() + DAY));
    const answers = await Promise.all(Array.from({ length: 6 }, () => api.post(`/api/mp/wrong-book/${p.question.id}/answer`, { choice: 'C' })));
    expect(answers.map((a) => a.status)).toEqual(Array(6).fill(200));
    expect(answers.filter((a) => !a.body.alreadyAnswered)).toHaveLength(1);
    expect(await ctx.models.WrongBookEvent.countDocuments({ learnerId: instructor._id, source: 'review' })).toBe(1);
    expect((await api.get('/api/mp/wrong-book')).body.items[0]).toMatchObject({ streak: 1, due: false });
  });

  test('offices see the most-missed questions per module, from their own subtree only', async () => {
    const { course, mod } = await courseWithPractice(world.offices.city._id, { practice: 2 });
    const miss = async (officeId: Types.ObjectId, times: number) => {
      const { api } = await learner(officeId);
      for (let i = 0; i < times; i++) {
        const p = (await ask(api, course._id, mod._id)).body;
        await api.post(`/api/mp/practice/prompts/${p.promptId}/answer`, { choice: 'A' });
      }
    };
    await miss(world.offices.nanmen._id, 3);
    await miss(world.offices.haishu._id, 1);
    await miss(world.offices.yinzhou._id, 4);
    const url = `/api/admin/wrong-book/most-missed?courseId=${String(course._id)}`;
    const city = (await world.as('city-admin').get(url)).body;
    const total = (body: typeof city) => body.modules.flatMap((m: { questions: { wrongs: number }[] }) => m.questions).reduce((n: number, q: { wrongs: number }) => n + q.wrongs, 0);
    expect(city.modules.map((m: { title: string }) => m.title)).toEqual(['模块1', '结业考试']);
    expect(total(city)).toBe(8);
    expect(city.modules[0].questions[0].stem).toMatch(/^练习题/);
    expect(city.modules[0].questions[0].wrongs).toBeGreaterThanOrEqual(city.modules[0].questions[1]?.wrongs ?? 0);
    expect(total((await world.as('haishu-admin').get(url)).body)).toBe(4);
    expect(total((await world.as('yinzhou-viewer').get(url)).body)).toBe(4);
    expect((await world.as('haishu-admin').get(`/api/admin/wrong-book/most-missed?courseId=${String(new Types.ObjectId())}`)).status).toBe(404);
  });

  test('a district does not see the questions of another district’s own course', async () => {
    const { course } = await courseWithPractice(world.offices.yinzhou._id, { practice: 1 });
    const url = `/api/admin/wrong-book/most-missed?courseId=${String(course._id)}`;
    expect((await world.as('yinzhou-viewer').get(url)).status).toBe(200);
    expect((await world.as('haishu-admin').get(url)).status).toBe(404);
  });
});

describe('practice questions in the banks', () => {
  test('the question API and the bank import take use, draws count exam questions only, and a practice question never becomes an exam one', async () => {
    const admin = world.as('city-admin');
    const bank = (await admin.post('/api/admin/banks', { code: 'PRACTICE-1', title: '练习题库' })).body;
    const exam = await admin.post(`/api/admin/banks/${bank.id}/questions`, { type: 'truefalse', stem: '考试题一', answer: [0] });
    expect(exam.body.use).toBe('exam');
    const practice = await admin.post(`/api/admin/banks/${bank.id}/questions`, { type: 'truefalse', stem: '练习题一', answer: [0], use: 'practice' });
    expect(practice.body.use).toBe('practice');
    const json = Buffer.from(JSON.stringify([{ type: '判断', stem: '练习题二', answer: '正确', use: '练习' }, { type: '判断', stem: '考试题二', answer: '错误' }]));
    expect((await admin.upload(`/api/admin/banks/${bank.id}/import`, json, 'q.json')).body.created).toBe(2);
    const csv = Buffer.from('题型,题干,答案,用途\n判断,练习题三,正确,练习\n判断,考试题三,正确,\n判断,坏用途,正确,随便\n');
    const report = (await admin.upload(`/api/admin/banks/${bank.id}/import`, csv, 'q.csv')).body;
    expect(report).toMatchObject({ created: 2, rejected: 1 });
    expect(report.rows.find((r: { status: string }) => r.status === 'rejected')).toMatchObject({ field: '用途' });
    const detail = (await admin.get(`/api/admin/banks/${bank.id}`)).body;
    expect(detail).toMatchObject({ questionCount: 6, practiceCount: 3 });
    expect(detail.questions.filter((q: { use: string }) => q.use === 'practice').map((q: { stem: string }) => q.stem).sort()).toEqual(['练习题一', '练习题三', '练习题二'].sort());

    const course = await ctx.models.Course.create({ code: 'C-PRACTICE-BANK', title: '题库测试课程', officeId: world.offices.city._id, openToOfficeIds: [world.offices.city._id], published: true });
    const tooMany = await admin.post('/api/admin/quizzes', { courseId: String(course._id), moduleId: null, draws: [{ bankId: bank.id, count: 4 }], timeLimitMinutes: 10 });
    expect(tooMany.status).toBe(400);
    expect(JSON.stringify(tooMany.body)).toContain('only 3 exam question');
    expect((await admin.patch(`/api/admin/banks/${bank.id}/questions/${practice.body.id}`, { use: 'exam' })).status).toBe(409);
    expect((await admin.patch(`/api/admin/banks/${bank.id}/questions/${exam.body.id}`, { use: 'practice' })).body.use).toBe('practice');
  });
});
