import type { Course } from '../courses/model';
import type { Courses } from '../courses/use-cases';
import type { Certificates } from '../certificates/use-cases';
import type { QuizStanding } from '../quizzes/attempt-views';
import type { Quizzes } from '../quizzes/use-cases';
import type { Learner } from './learner';

export type QuizProgress = { id: string; title: string } & QuizStanding;

export interface CourseProgress {
  courseId: string;
  title: string;
  lessonsRead: number;
  lessonsTotal: number;
  modules: {
    id: string;
    code: string;
    title: string;
    lessons: { id: string; title: string; minutes: number; read: boolean }[];
    quiz: QuizProgress | null;
  }[];
  finalExam: QuizProgress | null;
  complete: boolean;
  certificate: ReturnType<Certificates['view']> | null;
}

export type ProgressDeps = { courses: Pick<Courses, 'outline' | 'readLessonIds'>; quizzes: Pick<Quizzes, 'quizzesOfCourse' | 'courseRecord'>; certificates: Pick<Certificates, 'find' | 'view'> };

/**
 * Everything a learner has done in one course, read from insert-only records. Reads only.
 * `forRules`: only what the course rules look at (lessons read, quizzes passed), for a quiz start;
 * the certificate is then left out and attempts count as graded ones.
 */
export async function courseProgress(deps: ProgressDeps, learner: Pick<Learner, 'id'>, course: Course, options: { forRules?: boolean } = {}): Promise<CourseProgress> {
  const full = !options.forRules;
  const [{ modules, lessons }, quizzes, read, standingOf, cert] = await Promise.all([
    deps.courses.outline(course._id),
    deps.quizzes.quizzesOfCourse(course._id),
    deps.courses.readLessonIds(learner.id, course._id),
    deps.quizzes.courseRecord(learner.id, course._id, { countAttempts: full }),
    full ? deps.certificates.find(learner.id, course._id) : null,
  ]);
  const progressOf = (quiz: (typeof quizzes)[number]): QuizProgress => ({ id: String(quiz._id), title: quiz.title, ...standingOf(quiz) });
  const moduleViews = modules.map((mod) => {
    const quiz = quizzes.find((q) => String(q.moduleId) === String(mod._id));
    return {
      id: String(mod._id),
      code: mod.code,
      title: mod.title,
      lessons: lessons.filter((l) => String(l.moduleId) === String(mod._id)).map((l) => ({ id: String(l._id), title: l.title, minutes: l.minutes, read: read.has(String(l._id)) })),
      quiz: quiz ? progressOf(quiz) : null,
    };
  });
  const final = quizzes.find((q) => !q.moduleId);
  const finalExam = final ? progressOf(final) : null;
  const lessonsRead = lessons.filter((l) => read.has(String(l._id))).length;
  const complete = lessonsRead === lessons.length && moduleViews.every((mv) => !mv.quiz || mv.quiz.passed) && (finalExam?.passed ?? false);
  return {
    courseId: String(course._id),
    title: course.title,
    lessonsRead,
    lessonsTotal: lessons.length,
    modules: moduleViews,
    finalExam,
    complete,
    certificate: cert ? deps.certificates.view(cert) : null,
  };
}
