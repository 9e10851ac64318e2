/**
 * Outages, over the HTTP API: a Redis and a FerretDB of this file's own (test/support/own-services.ts),
 * killed mid-test. The service is wired as production wires it (connectService: connectMongo's
 * timeouts, the fail-fast request Redis client, queue adds bounded by withTimeout); no driver
 * setting is changed here. A request that needs a service that is down answers 503 `unavailable`
 * within 2 s, never 500 and never a hang; nothing written before the outage is lost after it.
 *
 * OUTAGE_REPORT=1 prints each measured latency.
 */
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import type { Types } from 'mongoose';
import { buildApp, type BuiltApp } from '../../src/app';
import { signToken } from '../../src/auth/tokens';
import { ManualClock } from '../../src/clock';
import { loadConfig, type Config } from '../../src/config';
import { OnceGuard } from '../../src/db/once';
import type { ServiceDeps } from '../../src/deps';
import { toHttp } from '../../src/http/errors';
import { createLogger } from '../../src/logger';
import { registerModels, type Models } from '../../src/models';
import { DEMO_PASSWORD } from '../../src/seed/demo';
import { connectService } from '../../src/service';
import { seedAdminWorld } from '../support/admin';
import type { TestContext } from '../support/context';
import { makeCourse } from '../support/course';
import { startOwnFerret, startOwnRedis, type OwnService } from '../support/own-services';

/** What a request that needs a dead service may take at most. */
const LIMIT_MS = 2000;

let redisServer: OwnService;
let ferretServer: OwnService;
let config: Config;
let deps: ServiceDeps;
let clock: ManualClock;
let models: Models;
let ctx: TestContext;
let world: Awaited<ReturnType<typeof seedAdminWorld>>;

beforeAll(async () => {
  [redisServer, ferretServer] = await Promise.all([startOwnRedis(), startOwnFerret()]);
  const tag = `unavailable_${randomBytes(3).toString('hex')}`;
  config = loadConfig({
    ...process.env,
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    MONGODB_URI: ferretServer.url,
    REDIS_URL: redisServer.url,
    MONGODB_DB: `t_${tag}`,
    QUEUE_PREFIX: `t_${tag}`,
    CACHE_PREFIX: `tc_${tag}`,
    MONGODB_POOL_SIZE: '5',
    RUN_BOT: 'false',
    RUN_WORKERS: 'false',
    // Fixtures go straight into the collections (see test/support/context.ts).
    CONTENT_CACHE_S: '0',
    // Lessons are marked read at once here, as in test/support/context.ts (the lesson-time gate is off).
    LESSON_PRESENCE_SHARE: '0',
  });
  clock = new ManualClock(new Date('2026-11-26T02:00:00Z'));
  deps = await connectService(config, createLogger(config), clock);
  await servicesAnswer();
  models = registerModels(deps.mongo);
  let built: BuiltApp | undefined;
  ctx = {
    ...deps,
    clock,
    models,
    once: new OnceGuard(models.OnceKey),
    app: () => (built ??= buildApp(deps)),
    close: async () => undefined,
  };
  world = await seedAdminWorld(ctx);
}, 60_000);

// Every test leaves both services running and answering, whatever it stopped.
afterEach(async () => {
  await Promise.all([redisServer.start(), ferretServer.start()]);
  await servicesAnswer();
}, 30_000);

afterAll(async () => {
  if (deps) {
    await deps.queues.close();
    await deps.mongo.close();
    deps.redis.disconnect();
    deps.workerRedis.disconnect();
  }
  await Promise.all([redisServer?.close(), ferretServer?.close()]);
}, 30_000);

