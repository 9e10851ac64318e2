import mongoose, { type Connection, type Model, type Types } from 'mongoose';
import type { Config } from '../config';

// Filters are typed by zod at the edge; strictQuery drops unknown paths as a second line.
mongoose.set('strictQuery', true);

/**
 * A connection of our own (no default mongoose connection). The pool stays small because
 * FerretDB wedges under a large one (SPEC, "Storage").
 */
export async function connectMongo(
  config: Pick<Config, 'MONGODB_URI' | 'MONGODB_DB' | 'MONGODB_POOL_SIZE'> & Partial<Pick<Config, 'MONGODB_TIMEOUT_MS'>>,
  // Tests count the commands a use case sends (the driver's command monitoring, fixed at connect).
  options: { monitorCommands?: boolean } = {},
): Promise<Connection> {
  const timeoutMs = config.MONGODB_TIMEOUT_MS ?? 1500;
  const conn = mongoose.createConnection(config.MONGODB_URI, {
    dbName: config.MONGODB_DB,
    maxPoolSize: config.MONGODB_POOL_SIZE,
    // A server that is down fails a call within this (then 503), instead of the driver's 30 s.
    serverSelectionTimeoutMS: timeoutMs,
    connectTimeoutMS: timeoutMs,
    // Mongoose would otherwise queue calls while disconnected for up to 10 s, hiding the outage.
    bufferCommands: false,
    autoIndex: false,
    monitorCommands: options.monitorCommands ?? false,
  });
  await conn.asPromise();
  return conn;
}

/** Builds every declared index; unique ones are our "only once" guards, so they must exist first. */
export async function ensureIndexes(conn: Connection): Promise<void> {
  for (const model of Object.values(conn.models)) await model.createIndexes();
}

export function isDuplicateKey(err: unknown): boolean {
  const e = err as { code?: number; writeErrors?: { code?: number }[] } | null;
  return e?.code === 11000 || (e?.writeErrors?.some((w) => w.code === 11000) ?? false);
}

/**
 * FerretDB 1.24 wedges (every later command hangs until restart) on one bulkWrite of 100 updates;
 * 20 and 40 went through (measured, bench/roster-import.ts). Sending them in small batches costs
 * little on MongoDB and keeps FerretDB alive.
 */
export const BULK_WRITE_BATCH = 20;

export async function bulkWriteInBatches<T>(model: { bulkWrite(ops: T[], options?: { ordered?: boolean }): Promise<unknown> }, ops: T[]): Promise<void> {
  for (let i = 0; i < ops.length; i += BULK_WRITE_BATCH) await model.bulkWrite(ops.slice(i, i + BULK_WRITE_BATCH), { ordered: false });
}

/**
 * A filter value matching any of `values`: the value itself when there is one. FerretDB pushes
 * an equality down to PostgreSQL (where a GIN index serves it) but filters `$in` itself after
 * reading the whole table (SPEC "Storage", fact 5); MongoDB treats both alike.
 */
export function anyOf<T>(values: readonly T[]): T | { $in: T[] } {
  return values.length === 1 ? values[0] : { $in: [...values] };
}

/** Up to this many values, pageByEach asks once per value; above it, one `$in`. */
export const FAN_OUT_MAX = 32;

/**
 * One page (sorted by _id) and the total of `filter` where `field` is any of `values`, as one
 * equality query per value merged here. On FerretDB each is pushed down to a GIN index, where one
 * `$in` would read and decode the whole table for the page and again for the count (a district's
 * twenty offices over 10,000 enterprises: 1.4 s each, bench/city.ts). On MongoDB both are indexed.
 */
export async function pageByEach<T extends { _id: Types.ObjectId }>(
  model: Model<any>, // eslint-disable-line @typescript-eslint/no-explicit-any
  field: string,
  values: readonly unknown[],
  filter: Record<string, unknown>,
  page: { skip: number; limit: number },
): Promise<{ items: T[]; total: number }> {
  if (values.length > FAN_OUT_MAX) {
    const all = { ...filter, [field]: { $in: [...values] } };
    const [items, total] = await Promise.all([model.find(all).sort({ _id: 1 }).skip(page.skip).limit(page.limit).lean() as Promise<T[]>, model.countDocuments(all)]);
    return { items, total };
  }
  const parts = await Promise.all(
    values.map(async (value) => {
      const one = { ...filter, [field]: value };
      const [items, total] = await Promise.all([model.find(one).sort({ _id: 1 }).limit(page.skip + page.limit).lean() as Promise<T[]>, model.countDocuments(one)]);
      return { items, total };
    }),
  );
  const merged = parts.flatMap((p) => p.items).sort((a, b) => String(a._id).localeCompare(String(b._id)));
  return { items: merged.slice(page.skip, page.skip + page.limit), total: parts.reduce((n, p) => n + p.total, 0) };
}

/**
 * Every row (projected, `field` included) of `filter` where `field` is one of `values`, unsorted:
 * the bulk reads of a subtree of offices (reports). Up to FAN_OUT_MAX values, one equality query
 * per value (pushed down to a GIN index on FerretDB); above, one read of `filter` alone, kept here
 * by value: a `$in` would read the whole table too, and FerretDB would test the list on every row.
 */
export async function findByEach<T>(
  model: Model<any>, // eslint-disable-line @typescript-eslint/no-explicit-any
  field: string,
  values: readonly unknown[],
  filter: Record<string, unknown>,
  projection: Record<string, 1>,
): Promise<T[]> {
  if (!values.length) return [];
  const fields = { ...projection, [field]: 1 as const };
  if (values.length > FAN_OUT_MAX) {
    const wanted = new Set(values.map(String));
    const rows = (await model.find(filter, fields).lean()) as Record<string, unknown>[];
    return rows.filter((r) => r[field] != null && wanted.has(String(r[field]))) as T[];
  }
  const parts = await Promise.all(values.map((value) => model.find({ ...filter, [field]: value }, fields).lean() as Promise<T[]>));
  return parts.flat();
}

/** Inserts per call to insertNew: large enough to be quick, small enough for FerretDB (about 6,000 flat documents a second here). */
export const INSERT_BATCH = 500;

/**
 * Inserts what is not there yet, by unique key, and returns the documents this call inserted:
 * the rest already existed (a duplicate scan, a concurrent worker). Through the driver, so each
 * document must already carry its final types (ObjectIds, Dates).
 */
export async function insertNew<T extends { _id: unknown }>(model: Model<any>, docs: T[]): Promise<T[]> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const inserted: T[] = [];
  for (let i = 0; i < docs.length; i += INSERT_BATCH) {
    const batch = docs.slice(i, i + INSERT_BATCH);
    try {
      await model.collection.insertMany(batch as never[], { ordered: false });
      inserted.push(...batch);
    } catch (err) {
      const writeErrors = (err as { writeErrors?: { code?: number; index: number }[] | { code?: number; index: number } }).writeErrors;
      const list = writeErrors === undefined ? undefined : Array.isArray(writeErrors) ? writeErrors : [writeErrors];
      if (!list && (err as { code?: number }).code === 11000 && batch.length === 1) continue;
      if (!list || list.some((w) => w.code !== 11000)) throw err;
      const failed = new Set(list.map((w) => w.index));
      inserted.push(...batch.filter((_, k) => !failed.has(k)));
    }
  }
  return inserted;
}
