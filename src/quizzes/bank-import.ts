import type { Types } from 'mongoose';
import type { Actor } from '../audit/use-cases';
import { InvalidHeaders, MalformedFile, TooManyRows } from '../imports/errors';
import { parseTable, type TableRow } from '../imports/table';
import type { TemplateColumn } from '../imports/templates';
import { questionInput, toQuestionView, type QuestionInput, type QuizAuthoringDeps } from './authoring';
import type { QuestionBank, QuestionType } from './model';
import { QUESTION_TYPES, QUESTION_USES, type QuestionUse } from './kinds';

/** One line of the per-row report: `row` is the row Excel shows, or the 1-based position in a JSON array. */
export interface QuestionRowReport {
  row: number;
  status: 'created' | 'rejected' | 'skipped';
  id?: string;
  field?: string;
  reason?: string;
}

export interface QuestionImportReport {
  total: number;
  created: number;
  rejected: number;
  rows: QuestionRowReport[];
}

const LETTERS = ['A', 'B', 'C', 'D', 'E'] as const;
type OptionKey = `option${(typeof LETTERS)[number]}`;

/** The sheet columns, in Chinese, with the template's example row and notes. */
export const QUESTION_COLUMNS = {
  type: { header: '题型', example: '单选', note: '必填：单选 / 多选 / 判断' },
  stem: { header: '题干', example: '《实施意见》由哪个单位印发？', note: '必填，最多1000字' },
  optionA: { header: '选项A', example: '宁波市和谐企业创建工作领导小组办公室', note: '单选至少填2个选项，多选至少3个，从A起依次填写；判断题不填' },
  optionB: { header: '选项B', example: '宁波市人民政府办公厅', note: '同上' },
  optionC: { header: '选项C', example: '宁波市人力资源和社会保障局', note: '选填' },
  optionD: { header: '选项D', example: '宁波市市场监督管理局', note: '选填' },
  optionE: { header: '选项E', example: '', note: '选填' },
  answer: { header: '答案', example: 'A', note: '单选填一个字母，如 A；多选填多个字母，如 AC；判断填 正确 或 错误' },
  explanation: { header: '解析', example: '《实施意见》由市和创办于2019年4月2日印发。', note: '选填，答题后展示给学员' },
  use: { header: '用途', example: '', note: '选填：不填或填 考试（默认，可抽入测验和考试）或 练习（只在练习中出现，答后即显示答案）' },
} satisfies Record<'type' | 'stem' | OptionKey | 'answer' | 'explanation' | 'use', TemplateColumn>;

const TYPE_BY_NAME = new Map<string, QuestionType>([
  ['单选', 'single'],
  ['单选题', 'single'],
  ['多选', 'multiple'],
  ['多选题', 'multiple'],
  ['判断', 'truefalse'],
  ['判断题', 'truefalse'],
  ...QUESTION_TYPES.map((t) => [t, t] as [string, QuestionType]),
]);
const USE_BY_NAME = new Map<string, QuestionUse>([
  ['', 'exam'],
  ['考试', 'exam'],
  ['考试题', 'exam'],
  ['练习', 'practice'],
  ['练习题', 'practice'],
  ...QUESTION_USES.map((u) => [u, u] as [string, QuestionUse]),
]);
const TRUE_WORDS = new Set(['正确', '对', '是', '√', '✓', 'T', 'TRUE', 'Y']);
const FALSE_WORDS = new Set(['错误', '错', '否', '×', '✗', 'X', 'F', 'FALSE', 'N']);

/** "AC", "a, c", "Ａ、Ｃ" → [0, 2]; for true/false also 正确/错误 and the like. Undefined when unreadable. */
export function parseAnswerText(text: string, type: QuestionType | undefined): number[] | undefined {
  const cleaned = text.normalize('NFKC').trim().toUpperCase();
  if (type === 'truefalse' && TRUE_WORDS.has(cleaned)) return [0];
  if (type === 'truefalse' && FALSE_WORDS.has(cleaned)) return [1];
  const letters = cleaned.replace(/[\s,，、;；]/g, '');
  if (!letters || !/^[A-Z]+$/.test(letters)) return undefined;
  return [...letters].map((l) => l.charCodeAt(0) - 65);
}

