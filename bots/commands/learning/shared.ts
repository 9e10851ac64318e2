import type { AttemptView, QuestionView } from '../../../src/quizzes/attempt-views';
import type { CommandContext } from '../types';

/** WeChat shows long messages poorly; every reply chunk stays at or under this many characters. */
export const CHUNK_LIMIT = 500;

/** The mini-program page a lesson opens on (the chat shows the text; the page shows video and images). */
export const lessonPage = (lessonId: string) => `pages/lesson/index?id=${lessonId}`;
/** The public verification path a certificate's code opens. */
export const verifyPath = (code: string) => `/api/public/certificates/${code}`;

/**
 * Learning is personal (scores, certificates) and a quiz in a group could be answered by anyone
 * there: these commands work in private chat only. Returns the polite refusal, or undefined.
 */
export function privateOnly(ctx: Pick<CommandContext, 'room'>, command: string): string | undefined {
  return ctx.room ? `学习记录属于您个人，请私聊我发送“${command}”。` : undefined;
}

export const firstUnanswered = (view: AttemptView): number => view.questions.findIndex((q) => q.chosen.length === 0);

const TYPE_LABEL = { single: '单选题', multiple: '多选题', truefalse: '判断题' } as const;

export function howToAnswer(q: QuestionView): string {
  return q.type === 'multiple' ? '多选题回复如 AC，选出全部正确选项' : '请回复 A';
}

/** One question as a chat message: stem, options lettered A, B, C…, and how to answer. */
export function questionText(view: AttemptView, index: number, quizTitle: string): string {
  const q = view.questions[index];
  const options = q.options.map((o, i) => `${'ABCDEFGH'[i]}. ${o}`);
  const hint = q.type === 'multiple' ? howToAnswer(q) : `回复 ${'ABCDEFGH'.slice(0, q.options.length).split('').join(' 或 ')}`;
  return [`《${quizTitle}》第 ${index + 1}/${view.questions.length} 题（${TYPE_LABEL[q.type]}）`, q.stem, ...options, `（${hint}）`].join('\n');
}

/** 92.5 → "92.5", 100 → "100". */
export const score = (n: number) => String(Math.round(n * 10) / 10);

/**
 * Splits text into messages of at most `limit` characters (code points), at line breaks where it
 * can, mid-line only when a single line is longer than the limit.
 */
export function chunkText(text: string, limit = CHUNK_LIMIT): string[] {
  const chunks: string[] = [];
  let current: string[] = [];
  const flush = () => {
    const joined = current.join('');
    if (joined.trim()) chunks.push(joined.replace(/\n+$/u, ''));
    current = [];
  };
  for (const line of text.split(/(?<=\n)/u)) {
    const chars = [...line];
    if (current.length + chars.length <= limit) {
      current.push(...chars);
      continue;
    }
    flush();
    for (let i = 0; i < chars.length; i += limit) {
      current = chars.slice(i, i + limit);
      if (i + limit < chars.length) flush();
    }
  }
  flush();
  return chunks;
}

/** Joins blocks with blank lines into as few ≤limit chunks as fit, never splitting a block that fits whole. */
export function packBlocks(blocks: string[], limit = CHUNK_LIMIT): string[] {
  const out: string[] = [];
  let current = '';
  for (const block of blocks.flatMap((b) => chunkText(b, limit))) {
    const joined = current ? `${current}\n\n${block}` : block;
    if ([...joined].length <= limit) current = joined;
    else {
      if (current) out.push(current);
      current = block;
    }
  }
  if (current) out.push(current);
  return out;
}
