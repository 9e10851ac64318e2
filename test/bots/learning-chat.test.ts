import { Types } from 'mongoose';
import request from 'supertest';
import { createInstructor, reissueCode } from '../../src/people/service';
import { signToken } from '../../src/auth/tokens';
import { toLearner } from '../../src/learning/learner';
import { registerModels, type Models } from '../../src/models';
import { chatWith, createBotFixture, type BotFixture, type Player } from '../support/bot-fixture';
import { peopleDepsFor } from '../support/people';
import { createTestContext, type TestContext } from '../support/context';
import { makeCourse, rightLetters } from '../support/course';
import { chunkText, packBlocks } from '../../bots/commands/learning/shared';

let ctx: TestContext;
let fx: BotFixture;
let models: Models;
const actor = { id: new Types.ObjectId(), name: 'test' };

beforeAll(async () => {
  ctx = await createTestContext(__filename, { env: { BOT_SEND_INTERVAL_MS: '20', BOT_SEND_JITTER_MS: '5' } });
  fx = await createBotFixture(ctx);
  models = registerModels(ctx.mongo);
});
afterAll(async () => {
  await fx?.close();
  await ctx?.close();
});

let phone = 13900002000;

/** An instructor in an office of their own, with a course of one module (3 questions) open to that office. */
async function instructorWithCourse(name: string) {
  const officeId = new Types.ObjectId();
  const created = await createInstructor(
    peopleDepsFor(ctx),
    actor,
    { name, phone: String(phone++), employer: '', officeId: String(officeId), cohort: '' },
  );
  const course = await makeCourse(models, { officeId, modules: 1, bankSize: 3, draw: 3 });
  const instructor = await models.Instructor.findOne({ officeId }).lean();
  return { code: created.bindCode, course, instructorId: instructor!._id };
}

/** Says `text` and returns every reply it produced, in order. */
const chat = (player: Player, text: string) => chatWith(fx, player, text);

async function boundPlayer(name: string) {
  const setup = await instructorWithCourse(name);
  const player = fx.player(`${name}的微信`);
  expect((await chat(player, `绑定 ${setup.code}`))[0]).toContain('绑定成功');
  return { ...setup, player };
}

async function openAttemptId(instructorId: Types.ObjectId): Promise<string> {
  const attempts = await models.Attempt.find({ learnerId: instructorId }).sort({ startedAt: -1, _id: -1 }).lean();
  return String(attempts[0]._id);
}

/** Answers every question of the open attempt with the right letters; returns the final replies. */
async function answerAll(player: Player, instructorId: Types.ObjectId, firstQuestion: string): Promise<string[]> {
  const attemptId = await openAttemptId(instructorId);
  const right = await rightLetters(models, attemptId);
  const attempt = await models.Attempt.findById(attemptId).lean();
  const questions = await models.Question.find({ _id: { $in: attempt!.paper.map((p) => p.questionId) } }).lean();
  let asked = firstQuestion;
  let replies: string[] = [];
  for (let i = 0; i < attempt!.paper.length; i++) {
    const q = questions.find((x) => asked.includes(x.stem))!;
    expect(q).toBeDefined();
    expect(asked).toContain(`第 ${i + 1}/${attempt!.paper.length} 题`);
    // Lower case and spaced out, as people type on phones.
    replies = await chat(player, right.get(String(q._id))!.toLowerCase().split('').join(' '));
    asked = replies.join('\n');
  }
  return replies;
}

