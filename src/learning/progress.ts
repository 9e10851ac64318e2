import type { Types } from 'mongoose';
import type { Course, CourseModule, Lesson } from '../courses/model';
import type { AttemptGrade, Quiz } from '../quizzes/model';
import { standingFrom, type EngineDeps, type QuizStanding } from '../quizzes/engine';
import { certificateView, issueCertificate, type CertificateDeps } from '../certificates/service';
import type { Certificate } from '../certificates/model';
import type { Learner } from './learner';

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
    quiz: ({ id: string; title: string } & QuizStanding) | null;
  }[];
  finalExam: ({ id: string; title: string } & QuizStanding) | null;
  complete: boolean;
  certificate: ReturnType<typeof certificateView> | null;
}

/** Everything a learner has done in one course, read from insert-only records. */
export async function courseProgress(deps: EngineDeps, learner: Learner, course: Course): Promise<CourseProgress> {
  const m = deps.models;
  const [modules, lessons, quizzes, completions, grades, attemptCounts, cert] = await Promise.all([
    m.CourseModule.find({ courseId: course._id }).sort({ order: 1 }).lean() as Promise<CourseModule[]>,
    m.Lesson.find({ courseId: course._id }).sort({ order: 1 }).lean() as Promise<Lesson[]>,
    m.Quiz.find({ courseId: course._id }).lean() as Promise<Quiz[]>,
    m.LessonCompletion.find({ learnerId: learner.id, courseId: course._id }, { lessonId: 1 }).lean(),
    m.AttemptGrade.find({ learnerId: learner.id, courseId: course._id }).lean() as Promise<AttemptGrade[]>,
    m.Attempt.find({ learnerId: learner.id, courseId: course._id }, { quizId: 1 }).lean(),
    m.Certificate.findOne({ learnerId: learner.id, courseId: course._id }).lean() as Promise<Certificate | null>,
  ]);
  const read = new Set(completions.map((c) => String(c.lessonId)));
  const standing = (quiz: Quiz) => ({
    id: String(quiz._id),
    title: quiz.title,
    ...standingFrom(quiz, attemptCounts.filter((a) => String(a.quizId) === String(quiz._id)).length, grades.filter((g) => String(g.quizId) === String(quiz._id))),
  });
  const moduleViews = modules.map((mod) => {
    const quiz = quizzes.find((q) => String(q.moduleId) === String(mod._id));
    return {
      id: String(mod._id),
      code: mod.code,
      title: mod.title,
      lessons: lessons.filter((l) => String(l.moduleId) === String(mod._id)).map((l) => ({ id: String(l._id), title: l.title, minutes: l.minutes, read: read.has(String(l._id)) })),
      quiz: quiz ? standing(quiz) : null,
    };
  });
  const final = quizzes.find((q) => !q.moduleId);
  const finalExam = final ? standing(final) : null;
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
    certificate: cert ? certificateView(cert) : null,
  };
}

/**
 * Completion = every lesson read, every module quiz passed, the final exam passed. Called after
 * each lesson read and each grade; issuing is once-only, so calling it often is harmless.
 */
export async function checkCompletion(deps: EngineDeps & { certificates: CertificateDeps }, learner: Learner, courseOrId: Course | Types.ObjectId): Promise<CourseProgress> {
  // Callers that already hold the course pass it; a grade or a lesson only knows its id.
  const course = 'title' in courseOrId ? courseOrId : ((await deps.models.Course.findById(courseOrId).lean()) as Course);
  const progress = await courseProgress(deps, learner, course);
  if (!progress.complete || progress.certificate) return progress;
  const cert = await issueCertificate(deps.certificates, { learnerId: learner.id, learnerName: learner.name, officeId: learner.officeId, courseId: course._id, courseTitle: course.title });
  return { ...progress, certificate: certificateView(cert) };
}

export async function markLessonRead(deps: EngineDeps & { certificates: CertificateDeps }, learner: Learner, lesson: Lesson): Promise<CourseProgress> {
  try {
    await deps.models.LessonCompletion.create({ _id: `${String(learner.id)}:${String(lesson._id)}`, learnerId: learner.id, courseId: lesson.courseId, lessonId: lesson._id, at: deps.clock.now() });
  } catch (err) {
    if ((err as { code?: number }).code !== 11000) throw err;
  }
  return checkCompletion(deps, learner, lesson.courseId);
}
