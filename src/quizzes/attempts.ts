import { Types } from 'mongoose';
import type { Clock } from '../clock';
import { anyOf, isDuplicateKey } from '../db/mongo';
import { Conflict, NotFound } from '../errors';
import { attemptView, historyView, standingFrom, type AttemptView, type QuizStanding } from './attempt-views';
import { AttemptClosed, InvalidChoice, NoAttemptsLeft } from './engine-errors';
import type { Attempt, AttemptAnswerModel, AttemptGrade, AttemptGradeModel, AttemptModel, Question, QuestionModel, Quiz, QuizModel } from './model';
import { drawPaper, isCorrect, LETTERS, parseChoice } from './paper';

/**
 * The attempt engine: frozen papers, answers, grading once. It knows learners only by id and
 * enforces no course rules (learning does, before it calls start).
 */
export interface AttemptDeps {
  clock: Clock;
  Quiz: QuizModel;
  Question: QuestionModel;
  Attempt: AttemptModel;
  AttemptAnswer: AttemptAnswerModel;
  AttemptGrade: AttemptGradeModel;
  /** After a new grade exists (completion check, certificate, the wrong-answer book), with the quiz and questions grading read. */
  onGraded: (grade: AttemptGrade, read: { quiz: Quiz; questions: Map<string, Question> }) => Promise<void>;
  /** After an attempt starts, or is resumed: schedules its deadline job (idempotent by job id). */
  scheduleDeadline: (attempt: Pick<Attempt, '_id' | 'deadline'>) => Promise<void>;
  logger: { warn(obj: object, msg: string): void };
  /** A quiz by id (the quizzes area serves it from its content cache). */
  findQuiz: (id: Types.ObjectId | string) => Promise<Quiz | null>;
}

const validId = (id: string) => Types.ObjectId.isValid(id) && /^[0-9a-f]{24}$/i.test(id);
/** Everything but the paper: what scans and listings need. */
const WITHOUT_PAPER = { paper: 0 } as const;
/** Grades without the choices they counted: what standings and histories need. */
const WITHOUT_COUNTED = { answers: 0 } as const;

export async function loadQuiz(deps: Pick<AttemptDeps, 'findQuiz'>, quizId: Types.ObjectId | string): Promise<Quiz> {
  const quiz = validId(String(quizId)) ? await deps.findQuiz(quizId) : null;
  if (!quiz) throw new NotFound('测验不存在');
  return quiz;
}

/**
 * The learner's hottest reads and writes (an answer saved every few seconds per learner) go to the
 * driver's collection with filters built from typed values: mongoose's query building and casting
 * cost this process about a third of its CPU on them (bench/quiz-burst.ts), and nothing here needs
 * a cast.
 */
async function loadOwnAttempt(deps: AttemptDeps, learnerId: Types.ObjectId, attemptId: string): Promise<Attempt> {
  const attempt = validId(attemptId) ? ((await deps.Attempt.collection.findOne({ _id: new Types.ObjectId(attemptId) })) as Attempt | null) : null;
  if (!attempt || String(attempt.learnerId) !== String(learnerId)) throw new NotFound('作答记录不存在');
  return attempt;
}

async function questionsOf(deps: AttemptDeps, attempt: Attempt): Promise<Map<string, Question>> {
  const rows = (await deps.Question.find({ _id: { $in: attempt.paper.map((p) => p.questionId) } }).lean()) as Question[];
  return new Map(rows.map((q) => [String(q._id), q]));
}

/** The quiz's question pool: one read of the banks it draws from. */
async function poolOf(deps: AttemptDeps, quiz: Quiz): Promise<Question[]> {
  return (await deps.Question.find({ bankId: anyOf(quiz.draws.map((d) => d.bankId)) }).lean()) as Question[];
}

async function answersOf(deps: AttemptDeps, attemptId: Types.ObjectId): Promise<Map<string, number[]>> {
  const rows = await deps.AttemptAnswer.find({ attemptId }).lean();
  return new Map(rows.map((a) => [String(a.questionId), a.choice]));
}

