import type { Types } from 'mongoose';
import { CODE_ALPHABET } from '../codes';
import type { Lesson } from '../courses/model';
import type { Models } from '../models';
import type { Question, Quiz } from '../quizzes/model';
import { drawPaper, isCorrect, type PaperItem } from '../quizzes/paper';
import { VERIFY_CODE_LENGTH } from '../certificates/service';
import { CSR_COURSE } from './csr-course-content';
import { CITY_SEED_UNTIL, type InstructorPlan } from './city-people';
import { rngFor, seededCode, seededObjectId, type Rng } from './city-random';

/**
 * The course history of the bound instructors on the seeded CSR course, as the documents the
 * learning and quiz areas would have written: lesson completions, attempts with their papers,
 * saved answers, grades and certificates. It follows the course rules (a module's quiz after its
 * lessons, the final exam after every module quiz, never more attempts than a quiz allows), and
 * each grade is computed from its answers the way the engine grades, not asserted.
 *
 * Papers come from drawPaper, which draws from a cryptographic source, so a paper differs between
 * two fresh seeds; everything else (who, when, how many right) is seeded. A resumed run passes the
 * papers already stored, so answers and grades always match the paper of their attempt.
 */

export interface CourseShape {
  courseId: Types.ObjectId;
  title: string;
  modules: { lessons: Lesson[]; quiz: Quiz }[];
  finalExam: Quiz;
  questionsByBank: Map<string, Question[]>;
  questionById: Map<string, Question>;
}

/** Reads the seeded CSR course once: its modules in order with their lessons and quizzes, and the question pool. */
export async function loadCourseShape(models: Models): Promise<CourseShape> {
  const course = await models.Course.findOne({ code: CSR_COURSE.code }).lean();
  if (!course) throw new Error(`The course ${CSR_COURSE.code} is missing: seedDemo seeds it first`);
  const [modules, lessons, quizzes] = await Promise.all([
    models.CourseModule.find({ courseId: course._id }).sort({ order: 1 }).lean(),
    models.Lesson.find({ courseId: course._id }).sort({ order: 1 }).lean() as Promise<Lesson[]>,
    models.Quiz.find({ courseId: course._id }).lean() as Promise<Quiz[]>,
  ]);
  const questions = (await models.Question.find({ bankId: { $in: quizzes.flatMap((q) => q.draws.map((d) => d.bankId)) } }).lean()) as Question[];
  const questionsByBank = new Map<string, Question[]>();
  for (const q of questions) questionsByBank.set(String(q.bankId), [...(questionsByBank.get(String(q.bankId)) ?? []), q]);
  const finalExam = quizzes.find((q) => !q.moduleId);
  if (!finalExam) throw new Error(`The course ${CSR_COURSE.code} has no final exam`);
  return {
    courseId: course._id,
    title: course.title,
    modules: modules.map((m) => {
      const quiz = quizzes.find((q) => String(q.moduleId) === String(m._id));
      if (!quiz) throw new Error(`Module ${m.code} of ${CSR_COURSE.code} has no quiz`);
      return { lessons: lessons.filter((l) => String(l.moduleId) === String(m._id)), quiz };
    }),
    finalExam,
    questionsByBank,
    questionById: new Map(questions.map((q) => [String(q._id), q])),
  };
}

export interface LessonCompletionDoc {
  _id: string;
  learnerId: Types.ObjectId;
  courseId: Types.ObjectId;
  lessonId: Types.ObjectId;
  at: Date;
}

export interface AttemptDoc {
  _id: Types.ObjectId;
  learnerId: Types.ObjectId;
  quizId: Types.ObjectId;
  courseId: Types.ObjectId;
  number: number;
  startedAt: Date;
  deadline: Date;
  open: false;
  paper: PaperItem[];
}

export interface AnswerDoc {
  _id: Types.ObjectId;
  attemptId: Types.ObjectId;
  questionId: Types.ObjectId;
  choice: number[];
  savedAt: Date;
}

export interface GradeDoc {
  _id: Types.ObjectId;
  learnerId: Types.ObjectId;
  quizId: Types.ObjectId;
  courseId: Types.ObjectId;
  number: number;
  correct: number;
  total: number;
  score: number;
  passed: boolean;
  gradedAt: Date;
  auto: boolean;
  /** The choices the grade counted (the grade schema keeps them where it has the field). */
  answers: { questionId: Types.ObjectId; choice: number[] }[];
}

