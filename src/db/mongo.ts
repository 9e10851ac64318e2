import mongoose, { type Connection } from 'mongoose';
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
