import type { CourseProgress, QuizProgress } from './progress';

/**
 * The course rules every channel follows (chat and mini-program alike), as pure functions of a
 * learner's progress: what comes next, whether a quiz is open, what the certificate still needs.
 */

/** Module quizzes and the final exam of a course, in the order they are taken. */
export function quizzesOf(p: CourseProgress): QuizProgress[] {
  return [...p.modules.flatMap((m) => (m.quiz ? [m.quiz] : [])), ...(p.finalExam ? [p.finalExam] : [])];
}

/** The first unread lesson, with its module. */
export function nextLesson(p: CourseProgress) {
  for (const module of p.modules) {
    const lesson = module.lessons.find((l) => !l.read);
    if (lesson) return { module, lesson };
  }
  return null;
}

export type QuizTurn =
  | { kind: 'quiz'; quiz: QuizProgress }
  /** A module quiz is next but its module's lessons are not all read. */
  | { kind: 'read-first'; moduleTitle: string }
  | { kind: 'all-passed' };

/** The quiz to take now: the first module quiz not passed whose lessons are read, else the final exam. */
export function currentQuiz(p: CourseProgress): QuizTurn {
  const ready = p.modules.find((m) => m.quiz && !m.quiz.passed && m.lessons.every((l) => l.read));
  if (ready?.quiz) return { kind: 'quiz', quiz: ready.quiz };
  const pending = p.modules.find((m) => m.quiz && !m.quiz.passed);
  if (pending) return { kind: 'read-first', moduleTitle: pending.title };
  if (p.finalExam && !p.finalExam.passed) return { kind: 'quiz', quiz: p.finalExam };
  return { kind: 'all-passed' };
}

/**
 * Why this quiz may not be started yet, in words for the learner; null when it may. A module's
 * quiz opens once that module's lessons are read; the final exam once every module quiz is passed.
 */
export function quizRefusal(p: CourseProgress, quizId: string): string | null {
  const module = p.modules.find((m) => m.quiz?.id === quizId);
  if (module) return module.lessons.every((l) => l.read) ? null : `请先学完“${module.title}”的全部课时，再参加《${module.quiz!.title}》。`;
  if (p.finalExam?.id === quizId) {
    const notPassed = p.modules.filter((m) => m.quiz && !m.quiz.passed);
    return notPassed.length ? `请先通过全部模块测验（还差 ${notPassed.map((m) => `《${m.quiz!.title}》`).join('、')}），再参加结业考试。` : null;
  }
  return null;
}

/** What the certificate still needs, one line each; empty once the course is complete. */
export function missingForCertificate(p: CourseProgress): string[] {
  if (p.complete) return [];
  const missing: string[] = [];
  if (p.lessonsRead < p.lessonsTotal) missing.push(`还有 ${p.lessonsTotal - p.lessonsRead} 节课时未学`);
  for (const q of quizzesOf(p)) if (!q.passed) missing.push(`《${q.title}》未通过`);
  return missing;
}

export type NextStep =
  | { kind: 'lesson'; id: string; title: string; moduleTitle: string }
  | { kind: 'quiz'; id: string; title: string; final: boolean; attemptsLeft: number }
  | { kind: 'done' };

/**
 * The one step to mark as next, walking the course in order: a module's lessons, then its quiz,
 * and the final exam last. A quiz with no attempts left is still named (the learner must ask the
 * office), so nothing later is offered past it.
 */
export function nextStep(p: CourseProgress): NextStep {
  for (const module of p.modules) {
    const lesson = module.lessons.find((l) => !l.read);
    if (lesson) return { kind: 'lesson', id: lesson.id, title: lesson.title, moduleTitle: module.title };
    if (module.quiz && !module.quiz.passed) return { kind: 'quiz', id: module.quiz.id, title: module.quiz.title, final: false, attemptsLeft: module.quiz.attemptsLeft };
  }
  if (p.finalExam && !p.finalExam.passed) return { kind: 'quiz', id: p.finalExam.id, title: p.finalExam.title, final: true, attemptsLeft: p.finalExam.attemptsLeft };
  return { kind: 'done' };
}
