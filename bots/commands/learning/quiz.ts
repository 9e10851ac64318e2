import { getAttempt, startAttempt } from '../../../src/quizzes/engine';
import type { Command } from '../types';
import { continueAttempt, loadQuiz } from './quiz-flow';
import { allProgress, findOpenAttempt, privateOnly, resolveLearner } from './shared';

/**
 * 测验: continues the open attempt if there is one (also one begun in the mini-program), else
 * starts the current quiz: the first module quiz not passed whose lessons are all read, or the
 * final exam once every module quiz is passed. Then asks the first unanswered question.
 */
export const quizCommand: Command = {
  name: '测验',
  aliases: ['quiz'],
  usage: '测验',
  summary: '参加当前的测验，逐题回复选项字母作答',
  async handle(ctx) {
    const refusal = privateOnly(ctx, '测验');
    if (refusal) return refusal;
    const session = await resolveLearner(ctx);

    const open = await findOpenAttempt(session);
    if (open) {
      const quiz = await loadQuiz(session, String(open.quizId));
      return continueAttempt(session, await getAttempt(session.learning, session.learner, String(open._id)), quiz, `继续您未完成的《${quiz.title}》：`);
    }

    const all = await allProgress(session);
    if (!all.length) return '目前还没有向您开放的课程，请留意和创办的通知。';
    const current = all.find((c) => !c.progress.complete);
    if (!current) return '您已完成全部课程，辛苦了！发送“证书”查看您的证书。';
    const { progress } = current;
    const ready = progress.modules.find((m) => m.quiz && !m.quiz.passed && m.lessons.every((l) => l.read));
    let quizId = ready?.quiz?.id;
    if (!quizId) {
      const pending = progress.modules.find((m) => m.quiz && !m.quiz.passed);
      if (pending) return `请先学完“${pending.title}”的课时再参加测验。发送“学习”继续。`;
      if (!progress.finalExam || progress.finalExam.passed) return `《${progress.title}》的测验都已通过。发送“进度”查看详情。`;
      quizId = progress.finalExam.id;
    }
    const quiz = await loadQuiz(session, quizId);
    const view = await startAttempt(session.learning, session.learner, quizId);
    const lead = `开始《${quiz.title}》（第 ${view.number}/${quiz.maxAttempts} 次作答，共 ${view.questions.length} 题，限时 ${quiz.timeLimitMinutes} 分钟，及格线 ${quiz.passMark} 分）。`;
    return continueAttempt(session, view, quiz, lead);
  },
};
