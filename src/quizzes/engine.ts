import { Types } from 'mongoose';
import type { Clock } from '../clock';
import { isDuplicateKey } from '../db/mongo';
import { Conflict, Invalid, NotFound } from '../errors';
import type { Models } from '../models';
import { loadLearner, openCourse, type Learner } from '../learning/learner';
import type { Attempt, AttemptGrade, GradingMethod, Question, QuestionType, Quiz } from './model';
import { drawPaper, isCorrect, LETTERS, parseChoice, type PaperItem } from './paper';

export interface EngineDeps {
  clock: Clock;
  models: Models;
  /** Called after an attempt is graded (completion check, certificate). */
  onGraded?: (learner: Learner, grade: AttemptGrade) => Promise<void>;
  /** Called after an attempt starts (schedules the deadline job). */
  onStarted?: (attempt: Attempt) => Promise<void>;
}

export class AttemptClosed extends Conflict {
  override readonly code = 'attempt_closed';
}
export class NoAttemptsLeft extends Conflict {
  override readonly code = 'no_attempts_left';
}
export class InvalidChoice extends Invalid {
  override readonly code = 'invalid_choice';
}

export interface QuestionView {
  id: string;
  type: QuestionType;
  stem: string;
  /** In this attempt's display order, labelled A, B, C… by position. */
  options: string[];
  chosen: string[];
}

export interface ReviewItem extends QuestionView {
  right: string[];
  correct: boolean;
  explanation: string;
}

export interface GradeView {
  score: number;
  correct: number;
  total: number;
  passed: boolean;
  auto: boolean;
  gradedAt: string;
}

export interface AttemptView {
  id: string;
  quizId: string;
  number: number;
  startedAt: string;
  deadline: string;
  status: 'open' | 'graded';
  questions: QuestionView[];
  result?: GradeView;
  /** Only after grading, and only when the quiz's review policy is 'full'. */
  review?: ReviewItem[];
}

const letters = (displayIndexes: number[]) => displayIndexes.sort((a, b) => a - b).map((i) => LETTERS[i]);
const toDisplay = (item: PaperItem, original: readonly number[]) => original.map((o) => item.optionOrder.indexOf(o));

async function loadQuiz(deps: EngineDeps, quizId: Types.ObjectId | string): Promise<Quiz> {
  const quiz = Types.ObjectId.isValid(String(quizId)) ? ((await deps.models.Quiz.findById(quizId).lean()) as Quiz | null) : null;
  if (!quiz) throw new NotFound('测验不存在');
  return quiz;
}

async function loadOwnAttempt(deps: EngineDeps, learner: Learner, attemptId: string): Promise<Attempt> {
  const attempt = Types.ObjectId.isValid(attemptId) ? ((await deps.models.Attempt.findById(attemptId).lean()) as Attempt | null) : null;
  if (!attempt || String(attempt.learnerId) !== String(learner.id)) throw new NotFound('作答记录不存在');
  return attempt;
}

async function questionsOf(deps: EngineDeps, attempt: Attempt): Promise<Map<string, Question>> {
  const rows = (await deps.models.Question.find({ _id: { $in: attempt.paper.map((p) => p.questionId) } }).lean()) as Question[];
  return new Map(rows.map((q) => [String(q._id), q]));
}

async function answersOf(deps: EngineDeps, attemptId: Types.ObjectId): Promise<Map<string, number[]>> {
  const rows = await deps.models.AttemptAnswer.find({ attemptId }).lean();
  return new Map(rows.map((a) => [String(a.questionId), a.choice]));
}

const gradeOf = async (deps: EngineDeps, attemptId: Types.ObjectId) => (await deps.models.AttemptGrade.findById(attemptId).lean()) as AttemptGrade | null;

/** The paper as the learner sees it: shuffled options, their own choices, never the answers unless graded with full review. */
export async function attemptView(deps: EngineDeps, attempt: Attempt, quiz?: Quiz): Promise<AttemptView> {
  const [questions, answers, grade] = await Promise.all([questionsOf(deps, attempt), answersOf(deps, attempt._id), gradeOf(deps, attempt._id)]);
  const items = attempt.paper.map((item) => {
    const q = questions.get(String(item.questionId))!;
    const chosen = answers.get(String(item.questionId));
    return { item, q, view: { id: String(q._id), type: q.type as QuestionType, stem: q.stem, options: item.optionOrder.map((o) => q.options[o]), chosen: chosen ? letters(toDisplay(item, chosen)) : [] } };
  });
  const view: AttemptView = {
    id: String(attempt._id),
    quizId: String(attempt.quizId),
    number: attempt.number,
    startedAt: attempt.startedAt.toISOString(),
    deadline: attempt.deadline.toISOString(),
    status: grade ? 'graded' : 'open',
    questions: items.map((i) => i.view),
  };
  if (grade) {
    view.result = { score: grade.score, correct: grade.correct, total: grade.total, passed: grade.passed, auto: grade.auto, gradedAt: grade.gradedAt.toISOString() };
    const policy = (quiz ?? (await loadQuiz(deps, attempt.quizId))).review;
    if (policy === 'full') {
      view.review = items.map(({ item, q, view: v }) => ({
        ...v,
        right: letters(toDisplay(item, q.answer)),
        correct: isCorrect(answers.get(String(q._id)), q.answer),
        explanation: q.explanation,
      }));
    }
  }
  return view;
}