/** A certificate before its number, which is allocated when it is written (after those already held). */
export interface CertificatePlan {
  _id: Types.ObjectId;
  learnerId: Types.ObjectId;
  courseId: Types.ObjectId;
  officeId: Types.ObjectId;
  code: string;
  learnerName: string;
  courseTitle: string;
  issuedAt: Date;
}

export interface LearningPlan {
  completions: LessonCompletionDoc[];
  attempts: AttemptDoc[];
  answers: AnswerDoc[];
  grades: GradeDoc[];
  certificates: CertificatePlan[];
}

/** A bound instructor as the plan needs them: who, where, and from when. */
export type PlannedLearner = Pick<InstructorPlan, 'm' | '_id' | 'name' | 'state'> & { officeId: Types.ObjectId; boundAt: Date };

/** One step of a learner's history, in the order the course rules allow. */
type Step = { kind: 'lesson'; lesson: Lesson } | { kind: 'attempt'; quiz: Quiz; quizIndex: number; number: number; passes: boolean };

const MINUTE = 60_000;
const DAY = 86_400_000;

/** How many tries a learner needs to pass, within the quiz's maximum. */
const triesToPass = (rng: Rng, quiz: Quiz, finalExam: boolean) =>
  Math.min(quiz.maxAttempts, finalExam ? rng.weighted([[1, 65], [2, 35]] as const) : rng.weighted([[1, 50], [2, 32], [3, 18]] as const));

function stepsOf(rng: Rng, learner: PlannedLearner, course: CourseShape): Step[] {
  const steps: Step[] = [];
  const quizzes = [...course.modules.map((m) => m.quiz), course.finalExam];
  const attempts = (quizIndex: number, tries: number, passes: boolean) => {
    for (let number = 1; number <= tries; number++) steps.push({ kind: 'attempt', quiz: quizzes[quizIndex], quizIndex, number, passes: passes && number === tries });
  };
  const readModule = (i: number, count = course.modules[i].lessons.length) => course.modules[i].lessons.slice(0, count).forEach((lesson) => steps.push({ kind: 'lesson', lesson }));

  if (learner.state === 'started') {
    // A few lessons, in order, possibly into the second module.
    let left = rng.int(1, 4);
    for (let i = 0; i < course.modules.length && left > 0; i++) {
      const count = Math.min(left, course.modules[i].lessons.length);
      readModule(i, count);
      left -= count;
    }
    return steps;
  }
  const modulesPassed = learner.state === 'finished' ? course.modules.length : rng.int(1, course.modules.length);
  for (let i = 0; i < modulesPassed; i++) {
    readModule(i);
    attempts(i, triesToPass(rng, course.modules[i].quiz, false), true);
  }
  if (learner.state === 'finished') {
    attempts(course.modules.length, triesToPass(rng, course.finalExam, true), true);
  } else if (modulesPassed < course.modules.length) {
    // Halfway: part of the next module read, and now and then a first try at its quiz that failed.
    const next = course.modules[modulesPassed];
    const read = rng.int(0, next.lessons.length);
    readModule(modulesPassed, read);
    if (read === next.lessons.length && rng.chance(0.5)) attempts(modulesPassed, 1, false);
  } else if (rng.chance(0.45)) {
    attempts(course.modules.length, 1, false);
  }
  return steps;
}

/** The fewest right answers that pass, by the engine's own rounding of the score. */
function passingCorrect(total: number, passMark: number): number {
  for (let c = 0; c <= total; c++) if (Math.round((c / total) * 1000) / 10 >= passMark) return c;
  return total + 1;
}

/** A wrong choice for a question: another option, or for a multiple choice a set one off the right one. */
function wrongChoice(rng: Rng, q: Question): number[] {
  const right = [...q.answer].sort((a, b) => a - b);
  const others = q.options.map((_, i) => i).filter((i) => !right.includes(i));
  if (q.type !== 'multiple') return [rng.pick(others)];
  if (right.length > 1 && (others.length === 0 || rng.chance(0.5))) {
    const dropped = rng.pick(right);
    return right.filter((o) => o !== dropped);
  }
  return [...right, rng.pick(others)].sort((a, b) => a - b);
}