type Parsed = { ok: true; value: QuestionInput } | { ok: false; field: string; reason: string };

/** Checks with the same rules as the admin API; the first problem names its field in the file's own terms. */
function check(input: Record<string, unknown>, fieldName: (path: PropertyKey[]) => string): Parsed {
  const parsed = questionInput.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, field: fieldName(issue.path), reason: issue.message };
}

const C = QUESTION_COLUMNS;
const optionHeader = (i: number) => C[`option${LETTERS[i] ?? 'A'}` as OptionKey].header;
const headerOf = (path: PropertyKey[]): string => {
  const [key, index] = path;
  if (key === 'options') return typeof index === 'number' ? optionHeader(index) : C.optionA.header;
  return (C as Record<string, TemplateColumn>)[String(key)]?.header ?? String(key);
};

/** The template's example row, left in by the user, is skipped rather than imported. */
const isExampleRow = (row: TableRow) => Object.values(C).every((c) => (row.values[c.header] ?? '') === (c.example ?? ''));

function fromSheetRow(row: TableRow): Parsed {
  const cell = (column: TemplateColumn) => row.values[column.header] ?? '';
  const type = TYPE_BY_NAME.get(cell(C.type));
  if (!type) return { ok: false, field: C.type.header, reason: '题型应为 单选、多选 或 判断' };
  const cells = LETTERS.map((_, i) => cell(C[`option${LETTERS[i]}` as OptionKey]));
  const last = cells.map((c) => c !== '').lastIndexOf(true);
  // Up to the last filled option, so a gap is reported as an empty option rather than closed up.
  const options = last < 0 && type === 'truefalse' ? undefined : cells.slice(0, last + 1);
  const answer = parseAnswerText(cell(C.answer), type);
  if (!answer) return { ok: false, field: C.answer.header, reason: cell(C.answer) ? '答案应填写选项字母，如 A 或 AC；判断题填 正确 或 错误' : '请填写答案' };
  const use = USE_BY_NAME.get(cell(C.use).trim());
  if (!use) return { ok: false, field: C.use.header, reason: '用途应为 考试 或 练习（不填为考试）' };
  return check({ type, stem: cell(C.stem), options, answer, explanation: cell(C.explanation), use }, headerOf);
}

/** JSON items take the API's shape; answers may be indexes or letters, types English or Chinese. */
function fromJsonItem(item: unknown): Parsed {
  if (!item || typeof item !== 'object' || Array.isArray(item)) return { ok: false, field: '', reason: '每一项应为一个题目对象' };
  const raw = item as Record<string, unknown>;
  const type = typeof raw.type === 'string' ? (TYPE_BY_NAME.get(raw.type.trim()) ?? raw.type) : raw.type;
  let answer = raw.answer;
  if (typeof answer === 'number') answer = [answer];
  if (typeof answer === 'string') answer = parseAnswerText(answer, type as QuestionType) ?? answer;
  const use = typeof raw.use === 'string' ? (USE_BY_NAME.get(raw.use.trim()) ?? raw.use) : (raw.use ?? 'exam');
  return check(
    { type, stem: raw.stem, options: raw.options ?? undefined, answer, explanation: raw.explanation ?? '', use },
    (path) => path.map(String).join('.'),
  );
}

/** By content first (a JSON array or object opens with [ or {), then by the .json name. */
export function looksLikeJson(data: Buffer, filename: string): boolean {
  const head = data.subarray(0, 64).toString('utf8').replace(/^\ufeff/, '').trimStart();
  return head.startsWith('[') || head.startsWith('{') || /\.json$/i.test(filename);
}

