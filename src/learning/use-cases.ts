import type { Types } from 'mongoose';
import type { Clock } from '../clock';
import type { Logger } from '../logger';
import { NotFound } from '../errors';
import type { BindingArea } from '../binding/use-cases';
import type { Certificates } from '../certificates/use-cases';
import type { Course, Lesson } from '../courses/model';
import type { Courses } from '../courses/use-cases';
import type { Offices } from '../offices/use-cases';
import type { People } from '../people/use-cases';
import type { AttemptView } from '../quizzes/attempt-views';
import type { AttemptGrade, Quiz } from '../quizzes/model';
import type { Quizzes } from '../quizzes/use-cases';
import { QuizNotOpen } from './errors';
import { toLearner, type Learner } from './learner';
import type { LearnerCache } from './learner-cache';
import { courseProgress, type CourseProgress } from './progress';
import { quizRefusal } from './rules';
import type { StudyNudge } from '../reminders/nudges';
import type { Integrity } from '../integrity/use-cases';

const DAY_MS = 24 * 3600 * 1000;

/** How a graded attempt reads to the learner, whichever channel shows it. */
export interface ResultSummary {
  score: number;
  correct: number;
  total: number;
  passMark: number;
  passed: boolean;
  /** The course's certificate, once the course is complete. */
  certificate: { number: string; courseTitle: string } | null;
  attemptsLeft: number;
  moduleQuiz: boolean;
}

export interface LearningDeps {
  clock: Clock;
  logger: Pick<Logger, 'warn'>;
  courses: Courses;
  quizzes: Quizzes;
  certificates: Certificates;
  binding: BindingArea;
  people: Pick<People, 'instructorById'>;
  offices: Pick<Offices, 'withAncestors'>;
  cache: LearnerCache;
  /** Lesson time (the read gate, heartbeats, reading in chat) and when quiz questions were shown. */
  integrity: Pick<Integrity, 'lessonTime' | 'chatReading' | 'questionShown'>;
}

/**
 * The instructor's course, for every channel: who the learner is, what is open to them, progress,
 * the rules of what comes next, attempts, and certificates. Certificates are issued here only, on
 * the completion path (the lesson read or grade that completes a course) and by the repair job.
 */
