import { InvalidChoice } from '../../../src/quizzes/engine-errors';
import type { Command } from '../types';
import { answerPrompt } from './practice';
import { continueAttempt } from './quiz-flow';
import { firstUnanswered, privateOnly, questionText } from './shared';

// Only option letters (A–H), perhaps separated: what someone types to answer a quiz question.
const BARE_ANSWER = /^[a-h](?:[\s,，、]*[a-h]){0,7}$/iu;

/**
 * 答题 AC, or just "AC": answers the current question of the open attempt, then asks the next or,
 * after the last, submits and shows the result. The current question is the first unanswered one
 * of the open attempt in MongoDB, so no chat session is kept anywhere.
 */
export const answerCommand: Command = {
  name: '答题',
  aliases: ['answer'],
  usage: '答题 选项',
  summary: '回答测验的当前题目；也可直接回复选项字母，如 A、AC',
  matchBare: (text) => (BARE_ANSWER.test(text) ? text : undefined),
  async handle(ctx) {
    const refusal = privateOnly(ctx, '测验');
    if (refusal) return refusal;
    const { learning } = ctx.areas;
    const learner = await learning.learnerForChat(ctx.talker);
    const open = await learning.openAttempt(learner);
    if (!open) {
      // No quiz running: the letters may answer the practice or wrong-answer book question asked last.
      const prompt = ctx.args ? await ctx.areas.practice.pendingPrompt(learner) : null;
      if (prompt) return answerPrompt(ctx.areas, learner, prompt, ctx.args);
      return '您现在没有进行中的测验。发送“测验”开始作答。';
    }
    const { view: before, quiz } = open;
    const index = firstUnanswered(before);
    if (index < 0) return continueAttempt(ctx.areas, learner, before, quiz);
    if (!ctx.args) return questionText(before, index, quiz.title);
    try {
      await learning.saveAnswer(learner, before.id, before.questions[index].id, ctx.args);
    } catch (err) {
      if (!(err instanceof InvalidChoice)) throw err;
      // Nothing was saved; the same question stands.
      return `${err.message}。\n\n${questionText(before, index, quiz.title)}`;
    }
    return continueAttempt(ctx.areas, learner, await learning.getAttempt(learner, before.id), quiz);
  },
};
