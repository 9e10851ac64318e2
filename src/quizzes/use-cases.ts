import type { Types } from 'mongoose';
import type { Actor } from '../audit/use-cases';
import type { Course } from '../courses/model';
import { NotFound } from '../errors';
import type { Scope } from '../scope';
import * as attempts from './attempts';
import * as authoring from './authoring';
import { importQuestions } from './bank-import';
import { createIntegrityReads } from './integrity-reads';
import { createReportReads } from './report-reads';
import type { AttemptGrade, QuestionBank, Question, Quiz } from './model';
import { createVersionedCache, reloadsAfter, type ContentCacheSettings } from '../db/versioned-cache';
import { anyOf } from '../db/mongo';

type Input<T extends (...args: never[]) => unknown, N extends number> = Parameters<T>[N];

/**
 * Question banks, quizzes and the attempt engine. The course area reaches quizzes only through
 * `forCourses` (what a course's authoring needs to know about its quizzes).
 */
export function createQuizzes(input: authoring.QuizAuthoringDeps & Omit<attempts.AttemptDeps, 'findQuiz'> & { contentCache: ContentCacheSettings }) {
  // Every quiz, in memory per process (a handful per course), checked against a token in Redis.
  const quizzes = createVersionedCache({
    redis: input.contentCache.redis,
    key: `${input.contentCache.prefix}:content:quizzes`,
    ttlMs: input.contentCache.ttlMs,
    now: input.contentCache.now,
    load: async () => {
      const all = (await input.Quiz.find({}).sort({ _id: 1 }).lean()) as Quiz[];
      return { all, byId: new Map(all.map((q) => [String(q._id), q])) };
    },
  });
  const findQuiz = async (id: Types.ObjectId | string): Promise<Quiz | null> =>
    (await quizzes.get()).byId.get(String(id)) ?? ((await input.Quiz.findById(id).lean()) as Quiz | null);
  const deps = { ...input, findQuiz };
  const changing = reloadsAfter(quizzes);
  return {
    // --- authoring ---
    getBankInScope: (scope: Scope, id: string) => authoring.getBankInScope(deps, scope, id),
    listBanks: (scope: Scope, query: Input<typeof authoring.listBanks, 2>) => authoring.listBanks(deps, scope, query),
    bankDetail: (bank: QuestionBank) => authoring.bankDetail(deps, bank),
    createBank: (actor: Actor, scope: Scope, input: Input<typeof authoring.createBank, 3>) => authoring.createBank(deps, actor, scope, input),
    async updateBank(actor: Actor, before: QuestionBank, changes: Input<typeof authoring.updateBank, 3>) {
      const after = await authoring.updateBank(deps, actor, before, changes);
      const [all, practice] = await Promise.all([authoring.questionCounts(deps, [after._id]), authoring.questionCounts(deps, [after._id], { use: 'practice' })]);
      return authoring.toBankView(after, all.get(String(after._id)) ?? 0, practice.get(String(after._id)) ?? 0);
    },
    deleteBank: (actor: Actor, bank: QuestionBank) => authoring.deleteBank(deps, actor, bank),
    importQuestions: (actor: Actor, bank: QuestionBank, file: { data: Buffer; filename: string }, options: { maxRows: number }) => importQuestions(deps, actor, bank, file, options),
    getQuestion: (bank: QuestionBank, id: string) => authoring.getQuestion(deps, bank, id),
    createQuestion: (actor: Actor, bank: QuestionBank, input: authoring.QuestionInput) => authoring.createQuestion(deps, actor, bank, input),
    updateQuestion: (actor: Actor, bank: QuestionBank, before: Question, patch: Input<typeof authoring.updateQuestion, 4>) => authoring.updateQuestion(deps, actor, bank, before, patch),
    deleteQuestion: (actor: Actor, bank: QuestionBank, question: Question) => authoring.deleteQuestion(deps, actor, bank, question),
    getQuizInScope: (scope: Scope, id: string) => authoring.getQuizInScope(deps, scope, id),
    createQuiz: changing(async (actor: Actor, scope: Scope, quiz: Input<typeof authoring.createQuiz, 4>) => {
      const course = await deps.courses.byId(quiz.courseId);
      if (!course || !scope.has(course.officeId)) throw new NotFound('Course not found');
      return authoring.createQuiz(deps, actor, scope, course, quiz);
    }),
    updateQuiz: changing((actor: Actor, scope: Scope, course: Course, before: Quiz, changes: Input<typeof authoring.updateQuiz, 5>) => authoring.updateQuiz(deps, actor, scope, course, before, changes)),
    deleteQuiz: changing((actor: Actor, course: Course, quiz: Quiz) => authoring.deleteQuiz(deps, actor, course, quiz)),

    /** What the course area asks about a course's (or module's) quizzes when it shows or deletes it. */
    forCourses: {
      views: async (courseId: Types.ObjectId) => (await authoring.listCourseQuizzes(deps, courseId)).map(authoring.toQuizView),
      hasAttempts: async (filter: { courseId: Types.ObjectId } | { moduleId: Types.ObjectId; courseId: Types.ObjectId }) => {
        if ('moduleId' in filter) {
          const quizzes = await deps.Quiz.find(filter, { _id: 1 }).lean();
          return quizzes.length > 0 && Boolean(await deps.Attempt.exists({ quizId: { $in: quizzes.map((q) => q._id) } }));
        }
        return Boolean(await deps.Attempt.exists({ courseId: filter.courseId }));
      },
      remove: changing(async (filter: { courseId: Types.ObjectId } | { moduleId: Types.ObjectId; courseId: Types.ObjectId }) => {
        await deps.Quiz.deleteMany(filter);
      }),
    },

    /** What practice and the wrong-answer book read: practice questions of a quiz's banks, questions by id (with answers: server side only). */
    forPractice: {
      practiceQuestions: async (quiz: Quiz): Promise<Question[]> =>
        quiz.draws.length ? ((await deps.Question.find({ bankId: anyOf(quiz.draws.map((d) => d.bankId)), use: 'practice' }).lean()) as Question[]) : [],
      async questionsByIds(ids: readonly Types.ObjectId[]): Promise<Question[]> {
        if (!ids.length) return [];
        return (await deps.Question.find({ _id: anyOf([...new Map(ids.map((id) => [String(id), id])).values()]) }).lean()) as Question[];
      },
    },

    /** What the integrity checks read of graded attempts (src/integrity). */
    forIntegrity: createIntegrityReads(deps),

    /** What the reports read of grades and attempts, in bulk (src/reports). */
    forReports: createReportReads(deps),

    // --- what learning reads and does ---
    /** In _id order, like authoring lists them. */
    quizzesOfCourse: async (courseId: Types.ObjectId) => (await quizzes.get()).all.filter((q) => String(q.courseId) === String(courseId)),
    quizById: (id: Types.ObjectId | string) => attempts.loadQuiz(deps, id),
    startAttempt: (learnerId: Types.ObjectId, quiz: Quiz) => attempts.startAttempt(deps, learnerId, quiz),
    getAttempt: (learnerId: Types.ObjectId, attemptId: string) => attempts.getAttempt(deps, learnerId, attemptId),
    saveAnswer: (learnerId: Types.ObjectId, attemptId: string, questionId: string, choice: string | (string | number)[]) => attempts.saveAnswer(deps, learnerId, attemptId, questionId, choice),
    submitAttempt: (learnerId: Types.ObjectId, attemptId: string) => attempts.submitAttempt(deps, learnerId, attemptId),
    openAttemptOf: (learnerId: Types.ObjectId) => attempts.openAttemptOf(deps, learnerId),
    courseRecord: (learnerId: Types.ObjectId, courseId: Types.ObjectId, options?: { countAttempts?: boolean }) => attempts.courseRecord(deps, learnerId, courseId, options),
    attemptHistory: (learnerId: Types.ObjectId, quiz: Quiz) => attempts.attemptHistory(deps, learnerId, quiz),
    gradeOverdueAttempts: (limit: number) => attempts.gradeOverdueAttempts(deps, limit),
    gradeOverdueAttempt: (attemptId: string) => attempts.gradeOverdueAttempt(deps, attemptId),
    /** Learners who passed one of these quizzes, with the course (candidates for a missed certificate). */
    /** When the learner last started an attempt, at any quiz (study nudges). */
    async lastAttemptAt(learnerId: Types.ObjectId): Promise<Date | null> {
      const rows = await deps.Attempt.find({ learnerId }, { startedAt: 1 }).lean();
      return rows.length ? new Date(Math.max(...rows.map((r) => r.startedAt.getTime()))) : null;
    },
    async passesOf(quizIds: Types.ObjectId[]): Promise<Pick<AttemptGrade, 'learnerId' | 'courseId'>[]> {
      if (!quizIds.length) return [];
      return deps.AttemptGrade.find({ quizId: { $in: quizIds }, passed: true }, { learnerId: 1, courseId: 1 }).lean();
    },
  };
}

export type Quizzes = ReturnType<typeof createQuizzes>;
export type { Quiz } from './model';
