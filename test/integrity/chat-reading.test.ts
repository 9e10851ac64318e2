import { Types } from 'mongoose';
import { createInstructor } from '../../src/people/service';
import { chatWith, createBotFixture, type BotFixture, type Player } from '../support/bot-fixture';
import { createTestContext, type TestContext } from '../support/context';
import { makeCourse } from '../support/course';
import { peopleDepsFor } from '../support/people';

/**
 * Reading in chat with the lesson-time gate on: 学习 sends a lesson piece by piece, each 继续
 * counts the time since the last piece as presence (the same slots the mini-program's heartbeats
 * fill), and the lesson is read once that presence is long enough. The test's clock moves the
 * reading time; messages stay fresh (BOT_MAX_MESSAGE_AGE_MS).
 */
let ctx: TestContext;
let fx: BotFixture;
const actor = { id: new Types.ObjectId(), name: 'test' };

beforeAll(async () => {
  ctx = await createTestContext(__filename, {
    env: { BOT_SEND_INTERVAL_MS: '20', BOT_SEND_JITTER_MS: '5', BOT_MAX_MESSAGE_AGE_MS: '3600000', LESSON_PRESENCE_SHARE: '0.6', LESSON_HEARTBEAT_S: '15' },
  });
  fx = await createBotFixture(ctx);
});
afterAll(async () => {
  await fx?.close();
  await ctx?.close();
});

let phone = 13900005000;
const chat = (player: Player, text: string) => chatWith(fx, player, text);

/** A bound learner with a one-module course whose lesson (800 characters, 5 minutes) goes out in two pieces. */
async function reader(name: string) {
  const officeId = new Types.ObjectId();
  const created = await createInstructor(peopleDepsFor(ctx), actor, { name, phone: String(phone++), employer: '', officeId: String(officeId), cohort: '' });
  const course = await makeCourse(ctx.models, { officeId, modules: 1, bankSize: 3, draw: 3 });
  const player = fx.player(`${name}的微信`);
  expect((await chat(player, `绑定 ${created.bindCode}`))[0]).toContain('绑定成功');
  return { player, course, instructorId: created._id };
}

describe('reading a lesson in chat, with the lesson-time gate on', () => {
  test('a learner who reads each piece for a while gets the lesson counted at the end', async () => {
    const { player, instructorId, course } = await reader('钱阅读');
    const first = await chat(player, '学习');
    expect(first[0]).toContain('课时1');
    expect(first[0]).toContain('约 5 分钟');
    expect(first[1]).toContain('正文正文');
    expect(first[1]).toContain('（第 1/2 段）发送“继续”阅读下一段');
    for (const chunk of first) expect([...chunk].length).toBeLessThanOrEqual(500);

    ctx.clock.advance(100_000);
    const [second] = await chat(player, '下一段');
    expect(second).toContain('正文正文');
    expect(second).toContain('（第 2/2 段，完）读完后发送“继续”记为已学');
    expect(await ctx.models.LessonHeartbeat.countDocuments({ learnerId: instructorId, via: 'chat' })).toBeGreaterThanOrEqual(6);

    ctx.clock.advance(100_000);
    const [done] = await chat(player, '继续');
    expect(done).toContain('已记为已学，课时 1/1');
    expect(done).toContain('发送“测验”参加测验');
    expect(done).toContain(`pages/lesson/index?id=${String(course.modules[0].lesson._id)}`);
    expect(await ctx.models.LessonCompletion.countDocuments({ learnerId: instructorId })).toBe(1);
    expect((await chat(player, '继续'))[0]).toContain('没有正在阅读的课时');
  });

  test('paging straight through is refused with how many minutes more; reading on afterwards counts', async () => {
    const { player, instructorId } = await reader('孙快翻');
    await chat(player, '学习');
    await chat(player, '继续');
    const [refused] = await chat(player, '继续');
    expect(refused).toContain('还需阅读约 3 分钟');
    expect(refused).toContain('稍后发送“继续”');
    expect(await ctx.models.LessonCompletion.countDocuments({ learnerId: instructorId })).toBe(0);

    // Rereading the last piece counts, up to that piece's share of the lesson's minutes each time.
    for (let i = 0; i < 3; i++) {
      ctx.clock.advance(150_000);
      const [reply] = await chat(player, '继续');
      if (reply.includes('已记为已学')) break;
      expect(reply).toContain('还需阅读约');
    }
    expect(await ctx.models.LessonCompletion.countDocuments({ learnerId: instructorId })).toBe(1);
  });

  test('continuing with nothing being read points to 学习', async () => {
    const { player } = await reader('李未读');
    expect((await chat(player, '继续'))[0]).toBe('您现在没有正在阅读的课时。发送“学习”阅读下一节。');
  });
});

describe('quiz questions in chat', () => {
  /** The learner's lesson read already (as before the gate), so 测验 opens the module quiz. */
  async function quizzer(name: string) {
    const r = await reader(name);
    const lesson = r.course.modules[0].lesson;
    await ctx.models.LessonCompletion.create({ _id: `${String(r.instructorId)}:${String(lesson._id)}`, learnerId: r.instructorId, courseId: r.course.course._id, lessonId: lesson._id, at: ctx.clock.now() });
    return r;
  }
  /** Answers A to whatever is asked, `seconds` after each question was sent; returns the attempt id. */
  async function answerAll(player: Player, instructorId: Types.ObjectId, seconds: number): Promise<string> {
    await chat(player, '测验');
    for (let i = 0; i < 3; i++) {
      ctx.clock.advance(seconds * 1000);
      await chat(player, 'A');
    }
    const [attempt] = await ctx.models.Attempt.find({ learnerId: instructorId }).lean();
    return String(attempt._id);
  }

  test('the bot sends one question at a time, so its sending is when it was shown: instant answers are flagged, considered ones are not', async () => {
    const quick = await quizzer('周秒答');
    const quickAttempt = await answerAll(quick.player, quick.instructorId, 1);
    const careful = await quizzer('吴细看');
    const carefulAttempt = await answerAll(careful.player, careful.instructorId, 20);
    expect(await ctx.models.QuestionShown.countDocuments({ attemptId: new Types.ObjectId(quickAttempt), via: 'chat' })).toBe(3);

    ctx.clock.advance(60_000);
    await ctx.areas.integrity.scan();
    const flags = await ctx.models.IntegrityFlag.find({ kind: 'fast_answers' }).lean();
    expect(flags.map((f) => String(f.attemptId))).toEqual([quickAttempt]);
    expect(flags.map((f) => String(f.attemptId))).not.toContain(carefulAttempt);
    const evidence = flags[0].evidence as { answers: { seconds: number; shownFrom: string }[] };
    expect(evidence.answers.map((a) => `${a.seconds} ${a.shownFrom}`)).toEqual(['1 shown', '1 shown', '1 shown']);
  });
});