const gradeOf = async (deps: Pick<AttemptDeps, 'AttemptGrade'>, attemptId: Types.ObjectId) => (await deps.AttemptGrade.findById(attemptId).lean()) as AttemptGrade | null;

/** The choices a grade counted, when it recorded them. */
const countedAnswers = (grade: AttemptGrade): Map<string, number[]> | null => (grade.answers ? new Map(grade.answers.map((a) => [String(a.questionId), a.choice])) : null);

/**
 * Whether an attempt still takes answers, from the attempt's own flag. An attempt is marked
 * closed right after its grade is written; attempts from before the flag existed ask the grade.
 * (A save landing between the two writes is kept but never counted: the grade holds its choices.)
 */
async function takesAnswers(deps: AttemptDeps, attempt: Pick<Attempt, '_id' | 'open'>): Promise<boolean> {
  if (attempt.open === false) return false;
  return attempt.open === true || !(await gradeOf(deps, attempt._id));
}

export async function viewOf(deps: AttemptDeps, attempt: Attempt, quiz?: Quiz): Promise<AttemptView> {
  const [questions, saved, grade, shownQuiz] = await Promise.all([questionsOf(deps, attempt), answersOf(deps, attempt._id), gradeOf(deps, attempt._id), quiz ?? loadQuiz(deps, attempt.quizId)]);
  return attemptView(attempt, shownQuiz, questions, (grade && countedAnswers(grade)) ?? saved, grade);
}

/**
 * The learner's open attempt at a quiz, from one read of their attempts at it (at most
 * maxAttempts, papers included so resuming needs no second read), and how many they used.
 * An overdue one is graded on the way.
 */
async function standingAt(deps: AttemptDeps, learnerId: Types.ObjectId, quiz: Quiz): Promise<{ open: AttemptView | null; openAttempt: Attempt | null; used: number }> {
  const mine = (await deps.Attempt.find({ learnerId, quizId: quiz._id }).lean()) as Attempt[];
  const latest = mine.reduce<Attempt | null>((a, b) => (!a || b.number > a.number ? b : a), null);
  if (!latest || !(await takesAnswers(deps, latest))) return { open: null, openAttempt: null, used: mine.length };
  if (latest.deadline.getTime() <= deps.clock.now().getTime()) {
    await gradeAttempt(deps, latest, { auto: true });
    return { open: null, openAttempt: null, used: mine.length };
  }
  const view = await viewOf(deps, latest, quiz);
  if (view.status === 'open') return { open: view, openAttempt: latest, used: mine.length };
  // Graded, but the write that closes it was lost (a crash between the two): close it now.
  await deps.Attempt.updateOne({ _id: latest._id }, { $set: { open: false } });
  return { open: null, openAttempt: null, used: mine.length };
}

/**
 * Starts an attempt, or resumes the open one. The attempt number is the guard: (learner, quiz,
 * number) is unique, so two concurrent starts cannot both take the last allowed attempt. A new
 * attempt counts from the moment it is written: if its deadline job cannot be queued the caller
 * hears so (503), and the overdue scan still closes it on time.
 */
export async function startAttempt(deps: AttemptDeps, learnerId: Types.ObjectId, quiz: Quiz): Promise<AttemptView> {
  for (let tries = 0; tries < 5; tries++) {
    const { open, openAttempt, used } = await standingAt(deps, learnerId, quiz);
    if (open && openAttempt) {
      // A start answered 503 may have left the attempt without its job; the scan covers it if this fails too.
      await deps.scheduleDeadline(openAttempt).catch((err: unknown) => deps.logger.warn({ err, attemptId: open.id }, 'could not queue the deadline job of a resumed attempt; the overdue scan will close it'));
      return open;
    }
    if (used >= quiz.maxAttempts) throw new NoAttemptsLeft(`已用完全部 ${quiz.maxAttempts} 次作答机会`);
    const pool = await poolOf(deps, quiz);
    const byBank = new Map<string, Question[]>();
    for (const q of pool) byBank.set(String(q.bankId), [...(byBank.get(String(q.bankId)) ?? []), q]);
    const now = deps.clock.now();
    let created: Attempt;
    try {
      created = (
        await deps.Attempt.create({
          learnerId,
          quizId: quiz._id,
          courseId: quiz.courseId,
          number: used + 1,
          startedAt: now,
          deadline: new Date(now.getTime() + quiz.timeLimitMinutes * 60_000),
          open: true,
          paper: drawPaper(quiz, byBank),
        })
      ).toObject() as Attempt;
    } catch (err) {
      // Someone else (another tab, the chat) took this number first: look again.
      if (!isDuplicateKey(err)) throw err;
      continue;
    }
    await deps.scheduleDeadline(created);
    return attemptView(created, quiz, new Map(pool.map((q) => [String(q._id), q])), new Map(), null);
  }
  throw new Conflict('请稍后再试');
}

