import { Types } from 'mongoose';
import { z } from 'zod';
import type { Actor, Audit } from '../audit/use-cases';
import type { Course, CourseModule } from '../courses/model';
import { isDuplicateKey } from '../db/mongo';
import { Conflict, Invalid, NotFound } from '../errors';
import { escapeRegex, objectId } from '../validation';
import type { Scope } from '../scope';
import { GRADING_METHODS, isPracticeQuestion, QUESTION_TYPES, QUESTION_USES, REVIEW_POLICIES, type QuestionUse } from './kinds';
import type { AttemptModel, Question, QuestionBank, QuestionBankModel, QuestionModel, QuestionType, Quiz, QuizModel } from './model';

/** What quiz authoring needs from the course area: courses and modules, read through its use cases. */
export interface CourseLookup {
  byId(id: Types.ObjectId | string): Promise<Course | null>;
  getModule(course: Course, moduleId: string): Promise<CourseModule>;
}

export interface QuizAuthoringDeps {
  QuestionBank: QuestionBankModel;
  Question: QuestionModel;
  Quiz: QuizModel;
  Attempt: AttemptModel;
  audit: Audit;
  courses: CourseLookup;
}

export const TRUE_FALSE_OPTIONS = ['正确', '错误'] as const;
export const QUESTION_TYPE_NAMES: Record<QuestionType, string> = { single: '单选', multiple: '多选', truefalse: '判断' };
export const MAX_OPTIONS = 8;

/** A, B, C … as learners answer in chat ("A" or "AC"). */
export const optionLetter = (index: number) => String.fromCharCode(65 + index);

export interface Problem {
  path: (string | number)[];
  message: string;
}

/**
 * The rules a question must keep so that it can be drawn, shown and graded: single → at least 2
 * options and one answer; multiple → at least 3 options and at least 2 answers; truefalse → the
 * options 正确/错误 and one answer; options distinct and non-empty; answers valid option indexes.
 */
export function questionProblems(q: { type: QuestionType; options?: string[]; answer: number[] }): Problem[] {
  const problems: Problem[] = [];
  const options = q.options ?? (q.type === 'truefalse' ? [...TRUE_FALSE_OPTIONS] : []);
  if (q.type === 'truefalse') {
    if (options.length !== 2 || options[0] !== TRUE_FALSE_OPTIONS[0] || options[1] !== TRUE_FALSE_OPTIONS[1]) {
      problems.push({ path: ['options'], message: '判断题的选项只能是“正确”“错误”（可不填）' });
    }
  } else {
    const least = q.type === 'single' ? 2 : 3;
    if (options.length < least) problems.push({ path: ['options'], message: `${QUESTION_TYPE_NAMES[q.type]}题至少需要${least}个选项` });
  }
  options.forEach((option, i) => {
    const first = options.indexOf(option);
    if (option === '') problems.push({ path: ['options', i], message: '选项不能为空' });
    else if (first < i) problems.push({ path: ['options', i], message: `与选项${optionLetter(first)}重复` });
  });
  const outOfRange = q.answer.filter((a) => a >= options.length);
  if (outOfRange.length) problems.push({ path: ['answer'], message: `答案${outOfRange.map(optionLetter).join('')}超出选项范围（共${options.length}个选项）` });
  if (new Set(q.answer).size !== q.answer.length) problems.push({ path: ['answer'], message: '答案不能重复' });
  if (q.type === 'multiple' && q.answer.length < 2) problems.push({ path: ['answer'], message: '多选题至少需要2个正确答案' });
  if (q.type !== 'multiple' && q.answer.length !== 1) problems.push({ path: ['answer'], message: `${QUESTION_TYPE_NAMES[q.type]}题只能有一个正确答案` });
  return problems;
}

