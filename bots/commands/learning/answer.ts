import { ANSWER_COMMAND } from '../../router';
import { InvalidChoice, getAttempt, saveAnswer } from '../../../src/quizzes/engine';
import type { Command } from '../types';
import { continueAttempt, loadQuiz } from './quiz-flow';
import { findOpenAttempt, firstUnanswered, privateOnly, questionText, resolveLearner } from './shared';

/**
 * 答题 AC, or just "AC": answers the current question of the open attempt, then asks the next or,
 * after the last, submits and shows the result. The current question is the first unanswered one
 * of the open attempt in MongoDB, so no chat session is kept anywhere.
 */
export const answerCommand: Command = {
  name: ANSWER_COMMAND,
  aliases: ['answer'],
  usage: '答题 选项',
  summary: '回答测验的当前题目；也可直接回复选项字母，如 A、AC',
  async handle(ctx) {
    const refusal = privateOnly(ctx, '测验');
    if (refusal) return refusal;
    const session = await resolveLearner(ctx);
    const open = await findOpenAttempt(session);
    if (!open) return '您现在没有进行中的测验。发送“测验”开始作答。';
    const quiz = await loadQuiz(session, String(open.quizId));
    const before = await getAttempt(session.learning, session.learner, String(open._id));
    const index = firstUnanswered(before);
    if (index < 0) return continueAttempt(session, before, quiz);
    if (!ctx.args) return questionText(before, index, quiz.title);
    try {
      await saveAnswer(session.learning, session.learner, before.id, before.questions[index].id, ctx.args);
    } catch (err) {
      if (!(err instanceof InvalidChoice)) throw err;
      // Nothing was saved; the same question stands.
      return `${err.message}。\n\n${questionText(before, index, quiz.title)}`;
    }
    const after = await getAttempt(session.learning, session.learner, before.id);
    return continueAttempt(session, after, quiz);
  },
};
