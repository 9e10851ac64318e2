import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import { Redis, type RedisOptions } from 'ioredis';
import { Queue } from 'bullmq';
import mongoose, { type Connection } from 'mongoose';
import { canConnect, startOwnFerret, startOwnRedis, type OwnService } from './own-services';

// The request-path client options whose down-state errors the HTTP layer maps to 503.
const REQUEST_CLIENT: RedisOptions = { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 1000 };

/** What a failed call gave, and how long it took; `pending` when it had not settled by `limitMs`. */
interface Outcome {
  ms: number;
  pending?: true;
  value?: unknown;
  err?: { name: string; ctor: string; code: unknown; message: string; labels?: string[] };
}

async function outcome(run: () => Promise<unknown>, limitMs = 5000): Promise<Outcome> {
  const t0 = Date.now();
  const settled = run().then(
    (value) => ({ value }),
    (e: unknown) => {
      const err = e as Error & { code?: unknown; errorLabels?: string[] };
      return { err: { name: err.name, ctor: err.constructor.name, code: err.code, message: err.message, labels: err.errorLabels } };
    },
  );
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<{ pending: true }>((resolve) => (timer = setTimeout(() => resolve({ pending: true }), limitMs)));
  const result = await Promise.race([settled, limit]);
  clearTimeout(timer);
  const out = { ms: Date.now() - t0, ...result };
  if (process.env.OWN_SERVICES_REPORT) console.log(JSON.stringify(out));
  return out;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function ready(client: Redis): Promise<void> {
  if (client.status !== 'ready') await once(client, 'ready');
}

/** Polls `run` until it succeeds (a client reconnecting with backoff), at most `limitMs`. */
async function eventually<T>(run: () => Promise<T>, limitMs = 8000): Promise<T> {
  const deadline = Date.now() + limitMs;
  for (;;) {
    try {
      return await run();
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await sleep(50);
    }
  }
}

describe('own Redis', () => {
  let redis: OwnService;
  const clients: Redis[] = [];
  const queues: Queue[] = [];
  const client = () => {
    const c = new Redis(redis.url, REQUEST_CLIENT);
    c.on('error', () => undefined); // each failed reconnect emits one
    clients.push(c);
    return c;
  };
  const queue = (connection: Redis) => {
    const q = new Queue('own-services', { connection, prefix: 'own' });
    q.on('error', () => undefined);
    queues.push(q);
    return q;
  };

  beforeEach(async () => {
    redis = await startOwnRedis();
  });
  afterEach(async () => {
    // The services are restarted first so closing queues does not wait on a dead Redis.
    await redis.start();
    await Promise.all(queues.splice(0).map((q) => q.close().catch(() => undefined)));
    for (const c of clients.splice(0)) c.disconnect();
    await redis.close();
    expect(fs.existsSync(redis.dir)).toBe(false);
    expect(await canConnect(redis.port)).toBe(false);
  });

  test('answers PING, refuses connections after stop(), answers again after start() (empty)', async () => {
    expect(redis.url).toBe(`redis://127.0.0.1:${redis.port}`);
    expect(redis.port).not.toBe(6379);
    const c = client();
    await ready(c);
    expect(await c.ping()).toBe('PONG');
    await c.set('k', 'v');
    const pid = redis.pid;

    await redis.stop();
    expect(redis.pid).toBeUndefined();
    expect(processRuns(pid!)).toBe(false);
    expect(await canConnect(redis.port)).toBe(false);

    // An idle client, once it saw the close: rejects at once, no network wait.
    const get = await outcome(() => c.get('k'));
    expect(get.err).toMatchObject({ name: 'Error', ctor: 'Error', code: undefined, message: "Stream isn't writeable and enableOfflineQueue options is false" });
    expect(get.ms).toBeLessThan(100);

    // A client created while Redis is down: the same error (it never became ready).
    const fresh = client();
    const freshGet = await outcome(() => fresh.get('k'));
    expect(freshGet.err).toMatchObject({ name: 'Error', message: "Stream isn't writeable and enableOfflineQueue options is false" });

    await redis.start();
    expect(await canConnect(redis.port)).toBe(true);
    // The same client reconnects by itself (default backoff); Redis restarted without persistence.
    expect(await eventually(() => c.ping())).toBe('PONG');
    expect(await c.get('k')).toBeNull();
  });

  test('a command in flight when Redis dies rejects with MaxRetriesPerRequestError', async () => {
    const c = client();
    await ready(c);
    // BLPOP holds the connection, so both commands are still unanswered at the kill.
    const blocked = outcome(() => c.blpop('nothing', 0));
    const queued = outcome(() => c.get('k'));
    await sleep(20);
    await redis.stop();
    for (const result of [await blocked, await queued]) {
      expect(result.err).toMatchObject({
        name: 'MaxRetriesPerRequestError',
        ctor: 'MaxRetriesPerRequestError',
        code: undefined,
        message: 'Reached the max retries per request limit (which is 1). Refer to "maxRetriesPerRequest" option for details.',
      });
      expect(result.ms).toBeLessThan(2000);
    }
  });

  test('BullMQ Queue.add: rejects at once when its client was ready before; waits for Redis when it never was', async () => {
    const c = client();
    const q = queue(c);
    expect((await q.add('up', { n: 1 })).id).toBe('1');

    await redis.stop();
    const add = await outcome(() => q.add('down', { n: 2 }));
    expect(add.err).toMatchObject({ name: 'Error', ctor: 'Error', message: "Stream isn't writeable and enableOfflineQueue options is false" });
    expect(add.ms).toBeLessThan(100);

    // A Queue over a client that has not been ready yet waits for 'ready' (BullMQ's
    // waitUntilReady) instead of sending: Queue.add neither resolves nor rejects while Redis is down.
    const late = queue(client());
    const pendingAdd = late.add('late', { n: 3 });
    const waited = await outcome(() => pendingAdd, 2500);
    expect(waited.pending).toBe(true);

    await redis.start();
    // ...and goes through once Redis is back (after the client's reconnect backoff).
    const lateJob = await pendingAdd;
    expect(lateJob.id).toBeDefined();
    // The ready-before queue works again; Redis came back empty, so job ids start over.
    const again = await eventually(() => q.add('again', { n: 4 }));
    expect(['1', '2']).toContain(again.id);
  });
});

describe('own FerretDB', () => {
  let ferret: OwnService;
  const conns: Connection[] = [];
  const connect = async (extra: mongoose.ConnectOptions = {}) => {
    const conn = mongoose.createConnection(ferret.url, { dbName: 'own', serverSelectionTimeoutMS: 1500, bufferCommands: false, ...extra });
    conns.push(conn);
    await conn.asPromise();
    return conn;
  };
  const thing = (conn: Connection) =>
    conn.models.Thing ?? conn.model('Thing', new mongoose.Schema({ name: String }, { collection: 'things' }));

  beforeEach(async () => {
    ferret = await startOwnFerret();
  });
  afterEach(async () => {
    for (const conn of conns.splice(0)) await conn.close(true).catch(() => undefined);
    await ferret.close();
    expect(fs.existsSync(ferret.dir)).toBe(false);
    expect(await canConnect(ferret.port)).toBe(false);
  });

  test('keeps its documents across stop/start; a find while down fails in < 2 s; the same connection recovers', async () => {
    expect(ferret.url).toBe(`mongodb://127.0.0.1:${ferret.port}/`);
    expect(ferret.port).not.toBe(27018);
    const conn = await connect();
    const Thing = thing(conn);
    const kept = await Thing.create({ name: 'kept' });

    await ferret.stop();
    expect(await canConnect(ferret.port)).toBe(false);
    // Until the driver's monitor notices (heartbeat, 10 s by default), the server still counts as
    // known and connected (readyState 1); a find fails on opening a pool connection.
    const find = await outcome(() => Thing.find({}).lean());
    expect(find.err).toMatchObject({ name: 'MongoNetworkError', ctor: 'MongoNetworkError', code: undefined, message: `connect ECONNREFUSED 127.0.0.1:${ferret.port}` });
    expect(find.ms).toBeLessThan(2000);
    expect(conn.readyState).toBe(1);

    await ferret.start();
    // No fresh connection needed: the driver reconnects by itself.
    const docs = await Thing.find({}).lean();
    expect(docs.map((d) => String(d._id))).toEqual([String(kept._id)]);
    // A fresh connection sees the same data.
    const other = await connect();
    expect(await thing(other).countDocuments({ name: 'kept' })).toBe(1);
  });

  test('once the driver has noticed, a find fails with MongoServerSelectionError at serverSelectionTimeoutMS', async () => {
    // A short heartbeat so the monitor notices within the test instead of after 10 s.
    const conn = await connect({ heartbeatFrequencyMS: 500 });
    const Thing = thing(conn);
    await Thing.create({ name: 'kept' });
    const disconnected = once(conn, 'disconnected');

    await ferret.stop();
    await disconnected;
    expect(conn.readyState).toBe(0);
    const find = await outcome(() => Thing.findOne({}).lean());
    expect(find.err).toMatchObject({ name: 'MongoServerSelectionError', ctor: 'MongoServerSelectionError', code: undefined, message: `connect ECONNREFUSED 127.0.0.1:${ferret.port}` });
    expect(find.ms).toBeGreaterThanOrEqual(1400);
    expect(find.ms).toBeLessThan(2000);

    // A connection opened while the server is down: mongoose's own error class.
    const opening = await outcome(() => connect());
    expect(opening.err).toMatchObject({ name: 'MongooseServerSelectionError', ctor: 'MongooseServerSelectionError', message: `connect ECONNREFUSED 127.0.0.1:${ferret.port}` });
    expect(opening.ms).toBeLessThan(2000);

    const reconnected = once(conn, 'reconnected');
    await ferret.start();
    expect((await Thing.findOne({}).lean())?.name).toBe('kept');
    await reconnected;
    expect(conn.readyState).toBe(1);
  });
});

describe('no process is left behind', () => {
  // A child Node process starts an own Redis and then ends without close(): by exiting
  // (the 'exit' handler kills the server and removes its dir) or by being SIGKILLed (the
  // parent-death signal kills the server; its dir stays in the tmp dir).
  const script = `
    const { startOwnRedis } = require(${JSON.stringify(path.join(__dirname, 'own-services.ts'))});
    startOwnRedis().then((s) => {
      process.stdout.write(JSON.stringify({ pid: s.pid, port: s.port, dir: s.dir }) + '\\n');
      // 'exit': ends when the test closes its stdin; 'kill': runs until SIGKILLed.
      if (process.argv[1] === 'exit') process.stdin.on('data', () => undefined).on('end', () => process.exit(0));
      else setInterval(() => undefined, 1000);
    });`;

  async function orphanRun(mode: 'exit' | 'kill'): Promise<{ pid: number; port: number; dir: string }> {
    const child = spawn(process.execPath, ['--require', require.resolve('tsx/cjs'), '-e', script, mode], { stdio: ['pipe', 'pipe', 'inherit'] });
    const [line] = (await once(child.stdout, 'data')) as [Buffer];
    const info = JSON.parse(line.toString()) as { pid: number; port: number; dir: string };
    expect(await canConnect(info.port)).toBe(true);
    if (mode === 'kill') child.kill('SIGKILL');
    else child.stdin.end();
    if (child.exitCode === null && child.signalCode === null) await once(child, 'exit');
    return info;
  }

  test.each(['exit', 'kill'] as const)('the server dies with its test process (%s)', async (mode) => {
    const info = await orphanRun(mode);
    await eventually(async () => {
      if (processRuns(info.pid) || (await canConnect(info.port))) throw new Error('still running');
    }, 3000);
    if (mode === 'exit') expect(fs.existsSync(info.dir)).toBe(false);
    fs.rmSync(info.dir, { recursive: true, force: true });
  });
});

/** True if the pid is a live process (a zombie awaiting its reaper does not count). */
function processRuns(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^\d+ \(.*\) [ZX] /.test(stat);
  } catch {
    return false;
  }
}
