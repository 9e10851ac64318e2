import type { Certificate } from '../../../src/certificates/model';
import { NotFound } from '../../../src/errors';
import { submitAttempt, type AttemptView } from '../../../src/quizzes/engine';
import type { Quiz } from '../../../src/quizzes/model';
import type { CommandReply } from '../types';
import { firstUnanswered, packBlocks, questionText, score, type LearnerSession } from './shared';

export async function loadQuiz(s: LearnerSession, quizId: string): Promise<Quiz> {
  const quiz = (await s.models.Quiz.findById(quizId).lean()) as Quiz | null;
  if (!quiz) throw new NotFound('测验不存在');
  return quiz;
}

/**
 * Where an open attempt stands, as the next message: its first unanswered question, or, once
 * every question has an answer (here or in the mini-program), the submitted result.
 */
export async function continueAttempt(s: LearnerSession, view: AttemptView, quiz: Quiz, lead?: string): Promise<CommandReply> {
  const index = firstUnanswered(view);
  if (index >= 0) {
    const question = questionText(view, index, quiz.title);
    return lead ? [`${lead}\n\n${question}`] : question;
  }
  const graded = await submitAttempt(s.learning, s.learner, view.id);
  const result = await resultReply(s, graded, quiz);
  return lead ? [lead, ...result] : result;
}

/** The score, passed or not, the review the quiz's policy allows, and what to do next. */
export async function resultReply(s: LearnerSession, view: AttemptView, quiz: Quiz): Promise<string[]> {
  const r = view.result;
  if (!r) throw new NotFound('作答尚未评分');
  const lines = [`《${quiz.title}》已提交。`, `得分：${score(r.score)} 分（答对 ${r.correct}/${r.total} 题，及格线 ${quiz.passMark} 分）`];
  if (r.passed) {
    lines.push('🎉 恭喜，通过了！');
    const cert = (await s.models.Certificate.findOne({ learnerId: s.learner.id, courseId: quiz.courseId }).lean()) as Certificate | null;
    if (cert && !cert.revokedAt) lines.push(`您已完成《${cert.courseTitle}》，证书编号 ${cert.number}。发送“证书”查看验证码。`);
    else lines.push(quiz.moduleId ? '发送“学习”或“测验”继续。' : '发送“进度”查看还差哪些内容。');
  } else {
    const used = await s.models.Attempt.countDocuments({ learnerId: s.learner.id, quizId: quiz._id });
    const left = Math.max(0, quiz.maxAttempts - used);
    lines.push('很遗憾，这次没有通过。');
    lines.push(left > 0 ? `您还有 ${left} 次作答机会，可以复习后发送“测验”再试。` : '您的作答机会已用完，如需帮助请联系和创办。');
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
