import type { Types } from 'mongoose';
import type { AttemptGrade, AttemptGradeModel, AttemptModel, QuestionModel, Quiz } from './model';
import { isCorrect } from './paper';

/** A learner's first graded attempt at a quiz, marked per position of its paper. */
export interface FirstAttempt {
  learnerId: Types.ObjectId;
  attemptId: Types.ObjectId;
  items: { questionId: string; position: number; correct: boolean }[];
}

interface Deps {
  Attempt: AttemptModel;
  AttemptGrade: AttemptGradeModel;
  Question: QuestionModel;
}

/**
 * What the reports read of attempts (they own none of them), in bulk: one equality on the course or
 * the quiz each, which FerretDB pushes down; the learners' offices are filtered by the caller.
 */
export function createReportReads(deps: Deps) {
  return {
    /** Every grade of a course's quizzes, without the choices. */
    gradesOfCourse: async (courseId: Types.ObjectId) =>
      (await deps.AttemptGrade.find({ courseId }, { learnerId: 1, quizId: 1, number: 1, passed: 1, gradedAt: 1 }).lean()) as Pick<AttemptGrade, '_id' | 'learnerId' | 'quizId' | 'number' | 'passed' | 'gradedAt'>[],

    /**
     * Each learner's first graded attempt at the quiz (Moodle's "first attempt": later tries have seen
     * the questions), for the learners `isLearner` keeps, marked right or wrong per position of the
     * paper; grades from before grades kept their choices are counted apart. With the stems of the
     * quiz's banks' questions.
     */
    async firstGradedAttempts(quiz: Pick<Quiz, '_id' | 'draws'>, isLearner: (learnerId: string) => boolean) {
      const [grades, attempts, banks] = await Promise.all([
        deps.AttemptGrade.find({ quizId: quiz._id }, { learnerId: 1, number: 1, answers: 1 }).lean() as Promise<Pick<AttemptGrade, '_id' | 'learnerId' | 'number' | 'answers'>[]>,
        deps.Attempt.find({ quizId: quiz._id }, { 'paper.questionId': 1 }).lean() as unknown as Promise<{ _id: Types.ObjectId; paper: { questionId: Types.ObjectId }[] }[]>,
        Promise.all(quiz.draws.map((d) => deps.Question.find({ bankId: d.bankId }, { stem: 1, answer: 1 }).lean() as Promise<{ _id: Types.ObjectId; stem: string; answer: number[] }[]>)),
      ]);
      const questions = new Map(banks.flat().map((q) => [String(q._id), q]));
      const papers = new Map(attempts.map((a) => [String(a._id), a.paper]));
      const first = new Map<string, (typeof grades)[number]>();
      for (const g of grades) {
        if (!isLearner(String(g.learnerId))) continue;
        const held = first.get(String(g.learnerId));
        if (!held || g.number < held.number) first.set(String(g.learnerId), g);
      }
      const out: FirstAttempt[] = [];
      let withoutAnswers = 0;
      for (const g of first.values()) {
        const paper = papers.get(String(g._id));
        if (!paper || !g.answers) {
          withoutAnswers++;
          continue;
        }
        const chosen = new Map(g.answers.map((a) => [String(a.questionId), a.choice]));
        out.push({
          learnerId: g.learnerId,
          attemptId: g._id,
          items: paper.map((p, position) => ({ questionId: String(p.questionId), position, correct: isCorrect(chosen.get(String(p.questionId)), questions.get(String(p.questionId))?.answer ?? []) })),
        });
      }
      return { attempts: out, withoutAnswers, stems: new Map([...questions].map(([id, q]) => [id, q.stem])) };
    },
  };
}

export type QuizReportReads = ReturnType<typeof createReportReads>;
