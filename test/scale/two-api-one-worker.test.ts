import { randomBytes } from 'node:crypto';
import { Types } from 'mongoose';
import { signToken } from '../../src/auth/tokens';
import type { AttemptView } from '../../src/quizzes/attempt-views';
import { LETTERS } from '../../src/quizzes/paper';
import { leaseKey } from '../../bots/lease';
import { createTestContext, type TestContext } from '../support/context';
import { freePort } from '../support/free-port';
import { spawnService, waitUntilReady, type ServiceProcess } from '../support/processes';

/**
 * Scale-out on one machine, as deployed: two stateless API processes and one worker process (the
 * queue workers and the bot) as real child processes on one Redis and one database. Every
 * "only once" must hold across processes, where no in-memory lock can help.
 */
const LEARNERS = 30;
const DRAW = 5;
const START_UP_MS = 90_000;

let ctx: TestContext;
let apis: ServiceProcess[] = [];
let worker: ServiceProcess | undefined;
let botName: string;
let quizId: string;
let courseId: Types.ObjectId;
/** Per question id, the text of its right option (the paper shows options shuffled). */
const rightOption = new Map<string, string>();
const learners: { id: Types.ObjectId; openid: string }[] = [];

const children = () => [...apis, ...(worker ? [worker] : [])];

async function scanKeys(pattern: string): Promise<string[]> {
  const found: string[] = [];
  let cursor = '0';
  do {
    const [next, keys] = await ctx.redis.scan(cursor, 'MATCH', pattern, 'COUNT', 500);
    found.push(...keys);
    cursor = next;
  } while (cursor !== '0');
  return found;
}

