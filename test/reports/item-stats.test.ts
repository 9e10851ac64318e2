import { feldt, fisherZ, fQuantile, wilson } from '../../src/reports/intervals';
import { itemAnalysis, questionStats } from '../../src/reports/item-stats';

/**
 * Five first attempts at a three-question paper, marked all-or-nothing (1 right, 0 wrong):
 *
 *            Q1 Q2 Q3 | total
 *   A1        1  1  1 |   3
 *   A2        1  1  0 |   2
 *   A3        1  0  1 |   2
 *   A4        0  1  0 |   1
 *   A5        0  0  0 |   0
 *
 * Means: Q1 0.6, Q2 0.6, Q3 0.4; totals 1.6. Variances divide by n − 1 = 4.
 * var(Q1) = (3·0.4² + 2·0.6²)/4 = 1.2/4 = 0.3, and likewise 0.3 for Q2 and Q3 → SD √0.3 = 54.77%.
 * var(total) = (1.4² + 0.4² + 0.4² + 0.6² + 1.6²)/4 = 5.2/4 = 1.3.
 *
 * Q1, rest of test R = total − Q1 = 2,1,1,1,0 (mean 1): cov = (0.4·1 + 0.4·0 + 0.4·0 − 0.6·0 − 0.6·−1)/4
 *   = 1.0/4 = 0.25; var(R) = (1 + 0 + 0 + 0 + 1)/4 = 0.5; D = 100·0.25/√(0.3·0.5) = 64.55.
 *   covmax pairs sorted Q1 (0,0,1,1,1) with sorted R (0,1,1,1,2): (−0.6·−1 + 0.4·1)/4 = 0.25 → E = 100.
 * Q2, R = 2,1,2,0,0 (mean 1): cov = (0.4·1 + 0.4·0 − 0.6·1 + 0.4·−1 − 0.6·−1)/4 = 0 → D = 0, E = 0: flagged.
 * Q3, R = 2,2,1,1,0 (mean 1.2): cov = (0.6·0.8 − 0.4·0.8 + 0.6·−0.2 − 0.4·−0.2 − 0.4·−1.2)/4 = 0.6/4 = 0.15;
 *   var(R) = (0.64 + 0.64 + 0.04 + 0.04 + 1.44)/4 = 0.7; D = 100·0.15/√(0.3·0.7) = 32.73.
 *   covmax: sorted Q3 (0,0,0,1,1) devs −.4,−.4,−.4,.6,.6 with sorted R (0,1,1,2,2) devs −1.2,−.2,−.2,.8,.8:
 *   (.48 + .08 + .08 + .48 + .48)/4 = 0.4 → E = 100·0.15/0.4 = 37.5.
 *
 * Alpha (Moodle's CIC) = 3/2·(1 − (0.3 + 0.3 + 0.3)/1.3) = 1.5·0.4/1.3 = 0.461538 → 46.15%.
 * Error ratio = 100·√(1 − 0.461538) = 73.38%; SD(total) = √1.3 = 1.1402; SE = 0.7338·1.1402 = 0.8367.
 *
 * Intervals (z = 1.959964):
 * - Wilson for 3 of 5: centre (0.6 + z²/10)/(1 + z²/5) = 0.984146/1.768292 = 0.556553; half-width
 *   z·√(0.6·0.4/5 + z²/100)/1.768292 = 1.959964·0.293963/1.768292 = 0.325827 → [23.07%, 88.24%].
 * - Fisher for Q1: atanh(0.645497) = 0.767543 ± 1.959964/√2 = ±1.385904 → tanh(−0.618361) = −0.5500,
 *   tanh(2.153447) = 0.9734 → [−55.00, 97.34].
 * - Feldt for alpha, n = 5, k = 3: F(4, 8) quantiles 5.0526 (97.5%) and 1/F(8, 4) at 97.5% = 1/8.9796 =
 *   0.11136 (tables) → [1 − 0.538462·5.0526, 1 − 0.538462·0.11136] = [−1.7206, 0.9400].
 */
const PAPER = [
  [1, 1, 1],
  [1, 1, 0],
  [1, 0, 1],
  [0, 1, 0],
  [0, 0, 0],
];
const attempts = PAPER.map((row) => ({ items: row.map((mark, i) => ({ questionId: `Q${i + 1}`, position: i, mark, max: 1 })) }));

