import { performance } from 'node:perf_hooks';

/** Who served a request: our service on the city or on the empty database, or the raw driver on the city. */
export type Target = 'city' | 'empty' | 'raw';

export interface Figures {
  n: number;
  p50: number;
  p95: number;
}

/** The nearest-rank percentile of sorted samples, as bench/quiz-burst.ts takes it. */
export const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

/** Latencies per target and route; only what `measuring` lets through is kept (warm-up runs are not). */
export class Timings {
  private readonly samples = new Map<string, number[]>();
  measuring = false;

  async time<T>(target: Target, route: string, work: () => Promise<T>): Promise<T> {
    const started = performance.now();
    const out = await work();
    if (this.measuring) {
      const key = `${target}\0${route}`;
      const list = this.samples.get(key) ?? [];
      list.push(performance.now() - started);
      this.samples.set(key, list);
    }
    return out;
  }

  figures(target: Target, route: string): Figures | null {
    const sorted = [...(this.samples.get(`${target}\0${route}`) ?? [])].sort((a, b) => a - b);
    return sorted.length ? { n: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95) } : null;
  }
}

/** Runs `work` over the items, `limit` at a time: each of `limit` virtual users takes the next item when done. */
export async function pool<T>(items: readonly T[], limit: number, work: (item: T, user: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async (_, user) => {
      while (next < items.length) await work(items[next++], user);
    }),
  );
}

/**
 * The targets in the order of one round: as given on even rounds, reversed on odd ones (A B B A
 * …, see bench/lib/load.ts), so none always runs first or last while the machine drifts.
 */
export const roundOrder = <T>(targets: readonly T[], round: number): T[] => (round % 2 === 0 ? [...targets] : [...targets].reverse());
