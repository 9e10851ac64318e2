import { nextLesson } from '../../../src/learning/rules';
import type { Command } from '../types';
import { beginReading, readReply } from './reading';
import { chunkText, privateOnly } from './shared';

/**
 * 学习: sends the next unread lesson of the first course not yet complete, and records it read.
 * Long lessons go out as several messages of at most 500 characters. With the lesson-time gate on
 * (LESSON_PRESENCE_SHARE), it sends the first piece only and 继续 reads on (./reading.ts).
 */
export const studyCommand: Command = {
  name: '学习',
  aliases: ['study'],
  usage: '学习',
  summary: '阅读下一节未学的课时，读完记为已学',
  async handle(ctx) {
    const refusal = privateOnly(ctx, '学习');
    if (refusal) return refusal;
    const { learning } = ctx.areas;
    const learner = await learning.learnerForChat(ctx.talker);
    const all = await learning.allProgress(learner);
    if (!all.length) return '目前还没有向您开放的课程，请留意和创办的通知。';
    const current = all.find((c) => !c.progress.complete);
    if (!current) return '您已完成全部课程，辛苦了！发送“证书”查看您的证书。';
    const { progress } = current;
    const next = nextLesson(progress);
    if (!next) return `《${progress.title}》的课时您都已学完。发送“测验”参加测验。`;

    const { lesson } = await learning.openLesson(learner, next.lesson.id);
    const header = `《${progress.title}》${next.module.title}｜${lesson.title}`;
    if (learning.lessonGateOn) return beginReading(ctx, learner, header, lesson);
    const after = await learning.completeLesson(learner, next.lesson.id);
    return [...chunkText(`${header}\n\n${lesson.body}`), readReply(after, next.module.id, String(lesson._id))];
  },
};
