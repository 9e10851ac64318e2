import { createBenchDeps, type BenchDeps } from './service-deps';

export interface CityDepsOptions {
  /** The MongoDB database the service runs on. */
  database: string;
  /** Queue prefix and (with `_c`) cache prefix of this run, so Redis keys never mix with a running service's. */
  prefix: string;
  /**
   * Drop the database on close. Only for a database the benchmark owns: asking for it on
   * `protectedDatabase` (the seeded city) throws before anything is connected.
   */
  dropOnClose: boolean;
  protectedDatabase?: string;
  /** The driver's command monitoring (fixed at connect), to count what one request sends. */
  monitorCommands?: boolean;
}

/**
 * Like createBenchDeps (bench/lib/service-deps.ts), but on a database chosen by the caller: the
 * seeded city, which must survive the benchmark, or a database of the benchmark's own, dropped on
 * close. Redis keys of the run (queues, content and learner caches, the certificate counter) are
 * under `prefix` and are deleted on close either way.
 */
export async function createCityDeps(options: CityDepsOptions): Promise<BenchDeps> {
  if (options.dropOnClose && options.database === options.protectedDatabase) throw new Error(`refusing to drop ${options.database}: it is the seeded city`);
  return createBenchDeps(options.prefix, { database: options.database, dropOnClose: options.dropOnClose, monitorCommands: options.monitorCommands });
}