export async function getAttempt(deps: AttemptDeps, learnerId: Types.ObjectId, attemptId: string): Promise<AttemptView> {
  return viewOf(deps, await loadOwnAttempt(deps, learnerId, attemptId));
}

/**
 * Saves (or replaces) the answer to one question; one record per (attempt, question). The
 * learner's hot path: one read (the attempt) and one write (the answer).
 */
export async function saveAnswer(deps: AttemptDeps, learnerId: Types.ObjectId, attemptId: string, questionId: string, choice: string | (string | number)[]): Promise<void> {
  const attempt = await loadOwnAttempt(deps, learnerId, attemptId);
  const now = deps.clock.now();
  if (!(await takesAnswers(deps, attempt))) throw new AttemptClosed('本次作答已提交');
  if (attempt.deadline.getTime() <= now.getTime()) throw new AttemptClosed('作答时间已到，不能再修改答案');
  const item = attempt.paper.find((p) => String(p.questionId) === questionId);
  if (!item) throw new NotFound('本次作答中没有这道题');
  const parsed = parseChoice(choice, item, item.type);
  if (!parsed) {
    const range = LETTERS.slice(0, item.optionOrder.length);
    throw new InvalidChoice(item.type === 'multiple' ? `请回复选项字母，可多选，例如 AC（可选 ${range}）` : `请回复一个选项字母（可选 ${range.split('').join('、')}）`);
  }
  const filter = { attemptId: attempt._id, questionId: item.questionId };
  const update = { $set: { choice: parsed, savedAt: now } };
  try {
    await deps.AttemptAnswer.collection.updateOne(filter, update, { upsert: true });
  } catch (err) {
    // Two saves of the same question raced to create it: the record exists now, so update it.
    if (!isDuplicateKey(err)) throw err;
    await deps.AttemptAnswer.collection.updateOne(filter, update);
  }
}

/** A grade, with what grading read when this call graded (so a view needs no second read). */
interface Graded {
  grade: AttemptGrade;
  read?: { quiz: Quiz; questions: Map<string, Question> };
}

/**
 * Grades an attempt with the answers saved so far. The grade's _id is the attempt id, so a double
 * submit, a submit racing the deadline job, or a retried job all end with one grade; onGraded runs
 * for the one that wrote it. Reads: the quiz, the paper's questions and the saved answers.
 */
export async function gradeAttempt(deps: AttemptDeps, attempt: Attempt, options: { auto: boolean }): Promise<Graded> {
  if (attempt.open === false) {
    const existing = await gradeOf(deps, attempt._id);
    if (existing) return { grade: existing };
  }
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
    answers: attempt.paper.filter((p) => answers.has(String(p.questionId))).map((p) => ({ questionId: p.questionId, choice: answers.get(String(p.questionId))! })),
  };
  const read = { quiz, questions };
  try {
    await deps.AttemptGrade.create(grade);
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
    // Graded by someone else first (the other submit, the deadline job): theirs stands.
    if (attempt.open !== false) await deps.Attempt.updateOne({ _id: attempt._id }, { $set: { open: false } });
    return { grade: (await gradeOf(deps, attempt._id))!, read };
  }
  await deps.Attempt.updateOne({ _id: attempt._id }, { $set: { open: false } });
  await deps.onGraded(grade, read);
  return { grade, read };
}