/** The learner's open (ungraded, not overdue) attempt at a quiz, if any. */
async function openAttempt(deps: EngineDeps, learner: Learner, quiz: Quiz): Promise<Attempt | null> {
  const attempts = (await deps.models.Attempt.find({ learnerId: learner.id, quizId: quiz._id }).sort({ number: -1 }).lean()) as Attempt[];
  const latest = attempts[0];
  if (!latest || (await gradeOf(deps, latest._id))) return null;
  if (latest.deadline.getTime() <= deps.clock.now().getTime()) {
    await gradeAttempt(deps, latest, { auto: true, learner });
    return null;
  }
  return latest;
}

/**
 * Starts an attempt, or resumes the open one. The attempt number is the guard: (learner, quiz,
 * number) is unique, so two concurrent starts cannot both take the last allowed attempt.
 */
export async function startAttempt(deps: EngineDeps, learner: Learner, quizId: string): Promise<AttemptView> {
  const quiz = await loadQuiz(deps, quizId);
  await openCourse(deps.models, learner, quiz.courseId);
  for (let tries = 0; tries < 5; tries++) {
    const open = await openAttempt(deps, learner, quiz);
    if (open) return attemptView(deps, open, quiz);
    const used = await deps.models.Attempt.countDocuments({ learnerId: learner.id, quizId: quiz._id });
    if (used >= quiz.maxAttempts) throw new NoAttemptsLeft(`已用完全部 ${quiz.maxAttempts} 次作答机会`);
    const bankIds = quiz.draws.map((d) => d.bankId);
    const pool = (await deps.models.Question.find({ bankId: { $in: bankIds } }).lean()) as Question[];
    const byBank = new Map<string, Question[]>();
    for (const q of pool) byBank.set(String(q.bankId), [...(byBank.get(String(q.bankId)) ?? []), q]);
    const now = deps.clock.now();
    try {
      const created = (
        await deps.models.Attempt.create({
          learnerId: learner.id,
          quizId: quiz._id,
          courseId: quiz.courseId,
          number: used + 1,
          startedAt: now,
          deadline: new Date(now.getTime() + quiz.timeLimitMinutes * 60_000),
          paper: drawPaper(quiz, byBank),
        })
      ).toObject() as Attempt;
      await deps.onStarted?.(created);
      return attemptView(deps, created, quiz);
    } catch (err) {
      // Someone else (another tab, the chat) took this number first: look again.
      if (!isDuplicateKey(err)) throw err;
    }
  }
  throw new Conflict('请稍后再试');
}

export async function getAttempt(deps: EngineDeps, learner: Learner, attemptId: string): Promise<AttemptView> {
  return attemptView(deps, await loadOwnAttempt(deps, learner, attemptId));
}

/** Saves (or replaces) the answer to one question; one record per (attempt, question). */
export async function saveAnswer(deps: EngineDeps, learner: Learner, attemptId: string, questionId: string, choice: string | (string | number)[]): Promise<void> {
  const attempt = await loadOwnAttempt(deps, learner, attemptId);
  const now = deps.clock.now();
  if (await gradeOf(deps, attempt._id)) throw new AttemptClosed('本次作答已提交');
  if (attempt.deadline.getTime() <= now.getTime()) throw new AttemptClosed('作答时间已到，不能再修改答案');
  const item = attempt.paper.find((p) => String(p.questionId) === questionId);
  if (!item) throw new NotFound('本次作答中没有这道题');
  // Papers drawn before the type rode along need the question read.
  const type = (item.type ?? (await deps.models.Question.findById(item.questionId, { type: 1 }).lean())!.type) as QuestionType;
  const parsed = parseChoice(choice, item, type);
  if (!parsed) {
    const range = LETTERS.slice(0, item.optionOrder.length);
    throw new InvalidChoice(type === 'multiple' ? `请回复选项字母，可多选，例如 AC（可选 ${range}）` : `请回复一个选项字母（可选 ${range.split('').join('、')}）`);
  }
  const filter = { attemptId: attempt._id, questionId: item.questionId };
  try {
    await deps.models.AttemptAnswer.updateOne(filter, { $set: { choice: parsed, savedAt: now } }, { upsert: true });
  } catch (err) {
    // Two saves of the same question raced to create it: the record exists now, so update it.
    if (!isDuplicateKey(err)) throw err;
    await deps.models.AttemptAnswer.updateOne(filter, { $set: { choice: parsed, savedAt: now } });
  }
}

/**
 * Grades an attempt with the answers saved so far. The grade's _id is the attempt id, so a double
 * submit, a submit racing the deadline job, or a retried job all end with one grade.
 */