export function createLearning(deps: LearningDeps) {
  const { courses, quizzes, certificates, binding, people, offices, cache, clock, logger, integrity } = deps;

  const audience = async (learner: Learner) => ({ officeIds: await offices.withAncestors(learner.officeId), cohort: learner.cohort });
  const progressOf = (learner: Pick<Learner, 'id'>, course: Course) => courseProgress({ courses, quizzes, certificates }, learner, course);

  async function loadLearner(instructorId: Types.ObjectId | string): Promise<Learner> {
    const found = await people.instructorById(instructorId);
    if (!found) throw new NotFound('学员不存在');
    return toLearner(found);
  }

  async function openCourse(learner: Learner, courseId: Types.ObjectId | string): Promise<Course> {
    const course = await courses.findOpen(await audience(learner), courseId);
    if (!course) throw new NotFound('课程不存在或未向您开放');
    return course;
  }

  /**
   * Issues the certificate when the course is complete and has none; once-only, so calling it
   * often is harmless. A failed issue does not undo the lesson read or the grade that completed
   * the course: it is logged and the repair job issues the certificate later. The learner's
   * name and office are looked up only when a certificate is due (`holder`).
   */
  async function completeIfDone(learnerId: Types.ObjectId, course: Course, holder: () => Promise<Learner | null>): Promise<CourseProgress> {
    const progress = await progressOf({ id: learnerId }, course);
    if (!progress.complete || progress.certificate) return progress;
    try {
      const learner = await holder();
      // Removed from the roster while the attempt ran: the grade stands, nobody to certify.
      if (!learner) return progress;
      const cert = await certificates.issue({ learnerId: learner.id, learnerName: learner.name, officeId: learner.officeId, courseId: course._id, courseTitle: course.title });
      return { ...progress, certificate: certificates.view(cert) };
    } catch (err) {
      logger.warn({ err, learnerId: String(learnerId), courseId: String(course._id) }, 'certificate issue failed; the repair job will issue it');
      return progress;
    }
  }

  async function openLesson(learner: Learner, lessonId: string): Promise<{ lesson: Lesson; course: Course }> {
    const lesson = await courses.lessonById(lessonId);
    if (!lesson) throw new NotFound('课时不存在');
    return { lesson, course: await openCourse(learner, lesson.courseId) };
  }

  async function openQuiz(learner: Learner, quizId: string): Promise<{ quiz: Quiz; course: Course }> {
    const quiz = await quizzes.quizById(quizId);
    return { quiz, course: await openCourse(learner, quiz.courseId) };
  }

  const isRead = async (learner: Pick<Learner, 'id'>, lesson: Pick<Lesson, '_id' | 'courseId'>) => (await courses.readLessonIds(learner.id, lesson.courseId)).has(String(lesson._id));

  return {
    /** The bound instructor behind a mini-program user (remembered for a minute). */
    async learnerForOpenid(openid: string): Promise<Learner> {
      const cached = await cache.get(openid);
      if (cached) return cached;
      const found = await binding.require({ kind: 'mp', id: openid }, 'instructor');
      const learner = await loadLearner(found.personId);
      await cache.set(openid, learner);
      return learner;
    },
    /** The bound instructor behind a chat contact (NotFound, in Chinese, tells an unbound one how to bind). */
    async learnerForChat(talker: { id: string; name: string }): Promise<Learner> {
      const found = await binding.require({ kind: 'bot', id: talker.id, displayName: talker.name }, 'instructor');
      return loadLearner(found.personId);
    },
    forgetOpenids: (openids: string[]) => cache.forget(openids),
    async forgetInstructors(ids: Types.ObjectId[]): Promise<void> {
      await cache.forget(await binding.identitiesOf('instructor', ids, 'mp'));
    },

    /**
     * What to nudge an instructor about today: a course deadline 7 or 1 days away with the course
     * unfinished (the nearer first), or no study for `inactiveDays` with modules unfinished.
     * Null when nothing is unfinished (or the instructor has left the roster).
     */
    async nudgeFor(instructorId: Types.ObjectId, now: Date, inactiveDays: number): Promise<StudyNudge> {
      const found = await people.instructorById(instructorId);
      if (!found) return null;
      const learner = toLearner(found);
      const open = await courses.listOpen(await audience(learner));
      const unfinished = (await Promise.all(open.map(async (course) => ({ course, progress: await progressOf(learner, course) })))).filter((c) => !c.progress.complete);
      if (!unfinished.length) return null;
      for (const [days, reason] of [[1, 'deadline_1d'], [7, 'deadline_7d']] as const) {
        const due = unfinished.find((c) => c.course.deadline && c.course.deadline.getTime() > now.getTime() && c.course.deadline.getTime() - now.getTime() <= days * DAY_MS && c.course.deadline.getTime() - now.getTime() > (days - 1) * DAY_MS);
        if (due) return { reason, officeId: learner.officeId, text: `【学习提醒】“${due.course.title}”将于${days}天内截止，您还有内容未完成，请尽快学习。发送“学习”继续，发送“退订”不再接收学习提醒。` };
      }
      const [read, tried] = await Promise.all([courses.lastReadAt(learner.id), quizzes.lastAttemptAt(learner.id)]);
      const last = Math.max(read?.getTime() ?? 0, tried?.getTime() ?? 0);
      if (now.getTime() - last < inactiveDays * DAY_MS) return null;
      const modulesLeft = unfinished.reduce((n, c) => n + c.progress.modules.filter((m) => !m.quiz?.passed).length, 0);
      return { reason: 'inactive', officeId: learner.officeId, text: `【学习提醒】您已有${inactiveDays}天没有学习了，“${unfinished[0].course.title}”还有${modulesLeft}个模块未完成。发送“学习”继续，发送“退订”不再接收学习提醒。` };
    },
    openCourses: async (learner: Learner) => courses.listOpen(await audience(learner)),
    openCourse,
    progress: progressOf,
    async allProgress(learner: Learner): Promise<{ course: Course; progress: CourseProgress }[]> {
      const open = await courses.listOpen(await audience(learner));
      return Promise.all(open.map(async (course) => ({ course, progress: await progressOf(learner, course) })));
    },

    openLesson,
    /** Records the lesson read; the read that completes the course issues its certificate. */
    async completeLesson(learner: Learner, lessonId: string): Promise<CourseProgress> {
      const lesson = await courses.lessonMeta(lessonId);
      if (!lesson) throw new NotFound('课时不存在');
      const course = await openCourse(learner, lesson.courseId);
      // Refused (409 lesson_time_short) until the learner was present long enough; a lesson read before stays read.
      await integrity.lessonTime.requireTime(learner.id, lesson, () => isRead(learner, lesson));
      await courses.markRead(learner.id, lesson, clock.now());
      return completeIfDone(learner.id, course, async () => learner);
    },
    /** Whether marking a lesson read waits for enough presence (LESSON_PRESENCE_SHARE > 0). */
    lessonGateOn: integrity.lessonTime.gateOn,
    /** A new reading of an open lesson: the token its heartbeats carry and the presence it still needs. */
    readingOf: (learner: Learner, lesson: Lesson) => integrity.lessonTime.startReading(learner.id, lesson, () => isRead(learner, lesson)),
    /** One heartbeat of the mini-program's lesson page (see src/integrity/lesson-time.ts). */
    async lessonHeartbeat(learner: Learner, lessonId: string, token: string) {
      const lesson = await courses.lessonMeta(lessonId);
      if (!lesson) throw new NotFound('课时不存在');
      await openCourse(learner, lesson.courseId);
      return integrity.lessonTime.heartbeat(learner.id, lesson, token, () => isRead(learner, lesson));
    },
    /** Reading in chat, piece by piece: 学习 begins, each 继续 credits the piece read (src/integrity/chat-reading.ts). */
    beginChatReading: (learner: Learner, lesson: Pick<Lesson, '_id' | 'minutes'>, pieceLengths: number[]) => integrity.chatReading.begin(learner.id, lesson, pieceLengths),
    readOnInChat: (learner: Learner) => integrity.chatReading.readOn(learner.id),
    finishChatReading: (learner: Learner) => integrity.chatReading.finish(learner.id),

    openQuiz,
    /** Starts (or resumes) an attempt, in the order the course sets: 409 with the reason when it is not this quiz's turn. */
    async startQuiz(learner: Learner, quizId: string): Promise<{ view: AttemptView; quiz: Quiz }> {
      const { quiz, course } = await openQuiz(learner, quizId);
      const refusal = quizRefusal(await courseProgress({ courses, quizzes, certificates }, learner, course, { forRules: true }), String(quiz._id));
      if (refusal) {
        // An attempt already running (begun before an author added a lesson, say) may still be finished.
        const open = await quizzes.openAttemptOf(learner.id);
        if (!open || String(open.quizId) !== String(quiz._id)) throw new QuizNotOpen(refusal);
      }
      return { view: await quizzes.startAttempt(learner.id, quiz), quiz };
    },
    /** The learner's attempt in progress, in any quiz, with its quiz. */
    async openAttempt(learner: Learner): Promise<{ view: AttemptView; quiz: Quiz } | null> {
      const open = await quizzes.openAttemptOf(learner.id);
      if (!open) return null;
      const [view, quiz] = await Promise.all([quizzes.getAttempt(learner.id, String(open._id)), quizzes.quizById(open.quizId)]);
      return { view, quiz };
    },
    getAttempt: (learner: Learner, attemptId: string) => quizzes.getAttempt(learner.id, attemptId),
    saveAnswer: (learner: Learner, attemptId: string, questionId: string, choice: string | (string | number)[]) => quizzes.saveAnswer(learner.id, attemptId, questionId, choice),
    /** A question of the learner's open attempt came on screen (the fast-answer check measures from its first showing). */
    questionShown: (learner: Learner, attemptId: string, questionId: string, via: 'mp' | 'chat') => integrity.questionShown(learner.id, attemptId, questionId, via),
    submit: (learner: Learner, attemptId: string) => quizzes.submitAttempt(learner.id, attemptId),
    async history(learner: Learner, quizId: string) {
      return quizzes.attemptHistory(learner.id, (await openQuiz(learner, quizId)).quiz);
    },
    async resultSummary(learner: Learner, view: AttemptView, quiz: Quiz): Promise<ResultSummary> {
      const r = view.result;
      if (!r) throw new NotFound('作答尚未评分');
      const [cert, history] = await Promise.all([certificates.find(learner.id, quiz.courseId), quizzes.attemptHistory(learner.id, quiz)]);
      return {
        score: r.score,
        correct: r.correct,
        total: r.total,
        passMark: quiz.passMark,
        passed: r.passed,
        certificate: cert && !cert.revokedAt ? { number: cert.number, courseTitle: cert.courseTitle } : null,
        attemptsLeft: history.standing.attemptsLeft,
        moduleQuiz: Boolean(quiz.moduleId),
      };
    },
    certificates: (learner: Learner) => certificates.ofLearner(learner.id),

    /**
     * Wired as the quizzes' onGraded: the grade that completes a course issues its certificate.
     * Only a pass can complete one (under every grading method a fail only lowers the standing),
     * so a fail costs no reads here.
     */
    async afterGrade(grade: AttemptGrade): Promise<void> {
      if (!grade.passed) return;
      // A course deleted while the attempt ran: the grade stands, nothing to complete.
      const course = await courses.byId(grade.courseId);
      if (!course) return;
      await completeIfDone(grade.learnerId, course, async () => {
        const instructor = await people.instructorById(grade.learnerId);
        return instructor ? toLearner(instructor) : null;
      });
    },
    gradeOverdue: (limit: number) => quizzes.gradeOverdueAttempts(limit),
    gradeOverdueAttempt: (attemptId: string) => quizzes.gradeOverdueAttempt(attemptId),

    /**
     * Catches a certificate whose issue failed on the completion path (Redis or MongoDB down at
     * that moment). Passing the final exam is needed to complete a course, so the candidates are
     * those passes without a certificate; each is checked in full before anything is issued.
     */
    async repairCertificates(): Promise<number> {
      const finals: Types.ObjectId[] = [];
      for (const c of await courses.listPublished()) {
        const exam = (await quizzes.quizzesOfCourse(c._id)).find((q) => !q.moduleId);
        if (exam) finals.push(exam._id);
      }
      const passes = await quizzes.passesOf(finals);
      const held = await certificates.held(passes);
      const missing = new Map(passes.filter((p) => !held.has(`${String(p.learnerId)}:${String(p.courseId)}`)).map((p) => [`${String(p.learnerId)}:${String(p.courseId)}`, p]));
      let issued = 0;
      for (const { learnerId, courseId } of missing.values()) {
        const [course, instructor] = await Promise.all([courses.byId(courseId), people.instructorById(learnerId)]);
        if (!course || !instructor) continue;
        const learner = toLearner(instructor);
        const progress = await progressOf(learner, course);
        if (!progress.complete || progress.certificate) continue;
        // Here a failure is the job's to retry (BullMQ), not something to log and pass over.
        await certificates.issue({ learnerId: learner.id, learnerName: learner.name, officeId: learner.officeId, courseId: course._id, courseTitle: course.title });
        issued++;
      }
      return issued;
    },
  };
}

export type Learning = ReturnType<typeof createLearning>;
