import type { Learner } from '../../../src/learning/learner';
import { feedbackText, promptText } from '../../../src/practice/use-cases';
import { InvalidChoice } from '../../../src/quizzes/engine-errors';
import type { PracticePrompt } from '../../../src/practice/use-cases';
import type { BotAreas, Command, CommandContext, CommandReply } from '../types';
import { privateOnly } from './shared';

/** While a quiz runs, a bare letter answers the quiz: practice waits until it is submitted. */
async function quizRunning(ctx: CommandContext, learner: Learner): Promise<string | undefined> {
  const open = await ctx.areas.learning.openAttempt(learner);
  return open ? `您有进行中的《${open.quiz.title}》，请先发送“测验”完成作答，再来练习。` : undefined;
}

/**
 * 练习 [序号]: practice questions of a module, one at a time, answered with letters like the quiz;
 * each answer gets right or wrong, the right answer and the explanation at once, then the next
 * question. Never graded, never counted. Without a number: the module the learner is studying.
 */
export const practiceCommand: Command = {
  name: '练习',
  aliases: ['practice'],
  usage: '练习 [模块序号]',
  summary: '做练习题（不计成绩、不限次数，答后即看解析）；答错的题进入错题本',
  async handle(ctx) {
    const refusal = privateOnly(ctx, '练习');
    if (refusal) return refusal;
    const { learning, practice } = ctx.areas;
    const learner = await learning.learnerForChat(ctx.talker);
    const busy = await quizRunning(ctx, learner);
    if (busy) return busy;
    const all = await learning.allProgress(learner);
    if (!all.length) return '目前还没有向您开放的课程，请留意和创办的通知。';
    const { progress } = all.find((c) => !c.progress.complete) ?? all[0];
    const { modules } = await practice.modules(learner, progress.courseId);
    const wanted = Number.parseInt(ctx.args, 10);
    const studying = progress.modules.find((m) => m.lessons.some((l) => !l.read) || (m.quiz && !m.quiz.passed))?.id;
    const module = Number.isInteger(wanted) ? modules[wanted - 1] : (modules.find((m) => m.id === studying && m.practiceCount > 0) ?? modules.find((m) => m.practiceCount > 0));
    const list = () => [`《${progress.title}》的练习：`, ...modules.map((m, i) => `${i + 1}. ${m.title}（${m.practiceCount} 题${m.answered ? `，已练 ${m.answered} 次，答对 ${m.right} 次` : ''}）`), '发送“练习 序号”开始，如“练习 1”。'].join('\n');
    if (!module) return Number.isInteger(wanted) ? `没有第 ${wanted} 个模块。\n\n${list()}` : `《${progress.title}》暂时还没有练习题。`;
    const asked = await practice.ask(learner, { courseId: progress.courseId, moduleId: module.id }, 'chat');
    if (!asked) return `“${module.title}”暂时还没有练习题。\n\n${list()}`;
    return `开始练习“${module.title}”：不计成绩，不限次数，每题答完即看答案和解析。\n\n${promptText(asked)}`;
  },
};

/** 错题: one due question of my wrong-answer book, answered with letters. */
export const wrongBookCommand: Command = {
  name: '错题',
  aliases: ['review', '错题本'],
  usage: '错题',
  summary: '复习一道到期的错题（错题在第 1、3、7 天回来，连续答对两次移出）',
  async handle(ctx) {
    const refusal = privateOnly(ctx, '错题');
    if (refusal) return refusal;
    const { learning, practice } = ctx.areas;
    const learner = await learning.learnerForChat(ctx.talker);
    const busy = await quizRunning(ctx, learner);
    if (busy) return busy;
    const asked = await practice.askReview(learner, 'chat');
    if (asked) return `今天有 ${asked.due} 道错题到期复习：\n\n${promptText(asked.prompted)}`;
    const { total } = await practice.summary(learner);
    return total ? `今天没有到期的错题。错题本里还有 ${total} 道题，会在答错后的第 1、3、7 天回来复习。` : '您的错题本是空的。发送“练习”做练习题。';
  },
};

/**
 * A bare letter with no quiz running answers the question practice or the book asked last (in
 * chat or in the day's nudge). Practice goes straight on to its next question.
 */
export async function answerPrompt(areas: BotAreas, learner: Learner, prompt: PracticePrompt, choice: string): Promise<CommandReply> {
  let feedback;
  try {
    feedback = await areas.practice.answerPrompt(learner, prompt._id, choice);
  } catch (err) {
    if (!(err instanceof InvalidChoice)) throw err;
    return `${err.message}。`;
  }
  const reply = feedbackText(feedback);
  if (feedback.kind !== 'practice' || !prompt.moduleId) return reply;
  const next = await areas.practice.ask(learner, { courseId: String(prompt.courseId), moduleId: String(prompt.moduleId) }, 'chat');
  return next ? [reply, `下一题（发送其他指令即可结束练习）：\n${promptText(next)}`] : reply;
}