export async function gradeAttempt(deps: EngineDeps, attempt: Attempt, options: { auto: boolean; learner?: Learner }): Promise<AttemptGrade> {
  const existing = await gradeOf(deps, attempt._id);
  if (existing) return existing;
  const [quiz, questions, answers] = await Promise.all([loadQuiz(deps, attempt.quizId), questionsOf(deps, attempt), answersOf(deps, attempt._id)]);
  const total = attempt.paper.length;
  const correct = attempt.paper.filter((p) => isCorrect(answers.get(String(p.questionId)), questions.get(String(p.questionId))?.answer ?? [])).length;
  const score = total ? Math.round((correct / total) * 1000) / 10 : 0;
  const grade: AttemptGrade = {
    _id: attempt._id,
    learnerId: attempt.learnerId,
    quizId: attempt.quizId,
    courseId: attempt.courseId,
    number: attempt.number,
    correct,
    total,
    score,
    passed: score >= quiz.passMark,
    gradedAt: deps.clock.now(),
    auto: options.auto,
  };
  try {
    await deps.models.AttemptGrade.create(grade);
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
    return (await gradeOf(deps, attempt._id))!;
  }
  if (deps.onGraded) await deps.onGraded(options.learner ?? (await loadLearner(deps.models, attempt.learnerId)), grade);
  return grade;
}

export async function submitAttempt(deps: EngineDeps, learner: Learner, attemptId: string): Promise<AttemptView> {
  const attempt = await loadOwnAttempt(deps, learner, attemptId);
  const overdue = attempt.deadline.getTime() <= deps.clock.now().getTime();
  await gradeAttempt(deps, attempt, { auto: overdue, learner });
  return attemptView(deps, attempt);
}

/** Grades every attempt past its deadline that nobody submitted; the deadline job runs this. */
export async function gradeOverdueAttempts(deps: EngineDeps, limit = 200): Promise<number> {
  const overdue = (await deps.models.Attempt.find({ deadline: { $lte: deps.clock.now() } }).sort({ deadline: 1 }).lean()) as Attempt[];
  const graded = new Set((await deps.models.AttemptGrade.find({ _id: { $in: overdue.map((a) => a._id) } }, { _id: 1 }).lean()).map((g) => String(g._id)));
  let count = 0;
  for (const attempt of overdue.filter((a) => !graded.has(String(a._id))).slice(0, limit)) {
    await gradeAttempt(deps, attempt, { auto: true });
    count++;
  }
  return count;
}

export async function gradeOverdueAttempt(deps: EngineDeps, attemptId: string): Promise<boolean> {
  const attempt = (await deps.models.Attempt.findById(attemptId).lean()) as Attempt | null;
  if (!attempt || attempt.deadline.getTime() > deps.clock.now().getTime()) return false;
  await gradeAttempt(deps, attempt, { auto: true });
  return true;
}

export interface QuizStanding {
  attemptsUsed: number;
  attemptsLeft: number;
  /** By the quiz's grading method over graded attempts; null before any. */
  result: number | null;
  passed: boolean;
  grading: GradingMethod;
}

export function standingFrom(quiz: Quiz, attemptsUsed: number, grades: AttemptGrade[]): QuizStanding {
  const byNumber = [...grades].sort((a, b) => a.number - b.number);
  let result: number | null = null;
  if (byNumber.length) {
    const scores = byNumber.map((g) => g.score);
    const method = quiz.grading as GradingMethod;
    result = method === 'last' ? scores[scores.length - 1] : method === 'average' ? Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 10) / 10 : Math.max(...scores);
  }
  return {
    attemptsUsed,
    attemptsLeft: Math.max(0, quiz.maxAttempts - attemptsUsed),
    result,
    passed: result !== null && result >= quiz.passMark,
    grading: quiz.grading as GradingMethod,
  };
}

export async function quizStanding(deps: EngineDeps, learner: Learner, quiz: Quiz): Promise<QuizStanding> {
  const [used, grades] = await Promise.all([
    deps.models.Attempt.countDocuments({ learnerId: learner.id, quizId: quiz._id }),
    deps.models.AttemptGrade.find({ learnerId: learner.id, quizId: quiz._id }).lean() as Promise<AttemptGrade[]>,
  ]);
  return standingFrom(quiz, used, grades);
}

export async function attemptHistory(deps: EngineDeps, learner: Learner, quizId: string) {
  const quiz = await loadQuiz(deps, quizId);
  const attempts = (await deps.models.Attempt.find({ learnerId: learner.id, quizId: quiz._id }).sort({ number: 1 }).lean()) as Attempt[];
  const grades = new Map(((await deps.models.AttemptGrade.find({ _id: { $in: attempts.map((a) => a._id) } }).lean()) as AttemptGrade[]).map((g) => [String(g._id), g]));
  return {
    standing: standingFrom(quiz, attempts.length, [...grades.values()]),
    attempts: attempts.map((a) => {
      const g = grades.get(String(a._id));
      return { id: String(a._id), number: a.number, startedAt: a.startedAt.toISOString(), status: g ? 'graded' : 'open', score: g?.score ?? null, passed: g?.passed ?? null };
    }),
  };
}