/** Daytime in Shanghai (08:30–21:00) on the day of `at`. */
function atDaytime(rng: Rng, at: number): number {
  const shanghaiMidnight = Math.floor((at + 8 * 3_600_000) / DAY) * DAY - 8 * 3_600_000;
  return shanghaiMidnight + rng.int(8 * 60 + 30, 21 * 60) * MINUTE;
}

interface Timed {
  plan: LearningPlan;
  end: number;
}

/**
 * Lays the steps out in study sessions spread over `spanDays` after binding: a session is a few
 * lessons, often followed by the module's quiz; a retake comes in the same session or a later one.
 */
function timeline(learner: PlannedLearner, course: CourseShape, steps: Step[], spanDays: number, papers: ReadonlyMap<string, PaperItem[]>): Timed {
  const rng = rngFor(`timeline:${learner.m}`);
  const sessions: Step[][] = [];
  for (const step of steps) {
    const current = sessions[sessions.length - 1];
    const previous = current?.[current.length - 1];
    const stays =
      current &&
      (step.kind === 'lesson'
        ? previous?.kind === 'lesson' && current.length < 3 && rng.chance(0.55)
        : previous?.kind === 'lesson'
          ? rng.chance(0.6)
          : rng.chance(0.35));
    if (stays) current.push(step);
    else sessions.push([step]);
  }
  const offsets = [0, ...Array.from({ length: Math.max(0, sessions.length - 1) }, () => rng.next() * spanDays)].sort((a, b) => a - b);
  const plan: LearningPlan = { completions: [], attempts: [], answers: [], grades: [], certificates: [] };
  let clock = learner.boundAt.getTime() + rng.int(5, 90) * MINUTE;
  sessions.forEach((session, s) => {
    const planned = s === 0 ? clock : atDaytime(rng, learner.boundAt.getTime() + offsets[s] * DAY);
    clock = Math.max(planned, clock + rng.int(20, 120) * MINUTE);
    for (const step of session) {
      if (step.kind === 'lesson') {
        clock += Math.round(step.lesson.minutes * (0.6 + rng.next() * 0.8) * MINUTE);
        const lessonId = step.lesson._id;
        plan.completions.push({ _id: `${String(learner._id)}:${String(lessonId)}`, learnerId: learner._id, courseId: course.courseId, lessonId, at: new Date(clock) });
      } else {
        clock = takeAttempt(learner, course, step, clock + rng.int(1, 6) * MINUTE, papers, plan) + rng.int(1, 10) * MINUTE;
      }
    }
  });
  return { plan, end: clock };
}

/** Writes one attempt, its answers and its grade into the plan; returns when it was graded. */
function takeAttempt(learner: PlannedLearner, course: CourseShape, step: Extract<Step, { kind: 'attempt' }>, startedAt: number, papers: ReadonlyMap<string, PaperItem[]>, plan: LearningPlan): number {
  const key = `attempt:${learner.m}:${step.quizIndex}:${step.number}`;
  const rng = rngFor(key);
  const { quiz } = step;
  const _id = seededObjectId(key, new Date(startedAt));
  const paper = papers.get(String(_id)) ?? drawPaper(quiz, course.questionsByBank);
  const limit = quiz.timeLimitMinutes * MINUTE;
  const deadline = startedAt + limit;
  const total = paper.length;
  const passFrom = passingCorrect(total, quiz.passMark);
  // Now and then a failed try is one that ran out of time with questions left blank (graded by the deadline job).
  const timedOut = !step.passes && rng.chance(0.12);
  const answered = timedOut ? rng.shuffle(paper.map((_, i) => i)).slice(0, rng.int(Math.ceil(total / 2), total - 1)) : paper.map((_, i) => i);
  // A failed try mostly misses by one or two.
  const target = step.passes ? rng.int(passFrom, total) : Math.min(answered.length, Math.max(0, passFrom - rng.weighted([[1, 60], [2, 30], [3, 10]] as const)));
  const rightOnes = new Set(rng.shuffle(answered).slice(0, target));
  const duration = timedOut ? limit : Math.round(limit * (0.2 + rng.next() * 0.65));
  const savedIn = [...answered].sort((a, b) => a - b);

  const answers = savedIn.map((i, k): AnswerDoc => {
    const q = course.questionById.get(String(paper[i].questionId))!;
    const choice = rightOnes.has(i) ? [...q.answer].sort((a, b) => a - b) : wrongChoice(rng, q);
    const savedAt = new Date(startedAt + Math.round(((k + 1) / (savedIn.length + 1)) * duration));
    return { _id: seededObjectId(`answer:${key}:${i}`, savedAt), attemptId: _id, questionId: paper[i].questionId, choice, savedAt };
  });
  const correct = answers.filter((a) => isCorrect(a.choice, course.questionById.get(String(a.questionId))!.answer)).length;
  const score = total ? Math.round((correct / total) * 1000) / 10 : 0;
  // The steps were laid out for this outcome (no retake after a pass, no course finished by the halfway).
  if (score >= quiz.passMark !== step.passes) throw new Error(`Planned ${step.passes ? 'a pass' : 'a fail'} for ${key}, graded ${score}`);
  const gradedAt = timedOut ? deadline : startedAt + duration;
  plan.attempts.push({ _id, learnerId: learner._id, quizId: quiz._id, courseId: course.courseId, number: step.number, startedAt: new Date(startedAt), deadline: new Date(deadline), open: false, paper });
  plan.answers.push(...answers);
  plan.grades.push({
    _id,
    learnerId: learner._id,
    quizId: quiz._id,
    courseId: course.courseId,
    number: step.number,
    correct,
    total,
    score,
    passed: score >= quiz.passMark,
    gradedAt: new Date(gradedAt),
    auto: timedOut,
    answers: answers.map((a) => ({ questionId: a.questionId, choice: a.choice })),
  });
  return gradedAt;
}

