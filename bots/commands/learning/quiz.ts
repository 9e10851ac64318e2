import { currentQuiz } from '../../../src/learning/rules';
import type { Command } from '../types';
import { continueAttempt } from './quiz-flow';
import { privateOnly } from './shared';

/**
 * 测验: continues the open attempt if there is one (also one begun in the mini-program), else
 * starts the current quiz by the course rules (src/learning/rules.ts), then asks the first
 * unanswered question.
 */
export const quizCommand: Command = {
  name: '测验',
  aliases: ['quiz'],
  usage: '测验',
  summary: '参加当前的测验，逐题回复选项字母作答',
  async handle(ctx) {
    const refusal = privateOnly(ctx, '测验');
    if (refusal) return refusal;
    const { learning } = ctx.areas;
    const learner = await learning.learnerForChat(ctx.talker);

    const open = await learning.openAttempt(learner);
    if (open) return continueAttempt(ctx.areas, learner, open.view, open.quiz, `继续您未完成的《${open.quiz.title}》：`);

    const all = await learning.allProgress(learner);
    if (!all.length) return '目前还没有向您开放的课程，请留意和创办的通知。';
    const current = all.find((c) => !c.progress.complete);
    if (!current) return '您已完成全部课程，辛苦了！发送“证书”查看您的证书。';
    const turn = currentQuiz(current.progress);
    if (turn.kind === 'read-first') return `请先学完“${turn.moduleTitle}”的课时再参加测验。发送“学习”继续。`;
    if (turn.kind === 'all-passed') return `《${current.progress.title}》的测验都已通过。发送“进度”查看详情。`;
    const { view, quiz } = await learning.startQuiz(learner, turn.quiz.id);
    const lead = `开始《${quiz.title}》（第 ${view.number}/${quiz.maxAttempts} 次作答，共 ${view.questions.length} 题，限时 ${quiz.timeLimitMinutes} 分钟，及格线 ${quiz.passMark} 分）。`;
    return continueAttempt(ctx.areas, learner, view, quiz, lead);
  },
};
