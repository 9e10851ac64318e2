import { quizzesOf } from '../../../src/learning/rules';
import type { Command } from '../types';
import { privateOnly } from './shared';

/** 课程: the courses open to me, each with lessons read, quizzes passed and whether it is complete. */
export const coursesCommand: Command = {
  name: '课程',
  aliases: ['courses'],
  usage: '课程',
  summary: '查看向您开放的课程和学习进度',
  async handle(ctx) {
    const refusal = privateOnly(ctx, '课程');
    if (refusal) return refusal;
    const { learning } = ctx.areas;
    const all = await learning.allProgress(await learning.learnerForChat(ctx.talker));
    if (!all.length) return '目前还没有向您开放的课程，请留意和创办的通知。';
    const lines = all.map(({ progress: p }, i) => {
      const quizzes = quizzesOf(p);
      const state = p.complete ? '✅ 已完成' : '⏳ 学习中';
      return `${i + 1}. 《${p.title}》${state}\n   课时 ${p.lessonsRead}/${p.lessonsTotal}，测验通过 ${quizzes.filter((q) => q.passed).length}/${quizzes.length}`;
    });
    return ['您的课程：', ...lines, '', '发送“学习”继续学习，“测验”参加测验，“进度”查看详情。'].join('\n');
  },
};