const questionShape = {
  type: z.enum(QUESTION_TYPES),
  stem: z.string().trim().min(1, '题干不能为空').max(1000, '题干最多1000个字'),
  options: z.array(z.string().trim().max(200, '选项最多200个字')).max(MAX_OPTIONS, `最多${MAX_OPTIONS}个选项`),
  answer: z.array(z.number().int().min(0).max(MAX_OPTIONS - 1)).min(1, '请填写正确答案'),
  explanation: z.string().trim().max(2000, '解析最多2000个字'),
  /** exam (the default): drawn into quiz and exam papers; practice: asked only in practice, never drawn. */
  use: z.enum(QUESTION_USES),
};

/** A whole question. Truefalse options may be left out (they are always 正确/错误); answers come out sorted. */
export const questionInput = z
  .object({ ...questionShape, options: questionShape.options.optional(), explanation: questionShape.explanation.default(''), use: questionShape.use.default('exam') })
  .strict()
  .superRefine((q, ctx) => {
    for (const p of questionProblems(q)) ctx.addIssue({ code: 'custom', path: p.path, message: p.message });
  })
  .transform((q) => ({ ...q, options: q.options ?? [...TRUE_FALSE_OPTIONS], answer: [...q.answer].sort((a, b) => a - b) }));
export type QuestionInput = z.output<typeof questionInput>;

/** A change to a question; the merged result is checked against the same rules. */
export const questionPatch = z.object(questionShape).partial().strict();

