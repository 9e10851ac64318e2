import { Types } from 'mongoose';
import { createInstructor } from '../../src/people/service';
import { toLearner } from '../../src/learning/learner';
import { chatWith, createBotFixture, type BotFixture, type Player } from '../support/bot-fixture';
import { peopleDepsFor } from '../support/people';
import { createTestContext, type TestContext } from '../support/context';
import { makeCourse } from '../support/course';

let ctx: TestContext;
let fx: BotFixture;
const actor = { id: new Types.ObjectId(), name: 'test' };
const DAY = 24 * 3600_000;

beforeAll(async () => {
  // Quiet hours off and nudges from midnight: the mock stamps real times, so the test runs at whatever time it is.
  ctx = await createTestContext(__filename, { env: { BOT_SEND_INTERVAL_MS: '20', BOT_SEND_JITTER_MS: '5', QUIET_HOURS: '00:00-00:00', NUDGE_AT: '00:00' } });
  fx = await createBotFixture(ctx);
});
afterAll(async () => {
  await fx?.close();
  await ctx?.close();
});

const chat = (player: Player, text: string) => chatWith(fx, player, text);
let phone = 13900007000;

/** A bound instructor with a one-module course whose bank has practice questions (answer C). */
async function boundPlayer(name: string) {
  const officeId = new Types.ObjectId();
  const created = await createInstructor(peopleDepsFor(ctx), actor, { name, phone: String(phone++), employer: '', officeId: String(officeId), cohort: '' });
  const { course, modules } = await makeCourse(ctx.models, { officeId, modules: 1, bankSize: 3, draw: 3 });
  await ctx.models.Question.insertMany(
    ['练习题甲', '练习题乙', '练习题丙'].map((stem) => ({ bankId: modules[0].bank._id, type: 'single', stem, options: ['选项一', '选项二', '选项三'], answer: [2], explanation: `${stem}的解析`, use: 'practice' })),
  );
  const player = fx.player(`${name}的微信`);
  expect((await chat(player, `绑定 ${created.bindCode}`))[0]).toContain('绑定成功');
  return { player, instructorId: created._id as Types.ObjectId, course, module: modules[0] };
}

/** Delivers whatever the reminders planned, as the delivery worker would. */
async function drainReminders(): Promise<void> {
  for (;;) {
    const jobs = await ctx.queues.reminderDeliveries.getJobs(['waiting', 'prioritized', 'delayed'], 0, 200);
    if (!jobs.length) return;
    for (const job of jobs) {
      await ctx.areas.reminders.deliver(job.data);
      await job.remove();
    }
  }
}

describe('practice and the wrong-answer book in private chat', () => {
  test('练习 asks practice questions one at a time, answered with letters, each explained at once; 错题 says what is due', async () => {
    const { player, instructorId, module } = await boundPlayer('钱练习');
    const [first] = await chat(player, '练习');
    expect(first).toContain('开始练习“模块1”');
    expect(first).toContain('【练习】模块1｜单选题');
    expect(first).toMatch(/练习题[甲乙丙]/);
    expect(first).toContain('A. 选项一');

    const [wrong, next] = await chat(player, 'a');
    expect(wrong).toContain('✘ 答错了（您的答案 A），正确答案：C');
    expect(wrong).toMatch(/解析：练习题[甲乙丙]的解析/);
    expect(next).toContain('下一题');
    expect(next).toContain('【练习】');

    const [right] = await chat(player, 'C');
    expect(right).toContain('✔ 答对了！');

    const [none] = await chat(player, '错题');
    expect(none).toContain('今天没有到期的错题。错题本里还有 1 道题');
    // Nothing of this is a grade or an attempt.
    expect(await ctx.models.Attempt.countDocuments({ learnerId: instructorId })).toBe(0);
    expect(await ctx.models.AttemptGrade.countDocuments({ learnerId: instructorId })).toBe(0);

    // While a quiz runs, letters answer the quiz: practice waits.
    await ctx.areas.courses.markRead(instructorId, module.lesson, ctx.clock.now());
    expect((await chat(player, '测验')).join('\n')).toContain('第 1/3 题');
    expect((await chat(player, '练习'))[0]).toContain('请先发送“测验”完成作答');
  });

  test('a question answered wrong yesterday comes back in the day’s one study nudge, and a letter answers it', async () => {
    const { player, instructorId, course, module } = await boundPlayer('孙错题');
    // Yesterday, in the mini-program: one practice question answered wrong.
    const now = ctx.clock.now();
    ctx.clock.set(new Date(now.getTime() - DAY));
    const learner = toLearner((await ctx.models.Instructor.findById(instructorId).lean())!);
    const asked = (await ctx.areas.practice.ask(learner, { courseId: String(course._id), moduleId: String(module.mod._id) }, 'mp'))!;
    expect((await ctx.areas.practice.answerPrompt(learner, asked.promptId, 'A')).correct).toBe(false);
    ctx.clock.set(now);

    await ctx.areas.reminders.scan();
    await drainReminders();
    const nudge = await player.inbox.waitFor((m) => m.text.includes('【学习提醒】'), 'the study nudge');
    expect(nudge.text).toContain('今天有 1 道错题到期复习');
    expect(nudge.text).toContain(asked.question.stem);
    expect(nudge.text).toContain('【错题复习】模块1｜单选题');
    const reminders = await ctx.models.Reminder.find({ kind: 'nudge', instructorId }).lean();
    expect(reminders).toHaveLength(1);
    expect(reminders[0].offset).toBe('wrong_book');

    // Within the cap: another scan the same day plans and sends nothing more.
    await ctx.areas.reminders.scan();
    await drainReminders();
    expect(await ctx.models.Reminder.countDocuments({ kind: 'nudge', instructorId })).toBe(1);

    const [feedback] = await chat(player, 'C');
    expect(feedback).toContain('✔ 答对了！');
    expect(feedback).toContain(`解析：${asked.question.stem}的解析`);
    expect(feedback).toContain('今天的错题已复习完');
    const [again] = await chat(player, '错题');
    expect(again).toContain('今天没有到期的错题');
    expect(player.inbox.items.filter((m) => m.text.includes('【学习提醒】'))).toHaveLength(1);
    const summary = await ctx.areas.practice.summary(learner);
    expect(summary).toMatchObject({ due: 0, total: 1, wrongAnswers: 1, rightAnswers: 1 });
  });
});
