import type { Types } from 'mongoose';
import type { Clock } from '../clock';
import { isDuplicateKey } from '../db/mongo';
import type { People } from '../people/use-cases';
import type { GradedPaper, IntegrityReads } from '../quizzes/integrity-reads';
import type { Quizzes } from '../quizzes/use-cases';
import type { IntegrityModels } from './model';

/** Graded attempts the first scan (or one after the cursor was lost) looks back over. */
export const FIRST_SCAN_LOOKBACK_MS = 24 * 3600_000;
/** Each scan re-reads this much before where the last one stopped: a grade written a moment late is not missed. */
export const SCAN_OVERLAP_MS = 2 * 60_000;
/** Two attempts are compared on the questions both answered: at least this many ... */
export const SHARED_MIN_COMMON = 3;
/** ... covering at least this share of what each of them answered. */
export const SHARED_MIN_COVERAGE = 0.8;
const LETTERS = 'ABCDEFGH';
const STEM_CHARS = 60;

export interface DetectionSettings {
  /** An answer saved sooner than this after its question was shown is fast; 0 turns the check off. */
  fastAnswerS: number;
  sharedWindowMin: number;
  sharedMinWrong: number;
}

/** A fast answer, as the report shows it. */
export interface FastAnswerEvidence {
  thresholdSeconds: number;
  answered: number;
  answers: { questionId: string; stem: string; shownAt: string; shownFrom: 'shown' | 'attempt_start'; savedAt: string; seconds: number }[];
}

/** A shared pattern, as the report shows it. */
export interface SharedPatternEvidence {
  employer: string;
  windowMinutes: number;
  learners: { id: string; name: string }[];
  attempts: { id: string; learnerId: string; learnerName: string; gradedAt: string; score: number; common: number; wrongInCommon: number }[];
  /** The answers this attempt shares with the nearest one, letters in the question's own option order. */
  sequence: { questionId: string; stem: string; choice: string; correct: boolean }[];
}

type Person = { name: string; employer: string; officeId: Types.ObjectId } | null;

/**
 * The checks on graded attempts, run by the periodic scan (jobs/integrity.ts) rather than on the
 * grading path: submitting stays the few reads it is (test/learning/round-trips.test.ts), and a
 * check that fails is simply done by the next scan. Every flag is an insert under a unique key
 * (kind and attempt), so scanning an attempt again finds nothing new.
 */