export function validQuestion(value: unknown): QuestionInput {
  const parsed = questionInput.safeParse(value);
  if (!parsed.success) throw new Invalid('Invalid question', parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
  return parsed.data;
}

const code = z.string().trim().regex(/^[A-Za-z0-9-]{2,40}$/, '2 to 40 letters, digits or -');
export const bankInput = z.object({ code, title: z.string().trim().min(1).max(100), officeId: objectId.optional() }).strict();
export const bankPatch = z.object({ code, title: z.string().trim().min(1).max(100) }).partial().strict();

const drawInput = z.object({ bankId: objectId, count: z.number().int().min(1).max(200) }).strict();
const quizShape = {
  title: z.string().trim().min(1).max(100),
  draws: z.array(drawInput).min(1).max(20),
  shuffleQuestions: z.boolean(),
  shuffleOptions: z.boolean(),
  timeLimitMinutes: z.number().int().min(1).max(300),
  maxAttempts: z.number().int().min(1).max(20),
  passMark: z.number().min(0).max(100),
  grading: z.enum(GRADING_METHODS),
  review: z.enum(REVIEW_POLICIES),
};
/** moduleId null means the course's final exam; it has to be said, so a forgotten moduleId is a 400, not a final exam. */
export const quizInput = z
  .object({
    ...quizShape,
    courseId: objectId,
    moduleId: objectId.nullable(),
    title: quizShape.title.optional(),
    shuffleQuestions: quizShape.shuffleQuestions.default(true),
    shuffleOptions: quizShape.shuffleOptions.default(true),
    maxAttempts: quizShape.maxAttempts.default(3),
    passMark: quizShape.passMark.default(60),
    grading: quizShape.grading.default('highest'),
    review: quizShape.review.default('full'),
  })
  .strict();
export const quizPatch = z.object(quizShape).partial().strict();
type QuizSettings = z.infer<typeof quizPatch>;

// --- views ---

export const toBankView = (b: QuestionBank, questionCount: number, practiceCount = 0) => ({
  id: String(b._id),
  code: b.code,
  title: b.title,
  officeId: String(b.officeId),
  questionCount,
  /** Of questionCount, the practice questions (never drawn into a paper). */
  practiceCount,
});

/** Staff only: it carries the answers. */
export const toQuestionView = (q: Question) => ({
  id: String(q._id),
  bankId: String(q.bankId),
  type: q.type as QuestionType,
  stem: q.stem,
  options: [...q.options],
  answer: [...q.answer],
  explanation: q.explanation ?? '',
  use: (q.use ?? 'exam') as QuestionUse,
});

export const toQuizView = (q: Quiz) => ({
  id: String(q._id),
  courseId: String(q.courseId),
  moduleId: q.moduleId ? String(q.moduleId) : null,
  title: q.title,
  draws: q.draws.map((d) => ({ bankId: String(d.bankId), count: d.count })),
  questionCount: q.draws.reduce((sum, d) => sum + d.count, 0),
  shuffleQuestions: q.shuffleQuestions,
  shuffleOptions: q.shuffleOptions,
  timeLimitMinutes: q.timeLimitMinutes,
  maxAttempts: q.maxAttempts,
  passMark: q.passMark,
  grading: q.grading,
  review: q.review,
});

// --- banks ---

/** A bank outside the scope is reported as missing (never confirmed to exist). */
export async function getBankInScope(deps: Pick<QuizAuthoringDeps, 'QuestionBank'>, scope: Scope, id: string): Promise<QuestionBank> {
  const found = Types.ObjectId.isValid(id) ? ((await deps.QuestionBank.findById(id).lean()) as QuestionBank | null) : null;
  if (!found || !scope.has(found.officeId)) throw new NotFound('Question bank not found');
  return found;
}

/** Questions per bank; `use: 'exam'` counts only those a paper may draw (questions without a use are exam ones). */
export async function questionCounts(deps: Pick<QuizAuthoringDeps, 'Question'>, bankIds: Types.ObjectId[], options: { use?: QuestionUse } = {}): Promise<Map<string, number>> {
  if (!bankIds.length) return new Map();
  const use = options.use === 'exam' ? { use: { $ne: 'practice' } } : options.use === 'practice' ? { use: 'practice' } : {};
  const rows = await deps.Question.aggregate<{ _id: Types.ObjectId; n: number }>([{ $match: { bankId: { $in: bankIds }, ...use } }, { $group: { _id: '$bankId', n: { $sum: 1 } } }]);
  return new Map(rows.map((r) => [String(r._id), r.n]));
}

export async function listBanks(deps: QuizAuthoringDeps, scope: Scope, query: { q?: string; officeId?: string; page: number; pageSize: number }) {
  if (query.officeId && !scope.has(query.officeId)) throw new NotFound('Office not found');
  const filter = {
    officeId: query.officeId ? new Types.ObjectId(query.officeId) : { $in: scope.officeIds },
    ...(query.q ? { $or: ['code', 'title'].map((f) => ({ [f]: { $regex: escapeRegex(query.q!), $options: 'i' } })) } : {}),
  };
  const [banks, total] = await Promise.all([
    deps.QuestionBank.find(filter).sort({ _id: 1 }).skip((query.page - 1) * query.pageSize).limit(query.pageSize).lean() as Promise<QuestionBank[]>,
    deps.QuestionBank.countDocuments(filter),
  ]);
  const [counts, practice] = await Promise.all([questionCounts(deps, banks.map((b) => b._id)), questionCounts(deps, banks.map((b) => b._id), { use: 'practice' })]);
  return { total, page: query.page, pageSize: query.pageSize, items: banks.map((b) => toBankView(b, counts.get(String(b._id)) ?? 0, practice.get(String(b._id)) ?? 0)) };
}

export async function bankDetail(deps: QuizAuthoringDeps, bank: QuestionBank) {
  const questions = (await deps.Question.find({ bankId: bank._id }).sort({ _id: 1 }).lean()) as Question[];
  return { ...toBankView(bank, questions.length, questions.filter(isPracticeQuestion).length), questions: questions.map(toQuestionView) };
}

export async function createBank(deps: QuizAuthoringDeps, actor: Actor, scope: Scope, input: z.infer<typeof bankInput>): Promise<QuestionBank> {
  const officeId = input.officeId ?? String(scope.rootId);
  if (!scope.has(officeId)) throw new NotFound('Office not found');
  let created: QuestionBank;
  try {
    created = (await deps.QuestionBank.create({ code: input.code, title: input.title, officeId })).toObject() as QuestionBank;
  } catch (err) {
    if (isDuplicateKey(err)) throw new Conflict(`Question bank code ${input.code} is already used`);
    throw err;
  }
  await deps.audit.record(actor, { officeId: created.officeId, action: 'bank.create', entity: 'bank', entityId: String(created._id), after: toBankView(created, 0) });
  return created;
}

export async function updateBank(deps: QuizAuthoringDeps, actor: Actor, before: QuestionBank, changes: z.infer<typeof bankPatch>): Promise<QuestionBank> {
  try {
    await deps.QuestionBank.updateOne({ _id: before._id }, { $set: changes });
  } catch (err) {
    if (isDuplicateKey(err)) throw new Conflict(`Question bank code ${changes.code} is already used`);
    throw err;
  }
  const after = { ...before, ...changes };
  await deps.audit.record(actor, { officeId: before.officeId, action: 'bank.update', entity: 'bank', entityId: String(before._id), before, after });
  return after;
}

/** Refused while a quiz draws from the bank or an attempt's paper holds one of its questions. */
export async function deleteBank(deps: QuizAuthoringDeps, actor: Actor, bank: QuestionBank): Promise<void> {
  if (await deps.Quiz.exists({ 'draws.bankId': bank._id })) throw new Conflict('A quiz draws from this bank; change or delete that quiz first');
  const questions = (await deps.Question.find({ bankId: bank._id }).lean()) as Question[];
  if (questions.length && (await deps.Attempt.exists({ 'paper.questionId': { $in: questions.map((q) => q._id) } }))) {
    throw new Conflict('Learners have answered questions of this bank; it cannot be deleted');
  }
  await deps.Question.deleteMany({ bankId: bank._id });
  await deps.QuestionBank.deleteOne({ _id: bank._id });
  await deps.audit.record(actor, { officeId: bank.officeId, action: 'bank.delete', entity: 'bank', entityId: String(bank._id), before: { ...bank, questions } });
}

// --- questions ---

export async function getQuestion(deps: Pick<QuizAuthoringDeps, 'Question'>, bank: QuestionBank, id: string): Promise<Question> {
  const found = Types.ObjectId.isValid(id) ? ((await deps.Question.findById(id).lean()) as Question | null) : null;
  if (!found || String(found.bankId) !== String(bank._id)) throw new NotFound('Question not found');
  return found;
}

export async function createQuestion(deps: QuizAuthoringDeps, actor: Actor, bank: QuestionBank, input: QuestionInput): Promise<Question> {
  const created = (await deps.Question.create({ ...input, bankId: bank._id })).toObject() as Question;
  await deps.audit.record(actor, { officeId: bank.officeId, action: 'question.create', entity: 'question', entityId: String(created._id), after: toQuestionView(created) });
  return created;
}

const usedInAttempts = async (deps: Pick<QuizAuthoringDeps, 'Attempt'>, questionId: Types.ObjectId) => Boolean(await deps.Attempt.exists({ 'paper.questionId': questionId }));

/**
 * Merges the change into the question and checks the whole. Attempts freeze a question's option
 * order by index, so once a question has been drawn its type and number of options stay fixed
 * (texts, answer and explanation can still be corrected).
 */
export async function updateQuestion(
  deps: QuizAuthoringDeps,
  actor: Actor,
  bank: QuestionBank,
  before: Question,
  patch: z.infer<typeof questionPatch>,
): Promise<Question> {
  const type = patch.type ?? (before.type as QuestionType);
  // Switching to true/false without new options takes its fixed 正确/错误.
  const options = patch.options ?? (patch.type === 'truefalse' && before.type !== 'truefalse' ? undefined : [...before.options]);
  const beforeUse = (before.use ?? 'exam') as QuestionUse;
  const merged = validQuestion({ type, stem: patch.stem ?? before.stem, options, answer: patch.answer ?? [...before.answer], explanation: patch.explanation ?? before.explanation ?? '', use: patch.use ?? beforeUse });
  // Practice shows answers at once: a practice question made an exam question would carry its answer onto papers.
  if (beforeUse === 'practice' && merged.use === 'exam') throw new Conflict('练习题的答案已向学员展示，不能改为考试题；请新建一道考试题');
  if (beforeUse === 'exam' && merged.use === 'practice') await checkBankStillFillsDraws(deps, bank, 1);
  if ((merged.type !== before.type || merged.options.length !== before.options.length) && (await usedInAttempts(deps, before._id))) {
    throw new Conflict('Learners have answered this question; its type and number of options can no longer change. Add a new question instead.');
  }
  await deps.Question.updateOne({ _id: before._id }, { $set: merged });
  const after = { ...before, ...merged } as Question;
  await deps.audit.record(actor, { officeId: bank.officeId, action: 'question.update', entity: 'question', entityId: String(before._id), before: toQuestionView(before), after: toQuestionView(after) });
  return after;
}

/** Refused when a quiz would draw more exam questions from the bank than remain once `leaving` of them go. */
async function checkBankStillFillsDraws(deps: QuizAuthoringDeps, bank: QuestionBank, leaving: number): Promise<void> {
  const remaining = ((await questionCounts(deps, [bank._id], { use: 'exam' })).get(String(bank._id)) ?? 0) - leaving;
  const quizzes = (await deps.Quiz.find({ 'draws.bankId': bank._id }).lean()) as Quiz[];
  const short = quizzes.find((q) => q.draws.some((d) => String(d.bankId) === String(bank._id) && d.count > remaining));
  if (short) throw new Conflict(`The quiz "${short.title}" draws more questions from this bank than would remain; lower its count first`);
}

export async function deleteQuestion(deps: QuizAuthoringDeps, actor: Actor, bank: QuestionBank, question: Question): Promise<void> {
  if (await usedInAttempts(deps, question._id)) throw new Conflict('Learners have answered this question; it cannot be deleted');
  if (!isPracticeQuestion(question)) await checkBankStillFillsDraws(deps, bank, 1);
  await deps.Question.deleteOne({ _id: question._id });
  await deps.audit.record(actor, { officeId: bank.officeId, action: 'question.delete', entity: 'question', entityId: String(question._id), before: toQuestionView(question) });
}

// --- quizzes ---

/** A quiz is in scope when its course is. */
export async function getQuizInScope(deps: Pick<QuizAuthoringDeps, 'Quiz' | 'courses'>, scope: Scope, id: string): Promise<{ quiz: Quiz; course: Course }> {
  const quiz = Types.ObjectId.isValid(id) ? ((await deps.Quiz.findById(id).lean()) as Quiz | null) : null;
  const course = quiz ? await deps.courses.byId(quiz.courseId) : null;
  if (!quiz || !course || !scope.has(course.officeId)) throw new NotFound('Quiz not found');
  return { quiz, course };
}

export async function listCourseQuizzes(deps: Pick<QuizAuthoringDeps, 'Quiz'>, courseId: Types.ObjectId): Promise<Quiz[]> {
  return (await deps.Quiz.find({ courseId }).sort({ _id: 1 }).lean()) as Quiz[];
}

/**
 * Every draw names a bank in the scope, once, and asks for no more questions than the bank holds
 * now (a later deletion is refused while a quiz needs the questions, see deleteQuestion).
 */
export async function checkDraws(deps: QuizAuthoringDeps, scope: Scope, draws: { bankId: string; count: number }[]): Promise<void> {
  const banks = (await deps.QuestionBank.find({ _id: { $in: draws.map((d) => new Types.ObjectId(d.bankId)) } }).lean()) as QuestionBank[];
  const inScope = new Set(banks.filter((b) => scope.has(b.officeId)).map((b) => String(b._id)));
  // Only exam questions fill a draw: practice questions are never drawn.
  const counts = await questionCounts(deps, banks.map((b) => b._id), { use: 'exam' });
  const problems: { path: string; message: string }[] = [];
  draws.forEach((d, i) => {
    if (!inScope.has(d.bankId)) throw new NotFound('Question bank not found', [{ path: `draws.${i}.bankId`, message: 'No such bank in your scope' }]);
    if (draws.findIndex((other) => other.bankId === d.bankId) < i) problems.push({ path: `draws.${i}.bankId`, message: 'Each bank may be drawn from once; add up the counts' });
    const available = counts.get(d.bankId) ?? 0;
    if (d.count > available) problems.push({ path: `draws.${i}.count`, message: `The bank has only ${available} exam question(s)` });
  });
  if (problems.length) throw new Invalid('Invalid draws', problems);
}

const toDraws = (draws: { bankId: string; count: number }[]) => draws.map((d) => ({ bankId: new Types.ObjectId(d.bankId), count: d.count }));

/**
 * One quiz per module and one final exam per course: the unique (courseId, moduleId) index is the
 * guard (a null moduleId is the final exam); the check before it only gives the usual answer early.
 */
export async function createQuiz(deps: QuizAuthoringDeps, actor: Actor, scope: Scope, course: Course, input: z.infer<typeof quizInput>): Promise<Quiz> {
  let title = input.title ?? '结业考试';
  if (input.moduleId) {
    const module = await deps.courses.getModule(course, input.moduleId);
    title = input.title ?? `${module.title}测验`;
  }
  const moduleId = input.moduleId ? new Types.ObjectId(input.moduleId) : null;
  const taken = () => new Conflict(moduleId ? 'This module already has a quiz; change that one' : 'This course already has a final exam; change that one');
  if (await deps.Quiz.exists({ courseId: course._id, moduleId })) throw taken();
  await checkDraws(deps, scope, input.draws);
  const { courseId: _courseId, moduleId: _moduleId, title: _title, draws, ...settings } = input;
  let created: Quiz;
  try {
    created = (await deps.Quiz.create({ ...settings, title, courseId: course._id, moduleId, draws: toDraws(draws) })).toObject() as Quiz;
  } catch (err) {
    if (isDuplicateKey(err)) throw taken();
    throw err;
  }
  await deps.audit.record(actor, { officeId: course.officeId, action: 'quiz.create', entity: 'quiz', entityId: String(created._id), after: toQuizView(created) });
  return created;
}

/** Settings may change while attempts run: each attempt froze its paper at start. */
export async function updateQuiz(deps: QuizAuthoringDeps, actor: Actor, scope: Scope, course: Course, before: Quiz, changes: QuizSettings): Promise<Quiz> {
  if (changes.draws) await checkDraws(deps, scope, changes.draws);
  const set = { ...changes, ...(changes.draws ? { draws: toDraws(changes.draws) } : {}) };
  await deps.Quiz.updateOne({ _id: before._id }, { $set: set });
  const after = { ...before, ...set } as Quiz;
  await deps.audit.record(actor, { officeId: course.officeId, action: 'quiz.update', entity: 'quiz', entityId: String(before._id), before: toQuizView(before), after: toQuizView(after) });
  return after;
}

export async function deleteQuiz(deps: QuizAuthoringDeps, actor: Actor, course: Course, quiz: Quiz): Promise<void> {
  if (await deps.Attempt.exists({ quizId: quiz._id })) throw new Conflict('Learners have attempted this quiz; it cannot be deleted');
  await deps.Quiz.deleteOne({ _id: quiz._id });
  await deps.audit.record(actor, { officeId: course.officeId, action: 'quiz.delete', entity: 'quiz', entityId: String(quiz._id), before: toQuizView(quiz) });
}
