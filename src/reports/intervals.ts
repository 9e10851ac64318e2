/**
 * Confidence intervals for the report figures, as pure functions. Two-sided at 95% unless told.
 * The distribution functions (log-gamma, the regularised incomplete beta and the F quantile) are
 * written out here because the service has no statistics library and needs only these.
 */

export interface Interval {
  low: number;
  high: number;
}

/** The standard normal quantile for a two-sided 95% interval. */
export const Z95 = 1.959963984540054;

/**
 * Wilson's score interval for a proportion of `successes` in `n` (better than p ± z·se near 0 or 1
 * and at small n, where the plain one leaves [0, 1]).
 */
export function wilson(successes: number, n: number, z = Z95): Interval | null {
  if (n <= 0) return null;
  const p = successes / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom;
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/** Fisher's z interval for a correlation r over n pairs: tanh(atanh(r) ± z/√(n−3)). Needs n ≥ 4 and |r| < 1. */
export function fisherZ(r: number, n: number, z = Z95): Interval | null {
  if (n < 4 || !Number.isFinite(r)) return null;
  if (Math.abs(r) >= 1) return { low: r, high: r };
  const centre = Math.atanh(r);
  const half = z / Math.sqrt(n - 3);
  return { low: Math.tanh(centre - half), high: Math.tanh(centre + half) };
}

/**
 * Feldt's interval for Cronbach's alpha over n people and k items: (1 − α)/(1 − α̂) follows
 * F(n − 1, (n − 1)(k − 1)), so α lies in [1 − (1 − α̂)·F(1 − γ/2), 1 − (1 − α̂)·F(γ/2)].
 */
export function feldt(alpha: number, n: number, k: number, level = 0.95): Interval | null {
  if (n < 2 || k < 2 || !Number.isFinite(alpha)) return null;
  const d1 = n - 1;
  const d2 = (n - 1) * (k - 1);
  const tail = (1 - level) / 2;
  return { low: 1 - (1 - alpha) * fQuantile(1 - tail, d1, d2), high: 1 - (1 - alpha) * fQuantile(tail, d1, d2) };
}

/** ln Γ(x) for x > 0 (Lanczos, g = 7, nine coefficients: about 15 significant digits). */
export function logGamma(x: number): number {
  const c = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  const y = x - 1;
  let a = c[0];
  const t = y + 7.5;
  for (let i = 1; i < 9; i++) a += c[i] / (y + i);
  return 0.5 * Math.log(2 * Math.PI) + (y + 0.5) * Math.log(t) - t + Math.log(a);
}

/** The continued fraction of the incomplete beta function (modified Lentz). */
function betaFraction(a: number, b: number, x: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let f = d;
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m;
    let num = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + num * d;
    c = 1 + num / c;
    d = 1 / (Math.abs(d) < tiny ? tiny : d);
    c = Math.abs(c) < tiny ? tiny : c;
    f *= d * c;
    num = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + num * d;
    c = 1 + num / c;
    d = 1 / (Math.abs(d) < tiny ? tiny : d);
    c = Math.abs(c) < tiny ? tiny : c;
    const step = d * c;
    f *= step;
    if (Math.abs(step - 1) < 1e-14) break;
  }
  return f;
}

/** The regularised incomplete beta function I_x(a, b). */
export function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  // The fraction converges fast on this side of the mean; use the symmetry on the other.
  return x < (a + 1) / (a + b + 2) ? (front * betaFraction(a, b, x)) / a : 1 - (front * betaFraction(b, a, 1 - x)) / b;
}

/** P(F ≤ f) for Fisher's F with d1 and d2 degrees of freedom. */
export function fCdf(f: number, d1: number, d2: number): number {
  if (f <= 0) return 0;
  return incompleteBeta((d1 * f) / (d1 * f + d2), d1 / 2, d2 / 2);
}

/** The p-quantile of F(d1, d2), by bisection on the CDF (monotone, so it always converges). */
export function fQuantile(p: number, d1: number, d2: number): number {
  let low = 0;
  let high = 1;
  while (fCdf(high, d1, d2) < p) high *= 2;
  for (let i = 0; i < 200 && high - low > 1e-12 * Math.max(1, high); i++) {
    const mid = (low + high) / 2;
    if (fCdf(mid, d1, d2) < p) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}