/** Grades the attempt (once) and shows it, from what grading read. */
export async function submitAttempt(deps: AttemptDeps, learnerId: Types.ObjectId, attemptId: string): Promise<AttemptView> {
  const attempt = await loadOwnAttempt(deps, learnerId, attemptId);
  const overdue = attempt.deadline.getTime() <= deps.clock.now().getTime();
  const { grade, read } = await gradeAttempt(deps, attempt, { auto: overdue });
  const counted = countedAnswers(grade);
  if (!read || !counted) return viewOf(deps, attempt);
  return attemptView(attempt, read.quiz, read.questions, counted, grade);
}

/**
 * Grades open attempts past their deadline, oldest first, at most `limit` a run. It reads only
 * open attempts and leaves their papers out; each is then graded from its own full read.
 */
export async function gradeOverdueAttempts(deps: AttemptDeps, limit: number): Promise<number> {
  const overdue = await deps.Attempt.find({ open: true, deadline: { $lte: deps.clock.now() } }, WITHOUT_PAPER).sort({ deadline: 1 }).limit(limit).lean();
  let count = 0;
  for (const { _id } of overdue) if (await gradeOverdueAttempt(deps, String(_id))) count++;
  return count;
}

export async function gradeOverdueAttempt(deps: AttemptDeps, attemptId: string): Promise<boolean> {
  const attempt = (await deps.Attempt.findById(attemptId).lean()) as Attempt | null;
  if (!attempt || attempt.deadline.getTime() > deps.clock.now().getTime()) return false;
  await gradeAttempt(deps, attempt, { auto: true });
  return true;
}

/**
 * The learner's open attempt at any quiz (not graded, deadline not passed), newest first. Read
 * from MongoDB each time, so the chat keeps no state of its own and an attempt begun in the
 * mini-program continues in chat.
 */
export async function openAttemptOf(deps: AttemptDeps, learnerId: Types.ObjectId): Promise<Omit<Attempt, 'paper'> | null> {
  const candidates = (await deps.Attempt.find({ learnerId, open: true }, WITHOUT_PAPER).sort({ startedAt: -1, _id: -1 }).lean()) as Omit<Attempt, 'paper'>[];
  const live = candidates.filter((a) => a.deadline.getTime() > deps.clock.now().getTime());
  if (!live.length) return null;
  const graded = new Set((await deps.AttemptGrade.find({ _id: anyOf(live.map((a) => a._id)) }, { _id: 1 }).lean()).map((g) => String(g._id)));
  return live.find((a) => !graded.has(String(a._id))) ?? null;
}

/** Attempts used and grades per quiz of one course, for progress views. */
/**
 * Attempts used and grades per quiz of one course, for progress views. Without `countAttempts`
 * (the course rules need only what was passed) attempts are not read and count as graded ones.
 */
export async function courseRecord(deps: AttemptDeps, learnerId: Types.ObjectId, courseId: Types.ObjectId, options: { countAttempts?: boolean } = {}) {
  const [grades, attempts] = await Promise.all([
    deps.AttemptGrade.find({ learnerId, courseId }, WITHOUT_COUNTED).lean() as Promise<AttemptGrade[]>,
    (options.countAttempts ?? true) ? deps.Attempt.find({ learnerId, courseId }, { quizId: 1 }).lean() : null,
  ]);
  return (quiz: Quiz): QuizStanding =>
    standingFrom(
      quiz,
      (attempts ?? grades).filter((a) => String(a.quizId) === String(quiz._id)).length,
      grades.filter((g) => String(g.quizId) === String(quiz._id)),
    );
}

export async function attemptHistory(deps: AttemptDeps, learnerId: Types.ObjectId, quiz: Quiz) {
  const attempts = (await deps.Attempt.find({ learnerId, quizId: quiz._id }, WITHOUT_PAPER).sort({ number: 1 }).lean()) as unknown as Attempt[];
  // By learner and quiz (an equality FerretDB pushes down), not by a list of ids.
  const grades = new Map(((await deps.AttemptGrade.find({ learnerId, quizId: quiz._id }, WITHOUT_COUNTED).lean()) as AttemptGrade[]).map((g) => [String(g._id), g]));
  return historyView(quiz, attempts, grades);
}
