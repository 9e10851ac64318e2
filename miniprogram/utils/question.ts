/** One question answered outside a quiz (practice, the wrong-answer book): options to tick, then the feedback marks them. */

export const LETTERS = 'ABCDEFGH';
export const TYPE_NAMES: Record<string, string> = { single: '单选题', multiple: '多选题', truefalse: '判断题' };

export interface OptionRow {
  letter: string;
  text: string;
  selected: boolean;
  /** After the answer: the right option(s), and a chosen wrong one. */
  mark: '' | 'right' | 'wrong';
}

export interface FeedbackView {
  correct: boolean;
  title: string;
  /** 正确答案：C, or why it is not shown. */
  answerLine: string;
  explanation: string;
  note: string;
}

export interface FeedbackLike {
  correct: boolean;
  chosen: string[];
  right: string[] | null;
  explanation: string | null;
  alreadyAnswered: boolean;
  mastered: boolean;
}

export const optionRows = (options: string[]): OptionRow[] => options.map((text, i) => ({ letter: LETTERS[i], text, selected: false, mark: '' }));

/** Single choice and true/false keep one ticked; multiple choice toggles. */
export function toggle(rows: OptionRow[], letter: string, multiple: boolean): OptionRow[] {
  return rows.map((r) => (r.letter === letter ? { ...r, selected: multiple ? !r.selected : true } : multiple ? r : { ...r, selected: false }));
}

export const chosenLetters = (rows: OptionRow[]) => rows.filter((r) => r.selected).map((r) => r.letter).join('');

export function marked(rows: OptionRow[], f: FeedbackLike): OptionRow[] {
  const right = new Set(f.right ?? (f.correct ? f.chosen : []));
  const chosen = new Set(f.chosen);
  return rows.map((r) => ({ ...r, selected: chosen.has(r.letter), mark: right.has(r.letter) ? 'right' : chosen.has(r.letter) && !f.correct ? 'wrong' : '' }));
}

export function feedbackView(f: FeedbackLike): FeedbackView {
  const notes: string[] = [];
  if (f.alreadyAnswered) notes.push('这道题已经答过了，以第一次作答为准');
  if (f.mastered) notes.push('连续答对两次，已移出错题本');
  return {
    correct: f.correct,
    title: f.correct ? '回答正确' : '回答错误',
    answerLine: f.right ? `正确答案：${f.right.join('')}` : '这道题来自只公布分数的考试，答案暂不显示，到期复习时再试一次',
    explanation: f.explanation ?? '',
    note: notes.join('；'),
  };
}