export function createDetection(deps: {
  models: Pick<IntegrityModels, 'IntegrityFlag' | 'QuestionShown' | 'IntegrityCursor'>;
  clock: Clock;
  reads: IntegrityReads;
  quizzes: Pick<Quizzes, 'quizById'>;
  people: Pick<People, 'instructorById'>;
  settings: DetectionSettings;
}) {
  const { IntegrityFlag, QuestionShown, IntegrityCursor } = deps.models;
  const { reads, settings } = deps;
  const windowMs = settings.sharedWindowMin * 60_000;
  const short = (s: string) => ([...s].length > STEM_CHARS ? `${[...s].slice(0, STEM_CHARS).join('')}…` : s);
  const letters = (choice: number[]) => choice.map((i) => LETTERS[i] ?? '?').join('');

  /** One scan's lookups of people and quiz titles. */
  function memo() {
    const people = new Map<string, Promise<Person>>();
    const titles = new Map<string, Promise<string>>();
    return {
      person: (id: Types.ObjectId) => {
        if (!people.has(String(id))) people.set(String(id), deps.people.instructorById(id).then((i) => (i ? { name: i.name, employer: (i.employer ?? '').trim(), officeId: i.officeId } : null)));
        return people.get(String(id))!;
      },
      title: (id: Types.ObjectId) => {
        if (!titles.has(String(id))) titles.set(String(id), deps.quizzes.quizById(id).then((q) => q.title, () => ''));
        return titles.get(String(id))!;
      },
    };
  }
  type Memo = ReturnType<typeof memo>;

  async function flag(paper: GradedPaper, who: NonNullable<Person>, m: Memo, kind: 'fast_answers' | 'shared_pattern', summary: string, evidence: object): Promise<boolean> {
    const doc = {
      key: `${kind}:${String(paper.attemptId)}`,
      kind,
      officeId: who.officeId,
      learnerId: paper.learnerId,
      learnerName: who.name,
      attemptId: paper.attemptId,
      quizId: paper.quizId,
      quizTitle: await m.title(paper.quizId),
      courseId: paper.courseId,
      occurredAt: paper.gradedAt,
      detectedAt: deps.clock.now(),
      summary,
      evidence,
    };
    // Through the model, so the document gets its _id and types; a duplicate key means found before.
    try {
      await IntegrityFlag.create(doc);
      return true;
    } catch (err) {
      if (isDuplicateKey(err)) return false;
      throw err;
    }
  }

  /** Answers saved less than fastAnswerS after their question first came on screen (or, with no record of that, after the paper was served). */
  async function fastAnswers(paper: GradedPaper, m: Memo): Promise<boolean> {
    if (settings.fastAnswerS <= 0 || !paper.answers.length) return false;
    const [times, shown] = await Promise.all([reads.answerTimes(paper.attemptId), QuestionShown.find({ attemptId: paper.attemptId }, { questionId: 1, at: 1 }).lean()]);
    if (!times) return false;
    const shownAt = new Map(shown.map((s) => [String(s.questionId), s.at]));
    const fast = [];
    for (const a of paper.answers) {
      const saved = times.savedAt.get(a.questionId);
      if (!saved) continue;
      const seen = shownAt.get(a.questionId);
      const from = seen ?? times.startedAt;
      const seconds = Math.max(0, (saved.getTime() - from.getTime()) / 1000);
      if (seconds < settings.fastAnswerS) fast.push({ questionId: a.questionId, shownAt: from.toISOString(), shownFrom: seen ? ('shown' as const) : ('attempt_start' as const), savedAt: saved.toISOString(), seconds: Math.round(seconds * 10) / 10 });
    }
    if (!fast.length) return false;
    const who = await m.person(paper.learnerId);
    if (!who) return false;
    const stems = await reads.stems(fast.map((f) => f.questionId));
    const evidence: FastAnswerEvidence = { thresholdSeconds: settings.fastAnswerS, answered: paper.answers.length, answers: fast.map((f) => ({ ...f, stem: short(stems.get(f.questionId)?.stem ?? '') })) };
    return flag(paper, who, m, 'fast_answers', `${fast.length} 道题在显示后不到 ${settings.fastAnswerS} 秒即作答（共答 ${paper.answers.length} 题）`, evidence);
  }

  /**
   * The same choices, wrong ones included, as another learner of the same employer on the same
   * quiz graded within the window before this one. Questions are compared by id and choices by the
   * question's own option order, so shuffled papers compare alike. All-right answers match for
   * every good learner, so only sequences sharing at least sharedMinWrong wrong answers count.
   */
  function compare(a: GradedPaper, b: GradedPaper): { common: GradedPaper['answers']; wrong: number } | null {
    const theirs = new Map(b.answers.map((x) => [x.questionId, x]));
    const common = a.answers.filter((x) => theirs.has(x.questionId));
    if (common.length < SHARED_MIN_COMMON || common.length < SHARED_MIN_COVERAGE * a.answers.length || common.length < SHARED_MIN_COVERAGE * b.answers.length) return null;
    if (!common.every((x) => letters(x.choice) === letters(theirs.get(x.questionId)!.choice))) return null;
    const wrong = common.filter((x) => !x.correct).length;
    return wrong >= settings.sharedMinWrong ? { common, wrong } : null;
  }

  async function sharedPattern(paper: GradedPaper, sameQuiz: GradedPaper[], m: Memo): Promise<boolean> {
    const before = (o: GradedPaper) => o.gradedAt.getTime() < paper.gradedAt.getTime() || (o.gradedAt.getTime() === paper.gradedAt.getTime() && String(o.attemptId) < String(paper.attemptId));
    const candidates = sameQuiz.filter((o) => String(o.learnerId) !== String(paper.learnerId) && before(o) && paper.gradedAt.getTime() - o.gradedAt.getTime() <= windowMs);
    const matches = candidates.map((o) => ({ o, match: compare(paper, o) })).filter((x): x is { o: GradedPaper; match: NonNullable<ReturnType<typeof compare>> } => x.match !== null);
    if (!matches.length) return false;
    const who = await m.person(paper.learnerId);
    if (!who?.employer) return false;
    const same = [];
    for (const x of matches) {
      const other = await m.person(x.o.learnerId);
      if (other && other.employer === who.employer) same.push({ ...x, other });
    }
    if (!same.length) return false;
    same.sort((a, b) => b.o.gradedAt.getTime() - a.o.gradedAt.getTime());
    const nearest = same[0].match;
    const stems = await reads.stems(nearest.common.map((c) => c.questionId));
    const learners = new Map<string, string>([[String(paper.learnerId), who.name], ...same.map((s) => [String(s.o.learnerId), s.other.name] as [string, string])]);
    const evidence: SharedPatternEvidence = {
      employer: who.employer,
      windowMinutes: settings.sharedWindowMin,
      learners: [...learners].map(([id, name]) => ({ id, name })),
      attempts: [
        { id: String(paper.attemptId), learnerId: String(paper.learnerId), learnerName: who.name, gradedAt: paper.gradedAt.toISOString(), score: paper.score, common: nearest.common.length, wrongInCommon: nearest.wrong },
        ...same.map((s) => ({ id: String(s.o.attemptId), learnerId: String(s.o.learnerId), learnerName: s.other.name, gradedAt: s.o.gradedAt.toISOString(), score: s.o.score, common: s.match.common.length, wrongInCommon: s.match.wrong })),
      ],
      sequence: nearest.common.map((c) => ({ questionId: c.questionId, stem: short(stems.get(c.questionId)?.stem ?? ''), choice: letters(c.choice), correct: c.correct })),
    };
    const names = same.map((s) => s.other.name).join('、');
    return flag(paper, who, m, 'shared_pattern', `与同单位（${who.employer}）的${names}在 ${settings.sharedWindowMin} 分钟内作答完全相同，含 ${nearest.wrong} 道相同的错题`, evidence);
  }

  /** Checks the given graded attempts; returns how many flags were new. */
  async function check(papers: GradedPaper[]): Promise<number> {
    const m = memo();
    let flagged = 0;
    const byQuiz = new Map<string, GradedPaper[]>();
    for (const p of papers) byQuiz.set(String(p.quizId), [...(byQuiz.get(String(p.quizId)) ?? []), p]);
    for (const group of byQuiz.values()) {
      const earliest = Math.min(...group.map((p) => p.gradedAt.getTime()));
      const latest = Math.max(...group.map((p) => p.gradedAt.getTime()));
      const sameQuiz = await reads.gradedOfQuizBetween(group[0].quizId, new Date(earliest - windowMs), new Date(latest));
      for (const paper of group) {
        if (await fastAnswers(paper, m)) flagged++;
        if (await sharedPattern(paper, sameQuiz, m)) flagged++;
      }
    }
    return flagged;
  }

  return {
    check,
    /**
     * The periodic scan: every attempt graded since the last scan (a day back on the first), each
     * checked once or, in the overlap, again to no effect.
     */
    async scan(): Promise<{ checked: number; flagged: number }> {
      const now = deps.clock.now();
      const cursor = await IntegrityCursor.findById('grades').lean();
      const from = new Date(Math.max(now.getTime() - FIRST_SCAN_LOOKBACK_MS, cursor ? cursor.upTo.getTime() - SCAN_OVERLAP_MS : 0));
      const papers = await reads.gradedBetween(from, now);
      const flagged = await check(papers);
      await IntegrityCursor.updateOne({ _id: 'grades' }, { $set: { upTo: now } }, { upsert: true });
      return { checked: papers.length, flagged };
    },
  };
}

export type Detection = ReturnType<typeof createDetection>;
