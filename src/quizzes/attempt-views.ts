import type { Attempt, AttemptGrade, GradingMethod, Question, QuestionType, Quiz } from './model';
import { isCorrect, LETTERS, type PaperItem } from './paper';

/** What a learner sees of attempts: papers without answers until graded, then the review the policy allows. */
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

export interface QuizStanding {
  attemptsUsed: number;
  attemptsLeft: number;
  /** By the quiz's grading method over graded attempts; null before any. */
  result: number | null;
  passed: boolean;
  grading: GradingMethod;
}

const letters = (displayIndexes: number[]) => displayIndexes.sort((a, b) => a - b).map((i) => LETTERS[i]);
const toDisplay = (item: PaperItem, original: readonly number[]) => original.map((o) => item.optionOrder.indexOf(o));

/** The paper as the learner sees it: shuffled options, their own choices, never the answers unless graded with full review. */
export function attemptView(attempt: Attempt, quiz: Pick<Quiz, 'review'>, questions: Map<string, Question>, answers: Map<string, number[]>, grade: AttemptGrade | null): AttemptView {
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
    if (quiz.review === 'full') {
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

export function standingFrom(quiz: Pick<Quiz, 'grading' | 'maxAttempts' | 'passMark'>, attemptsUsed: number, grades: Pick<AttemptGrade, 'number' | 'score'>[]): QuizStanding {
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

export function historyView(quiz: Quiz, attempts: Pick<Attempt, '_id' | 'number' | 'startedAt'>[], grades: Map<string, AttemptGrade>) {
  return {
    standing: standingFrom(quiz, attempts.length, [...grades.values()]),
    attempts: attempts.map((a) => {
      const g = grades.get(String(a._id));
      return { id: String(a._id), number: a.number, startedAt: a.startedAt.toISOString(), status: g ? ('graded' as const) : ('open' as const), score: g?.score ?? null, passed: g?.passed ?? null };
    }),
  };
}