type Candidate = { row: number; parsed: Parsed } | { row: number; example: true };

async function readCandidates(data: Buffer, filename: string, maxRows: number): Promise<Candidate[]> {
  if (looksLikeJson(data, filename)) {
    let items: unknown;
    try {
      items = JSON.parse(data.toString('utf8').replace(/^\ufeff/, ''));
    } catch (err) {
      throw new MalformedFile(`The JSON file is malformed: ${(err as Error).message}`);
    }
    if (!Array.isArray(items)) throw new MalformedFile('A JSON import must be an array of questions: [{ "type", "stem", "options", "answer", "explanation" }, …]');
    if (items.length > maxRows) throw new TooManyRows(maxRows);
    return items.map((item, i) => ({ row: i + 1, parsed: fromJsonItem(item) }));
  }
  const table = await parseTable(data, filename, { maxRows });
  const missing = [C.type, C.stem, C.answer].map((c) => c.header).filter((h) => !table.headers.includes(h));
  if (missing.length) throw new InvalidHeaders(`Missing column(s): ${missing.join(', ')}. Use the template.`, { missing });
  return table.rows.map((row): Candidate => (isExampleRow(row) ? { row: row.rowNumber, example: true } : { row: row.rowNumber, parsed: fromSheetRow(row) }));
}

/**
 * Adds the valid questions of an XLSX/CSV sheet or a JSON array to a bank; every other row is
 * reported with its field and reason. A stem already in the bank, or earlier in the file, is
 * refused so that importing the same file twice adds nothing.
 */
export async function importQuestions(
  deps: QuizAuthoringDeps,
  actor: Actor,
  bank: QuestionBank,
  file: { data: Buffer; filename: string },
  options: { maxRows: number },
): Promise<QuestionImportReport> {
  const candidates = await readCandidates(file.data, file.filename, options.maxRows);
  const existing = new Set((await deps.Question.find({ bankId: bank._id }, { stem: 1 }).lean()).map((q) => q.stem));
  const firstRowOfStem = new Map<string, number>();
  const rows: QuestionRowReport[] = [];
  const valid: { row: number; question: QuestionInput }[] = [];
  const json = looksLikeJson(file.data, file.filename);
  const stemField = json ? 'stem' : C.stem.header;
  for (const candidate of candidates) {
    const { row } = candidate;
    if ('example' in candidate) {
      rows.push({ row, status: 'skipped', reason: '模板示例行' });
      continue;
    }
    const { parsed } = candidate;
    if (!parsed.ok) {
      rows.push({ row, status: 'rejected', field: parsed.field, reason: parsed.reason });
      continue;
    }
    const { stem } = parsed.value;
    const earlier = firstRowOfStem.get(stem);
    if (earlier !== undefined) {
      rows.push({ row, status: 'rejected', field: stemField, reason: `与第${earlier}${json ? '题' : '行'}题干重复` });
      continue;
    }
    if (existing.has(stem)) {
      rows.push({ row, status: 'rejected', field: stemField, reason: '题库中已有相同题干的题目' });
      continue;
    }
    firstRowOfStem.set(stem, row);
    valid.push({ row, question: parsed.value });
  }

  if (valid.length) {
    const inserted = await deps.Question.insertMany(valid.map((v) => ({ ...v.question, bankId: bank._id })));
    inserted.forEach((doc, i) => rows.push({ row: valid[i].row, status: 'created', id: String(doc._id as Types.ObjectId) }));
    await deps.audit.record(actor, {
      officeId: bank.officeId,
      action: 'bank.import',
      entity: 'bank',
      entityId: String(bank._id),
      after: { file: file.filename, questions: inserted.map((d) => toQuestionView(d.toObject())) },
    });
  }
  rows.sort((a, b) => a.row - b.row);
  return { total: rows.length, created: rows.filter((r) => r.status === 'created').length, rejected: rows.filter((r) => r.status === 'rejected').length, rows };
}
