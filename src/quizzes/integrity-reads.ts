import { Types } from 'mongoose';
import { anyOf } from '../db/mongo';
import type { Attempt, AttemptAnswerModel, AttemptGrade, AttemptGradeModel, AttemptModel, Question, QuestionModel } from './model';
import { isCorrect } from './paper';

/** A graded attempt as the integrity checks read it: the choices the grade counted, each right or wrong. */
export interface GradedPaper {
  attemptId: Types.ObjectId;
  learnerId: Types.ObjectId;
  quizId: Types.ObjectId;
  courseId: Types.ObjectId;
  score: number;
  gradedAt: Date;
  answers: { questionId: string; choice: number[]; correct: boolean }[];
}

interface Deps {
  Attempt: AttemptModel;
  AttemptAnswer: AttemptAnswerModel;
  AttemptGrade: AttemptGradeModel;
  Question: QuestionModel;
}

const validId = (id: string) => /^[0-9a-f]{24}$/i.test(id);

/**
 * What the integrity area reads of attempts (it owns none of them): graded papers by time, the
 * times answers were saved, and whether a question is on a learner's open paper.
 */
export function createIntegrityReads(deps: Deps) {
  async function papers(grades: AttemptGrade[]): Promise<GradedPaper[]> {
    // Grades from before grades kept their choices have nothing to compare.
    const kept = grades.filter((g) => g.answers?.length);
    const ids = [...new Set(kept.flatMap((g) => g.answers!.map((a) => String(a.questionId))))];
    const questions = ids.length ? ((await deps.Question.find({ _id: anyOf(ids.map((id) => new Types.ObjectId(id))) }, { answer: 1 }).lean()) as Pick<Question, '_id' | 'answer'>[]) : [];
    const right = new Map(questions.map((q) => [String(q._id), q.answer]));
    return kept.map((g) => ({
      attemptId: g._id,
      learnerId: g.learnerId,
      quizId: g.quizId,
      courseId: g.courseId,
      score: g.score,
      gradedAt: g.gradedAt,
      answers: g.answers!.map((a) => ({ questionId: String(a.questionId), choice: [...a.choice].sort((x, y) => x - y), correct: isCorrect(a.choice, right.get(String(a.questionId)) ?? []) })),
    }));
  }

  return {
    /** Attempts graded in [from, to], oldest first. */
    async gradedBetween(from: Date, to: Date): Promise<GradedPaper[]> {
      return papers((await deps.AttemptGrade.find({ gradedAt: { $gte: from, $lte: to } }).sort({ gradedAt: 1, _id: 1 }).lean()) as AttemptGrade[]);
    },
    /** One quiz's attempts graded in [from, to] (the quiz by equality, which FerretDB pushes down). */
    async gradedOfQuizBetween(quizId: Types.ObjectId, from: Date, to: Date): Promise<GradedPaper[]> {
      return papers((await deps.AttemptGrade.find({ quizId, gradedAt: { $gte: from, $lte: to } }).sort({ gradedAt: 1, _id: 1 }).lean()) as AttemptGrade[]);
    },
    /** When the attempt began (its paper was served) and when each answer was last saved. */
    async answerTimes(attemptId: Types.ObjectId): Promise<{ startedAt: Date; savedAt: Map<string, Date> } | null> {
      const [attempt, answers] = await Promise.all([
        deps.Attempt.findById(attemptId, { startedAt: 1 }).lean() as Promise<Pick<Attempt, 'startedAt'> | null>,
        deps.AttemptAnswer.find({ attemptId }, { questionId: 1, savedAt: 1 }).lean(),
      ]);
      if (!attempt) return null;
      return { startedAt: attempt.startedAt, savedAt: new Map(answers.map((a) => [String(a.questionId), a.savedAt])) };
    },
    /** Whether the question is on this learner's paper, and the attempt still open (null: not theirs or no such question). */
    async paperHas(learnerId: Types.ObjectId, attemptId: string, questionId: string): Promise<{ open: boolean } | null> {
      if (!validId(attemptId) || !validId(questionId)) return null;
      const attempt = (await deps.Attempt.collection.findOne({ _id: new Types.ObjectId(attemptId) }, { projection: { learnerId: 1, open: 1, deadline: 1, paper: 1 } })) as Attempt | null;
      if (!attempt || String(attempt.learnerId) !== String(learnerId) || !attempt.paper.some((p) => String(p.questionId) === questionId)) return null;
      return { open: attempt.open !== false };
    },
    /** Stems of questions, for evidence a person reads. */
    async stems(ids: string[]): Promise<Map<string, { stem: string; options: number }>> {
      if (!ids.length) return new Map();
      const rows = (await deps.Question.find({ _id: anyOf(ids.map((id) => new Types.ObjectId(id))) }, { stem: 1, options: 1 }).lean()) as Pick<Question, '_id' | 'stem' | 'options'>[];
      return new Map(rows.map((q) => [String(q._id), { stem: q.stem, options: q.options.length }]));
    },
  };
}

export type IntegrityReads = ReturnType<typeof createIntegrityReads>;
