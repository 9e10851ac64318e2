import { feldt, fisherZ, wilson, type Interval } from './intervals';

/**
 * Question quality, with the formulas of Moodle's quiz statistics report (question/classes/
 * statistics/questions/calculator.php and mod/quiz/report/statistics/classes/calculator.php),
 * written again here as pure functions over first graded attempts, plus what Moodle leaves out: a
 * 95% interval for every figure and a warning when there are too few attempts to trust it.
 *
 * Per question, over the attempts whose paper held it (x its mark, R = the attempt's total − x,
 * "the rest of the test"; variances and covariances divide by n − 1, as Moodle's do):
 * - facility F = mean(x) / max, as a percentage; interval: Wilson's score interval on the share right
 *   (every question here is marked all-or-nothing, so a mark is a success or not);
 * - standard deviation SD = √var(x) / max, as a percentage; interval: the SD of a 0/1 mark is a
 *   function of the facility, √(p(1 − p)·n/(n − 1)), so its interval is the image of Wilson's;
 * - discrimination index D = 100·cov(x, R) / √(var(x)·var(R)), the correlation with the rest of the
 *   test; interval: Fisher's z, tanh(atanh(r) ± 1.96/√(n − 3));
 * - discriminative efficiency E = 100·cov(x, R) / covmax, where covmax pairs the sorted x with the
 *   sorted R (the largest covariance these two sets of marks allow); interval: E = r / rmax with rmax
 *   = covmax/√(var(x)·var(R)) taken as fixed, so Fisher's interval for r divided by rmax;
 * - flagged when E < 15 or D < 0 (Moodle's own colouring of a question worth a look).
 *
 * Per quiz, over the attempts' totals T (p positions, as Moodle's slots: the i-th question of each
 * paper, since every paper is drawn at random from the quiz's banks):
 * - Cronbach's alpha (Moodle's coefficient of internal consistency) CIC = 100·p/(p − 1)·(1 −
 *   Σ var(position marks) / var(T)); interval: Feldt's, (1 − α)/(1 − α̂) ~ F(n − 1, (n − 1)(p − 1));
 * - error ratio ER = 100·√(1 − CIC/100) and standard error SE = ER/100·SD(T), in marks (one mark
 *   per question); their intervals are the images of alpha's (SD(T) taken as fixed).
 * Moodle gives alpha only from three attempts up; so does this.
 */

/** Below this many attempts a figure is shown with `fewAttempts` (its interval says how loose it is). */
export const MIN_TRUSTED_ATTEMPTS = 30;
/** Moodle's threshold: a discriminative efficiency under this is worth a look. */
export const LOW_EFFICIENCY = 15;

export interface ItemMark {
  questionId: string;
  /** The question's place in this paper, 0-based (Moodle's slot). */
  position: number;
  mark: number;
  max: number;
}

/** One learner's first graded attempt: a mark for every question of its paper (an unanswered one is 0). */
export interface AttemptMarks {
  items: ItemMark[];
}

export interface Figure {
  value: number | null;
  interval: Interval | null;
}

export interface QuestionStats {
  questionId: string;
  attempts: number;
  facility: Figure;
  sd: Figure;
  discrimination: Figure;
  efficiency: Figure;
  flagged: boolean;
  reasons: ('low_efficiency' | 'negative_discrimination')[];
  fewAttempts: boolean;
}

export interface QuizStats {
  attempts: number;
  positions: number;
  meanTotal: number | null;
  sdTotal: number | null;
  /** Cronbach's alpha as a percentage (Moodle's CIC). */
  alpha: Figure;
  errorRatio: Figure;
  standardError: Figure;
  fewAttempts: boolean;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const sampleVar = (xs: number[], m = mean(xs)) => (xs.length > 1 ? xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1) : null);
const covariance = (xs: number[], ys: number[]) => {
  if (xs.length < 2) return null;
  const mx = mean(xs);
  const my = mean(ys);
  return xs.reduce((a, x, i) => a + (x - mx) * (ys[i] - my), 0) / (xs.length - 1);
};
const pct = (i: Interval | null, scale = 100): Interval | null => (i ? { low: i.low * scale, high: i.high * scale } : null);
const none: Figure = { value: null, interval: null };

