/**
 * A Redis and a MongoDB-wire server (FerretDB over SQLite) of a test's own, on free loopback
 * ports, that the test may kill mid-test and start again. The shared services on 6379 / 27018
 * are never touched.
 *
 * - `stop()` kills the process with SIGKILL (as a crash or a pulled cable would) and resolves
 *   once it is gone and its port refuses connections.
 * - `start()` runs it again on the same port and the same data directory and resolves once the
 *   port accepts connections (polled, at most 10 s, else a clear error with the server's output).
 * - `close()` stops it and removes its temporary directory.
 *
 * Data across stop/start: FerretDB keeps its SQLite files in the directory, so documents written
 * before `stop()` are there after `start()`. Redis runs without persistence (`--save ''
 * --appendonly no`), so **Redis comes back empty** after a restart; that is fine here, as Redis
 * holds only queues, caches and counters (MongoDB is the source of truth).
 *
 * No process is left behind: `close()` kills it; a process 'exit' handler kills any child still
 * running (and removes its directory); and where `setpriv` exists (util-linux), each child is
 * started with a parent-death signal, so it dies with the test process even when that one is
 * killed outright. Child processes and their pipes are unref'ed, so a service a test forgot to
 * close does not keep jest alive (the 'exit' handler then kills it).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './free-port';

export interface OwnService {
  /** `redis://127.0.0.1:PORT` or `mongodb://127.0.0.1:PORT/` */
  url: string;
  port: number;
  /** The service's own temporary directory (data and state). */
  dir: string;
  /** The server's pid while it runs, else undefined. */
  readonly pid: number | undefined;
  /** SIGKILL; resolves when the process is gone and the port refuses connections. */
  stop(): Promise<void>;
  /** Again on the same port and data dir; resolves once it accepts connections. */
  start(): Promise<void>;
  /** Stops it and removes its temporary directory. Safe to call twice. */
  close(): Promise<void>;
}

const HOST = '127.0.0.1';
const READY_DEADLINE_MS = 10_000;
const STOP_DEADLINE_MS = 5_000;
const OUTPUT_TAIL_CHARS = 4_000;

const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const FERRETDB_BIN = path.join(REPO_ROOT, '.data', 'bin', 'ferretdb-v1.24.2');

/** Starts a `redis-server` of the test's own. Its data is lost on stop/start (no persistence). */
export async function startOwnRedis(): Promise<OwnService> {
  return startOwnService({
    name: 'redis-server',
    dirPrefix: 'own-redis-',
    command: 'redis-server',
    url: (port) => `redis://${HOST}:${port}`,
    args: (port, dir) => [
      '--port', String(port),
      '--bind', HOST,
      '--daemonize', 'no',
      '--save', '',
      '--appendonly', 'no',
      '--maxmemory-policy', 'noeviction',
      '--dir', dir,
      '--logfile', '',
    ],
  });
}

/** Starts a Redis Sentinel of the test's own that watches the Redis on `masterPort` as `master`. */
export async function startOwnSentinel(masterPort: number, master: string): Promise<OwnService> {
  return startOwnService({
    name: 'redis-sentinel',
    dirPrefix: 'own-sentinel-',
    command: 'redis-server',
    url: (port) => `redis://${HOST}:${port}`,
    // Sentinel rewrites its own config file, so it lives in the service's directory.
    prepare: (dir) => fsp.writeFile(path.join(dir, 'sentinel.conf'), `sentinel monitor ${master} ${HOST} ${masterPort} 1\n`),
    args: (port, dir) => [path.join(dir, 'sentinel.conf'), '--sentinel', '--port', String(port), '--bind', HOST, '--daemonize', 'no', '--logfile', '', '--dir', dir],
  });
}

/** Starts a FerretDB over SQLite of the test's own. Its documents survive stop/start. */
export async function startOwnFerret(): Promise<OwnService> {
  try {
    fs.accessSync(FERRETDB_BIN, fs.constants.X_OK);
  } catch {
    throw new Error(`FerretDB binary not found at ${FERRETDB_BIN}; run \`bash scripts/services.sh up\` first (it builds it).`);
  }
  return startOwnService({
    name: 'FerretDB',
    dirPrefix: 'own-ferret-',
    command: FERRETDB_BIN,
    url: (port) => `mongodb://${HOST}:${port}/`,
    prepare: (dir) => fsp.mkdir(path.join(dir, 'state'), { recursive: true }).then(() => undefined),
    args: (port, dir) => [
      '--handler=sqlite',
      `--sqlite-url=file:${dir}/`,
      `--listen-addr=${HOST}:${port}`,
      '--telemetry=disable',
      '--debug-addr=-',
      '--log-level=error',
      `--state-dir=${path.join(dir, 'state')}`,
    ],
  });
}

interface ServiceSpec {
  name: string;
  dirPrefix: string;
  command: string;
  args(port: number, dir: string): string[];
  url(port: number): string;
  prepare?(dir: string): Promise<void>;
}

// Children still running and directories not yet removed, for the 'exit' handler.
const liveChildren = new Set<ChildProcess>();
const liveDirs = new Set<string>();
let exitHandlerInstalled = false;

