import { isDuplicateKey } from '../db/mongo';
import type { OnceModel } from '../db/once';

/**
 * Writing the city seed in bulk so that it can be resumed. Every document has a key that is the
 * same on every run, so a phase reads the keys its collection already holds (one scan, rather
 * than a read per document: FerretDB scans the table for every query) and inserts only the rest,
 * in batches. A phase that finished claims a marker in once_keys, and later runs skip it without
 * reading anything.
 */

/**
 * Measured against FerretDB 1.24.2 on PostgreSQL (this machine, mongoose insertMany, ordered:
 * false, one batch at a time): flat documents (answers, enterprises) went in at ~3,500/s in
 * batches of 100, ~6,000/s at 500 and 1,000, and no faster from 2,000 to 10,000; attempts with
 * 12-question papers at ~550/s whatever the size (nested arrays are what it is slow at; mongoose's
 * casting doubles the cost), a 10,000-attempt batch taking ~20 s. No size up to 10,000 wedged it.
 * 500 is at the plateau and keeps each command short, so progress stays fine-grained and a killed
 * run loses little. Re-inserting 2,000 documents that exist took 2.4 s, longer than inserting
 * them fresh: hence reading the keys first rather than leaning on duplicate-key errors.
 */
export const INSERT_BATCH = 500;
/** Two batches in flight nearly doubled the rate (two cores: the driver's and FerretDB's work overlap); four gained nothing. */
export const INSERT_CONCURRENCY = 2;

export type Progress = (line: string) => void;

/** What a model must offer to be written by insertMissing (any of our mongoose models does). */
export interface SeedModel {
  collection: { collectionName: string };
  insertMany(docs: object[], options: { ordered: false; timestamps: false; throwOnValidationError: true }): Promise<unknown>;
  find(filter: object, projection: { _id: 1 }): { lean(): Promise<{ _id: unknown }[]> };
}

export interface InsertCount {
  inserted: number;
  /** Already there from an earlier run. */
  existing: number;
  /** Refused as a duplicate of something else's unique key (another seed racing, or data not ours). */
  taken: number;
}

/** Every key a collection holds, in one read. */
export async function keysIn(model: SeedModel): Promise<Set<string>> {
  const rows = await model.find({}, { _id: 1 }).lean();
  return new Set(rows.map((r) => String(r._id)));
}

/**
 * Runs `work` over the items, `concurrency` at a time, in order of start. When one fails, the
 * others take no new item and are waited for before the error is thrown: a killed run must not
 * keep writing behind the caller's back while the next run starts.
 */
export async function inParallel<T>(items: readonly T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failed = false;
  const results = await Promise.allSettled(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (!failed && next < items.length) {
        try {
          await work(items[next++]);
        } catch (err) {
          failed = true;
          throw err;
        }
      }
    }),
  );
  const rejected = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (rejected) throw rejected.reason;
}

export const chunk = <T>(items: readonly T[], size: number): T[][] => Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

/** Inserts one batch; duplicates are counted and dropped (ordered:false inserts the rest), anything else throws. */
export async function insertBatch(model: SeedModel, docs: object[]): Promise<{ inserted: number; taken: number }> {
  try {
    await model.insertMany(docs, { ordered: false, timestamps: false, throwOnValidationError: true });
    return { inserted: docs.length, taken: 0 };
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
    const writeErrors = (err as { writeErrors?: { code?: number }[] }).writeErrors ?? [];
    if (writeErrors.some((w) => w.code !== 11000)) throw err;
    return { inserted: docs.length - writeErrors.length, taken: writeErrors.length };
  }
}

/** Counts and rate for progress lines: "attempts 2000/4512 (812/s)". */
export class Meter {
  private readonly started = Date.now();
  private lastLine = this.started;
  done = 0;

  constructor(
    private readonly label: string,
    private readonly total: number,
    private readonly progress: Progress,
  ) {}

  /** At most a line a second while it runs, so a big phase is visibly moving and a small one stays quiet. */
  add(n: number): void {
    this.done += n;
    if (Date.now() - this.lastLine < 1000 || this.done >= this.total) return;
    this.lastLine = Date.now();
    this.progress(`${this.label} ${this.done}/${this.total} (${this.rate()}/s)`);
  }

  finish(note: string): void {
    const seconds = (Date.now() - this.started) / 1000;
    this.progress(`${this.label} ${this.done}/${this.total} in ${seconds.toFixed(1)} s (${this.rate()}/s)${note ? `, ${note}` : ''}`);
  }

  private rate(): number {
    const seconds = (Date.now() - this.started) / 1000;
    return seconds > 0 ? Math.round(this.done / seconds) : 0;
  }
}

/**
 * Inserts the documents whose _id the collection does not hold yet, in batches, two at a time.
 * `label` names the collection in progress lines.
 */
export async function insertMissing(model: SeedModel, docs: readonly ({ _id: unknown } & object)[], progress: Progress): Promise<InsertCount> {
  const label = model.collection.collectionName;
  const held = docs.length ? await keysIn(model) : new Set<string>();
  const missing = docs.filter((d) => !held.has(String(d._id)));
  const meter = new Meter(label, docs.length, progress);
  meter.add(docs.length - missing.length);
  let taken = 0;
  await inParallel(chunk(missing, INSERT_BATCH), INSERT_CONCURRENCY, async (batch) => {
    const result = await insertBatch(model, batch);
    taken += result.taken;
    meter.add(batch.length);
  });
  const count = { inserted: missing.length - taken, existing: docs.length - missing.length, taken };
  meter.finish(describe(count));
  return count;
}

export const describe = (c: InsertCount) =>
  [c.existing ? `${c.existing} there already` : '', c.taken ? `${c.taken} refused as duplicates of other data` : ''].filter(Boolean).join(', ');

/** Per-phase "done" markers in once_keys: `<prefix><phase>`. */
export class PhaseMarkers {
  private constructor(
    private readonly OnceKey: OnceModel,
    private readonly prefix: string,
    private readonly done: Set<string>,
  ) {}

  /** One read of the markers under the prefix. */
  static async load(OnceKey: OnceModel, prefix: string): Promise<PhaseMarkers> {
    const rows = await OnceKey.find({ _id: { $regex: `^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}` } }, { _id: 1 }).lean();
    return new PhaseMarkers(OnceKey, prefix, new Set(rows.map((r) => r._id.slice(prefix.length))));
  }

  isDone(phase: string): boolean {
    return this.done.has(phase);
  }

  async markDone(phase: string, note: string): Promise<void> {
    try {
      await this.OnceKey.create({ _id: this.prefix + phase, claimedAt: new Date(), note });
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
    }
    this.done.add(phase);
  }
}
