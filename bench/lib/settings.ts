/** How hard and how long a benchmark loads its targets; every value can be set from the environment. */
export interface LoadSettings {
  /** Measured seconds per target and route (BENCH_DURATION_S, default 8). */
  durationS: number;
  /** Unmeasured seconds per target and route before measuring (BENCH_WARMUP_S, default 2). */
  warmupS: number;
  /** Concurrent keep-alive connections (BENCH_CONNECTIONS, default 10). */
  connections: number;
  /**
   * Slices the measured time is cut into, run in ABBA order (BENCH_ROUNDS, default 4), so a drift
   * of the machine during the run (a busy neighbour, a database checkpoint) hits both targets alike.
   */
  rounds: number;
}

export const DEFAULT_LOAD_SETTINGS: LoadSettings = { durationS: 8, warmupS: 2, connections: 10, rounds: 4 };

// Benchmarks are scripts, not the service, so they read their own knobs here rather than via src/config.ts.
function positive(env: Record<string, string | undefined>, name: string, fallback: number, integer: boolean): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0 || (integer && !Number.isInteger(value))) {
    throw new Error(`${name} must be a positive ${integer ? 'integer' : 'number'}, got "${raw}"`);
  }
  return value;
}

export function loadSettings(env: Record<string, string | undefined> = process.env): LoadSettings {
  return {
    durationS: positive(env, 'BENCH_DURATION_S', DEFAULT_LOAD_SETTINGS.durationS, false),
    warmupS: positive(env, 'BENCH_WARMUP_S', DEFAULT_LOAD_SETTINGS.warmupS, false),
    connections: positive(env, 'BENCH_CONNECTIONS', DEFAULT_LOAD_SETTINGS.connections, true),
    rounds: positive(env, 'BENCH_ROUNDS', DEFAULT_LOAD_SETTINGS.rounds, true),
  };
}