describe('learning in private chat', () => {
  test('课程 → 学习 → 测验 → 结业考试 → 证书, and the certificate verifies publicly', async () => {
    const { player, instructorId, course } = await boundPlayer('周学习');

    const [courses] = await chat(player, '课程');
    expect(courses).toContain('测试课程');
    expect(courses).toContain('课时 0/1');
    expect(courses).toContain('测验通过 0/2');

    const lesson = await chat(player, '学习');
    expect(lesson.length).toBeGreaterThan(1);
    for (const chunk of lesson) expect([...chunk].length).toBeLessThanOrEqual(500);
    expect(lesson[0]).toContain('课时1');
    expect(lesson.join('')).toContain('正文正文');
    const last = lesson[lesson.length - 1];
    expect(last).toContain('已记为已学');
    expect(last).toContain(`小程序页面：pages/lesson/index?id=${String(course.modules[0].lesson._id)}`);
    expect(await models.LessonCompletion.countDocuments({ learnerId: instructorId })).toBe(1);

    const [allRead] = await chat(player, 'study');
    expect(allRead).toContain('都已学完');
    expect(allRead).toContain('测验');

    const [start] = await chat(player, '测验');
    expect(start).toContain('开始《模块1测验》');
    expect(start).toContain('A. ');
    expect(start).toMatch(/回复 A|多选题回复如 AC/);
    const result = await answerAll(player, instructorId, start);
    const resultText = result.join('\n');
    expect(resultText).toContain('得分：100 分');
    expect(resultText).toContain('通过');
    // Review 'full': right letters and explanations.
    expect(resultText).toContain('正确答案');
    expect(resultText).toContain('解析：');
    for (const chunk of result) expect([...chunk].length).toBeLessThanOrEqual(500);

    const [final] = await chat(player, 'quiz');
    expect(final).toContain('开始《结业考试》');
    const finalResult = (await answerAll(player, instructorId, final)).join('\n');
    expect(finalResult).toContain('得分：100 分');
    expect(finalResult).toMatch(/证书编号 CSR-\d{4}-\d{6}/);
    // Review 'score': no answers shown.
    expect(finalResult).not.toContain('正确答案');

    const [cert] = await chat(player, '证书');
    expect(cert).toMatch(/证书编号：CSR-\d{4}-000001/);
    const code = /验证码：([0-9A-Z]{10})\n/.exec(cert)![1];
    expect(cert).toContain(`/api/public/certificates/${code}`);

    const [progress] = await chat(player, '进度');
    expect(progress).toContain('已完成');
    expect(progress).toContain('结业考试《结业考试》：✅ 已通过');

    const verified = await request(ctx.app().app.callback()).get(`/api/public/certificates/${code}`);
    expect(verified.status).toBe(200);
    expect(verified.body.status).toBe('valid');
  });

  test('an invalid answer gets a gentle correction and the same question again', async () => {
    const { player, instructorId } = await boundPlayer('吴答题');
    await chat(player, '学习');
    const [start] = await chat(player, '测验');
    const stem = /\n(.+题\d+-\d+)\n/.exec(start)![1];
    const [corrected] = await chat(player, 'E');
    expect(corrected).toContain('请回复');
    expect(corrected).toContain(stem);
    expect(corrected).toContain('第 1/3 题');
    expect(await models.AttemptAnswer.countDocuments({ attemptId: new Types.ObjectId(await openAttemptId(instructorId)) })).toBe(0);
    if (!stem.startsWith('多选题')) {
      const [again] = await chat(player, 'AB');
      expect(again).toContain('请回复一个选项字母');
      expect(again).toContain(stem);
    }
  });

  test('an attempt started in the mini-program continues in chat', async () => {
    const { player, instructorId, course } = await boundPlayer('郑继续');
    await chat(player, '学习');
    const learner = toLearner((await models.Instructor.findById(instructorId).lean())!);
    const { view: started } = await ctx.areas.learning.startQuiz(learner, String(course.modules[0].quiz._id));
    const [resumed] = await chat(player, '测验');
    expect(resumed).toContain('继续您未完成的《模块1测验》');
    expect(resumed).toContain(started.questions[0].stem);
    expect(await models.Attempt.countDocuments({ learnerId: instructorId })).toBe(1);
    expect(await openAttemptId(instructorId)).toBe(started.id);
    const result = await answerAll(player, instructorId, resumed);
    expect(result.join('\n')).toContain('得分：100 分');
    expect(await models.Attempt.countDocuments({ learnerId: instructorId })).toBe(1);
  });

  test('an unbound player asking for 课程 is told how to bind', async () => {
    const stranger = fx.player('陌生人');
    const [reply] = await chat(stranger, '课程');
    expect(reply).toContain('绑定 绑定码');
  });

  test('a bare letter with no quiz in progress says so', async () => {
    const { player } = await boundPlayer('王无题');
    const [reply] = await chat(player, 'A');
    expect(reply).toContain('没有进行中的测验');
  });

  test('in a group, 测验 is refused politely and no attempt starts', async () => {
    const { player, instructorId } = await boundPlayer('冯群聊');
    await chat(player, '学习');
    const group = fx.room([player]);
    group.say(player, '测验', { mentionBot: true });
    const send = await fx.sends.waitFor((s) => s.conversationId === group.id, 'the group reply');
    expect(send.text).toContain('私聊');
    expect(await models.Attempt.countDocuments({ learnerId: instructorId })).toBe(0);
  });
});

