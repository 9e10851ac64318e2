import type { Learner } from '../../../src/learning/learner';
import type { AttemptView } from '../../../src/quizzes/attempt-views';
import type { Quiz } from '../../../src/quizzes/use-cases';
import type { BotAreas, CommandReply } from '../types';
import { firstUnanswered, packBlocks, questionText, score } from './shared';

/**
 * Where an open attempt stands, as the next message: its first unanswered question, or, once
 * every question has an answer (here or in the mini-program), the submitted result.
 */
export async function continueAttempt(areas: BotAreas, learner: Learner, view: AttemptView, quiz: Quiz, lead?: string): Promise<CommandReply> {
  const index = firstUnanswered(view);
  if (index >= 0) {
    // The chat sends one question at a time: now is when the learner sees it (fast answers are measured from here).
    await areas.learning.questionShown(learner, view.id, view.questions[index].id, 'chat');
    const question = questionText(view, index, quiz.title);
    return lead ? [`${lead}\n\n${question}`] : question;
  }
  const graded = await areas.learning.submit(learner, view.id);
  const result = await resultReply(areas, learner, graded, quiz);
  return lead ? [lead, ...result] : result;
}

/** The score, passed or not, the review the quiz's policy allows, and what to do next. */
export async function resultReply(areas: BotAreas, learner: Learner, view: AttemptView, quiz: Quiz): Promise<string[]> {
  const r = await areas.learning.resultSummary(learner, view, quiz);
  const lines = [`《${quiz.title}》已提交。`, `得分：${score(r.score)} 分（答对 ${r.correct}/${r.total} 题，及格线 ${r.passMark} 分）`];
  if (r.passed) {
    lines.push('🎉 恭喜，通过了！');
    if (r.certificate) lines.push(`您已完成《${r.certificate.courseTitle}》，证书编号 ${r.certificate.number}。发送“证书”查看验证码。`);
    else lines.push(r.moduleQuiz ? '发送“学习”或“测验”继续。' : '发送“进度”查看还差哪些内容。');
  } else {
    lines.push('很遗憾，这次没有通过。');
    lines.push(r.attemptsLeft > 0 ? `您还有 ${r.attemptsLeft} 次作答机会，可以复习后发送“测验”再试。` : '您的作答机会已用完，如需帮助请联系和创办。');
  }
  const blocks = [lines.join('\n')];
  if (view.review) {
    blocks.push('答案与解析：');
    view.review.forEach((item, i) => {
      const mine = item.chosen.length ? item.chosen.join('') : '未作答';
      const explanation = item.explanation ? `\n解析：${item.explanation}` : '';
      blocks.push(`${i + 1}. ${item.stem}\n${item.correct ? '✔ 答对' : '✘ 答错'}（您的答案 ${mine}，正确答案 ${item.right.join('')}）${explanation}`);
    });
  }
  return packBlocks(blocks);
}
