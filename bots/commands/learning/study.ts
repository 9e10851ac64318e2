import { NotFound } from '../../../src/errors';
import type { Lesson } from '../../../src/courses/model';
import { markLessonRead } from '../../../src/learning/progress';
import type { Command } from '../types';
import { allProgress, chunkText, lessonPage, privateOnly, resolveLearner } from './shared';

/**
 * 学习: sends the next unread lesson of the first course not yet complete, and records it read.
 * Long lessons go out as several messages of at most 500 characters.
 */
export const studyCommand: Command = {
  name: '学习',
  aliases: ['study'],
  usage: '学习',
  summary: '阅读下一节未学的课时（发送后记为已学）',
  async handle(ctx) {
    const refusal = privateOnly(ctx, '学习');
    if (refusal) return refusal;
    const session = await resolveLearner(ctx);
    const all = await allProgress(session);
    if (!all.length) return '目前还没有向您开放的课程，请留意和创办的通知。';
    const current = all.find((c) => !c.progress.complete);
    if (!current) return '您已完成全部课程，辛苦了！发送“证书”查看您的证书。';
    const { progress } = current;
    const mod = progress.modules.find((m) => m.lessons.some((l) => !l.read));
    const next = mod?.lessons.find((l) => !l.read);
    if (!mod || !next) return `《${progress.title}》的课时您都已学完。发送“测验”参加测验。`;

    const lesson = (await session.models.Lesson.findById(next.id).lean()) as Lesson | null;
    if (!lesson) throw new NotFound('课时不存在，请稍后再试');
    const after = await markLessonRead(session.learning, session.learner, lesson);
    const moduleDone = after.modules.find((m) => m.id === mod.id)?.lessons.every((l) => l.read) ?? false;
    const nextStep = after.lessonsRead === after.lessonsTotal || moduleDone ? '本模块的课时已学完，发送“测验”参加测验。' : '发送“学习”继续下一节。';

    const header = `《${progress.title}》${mod.title}｜${lesson.title}`;
    const footer = [`（已记为已学，课时 ${after.lessonsRead}/${after.lessonsTotal}）`, nextStep, `小程序页面：${lessonPage(String(lesson._id))}`].join('\n');
    return [...chunkText(`${header}\n\n${lesson.body}`), footer];
  },
};