/** Days over which a learner's sessions are spread, before fitting them before CITY_SEED_UNTIL. */
const SPAN_DAYS = { finished: [18, 75], halfway: [10, 60], started: [0, 20] } as const;

/**
 * The whole history of one bound learner. A span that would run past CITY_SEED_UNTIL is
 * shortened and laid out again (the same draws, so still the same every run).
 */
export function planLearner(learner: PlannedLearner, course: CourseShape, papers: ReadonlyMap<string, PaperItem[]>): LearningPlan {
  if (learner.state === 'unbound') return { completions: [], attempts: [], answers: [], grades: [], certificates: [] };
  const rng = rngFor(`learning:${learner.m}`);
  const steps = stepsOf(rng, learner, course);
  const [min, max] = SPAN_DAYS[learner.state];
  let span = Math.min(min + rng.next() * (max - min), Math.max(0, (CITY_SEED_UNTIL.getTime() - learner.boundAt.getTime()) / DAY - 2));
  let timed = timeline(learner, course, steps, span, papers);
  while (timed.end > CITY_SEED_UNTIL.getTime() && span > 0.01) {
    span *= 0.8;
    timed = timeline(learner, course, steps, span, papers);
  }
  if (timed.end > CITY_SEED_UNTIL.getTime()) throw new Error(`The history of instructor ${learner.m} does not fit before ${CITY_SEED_UNTIL.toISOString()}`);
  const { plan } = timed;
  if (learner.state === 'finished') {
    // Issued by the grade that completed the course: the passed final exam.
    const issuedAt = plan.grades[plan.grades.length - 1].gradedAt;
    plan.certificates.push({
      _id: seededObjectId(`certificate:${learner.m}`, issuedAt),
      learnerId: learner._id,
      courseId: course.courseId,
      officeId: learner.officeId,
      code: seededCode(`certificate:${learner.m}`, VERIFY_CODE_LENGTH, CODE_ALPHABET),
      learnerName: learner.name,
      courseTitle: course.title,
      issuedAt,
    });
  }
  return plan;
}

export function planLearning(learners: readonly PlannedLearner[], course: CourseShape, papers: ReadonlyMap<string, PaperItem[]>): LearningPlan {
  const all: LearningPlan = { completions: [], attempts: [], answers: [], grades: [], certificates: [] };
  for (const learner of learners) {
    const plan = planLearner(learner, course, papers);
    all.completions.push(...plan.completions);
    all.attempts.push(...plan.attempts);
    all.answers.push(...plan.answers);
    all.grades.push(...plan.grades);
    all.certificates.push(...plan.certificates);
  }
  return all;
}
