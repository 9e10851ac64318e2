import { randomInt } from 'node:crypto';
import type { Types } from 'mongoose';
import { isPracticeQuestion } from './kinds';
import type { Question, QuestionType, Quiz } from './model';

/** Fisher–Yates with a cryptographic source, so papers cannot be predicted from earlier ones. */
export function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

export interface PaperItem {
  questionId: Types.ObjectId;
  type: QuestionType;
  /** optionOrder[displayIndex] = original option index */
  optionOrder: number[];
}

/**
 * Draws a paper for one attempt: N random exam questions per bank, then the settings' shuffles.
 * Practice questions are left out here, whatever the caller read: their answers are shown in
 * practice, so one on a paper would be an answer given away.
 */
export function drawPaper(quiz: Pick<Quiz, 'draws' | 'shuffleQuestions' | 'shuffleOptions'>, questionsByBank: Map<string, Question[]>): PaperItem[] {
  const drawn: Question[] = [];
  for (const draw of quiz.draws) {
    const pool = (questionsByBank.get(String(draw.bankId)) ?? []).filter((q) => !isPracticeQuestion(q));
    drawn.push(...shuffled(pool).slice(0, draw.count));
  }
  const ordered = quiz.shuffleQuestions ? shuffled(drawn) : drawn;
  return ordered.map((q) => {
    const natural = q.options.map((_, i) => i);
    // True/false keeps 正确 before 错误: shuffling two fixed words only confuses.
    const optionOrder = quiz.shuffleOptions && (q.type as QuestionType) !== 'truefalse' ? shuffled(natural) : natural;
    return { questionId: q._id, optionOrder, type: q.type as QuestionType };
  });
}

export const LETTERS = 'ABCDEFGH';

/** "AC" / ['A','C'] / [0,2] in display order → sorted original option indexes; undefined if not valid. */
export function parseChoice(input: string | readonly (string | number)[], item: PaperItem, type: QuestionType): number[] | undefined {
  const tokens = typeof input === 'string' ? [...input.toUpperCase().replace(/[\s,，、]/g, '')] : input.map((t) => (typeof t === 'string' ? t.toUpperCase() : t));
  const display = new Set<number>();
  for (const t of tokens) {
    const index = typeof t === 'number' ? t : LETTERS.indexOf(t);
    if (!Number.isInteger(index) || index < 0 || index >= item.optionOrder.length) return undefined;
    display.add(index);
  }
  if (display.size === 0) return undefined;
  if (type !== 'multiple' && display.size !== 1) return undefined;
  return [...display].map((d) => item.optionOrder[d]).sort((a, b) => a - b);
}

/** Right only when the chosen set equals the right set: ticking every option earns nothing. */
export function isCorrect(choice: readonly number[] | undefined, answer: readonly number[]): boolean {
  if (!choice) return false;
  const a = [...answer].sort((x, y) => x - y);
  const c = [...new Set(choice)].sort((x, y) => x - y);
  return a.length === c.length && a.every((v, i) => v === c[i]);
}
