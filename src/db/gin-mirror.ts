import { createHash } from 'node:crypto';
import type { Connection } from 'mongoose';
import pg from 'pg';

/**
 * Why this exists: FerretDB 1.24 over PostgreSQL pushes a top-level equality filter down as
 * `_jsonb -> 'field' @> value`, but the indexes it creates for `createIndex` are btree indexes
 * on `(_jsonb -> 'field')`, which cannot serve `@>`. So on the bundled FerretDB every read scans
 * its table (33 ms for a point read at 50,000 documents). A GIN index on the same expression does
 * serve it (4.5 ms; SPEC "Storage", fact 5). This module adds one GIN index per key field of every
 * index FerretDB has declared, and on `_id`, straight in PostgreSQL, then ANALYZEs the tables it
 * indexed (PostgreSQL ignores a fresh expression index until the table has statistics for it).
 *
 * It runs at start-up when FERRETDB_POSTGRESQL_URL names the PostgreSQL behind the FerretDB we are
 * connected to. On MongoDB, or FerretDB over SQLite, it is not called or finds nothing to do.
 * It is idempotent (indexes are named from their table and field) and safe to run from several
 * processes at once (an advisory lock). FerretDB does not see these indexes: they cost disk and
 * write time only, and go away with the collection's table.
 */

export interface MirrorOutcome {
  /** Why nothing was done, when nothing was. */
  skipped?: 'not-ferretdb' | 'no-schema';
  /** Indexes created by this run (0 on a second run). */
  created: string[];
  /** Tables analysed by this run. */
  analysed: string[];
  /** GIN indexes that already existed. */
  existing: number;
}

export interface MirrorOptions {
  /** PostgreSQL URL of FerretDB's backend (FERRETDB_POSTGRESQL_URL). */
  postgresUrl: string;
  /** Give up connecting after this long; reads then stay unindexed but the service still starts. */
  timeoutMs?: number;
  /** ANALYZE every mirrored table, not only those that got a new index (after a bulk load). */
  analyseAll?: boolean;
}

interface CollectionMeta {
  collection: string;
  table: string;
  keys: string[][];
}

/** One advisory lock key for every mirror run against this PostgreSQL database. */
const LOCK_KEY = 0x68786769; // "hxgi"

/** Only a top-level field is pushed down; a dotted path or an operator-ish name never is. */
const mirrorable = (field: string) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(field);

/** `<table>_<field>` cut to fit PostgreSQL's 63 bytes, made unique by a hash of both. */
export function ginIndexName(table: string, field: string): string {
  const hash = createHash('sha1').update(`${table}\0${field}`).digest('hex').slice(0, 8);
  const readable = `${table}_${field}`.toLowerCase().replace(/[^a-z0-9_]/g, '_').slice(0, 47);
  return `${readable}_${hash}_gin`;
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;
const quoteLiteral = (value: string) => `'${value.replace(/'/g, "''")}'`;

async function isFerretDb(conn: Connection): Promise<boolean> {
  const info = (await conn.db!.admin().command({ buildInfo: 1 })) as { ferretdbVersion?: string };
  return typeof info.ferretdbVersion === 'string';
}

async function collectionsOf(client: pg.Client, schema: string): Promise<CollectionMeta[] | null> {
  const exists = await client.query('SELECT 1 FROM information_schema.tables WHERE table_schema = $1 AND table_name = $2', [schema, '_ferretdb_database_metadata']);
  if (!exists.rowCount) return null;
  const rows = await client.query<{ collection: string; table: string; indexes: { key: Record<string, unknown> }[] | null }>(
    `SELECT _jsonb->>'_id' AS collection, _jsonb->>'table' AS table, _jsonb->'indexes' AS indexes FROM ${quoteIdent(schema)}._ferretdb_database_metadata`,
  );
  return rows.rows.map((r) => ({ collection: r.collection, table: r.table, keys: (r.indexes ?? []).map((i) => Object.keys(i.key)) }));
}

/** The fields to mirror on one collection: `_id` and every top-level key field of its indexes. */
export function fieldsToMirror(keys: string[][]): string[] {
  return [...new Set(['_id', ...keys.flat()])].filter(mirrorable);
}

export async function mirrorIndexesAsGin(conn: Connection, options: MirrorOptions): Promise<MirrorOutcome> {
  const outcome: MirrorOutcome = { created: [], analysed: [], existing: 0 };
  if (!(await isFerretDb(conn))) return { ...outcome, skipped: 'not-ferretdb' };
  // Each FerretDB database is a PostgreSQL schema of the same name.
  const schema = conn.db!.databaseName;
  const timeoutMs = options.timeoutMs ?? 1500;
  const client = new pg.Client({ connectionString: options.postgresUrl, connectionTimeoutMillis: timeoutMs, statement_timeout: 120_000 });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [LOCK_KEY]);
    const collections = await collectionsOf(client, schema);
    if (!collections) return { ...outcome, skipped: 'no-schema' };
    const present = new Set((await client.query<{ indexname: string }>('SELECT indexname FROM pg_indexes WHERE schemaname = $1', [schema])).rows.map((r) => r.indexname));
    const toAnalyse = new Set<string>();
    for (const { table, keys } of collections) {
      for (const field of fieldsToMirror(keys)) {
        const name = ginIndexName(table, field);
        if (present.has(name)) {
          outcome.existing++;
          continue;
        }
        await client.query(`CREATE INDEX IF NOT EXISTS ${quoteIdent(name)} ON ${quoteIdent(schema)}.${quoteIdent(table)} USING gin ((_jsonb -> ${quoteLiteral(field)}))`);
        outcome.created.push(name);
        toAnalyse.add(table);
      }
      if (options.analyseAll) toAnalyse.add(table);
    }
    for (const table of toAnalyse) {
      await client.query(`ANALYZE ${quoteIdent(schema)}.${quoteIdent(table)}`);
      outcome.analysed.push(table);
    }
    return outcome;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [LOCK_KEY]).catch(() => undefined);
    await client.end().catch(() => undefined);
  }
}

/**
 * Start-up's call: a PostgreSQL that cannot be reached leaves reads unindexed (slower, still
 * correct), so it warns and the service starts anyway.
 */
export async function mirrorIndexesAtStart(conn: Connection, postgresUrl: string, logger: { info(obj: object, msg: string): void; warn(obj: object, msg: string): void }): Promise<void> {
  const started = Date.now();
  try {
    const outcome = await mirrorIndexesAsGin(conn, { postgresUrl });
    if (outcome.skipped) logger.info({ skipped: outcome.skipped }, 'GIN index mirror: nothing to do');
    else logger.info({ created: outcome.created.length, existing: outcome.existing, analysed: outcome.analysed.length, ms: Date.now() - started }, 'GIN index mirror on FerretDB tables');
  } catch (err) {
    logger.warn({ err }, 'GIN index mirror failed; reads on FerretDB scan their tables until the next start');
  }
}