async function call(api: ServiceProcess, token: string, method: 'POST' | 'PUT', path: string, body?: unknown) {
  const res = await fetch(`${api.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : undefined) as AttemptView, api: api.name };
}

/** Learner k answers k mod (DRAW + 1) questions right, so scores run 0, 20, … 100. */
const rightCount = (k: number) => k % (DRAW + 1);
const scoreFor = (k: number) => Math.round((rightCount(k) / DRAW) * 1000) / 10;

beforeAll(async () => {
  const tag = randomBytes(3).toString('hex');
  botName = `bot-scale-${tag}`;
  const secret = `scale-test-secret-${randomBytes(16).toString('hex')}`;
  ctx = await createTestContext(__filename, { env: { AUTH_SECRET: secret } });

  // The data the burst needs, written straight into the models before any process reads it.
  const { models } = ctx;
  const officeId = new Types.ObjectId();
  const course = await models.Course.create({ code: `SCALE-${tag}`, title: '扩容课程', officeId, openToOfficeIds: [officeId], published: true });
  const bank = await models.QuestionBank.create({ code: `SCALE-BANK-${tag}`, title: '题库', officeId });
  const options = ['甲', '乙', '丙', '丁'];
  const questions = await models.Question.insertMany(
    Array.from({ length: 12 }, (_, n) => ({ bankId: bank._id, type: 'single', stem: `题${n}`, options, answer: [n % 4], explanation: '' })),
  );
  for (const q of questions) rightOption.set(String(q._id), options[q.answer[0]]);
  // The course's final exam (no modules, so it is open at once), one attempt each, an hour long.
  const quiz = await models.Quiz.create({ courseId: course._id, title: '扩容测验', draws: [{ bankId: bank._id, count: DRAW }], timeLimitMinutes: 60, maxAttempts: 1, passMark: 60 });
  quizId = String(quiz._id);
  courseId = course._id;
  for (let i = 0; i < LEARNERS; i++) learners.push({ id: new Types.ObjectId(), openid: `openid-scale-${tag}-${i}` });
  await models.Instructor.insertMany(learners.map((l, i) => ({ _id: l.id, name: `学员${i}`, phone: String(13_600_000_000 + i), officeId, bindCode: `S${tag}${i}` })));
  await models.Binding.insertMany(learners.map((l, i) => ({ personType: 'instructor', personId: l.id, officeId, kind: 'mp', identityId: l.openid, code: `S${tag}${i}`, boundAt: new Date() })));

  const ports: number[] = [];
  while (ports.length < 2) {
    const port = await freePort();
    if (!ports.includes(port)) ports.push(port);
  }
  const shared = {
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    LOG_FORMAT: 'json',
    WECHATY_LOG: 'warn',
    MONGODB_DB: ctx.config.MONGODB_DB,
    QUEUE_PREFIX: ctx.config.QUEUE_PREFIX,
    CACHE_PREFIX: ctx.config.CACHE_PREFIX,
    BOT_NAME: botName,
    AUTH_SECRET: secret,
  };
  apis = ports.map((port, i) => spawnService({ name: `api-${i + 1}`, env: { ...shared, PORT: String(port), RUN_WORKERS: 'false', RUN_BOT: 'false' } }));
  worker = spawnService({ name: 'worker', worker: true, env: { ...shared, RUN_WORKERS: 'true', RUN_BOT: 'true', WECHATY_PUPPET: 'wechaty-puppet-mock' } });

  await Promise.all([
    ...apis.map((api) => waitUntilReady(api, START_UP_MS)),
    worker.waitFor(async () => (await ctx.queues.botOutbox.getWorkers()).length > 0, 'the bot and its outbox worker to start', START_UP_MS),
  ]);
}, START_UP_MS + 30_000);

afterAll(async () => {
  await Promise.all(children().map((child) => child.stop()));
  await ctx?.close();
}, 60_000);

describe('two API processes and one worker on one Redis and one database', () => {
  test('only the worker runs the bot: it alone holds the lease and runs the one outbox worker', async () => {
    const leases = await scanKeys(`${ctx.config.CACHE_PREFIX}:bot-lease:*`);
    expect(leases).toEqual([leaseKey(ctx.config.CACHE_PREFIX, botName)]);
    // The holder is hostname:pid:random.
    const holder = await ctx.redis.get(leases[0]);
    expect(holder?.split(':')[1]).toBe(String(worker!.pid));

    expect(await ctx.queues.botOutbox.getWorkers()).toHaveLength(1);
    // RUN_WORKERS=false on both APIs: the deadline and upkeep workers run in the worker only.
    expect(await ctx.queues.quizDeadlines.getWorkers()).toHaveLength(1);
    expect(await ctx.queues.learningUpkeep.getWorkers()).toHaveLength(1);
  });

  test(`${LEARNERS} learners start, answer and submit across both APIs, double starts and double submits racing: one attempt, one deadline job and one grade each`, async () => {
    const [a, b] = apis;
    const outcomes = await Promise.all(
      learners.map(async (learner, k) => {
        const token = signToken({ sub: learner.openid, kind: 'mp' }, ctx.config.AUTH_SECRET, 3600, new Date());
        // The same start sent to both processes at once (a double tap through a load balancer).
        const starts = await Promise.all([a, b].map((api) => call(api, token, 'POST', `/api/mp/quizzes/${quizId}/attempts`)));
        for (const s of starts) expect({ api: s.api, status: s.status, body: s.body }).toMatchObject({ status: 200, body: { status: 'open' } });
        expect(starts[1].body.id).toBe(starts[0].body.id);
        const attempt = starts[(k % 2) as 0 | 1].body;

        // Answers alternate between the processes; the first is saved on both at once.
        for (const [i, q] of attempt.questions.entries()) {
          const right = LETTERS[q.options.indexOf(rightOption.get(q.id)!)];
          const choice = i < rightCount(k) ? right : LETTERS[(LETTERS.indexOf(right) + 1) % q.options.length];
          const targets = i === 0 ? [a, b] : [apis[(k + i) % 2]];
          const saves = await Promise.all(targets.map((api) => call(api, token, 'PUT', `/api/mp/attempts/${attempt.id}/answers/${q.id}`, { choice })));
          for (const s of saves) expect({ api: s.api, status: s.status, body: s.body }).toEqual({ api: s.api, status: 204, body: undefined });
        }

        // Submitted on both processes at the same time.
        const submits = await Promise.all([a, b].map((api) => call(api, token, 'POST', `/api/mp/attempts/${attempt.id}/submit`)));
        for (const s of submits) expect({ api: s.api, status: s.status, body: s.body }).toMatchObject({ status: 200, body: { id: attempt.id, status: 'graded', result: { score: scoreFor(k) } } });
        return { learnerId: String(learner.id), attemptId: attempt.id, score: submits[0].body.result!.score };
      }),
    );

    const { Attempt, AttemptAnswer, AttemptGrade, Certificate } = ctx.models;
    const attempts = await Attempt.find({ quizId }, { learnerId: 1 }).lean();
    expect(attempts).toHaveLength(LEARNERS);
    expect(new Set(attempts.map((t) => String(t.learnerId))).size).toBe(LEARNERS);
    const attemptIds = attempts.map((t) => String(t._id)).sort();
    expect(outcomes.map((o) => o.attemptId).sort()).toEqual(attemptIds);

    expect(await AttemptAnswer.countDocuments({ attemptId: { $in: attempts.map((t) => t._id) } })).toBe(LEARNERS * DRAW);

    const grades = await AttemptGrade.find({ quizId }, { score: 1 }).lean();
    expect(grades.map((g) => String(g._id)).sort()).toEqual(attemptIds);
    const scoreOf = new Map(outcomes.map((o) => [o.attemptId, o.score]));
    for (const g of grades) expect({ attempt: String(g._id), score: g.score }).toEqual({ attempt: String(g._id), score: scoreOf.get(String(g._id)) });

    // Both processes queued the deadline of every attempt they started or resumed: one job per attempt.
    const jobs = await ctx.queues.quizDeadlines.getJobs(['delayed', 'waiting', 'active', 'completed', 'failed', 'prioritized']);
    const deadlineJobs = jobs.filter((j) => j.name === 'grade-overdue');
    expect(deadlineJobs.map((j) => j.id).sort()).toEqual(attemptIds.map((id) => `deadline-${id}`).sort());
    // All still waiting for the hour to pass (the submits graded the attempts; the jobs will find them graded).
    expect((await ctx.queues.quizDeadlines.getJobs(['delayed'])).filter((j) => j.name === 'grade-overdue')).toHaveLength(LEARNERS);

    // A pass completes the course (it has only the final exam): one certificate per passing learner.
    const passed = outcomes.filter((o) => o.score >= 60).map((o) => o.learnerId).sort();
    const certificates = await Certificate.find({ courseId }, { learnerId: 1, number: 1 }).lean();
    expect(certificates.map((c) => String(c.learnerId)).sort()).toEqual(passed);
    expect(new Set(certificates.map((c) => c.number)).size).toBe(passed.length);

    // Nothing went wrong quietly in any process.
    const errors = children().flatMap((child) => child.logs().filter((line) => line.level >= 50).map((line) => ({ process: child.name, ...line })));
    expect(errors).toEqual([]);
  }, 60_000);

  test('each process stops on SIGTERM, the worker freeing the bot lease', async () => {
    const ended = await Promise.all(children().map(async (child) => ({ process: child.name, ...(await child.stop()) })));
    expect(ended).toEqual(children().map((child) => ({ process: child.name, code: 0, signal: null })));
    expect(await scanKeys(`${ctx.config.CACHE_PREFIX}:bot-lease:*`)).toEqual([]);
    expect(await ctx.queues.botOutbox.getWorkers()).toHaveLength(0);
  }, 30_000);
});
