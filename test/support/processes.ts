/**
 * The service as real child processes, the way it is deployed: `node --import tsx src/main.ts`
 * (an API process, or with `--worker` the workers and the bot), from the repository root, with the
 * test process's environment plus what the test sets.
 *
 * - `stop()` sends SIGTERM (the service's graceful shutdown) and SIGKILLs it if it is still there
 *   after the grace period; it resolves with how the process ended. `kill()` is SIGKILL at once.
 * - `output()` is the tail of what it wrote; `logs()` its JSON log lines (LOG_FORMAT=json), parsed.
 * - `waitFor()` polls a condition and fails at once, with the output, if the process died.
 *
 * No process is left behind: an 'exit' handler SIGKILLs any child still running, and where
 * `setpriv` exists (util-linux) each child gets a parent-death signal, so it dies with the test
 * process even when that one is killed outright. `setpriv` execs node, so `pid` is node's own pid.
 * Children and their pipes are unref'ed: one a test forgot to stop does not keep jest alive.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import type net from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const OUTPUT_TAIL_CHARS = 20_000;
const STOP_GRACE_MS = 10_000;

export interface ServiceProcessOptions {
  /** Names the process in messages ("api-1", "worker"). */
  name: string;
  /** Set on top of the test process's environment (MONGODB_URI and REDIS_URL come from there). */
  env: Record<string, string>;
  /** `--worker`: the queue workers and the bot, no HTTP. */
  worker?: boolean;
}

export interface ExitInfo {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface LogLine {
  level: number;
  msg: string;
  [field: string]: unknown;
}

export interface ServiceProcess {
  name: string;
  pid: number;
  /** `http://127.0.0.1:PORT` for an API process (HOST and PORT from its env). */
  url?: string;
  /** Set once it has ended. */
  readonly exited: ExitInfo | undefined;
  /** The last 20,000 characters it wrote to stdout and stderr. */
  output(): string;
  /** Its JSON log lines so far; other lines (the start-up banner) are left out. */
  logs(): LogLine[];
  /** Polls `condition` every 100 ms; rejects after `ms`, or as soon as the process ends. */
  waitFor(condition: () => boolean | Promise<boolean>, what: string, ms: number): Promise<void>;
  /** SIGTERM, then SIGKILL after `graceMs` (default 10 s). Resolves with how it ended. Safe to call twice. */
  stop(graceMs?: number): Promise<ExitInfo>;
  /** SIGKILL; resolves once it is gone. */
  kill(): Promise<ExitInfo>;
}

const live = new Set<ChildProcess>();
let exitHandlerInstalled = false;

function installExitHandler(): void {
  if (exitHandlerInstalled) return;
  exitHandlerInstalled = true;
  process.on('exit', () => {
    for (const child of live) {
      try {
        child.kill('SIGKILL');
      } catch {
        // already gone
      }
    }
  });
}

let setprivWorks: boolean | undefined;
function hasSetpriv(): boolean {
  setprivWorks ??= spawnSync('setpriv', ['--pdeathsig', 'KILL', '--', 'true'], { stdio: 'ignore' }).status === 0;
  return setprivWorks;
}

export function spawnService(options: ServiceProcessOptions): ServiceProcess {
  installExitHandler();
  const env = { ...process.env, ...options.env };
  const args = ['--import', 'tsx', 'src/main.ts', ...(options.worker ? ['--worker'] : [])];
  const [command, argv] = hasSetpriv() ? ['setpriv', ['--pdeathsig', 'KILL', '--', process.execPath, ...args]] : [process.execPath, args];
  const child = spawn(command, argv, { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  if (child.pid === undefined) throw new Error(`${options.name} could not be spawned`);
  live.add(child);

  let output = '';
  let partial = '';
  const lines: LogLine[] = [];
  const keep = (chunk: Buffer) => {
    const text = chunk.toString('utf8');
    output = (output + text).slice(-OUTPUT_TAIL_CHARS);
    const parts = (partial + text).split('\n');
    partial = parts.pop() ?? '';
    for (const line of parts) {
      if (!line.startsWith('{')) continue;
      try {
        lines.push(JSON.parse(line) as LogLine);
      } catch {
        // a line that only looks like JSON
      }
    }
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);

  let exited: ExitInfo | undefined;
  const gone = new Promise<ExitInfo>((resolve) => {
    child.once('exit', (code, signal) => {
      live.delete(child);
      exited = { code, signal };
      resolve(exited);
    });
  });
  child.unref();
  (child.stdout as unknown as net.Socket).unref();
  (child.stderr as unknown as net.Socket).unref();

  const describe = () => `${options.name} (pid ${child.pid})`;
  const tail = () => output.trim().slice(-4000) || '(no output)';
  let stopping: Promise<ExitInfo> | undefined;

  const proc: ServiceProcess = {
    name: options.name,
    pid: child.pid,
    url: options.worker ? undefined : `http://${env.HOST ?? '127.0.0.1'}:${env.PORT ?? 3000}`,
    get exited() {
      return exited;
    },
    output: () => output,
    logs: () => [...lines],
    async waitFor(condition, what, ms) {
      const deadline = Date.now() + ms;
      for (;;) {
        if (exited) throw new Error(`${describe()} ended (${JSON.stringify(exited)}) while waiting for ${what}. Output:\n${tail()}`);
        if (await Promise.resolve().then(condition).catch(() => false)) return;
        if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what} on ${describe()}. Output:\n${tail()}`);
        await sleep(100);
      }
    },
    stop(graceMs = STOP_GRACE_MS) {
      stopping ??= (async () => {
        if (exited) return exited;
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
        const info = await gone;
        clearTimeout(timer);
        return info;
      })();
      return stopping;
    },
    async kill() {
      if (!exited) child.kill('SIGKILL');
      return gone;
    },
  };
  return proc;
}

/** Resolves once GET /readyz answers 200 (MongoDB and Redis both answer it). */
export async function waitUntilReady(proc: ServiceProcess, ms = 60_000): Promise<void> {
  if (!proc.url) throw new Error(`${proc.name} serves no HTTP`);
  await proc.waitFor(async () => (await fetch(`${proc.url}/readyz`)).status === 200, 'GET /readyz to answer 200', ms);
}