const http = () => request(ctx.app().app.callback());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until `run` resolves (a client reconnecting with backoff), at most `limitMs`. */
async function eventually<T>(run: () => Promise<T>, limitMs = 10_000): Promise<T> {
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

/** Both request-path clients answer again (after a restart they reconnect by themselves). */
async function servicesAnswer(): Promise<void> {
  await eventually(() => deps.redis.ping());
  await eventually(() => deps.mongo.db!.admin().ping());
}

function report(what: string, ms: number): void {
  if (process.env.OUTAGE_REPORT) console.log(`${what}: ${ms} ms`);
}

async function timed(what: string, send: () => request.Test): Promise<{ res: request.Response; ms: number }> {
  const started = Date.now();
  const res = await send();
  const ms = Date.now() - started;
  report(what, ms);
  return { res, ms };
}

function expectUnavailable({ res, ms }: { res: request.Response; ms: number }): void {
  expect(res.status).toBe(503);
  expect(res.body).toEqual({ error: { code: 'unavailable', message: expect.any(String) } });
  expect(ms).toBeLessThan(LIMIT_MS);
}

const login = () => http().post('/api/admin/login').send({ username: 'haishu-admin', password: DEMO_PASSWORD });

let phones = 0;
/** A new instructor, bound in the mini-program, who has read module 1's lesson, so its quiz is next. */
async function learnerBeforeQuiz() {
  const { modules } = await makeCourse(models, { officeId: world.offices.haishu._id });
  const phone = `1391111${String(5000 + ++phones)}`;
  const created = await world.as('haishu-editor').post('/api/admin/instructors', { name: '测验学员', phone, officeId: String(world.offices.haishu._id) });
  expect(created.status).toBe(201);
  const openid = `openid-outage-${phone}`;
  await deps.areas.binding.bindWithCode(created.body.bindCode, { kind: 'mp', id: openid });
  const auth = { Authorization: `Bearer ${signToken({ sub: openid, kind: 'mp' }, config.AUTH_SECRET, config.MP_TOKEN_TTL_S, clock.now())}` };
  const me = { post: (url: string) => http().post(url).set(auth).send() };
  expect((await me.post(`/api/mp/lessons/${modules[0].lesson._id}/complete`)).status).toBe(200);
  const quiz = modules[0].quiz;
  const startQuiz = () => me.post(`/api/mp/quizzes/${quiz._id}/attempts`);
  const attempts = () => models.Attempt.find({ learnerId: created.body.id as string, quizId: quiz._id as Types.ObjectId }).lean();
  return { quiz, startQuiz, attempts };
}

describe('with Redis stopped', () => {
  test('staff sign-in answers 503 unavailable within 2 s, not 500', async () => {
    expect((await login()).status).toBe(200);
    await redisServer.stop();

    expectUnavailable(await timed('redis down: POST /api/admin/login', login));
  });

  test('starting a quiz answers 503 within 2 s, and the attempt it wrote is open in MongoDB', async () => {
    const learner = await learnerBeforeQuiz();
    await redisServer.stop();

    expectUnavailable(await timed('redis down: POST /api/mp/quizzes/:id/attempts', learner.startQuiz));
    const attempts = await learner.attempts();
    expect(attempts).toHaveLength(1);
    expect(attempts[0]).toMatchObject({ number: 1, open: true });
  });

  test('the overdue scan grades the attempt whose start answered 503, once its deadline has passed', async () => {
    const learner = await learnerBeforeQuiz();
    await redisServer.stop();
    expect((await learner.startQuiz()).status).toBe(503);
    // The scan runs as a job, so with Redis back; the deadline job of this attempt was never queued.
    await redisServer.start();
    await servicesAnswer();
    const [attempt] = await learner.attempts();

    const before = clock.now();
    try {
      clock.set(new Date(attempt.deadline.getTime() + 1000));
      expect(await deps.areas.learning.gradeOverdue(200)).toBeGreaterThanOrEqual(1);
    } finally {
      clock.set(before);
    }
    expect(await models.AttemptGrade.findById(attempt._id).lean()).toMatchObject({ auto: true, total: learner.quiz.draws[0].count });
    expect((await models.Attempt.findById(attempt._id).lean())?.open).toBe(false);
  });

  test('once Redis is back, the same start resumes that attempt: 200, the same attempt id, one attempt in all', async () => {
    const learner = await learnerBeforeQuiz();
    await redisServer.stop();
    expect((await learner.startQuiz()).status).toBe(503);
    const [written] = await learner.attempts();
    await redisServer.start();
    await servicesAnswer();

    const again = await timed('redis back: POST /api/mp/quizzes/:id/attempts', learner.startQuiz);
    expect(again.res.status).toBe(200);
    expect(again.res.body.id).toBe(String(written._id));
    expect(await learner.attempts()).toHaveLength(1);
  });

  test('/healthz stays 200 and /readyz answers 503 naming redis', async () => {
    await redisServer.stop();

    expect((await timed('redis down: GET /healthz', () => http().get('/healthz'))).res.status).toBe(200);
    const { res, ms } = await timed('redis down: GET /readyz', () => http().get('/readyz'));
    expect(res.status).toBe(503);
    expect(res.body).toMatchObject({ status: 'unavailable', checks: { redis: { ok: false, error: expect.any(String) }, mongodb: { ok: true } } });
    expect(ms).toBeLessThan(config.READY_TIMEOUT_MS + 500);
  });

  test('once Redis is back, staff sign-in answers 200 again', async () => {
    await redisServer.stop();
    expect((await login()).status).toBe(503);
    await redisServer.start();
    await servicesAnswer();

    expect((await login()).status).toBe(200);
    expect((await http().get('/readyz')).status).toBe(200);
  });
});

describe('with FerretDB stopped', () => {
  const listInstructors = () => world.as('haishu-admin').get('/api/admin/instructors');
  /** What the driver throws for a read right now (the server being down, it must throw). */
  const driverError = async (): Promise<Error> => {
    const err = await models.Staff.findOne({}).lean().then(
      () => undefined,
      (e: Error) => e,
    );
    if (!(err instanceof Error)) throw new Error('a read succeeded with FerretDB stopped');
    return err;
  };

  test('listing instructors answers 503 within 2 s right after the kill', async () => {
    expect((await listInstructors()).status).toBe(200);
    await ferretServer.stop();

    expectUnavailable(await timed('ferret down, first request: GET /api/admin/instructors', listInstructors));
  });

  test('listing instructors keeps answering 503 within 2 s once the driver has given the server up (server selection times out)', async () => {
    expect((await listInstructors()).status).toBe(200);
    await ferretServer.stop();

    // The driver's first error is a network error on opening a connection; once it has marked
    // the server unknown, calls wait for server selection (MONGODB_TIMEOUT_MS) instead.
    const seen: string[] = [];
    const deadline = Date.now() + 15_000;
    while (!seen.includes('MongoServerSelectionError') && Date.now() < deadline) {
      const err = await driverError();
      seen.push(err.name);
      expect(toHttp(err).status).toBe(503);
      expectUnavailable(await timed(`ferret down, after ${err.name}: GET /api/admin/instructors`, listInstructors));
    }
    expect(seen).toContain('MongoServerSelectionError');
  });

  test('/healthz stays 200 and /readyz answers 503 naming mongodb', async () => {
    await ferretServer.stop();

    expect((await timed('ferret down: GET /healthz', () => http().get('/healthz'))).res.status).toBe(200);
    for (const attempt of ['first', 'second']) {
      const { res, ms } = await timed(`ferret down: GET /readyz (${attempt})`, () => http().get('/readyz'));
      expect(res.status).toBe(503);
      expect(res.body).toMatchObject({ status: 'unavailable', checks: { mongodb: { ok: false, error: expect.any(String) }, redis: { ok: true } } });
      expect(ms).toBeLessThan(config.READY_TIMEOUT_MS + 500);
    }
  });

  test('/readyz answers 503 naming mongodb within READY_TIMEOUT_MS + a little once the driver has given the server up', async () => {
    await ferretServer.stop();
    const deadline = Date.now() + 15_000;
    let seen = '';
    while (seen !== 'MongoServerSelectionError' && Date.now() < deadline) seen = (await driverError()).name;
    expect(seen).toBe('MongoServerSelectionError');

    const { res, ms } = await timed('ferret down, after MongoServerSelectionError: GET /readyz', () => http().get('/readyz'));
    expect(res.status).toBe(503);
    expect(res.body).toMatchObject({ status: 'unavailable', checks: { mongodb: { ok: false, error: expect.any(String) }, redis: { ok: true } } });
    expect(ms).toBeLessThan(config.READY_TIMEOUT_MS + 500);
  });

  test('an instructor created before the outage is still listed after FerretDB restarts, and requests answer 200 again', async () => {
    const created = await world.as('haishu-editor').post('/api/admin/instructors', { name: '停机前学员', phone: '13922223333', officeId: String(world.offices.haishu._id) });
    expect(created.status).toBe(201);
    await ferretServer.stop();
    expect((await listInstructors()).status).toBe(503);

    await ferretServer.start();
    const started = Date.now();
    const listed = await eventually(async () => {
      const res = await listInstructors();
      if (res.status !== 200) throw new Error(`still ${res.status}`);
      return res;
    });
    report('ferret back: first 200 of GET /api/admin/instructors after start()', Date.now() - started);
    expect(listed.body.items.map((i: { id: string }) => i.id)).toContain(created.body.id);
    expect((await http().get('/readyz')).status).toBe(200);
    expect((await login()).status).toBe(200);
  });
});