function installExitHandler(): void {
  if (exitHandlerInstalled) return;
  exitHandlerInstalled = true;
  process.on('exit', () => {
    for (const child of liveChildren) {
      try {
        child.kill('SIGKILL');
      } catch {
        // already gone
      }
    }
    for (const dir of liveDirs) {
      try {
        fs.rmSync(dir, { recursive: true, force: true });
      } catch {
        // best effort
      }
    }
  });
}

let setprivChecked: boolean | undefined;
/** `setpriv --pdeathsig KILL` execs the command with a parent-death signal (Linux, util-linux). */
function hasSetpriv(): boolean {
  if (setprivChecked === undefined) {
    const probe = spawnSync('setpriv', ['--pdeathsig', 'KILL', '--', 'true'], { stdio: 'ignore' });
    setprivChecked = probe.status === 0;
  }
  return setprivChecked;
}

async function startOwnService(spec: ServiceSpec): Promise<OwnService> {
  installExitHandler();
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), spec.dirPrefix));
  liveDirs.add(dir);
  let child: ChildProcess | undefined;
  let closed = false;
  try {
    await spec.prepare?.(dir);
    const port = await freePort();

    const service: OwnService = {
      url: spec.url(port),
      port,
      dir,
      get pid() {
        return child?.pid;
      },
      async start() {
        if (closed) throw new Error(`${spec.name} on port ${port} was closed; start a new one`);
        if (child) return;
        child = await launch(spec, port, dir);
      },
      async stop() {
        const running = child;
        child = undefined;
        if (running) await kill(spec.name, running);
        await waitUntilRefused(spec.name, port);
      },
      async close() {
        if (closed) return;
        closed = true;
        try {
          await service.stop();
        } finally {
          await fsp.rm(dir, { recursive: true, force: true });
          liveDirs.delete(dir);
        }
      },
    };
    await service.start();
    return service;
  } catch (err) {
    if (child) await kill(spec.name, child).catch(() => undefined);
    await fsp.rm(dir, { recursive: true, force: true });
    liveDirs.delete(dir);
    throw err;
  }
}

/** Spawns the server and waits (≤ 10 s) until its port accepts a TCP connection. */
async function launch(spec: ServiceSpec, port: number, dir: string): Promise<ChildProcess> {
  // Otherwise the readiness poll below would take another process's listener for ours.
  if (await canConnect(port, 500)) {
    throw new Error(`${spec.name} cannot start: ${HOST}:${port} already accepts connections (another process listens there)`);
  }
  const args = spec.args(port, dir);
  const [command, argv] = hasSetpriv() ? ['setpriv', ['--pdeathsig', 'KILL', '--', spec.command, ...args]] : [spec.command, args];
  const child = spawn(command, argv, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  liveChildren.add(child);

  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-OUTPUT_TAIL_CHARS);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  let exited: string | undefined;
  child.once('exit', (code, signal) => {
    liveChildren.delete(child);
    exited = signal ? `killed by ${signal}` : `exited with code ${code}`;
  });
  child.once('error', (err) => {
    liveChildren.delete(child);
    exited = `could not be spawned: ${err.message}`;
  });
  // A service a test forgot to close must not keep jest alive; the 'exit' handler kills it.
  child.unref();
  (child.stdout as unknown as net.Socket | null)?.unref?.();
  (child.stderr as unknown as net.Socket | null)?.unref?.();

  const deadline = Date.now() + READY_DEADLINE_MS;
  for (;;) {
    if (exited) {
      throw new Error(`${spec.name} on ${HOST}:${port} ${exited} at start. Output: ${output.trim() || '(none)'}`);
    }
    if (await canConnect(port, 500)) {
      if (exited) continue; // ours died meanwhile; reported above
      return child;
    }
    if (Date.now() >= deadline) {
      await kill(spec.name, child).catch(() => undefined);
      throw new Error(
        `${spec.name} did not accept connections on ${HOST}:${port} within ${READY_DEADLINE_MS / 1000} s. ` +
          `Output: ${output.trim() || '(none)'}`,
      );
    }
    await sleep(50);
  }
}

async function kill(name: string, child: ChildProcess): Promise<void> {
  if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) {
    let timer: NodeJS.Timeout | undefined;
    const gone = new Promise<boolean>((resolve) => {
      child.once('exit', () => resolve(true));
      timer = setTimeout(() => resolve(false), STOP_DEADLINE_MS);
    });
    child.kill('SIGKILL');
    const exited = await gone;
    clearTimeout(timer);
    if (!exited) throw new Error(`${name} (pid ${child.pid}) did not exit within ${STOP_DEADLINE_MS / 1000} s of SIGKILL`);
  }
  liveChildren.delete(child);
}

async function waitUntilRefused(name: string, port: number): Promise<void> {
  const deadline = Date.now() + STOP_DEADLINE_MS;
  while (await canConnect(port, 500)) {
    if (Date.now() >= deadline) {
      throw new Error(`${HOST}:${port} still accepts connections after ${name} was killed: another process listens there`);
    }
    await sleep(50);
  }
}

/** One TCP connect attempt: true if accepted, false if refused, reset or timed out. */
export function canConnect(port: number, timeoutMs = 500, host = HOST): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (ok: boolean) => {
      socket.removeAllListeners();
      socket.on('error', () => undefined);
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
