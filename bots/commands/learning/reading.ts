import type { CourseProgress } from '../../../src/learning/progress';
import type { Learner } from '../../../src/learning/learner';
import type { Lesson } from '../../../src/courses/use-cases';
import { LessonTimeShort } from '../../../src/integrity/errors';
import type { Command, CommandContext } from '../types';
import { CHUNK_LIMIT, chunkText, lessonPage, privateOnly } from './shared';

/** Room under each piece for the line that says where the learner is and what to send next. */
const FOOTER_ROOM = 40;

/** A lesson's text in the pieces the chat sends one at a time (the same split every time it is asked). */
export const lessonPieces = (body: string): string[] => {
  const pieces = chunkText(body, CHUNK_LIMIT - FOOTER_ROOM);
  return pieces.length ? pieces : [''];
};

/** Piece `k` (0-based) with where it stands and what to send next. */
export function pieceText(pieces: string[], k: number): string {
  const n = pieces.length;
  const footer = k + 1 < n ? `（第 ${k + 1}/${n} 段）发送“继续”阅读下一段。` : n > 1 ? `（第 ${n}/${n} 段，完）读完后发送“继续”记为已学。` : '（全文完）读完后发送“继续”记为已学。';
  return `${pieces[k]}\n\n${footer}`;
}

/** What the learner hears once a lesson is recorded read: the count, the next step and the page in the mini-program. */
export function readReply(after: CourseProgress, moduleId: string, lessonId: string): string {
  const moduleDone = after.modules.find((m) => m.id === moduleId)?.lessons.every((l) => l.read) ?? false;
  const nextStep = after.lessonsRead === after.lessonsTotal || moduleDone ? '本模块的课时已学完，发送“测验”参加测验。' : '发送“学习”继续下一节。';
  return [`（已记为已学，课时 ${after.lessonsRead}/${after.lessonsTotal}）`, nextStep, `小程序页面：${lessonPage(lessonId)}`].join('\n');
}

/**
 * With the lesson-time gate on (LESSON_PRESENCE_SHARE), 学习 sends a lesson one piece at a time
 * and starts the reading; the time until each 继续 counts as presence (src/integrity/chat-reading.ts).
 */
export async function beginReading(ctx: Pick<CommandContext, 'areas'>, learner: Learner, header: string, lesson: Pick<Lesson, '_id' | 'body' | 'minutes'>): Promise<string[]> {
  const pieces = lessonPieces(lesson.body);
  await ctx.areas.learning.beginChatReading(learner, lesson, pieces.map((p) => [...p].length));
  return [`${header}（约 ${lesson.minutes} 分钟）`, pieceText(pieces, 0)];
}

/**
 * 继续 / 下一段: the next piece of the lesson being read; after the last piece, records the lesson
 * read once the learner was present long enough, else says how many minutes more it needs.
 */
export const readOnCommand: Command = {
  name: '继续',
  aliases: ['下一段'],
  usage: '继续',
  summary: '阅读课时的下一段；读完最后一段后记为已学',
  async handle(ctx) {
    const refusal = privateOnly(ctx, '继续');
    if (refusal) return refusal;
    const { learning } = ctx.areas;
    const learner = await learning.learnerForChat(ctx.talker);
    const at = await learning.readOnInChat(learner);
    if (!at) return '您现在没有正在阅读的课时。发送“学习”阅读下一节。';
    const { lesson } = await learning.openLesson(learner, at.lessonId);
    const pieces = lessonPieces(lesson.body);
    if (!at.done) return pieceText(pieces, Math.min(at.part, pieces.length - 1));
    let after: CourseProgress;
    try {
      after = await learning.completeLesson(learner, at.lessonId);
    } catch (err) {
      if (!(err instanceof LessonTimeShort)) throw err;
      return `${err.message}\n请再仔细读一读上面的内容，稍后发送“继续”。`;
    }
    await learning.finishChatReading(learner);
    return readReply(after, String(lesson.moduleId), String(lesson._id));
  },
};