/** Statistics of one question from the marks it got and the rest-of-test totals of the same attempts. */
export function questionStats(questionId: string, marks: number[], rests: number[], max = 1): QuestionStats {
  const n = marks.length;
  const fewAttempts = n < MIN_TRUSTED_ATTEMPTS;
  if (!n) return { questionId, attempts: 0, facility: none, sd: none, discrimination: none, efficiency: none, flagged: false, reasons: [], fewAttempts };
  const m = mean(marks);
  const right = marks.filter((x) => x >= max).length;
  const facilityCi = wilson(right, n);
  const facility: Figure = { value: (100 * m) / max, interval: pct(facilityCi) };

  const varX = sampleVar(marks, m);
  const sdOfShare = (p: number) => Math.sqrt((p * (1 - p) * n) / (n - 1));
  let sd: Figure = none;
  if (varX !== null) {
    let interval: Interval | null = null;
    if (facilityCi) {
      const ends = [sdOfShare(facilityCi.low), sdOfShare(facilityCi.high)];
      const inside = facilityCi.low <= 0.5 && facilityCi.high >= 0.5;
      interval = { low: Math.min(...ends) * 100, high: (inside ? sdOfShare(0.5) : Math.max(...ends)) * 100 };
    }
    sd = { value: (100 * Math.sqrt(varX)) / max, interval };
  }

  const varR = sampleVar(rests);
  const cov = covariance(marks, rests);
  let discrimination: Figure = none;
  let efficiency: Figure = none;
  if (varX !== null && varR !== null && cov !== null && varX * varR > 0) {
    const r = cov / Math.sqrt(varX * varR);
    const rCi = fisherZ(r, n);
    discrimination = { value: 100 * r, interval: pct(rCi) };
    const sortedX = [...marks].sort((a, b) => a - b);
    const sortedR = [...rests].sort((a, b) => a - b);
    const covMax = covariance(sortedX, sortedR)!;
    if (covMax) {
      const rMax = covMax / Math.sqrt(varX * varR);
      // cov can never pass covmax, so the interval stops at 100.
      efficiency = { value: (100 * cov) / covMax, interval: rCi ? { low: (100 * rCi.low) / rMax, high: Math.min(100, (100 * rCi.high) / rMax) } : null };
    }
  }
  const reasons: QuestionStats['reasons'] = [];
  if (efficiency.value !== null && efficiency.value < LOW_EFFICIENCY) reasons.push('low_efficiency');
  if (discrimination.value !== null && discrimination.value < 0) reasons.push('negative_discrimination');
  return { questionId, attempts: n, facility, sd, discrimination, efficiency, flagged: reasons.length > 0, reasons, fewAttempts };
}

/** Per-question and whole-quiz statistics of a set of first graded attempts. */
export function itemAnalysis(attempts: AttemptMarks[]): { quiz: QuizStats; questions: QuestionStats[] } {
  const totals = attempts.map((a) => a.items.reduce((s, i) => s + i.mark, 0));
  const byQuestion = new Map<string, { marks: number[]; rests: number[]; max: number }>();
  const byPosition = new Map<number, number[]>();
  attempts.forEach((a, k) => {
    for (const item of a.items) {
      const q = byQuestion.get(item.questionId) ?? { marks: [], rests: [], max: item.max };
      q.marks.push(item.mark);
      q.rests.push(totals[k] - item.mark);
      byQuestion.set(item.questionId, q);
      byPosition.set(item.position, [...(byPosition.get(item.position) ?? []), item.mark]);
    }
  });
  const questions = [...byQuestion.entries()].map(([id, q]) => questionStats(id, q.marks, q.rests, q.max));
  return { quiz: quizStats(totals, [...byPosition.values()]), questions };
}

/** Alpha, error ratio and standard error from the attempts' totals and each position's marks. */
export function quizStats(totals: number[], positionMarks: number[][]): QuizStats {
  const n = totals.length;
  const p = positionMarks.length;
  const base = { attempts: n, positions: p, meanTotal: n ? mean(totals) : null, sdTotal: null as number | null, alpha: none, errorRatio: none, standardError: none, fewAttempts: n < MIN_TRUSTED_ATTEMPTS };
  const varT = sampleVar(totals);
  if (varT === null) return base;
  const sdT = Math.sqrt(varT);
  base.sdTotal = sdT;
  if (n < 3 || p < 2 || varT === 0) return base;
  const sumVar = positionMarks.reduce((s, marks) => s + (sampleVar(marks) ?? 0), 0);
  const alpha = (p / (p - 1)) * (1 - sumVar / varT);
  const alphaCi = feldt(alpha, n, p);
  const er = (a: number) => 100 * Math.sqrt(Math.max(0, 1 - a));
  const erCi = alphaCi ? { low: er(Math.min(1, alphaCi.high)), high: er(alphaCi.low) } : null;
  return {
    ...base,
    alpha: { value: 100 * alpha, interval: pct(alphaCi) },
    errorRatio: { value: er(alpha), interval: erCi },
    standardError: { value: (er(alpha) / 100) * sdT, interval: erCi ? { low: (erCi.low / 100) * sdT, high: (erCi.high / 100) * sdT } : null },
  };
}