describe('item statistics on a hand-computed example (5 attempts × 3 questions)', () => {
  const { quiz, questions } = itemAnalysis(attempts);
  const q = (id: string) => questions.find((s) => s.questionId === id)!;

  test('facility, standard deviation, discrimination index and discriminative efficiency per question', () => {
    expect(q('Q1').facility.value).toBeCloseTo(60, 6);
    expect(q('Q3').facility.value).toBeCloseTo(40, 6);
    for (const id of ['Q1', 'Q2', 'Q3']) expect(q(id).sd.value).toBeCloseTo(54.7723, 3);
    expect(q('Q1').discrimination.value).toBeCloseTo(64.5497, 3);
    expect(q('Q1').efficiency.value).toBeCloseTo(100, 6);
    expect(q('Q2').discrimination.value).toBeCloseTo(0, 6);
    expect(q('Q2').efficiency.value).toBeCloseTo(0, 6);
    expect(q('Q3').discrimination.value).toBeCloseTo(32.7327, 3);
    expect(q('Q3').efficiency.value).toBeCloseTo(37.5, 6);
  });

  test('a question with efficiency under 15 is flagged; five attempts are too few to trust', () => {
    expect(q('Q2')).toMatchObject({ flagged: true, reasons: ['low_efficiency'], fewAttempts: true });
    expect(q('Q1').flagged).toBe(false);
    expect(q('Q3').flagged).toBe(false);
    expect(quiz.fewAttempts).toBe(true);
  });

  test("Cronbach's alpha, error ratio and standard error of the quiz", () => {
    expect(quiz.attempts).toBe(5);
    expect(quiz.positions).toBe(3);
    expect(quiz.meanTotal).toBeCloseTo(1.6, 9);
    expect(quiz.sdTotal).toBeCloseTo(1.140175, 5);
    expect(quiz.alpha.value).toBeCloseTo(46.1538, 3);
    expect(quiz.errorRatio.value).toBeCloseTo(73.3799, 3);
    expect(quiz.standardError.value).toBeCloseTo(0.83666, 4);
  });

  test("Wilson's interval for the facility, Fisher's for the discrimination, Feldt's for alpha", () => {
    expect(q('Q1').facility.interval!.low).toBeCloseTo(23.07, 2);
    expect(q('Q1').facility.interval!.high).toBeCloseTo(88.24, 2);
    expect(q('Q1').discrimination.interval!.low).toBeCloseTo(-55.0, 1);
    expect(q('Q1').discrimination.interval!.high).toBeCloseTo(97.34, 2);
    expect(quiz.alpha.interval!.low).toBeCloseTo(-172.06, 1);
    expect(quiz.alpha.interval!.high).toBeCloseTo(94.0, 1);
    // Error ratio's interval is alpha's, mapped: the higher alpha, the lower the error.
    expect(quiz.errorRatio.interval!.low).toBeCloseTo(100 * Math.sqrt(1 - 0.940035), 1);
  });

  test('a question the weaker learners get right and the stronger get wrong is flagged for negative discrimination', () => {
    // Rest-of-test scores rise while the item's marks fall.
    const s = questionStats('Qneg', [1, 1, 0, 0, 0], [0, 1, 2, 3, 3]);
    expect(s.discrimination.value!).toBeLessThan(0);
    expect(s.reasons).toContain('negative_discrimination');
  });
});

describe('the interval functions against tabled values', () => {
  test('F quantiles match the tables', () => {
    expect(fQuantile(0.975, 4, 8)).toBeCloseTo(5.0526, 3);
    expect(fQuantile(0.975, 8, 4)).toBeCloseTo(8.9796, 3);
    expect(fQuantile(0.95, 10, 20)).toBeCloseTo(2.3479, 3);
  });
  test('Wilson, Fisher and Feldt at the edges', () => {
    expect(wilson(0, 10)!.low).toBe(0);
    expect(wilson(10, 10)!.high).toBeCloseTo(1, 12);
    expect(wilson(0, 0)).toBeNull();
    expect(fisherZ(0.5, 3)).toBeNull();
    expect(feldt(0.8, 1, 5)).toBeNull();
    const wide = feldt(0.8, 30, 10)!;
    expect(wide.low).toBeLessThan(0.8);
    expect(wide.high).toBeGreaterThan(0.8);
  });
});