describe('splitting long replies', () => {
  test('chunks stay within 500 characters, break at line ends when they can, and lose nothing', () => {
    const text = ['第一段'.repeat(50), '长'.repeat(1200), '尾段'].join('\n');
    const chunks = chunkText(text);
    for (const c of chunks) expect([...c].length).toBeLessThanOrEqual(500);
    expect(chunks.join('').replace(/\n/g, '')).toBe(text.replace(/\n/g, ''));
    expect(chunks[0]).toBe('第一段'.repeat(50));
    expect(chunkText('短')).toEqual(['短']);
  });

  test('blocks are packed into as few messages as fit', () => {
    expect(packBlocks(['甲', '乙'])).toEqual(['甲\n\n乙']);
    expect(packBlocks(['甲'.repeat(300), '乙'.repeat(300)])).toEqual(['甲'.repeat(300), '乙'.repeat(300)]);
  });
});

describe('one attempt across channels', () => {
  test('an attempt started in chat is finished in the mini-program API', async () => {
    const { player, instructorId, course } = await boundPlayer('跨端学员');
    const lesson = course.modules[0].lesson;
    await models.LessonCompletion.create({ _id: `${String(instructorId)}:${String(lesson._id)}`, learnerId: instructorId, courseId: course.course._id, lessonId: lesson._id, at: ctx.clock.now() });
    const [firstQuestion] = await chat(player, '测验');
    expect(firstQuestion).toContain('第 1/3 题');
    const attemptId = await openAttemptId(instructorId);

    // The same person signs in to the mini-program and binds it with a reissued code.
    const instructor = (await models.Instructor.findById(instructorId).lean())!;
    const people = peopleDepsFor(ctx);
    const code = await reissueCode(people, actor, 'instructor', instructor as never);
    await ctx.areas.binding.bindWithCode(code, { kind: 'mp', id: 'openid-cross' });
    const token = signToken({ sub: 'openid-cross', kind: 'mp' }, ctx.config.AUTH_SECRET, 600, ctx.clock.now());
    const api = () => request(ctx.app().app.callback());

    const resumed = await api().post(`/api/mp/quizzes/${course.modules[0].quiz._id}/attempts`).set('Authorization', `Bearer ${token}`);
    expect(resumed.body.id).toBe(attemptId);
    const right = await rightLetters(models, attemptId);
    for (const q of resumed.body.questions) {
      await api().put(`/api/mp/attempts/${attemptId}/answers/${q.id}`).set('Authorization', `Bearer ${token}`).send({ choice: right.get(q.id) });
    }
    const done = await api().post(`/api/mp/attempts/${attemptId}/submit`).set('Authorization', `Bearer ${token}`);
    expect(done.body.result).toMatchObject({ score: 100, passed: true });
    expect(await models.Attempt.countDocuments({ learnerId: instructorId })).toBe(1);
    expect((await chat(player, '进度')).join('\n')).toContain('100');
  });
});
