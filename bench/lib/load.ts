import { execFile } from 'node:child_process';
import type { Result } from 'autocannon';

export interface LoadFigures {
  /** Completed requests over measured seconds. */
  rps: number;
  /** 99th percentile latency in ms; over several slices, the worst slice (see combine). */
  p99Ms: number;
  /**
   * CPU time this process (the server under test) spent per request, in µs. Unlike req/s it barely
   * moves when a neighbour takes the other core for a moment, so it is the steadier cost figure.
   */
  cpuUsPerRequest: number;
  requests: number;
  seconds: number;
  /** Socket errors, timeouts and non-2xx answers: any of these makes the figures meaningless. */
  failures: number;
}

const AUTOCANNON_CLI = require.resolve('autocannon/autocannon.js');

/**
 * Loads one URL with autocannon for `seconds`. autocannon runs as a child process, so it shares
 * neither the event loop nor the CPU accounting of the server under test in this process.
 */
export async function loadUrl(url: string, options: { seconds: number; connections: number }): Promise<LoadFigures> {
  if (!url.startsWith('http://127.0.0.1:')) throw new Error(`refusing to load anything but 127.0.0.1: ${url}`);
  const args = [AUTOCANNON_CLI, '--json', '--no-progress', '-c', String(options.connections), '-d', String(options.seconds), '-t', '10', url];
  const cpuBefore = process.cpuUsage();
  const stdout = await new Promise<string>((resolve, reject) => {
    execFile(process.execPath, args, { maxBuffer: 16 * 1024 * 1024 }, (err, out, errOut) =>
      err ? reject(new Error(`autocannon failed: ${errOut || err.message}`)) : resolve(out),
    );
  });
  const cpu = process.cpuUsage(cpuBefore);
  const result = JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as Result;
  const seconds = result.duration;
  return {
    rps: result.requests.total / seconds,
    p99Ms: result.latency.p99,
    cpuUsPerRequest: (cpu.user + cpu.system) / Math.max(result.requests.total, 1),
    requests: result.requests.total,
    seconds,
    failures: result.errors + result.timeouts + result.non2xx,
  };
}

/**
 * Joins slices of one target: req/s over the summed time, CPU per request over all requests.
 * Percentiles of separate runs cannot be merged exactly from autocannon's summaries, so p99 is the
 * worst slice's, which errs on the slow side.
 */
export function combine(slices: LoadFigures[]): LoadFigures {
  const sum = (pick: (s: LoadFigures) => number) => slices.reduce((n, s) => n + pick(s), 0);
  const requests = sum((s) => s.requests);
  return {
    rps: requests / sum((s) => s.seconds),
    p99Ms: Math.max(...slices.map((s) => s.p99Ms)),
    cpuUsPerRequest: sum((s) => s.cpuUsPerRequest * s.requests) / Math.max(requests, 1),
    requests,
    seconds: sum((s) => s.seconds),
    failures: sum((s) => s.failures),
  };
}

/**
 * Warms up then measures each target in turn over `rounds` slices, reversing the order every round
 * (A B B A ...), so that no target always runs first (JIT, caches) or last (a machine slowing down).
 */
export async function compareTargets<T extends string>(
  targets: Record<T, string>,
  options: { warmupS: number; durationS: number; rounds: number; connections: number; onSlice?: (target: T, figures: LoadFigures) => void },
): Promise<Record<T, LoadFigures>> {
  const names = Object.keys(targets) as T[];
  for (const name of names) await loadUrl(targets[name], { seconds: options.warmupS, connections: options.connections });
  const slices = Object.fromEntries(names.map((n) => [n, [] as LoadFigures[]])) as Record<T, LoadFigures[]>;
  const sliceS = options.durationS / options.rounds;
  for (let round = 0; round < options.rounds; round++) {
    const order = round % 2 === 0 ? names : [...names].reverse();
    for (const name of order) {
      const figures = await loadUrl(targets[name], { seconds: sliceS, connections: options.connections });
      options.onSlice?.(name, figures);
      slices[name].push(figures);
    }
  }
  return Object.fromEntries(names.map((n) => [n, combine(slices[n])])) as Record<T, LoadFigures>;
}
