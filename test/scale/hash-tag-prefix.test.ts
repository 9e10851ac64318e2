import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { Redis } from 'ioredis';
import { Types } from 'mongoose';
import { PuppetMock, type mock } from 'wechaty-puppet-mock';
import { systemClock } from '../../src/clock';
import { loadConfig, type Config } from '../../src/config';
import { connectMongo } from '../../src/db/mongo';
import { createLogger } from '../../src/logger';
import { registerModels } from '../../src/models';
import { startService, type RunningService } from '../../src/service';
import { deadlineScheduler, enqueueOutbox, outboxJobId } from '../../jobs/queues';
import { quietWechaty, type LogLine } from '../support/bot-fixture';
import { deleteKeys } from '../support/context';

quietWechaty();

/**
 * On Redis Cluster every key one BullMQ queue touches in a script must sit in one slot, so
 * QUEUE_PREFIX is hash-tagged (`{hx}`). The service runs here with such prefixes, for queues and
 * caches alike, in a Redis database of the test's own: then every key in it (but the claim on it)
 * is one the service wrote, and each can be checked for its slot.
 */

/** CRC16-XMODEM, the checksum Redis Cluster takes of a key (or of its hash tag), mod 16384. */
function crc16(text: string): number {
  let crc = 0;
  for (const byte of Buffer.from(text)) {
    crc ^= byte << 8;
    for (let bit = 0; bit < 8; bit++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}

/** The slot Redis Cluster puts a key in: only the part inside the first non-empty `{…}` counts. */
function hashSlot(key: string): number {
  const open = key.indexOf('{');
  const close = open === -1 ? -1 : key.indexOf('}', open + 1);
  return crc16(close > open + 1 ? key.slice(open + 1, close) : key) % 16384;
}

const tag = randomBytes(3).toString('hex');
let config: Config;
let service: RunningService | undefined;
let probe: Redis;
const logs: LogLine[] = [];

async function allKeys(): Promise<string[]> {
  const found: string[] = [];
  let cursor = '0';
  do {
    const [next, keys] = await probe.scan(cursor, 'COUNT', 1000);
    found.push(...keys);
    cursor = next;
  } while (cursor !== '0');
  return found;
}

async function until(condition: () => Promise<boolean>, what: string, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Marks a Redis database as this file's; SET NX, so two runs at once never take the same one. */
const CLAIM_KEY = 'hash-tag-prefix-test:claim';

/** An empty database of the shared Redis, counted down from the last, claimed so nothing else writes there. */
async function claimEmptyRedisDatabase(url: string): Promise<string> {
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await client.connect();
    const [, count] = (await client.config('GET', 'databases')) as [string, string];
    for (let db = Number(count) - 1; db > 0; db--) {
      await client.select(db);
      if ((await client.dbsize()) > 0) continue;
      if ((await client.set(CLAIM_KEY, tag, 'EX', 300, 'NX')) !== 'OK') continue;
      // Another run may have written between the two calls; then the database is not ours alone.
      if ((await client.dbsize()) !== 1) {
        await client.del(CLAIM_KEY);
        continue;
      }
      const withDb = new URL(url);
      withDb.pathname = `/${db}`;
      return withDb.toString();
    }
    throw new Error(`no Redis database but 0 is empty; this test needs one of its own (${url})`);
  } finally {
    client.disconnect();
  }
}

beforeAll(async () => {
  const redisUrl = await claimEmptyRedisDatabase(process.env.REDIS_URL!);
  config = loadConfig({
    ...process.env,
    NODE_ENV: 'test',
    LOG_LEVEL: 'info',
    REDIS_URL: redisUrl,
    MONGODB_DB: `t_hash_tag_${tag}`,
    MONGODB_POOL_SIZE: '5',
    QUEUE_PREFIX: `{t_${tag}}`,
    CACHE_PREFIX: `{tc_${tag}}`,
    BOT_NAME: `bot-hash-tag-${tag}`,
    RUN_WORKERS: 'true',
    RUN_BOT: 'true',
    WECHATY_PUPPET: 'wechaty-puppet-mock',
    BOT_SEND_INTERVAL_MS: '0',
    BOT_SEND_JITTER_MS: '0',
    CONTENT_CACHE_S: '0',
  });
  probe = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
  const sink = new Writable({
    write(chunk, _encoding, done) {
      logs.push(JSON.parse(String(chunk)) as LogLine);
      done();
    },
  });
  service = await startService(config, createLogger(config, sink), { http: false });
}, 60_000);

afterAll(async () => {
  await service?.stop();
  if (!config) return;
  // The service's connection is closed by now; a short-lived one drops the database.
  const mongo = await connectMongo(config);
  await mongo.dropDatabase();
  await mongo.close();
  await deleteKeys(probe, `${config.QUEUE_PREFIX}:*`);
  await deleteKeys(probe, `${config.CACHE_PREFIX}:*`);
  await probe.del(CLAIM_KEY);
  probe.disconnect();
}, 30_000);

describe('the service on a hash-tagged QUEUE_PREFIX', () => {
  test('the slot function is Redis Cluster’s', () => {
    // The examples in the Redis Cluster specification.
    expect(hashSlot('123456789')).toBe(12739);
    expect(hashSlot('{user1000}.following')).toBe(hashSlot('{user1000}.followers'));
    expect(hashSlot('foo{}{bar}')).toBe(crc16('foo{}{bar}') % 16384);
    expect(hashSlot('foo{{bar}}zap')).toBe(crc16('{bar') % 16384);
    expect(hashSlot('foo{bar}{zap}')).toBe(hashSlot('bar'));
  });

  test('a bot outbox message is sent and an overdue attempt is graded by its deadline job', async () => {
    const s = service!;
    // The bot runs here once this process holds the lease (a key under the hash-tagged CACHE_PREFIX).
    const running = await s.bot!.whenRunning();
    const puppet = running.bot.puppet as PuppetMock;
    const mocker = (puppet as unknown as { mocker: mock.Mocker }).mocker;
    const botUser = mocker.createContact({ name: '学习助手' });
    const loggedIn = new Promise<void>((resolve) => running.bot.once('login', () => resolve()));
    mocker.login(botUser);
    await loggedIn;
    puppet.emit('ready', { data: 'mock' });

    const learner = mocker.createContact({ name: '学员' });
    const received: string[] = [];
    learner.on('message', (msg) => {
      if (msg.payload.talkerId === botUser.id) received.push(msg.payload.text ?? '');
    });
    const key = `hash-tag-${tag}`;
    await enqueueOutbox(s.queues, { key, to: { kind: 'contact', id: learner.id }, text: '你好，测验要截止了', createdAt: Date.now() });
    await until(async () => (await s.queues.botOutbox.getJobState(outboxJobId(key))) === 'completed', 'the outbox job to complete');
    expect((await s.queues.botOutbox.getJob(outboxJobId(key)))!.returnvalue).toBe('sent');
    expect(received).toEqual(['你好，测验要截止了']);

    // An attempt an hour past its deadline, and its deadline job as the service queues it.
    const models = registerModels(s.mongo);
    const officeId = new Types.ObjectId();
    const course = await models.Course.create({ code: `HT-${tag}`, title: '课程', officeId, openToOfficeIds: [officeId], published: true });
    const bank = await models.QuestionBank.create({ code: `HT-BANK-${tag}`, title: '题库', officeId });
    const question = await models.Question.create({ bankId: bank._id, type: 'single', stem: '题', options: ['甲', '乙'], answer: [0] });
    const quiz = await models.Quiz.create({ courseId: course._id, title: '测验', draws: [{ bankId: bank._id, count: 1 }], timeLimitMinutes: 10, maxAttempts: 1, passMark: 60 });
    const now = Date.now();
    const attempt = await models.Attempt.create({
      learnerId: new Types.ObjectId(),
      quizId: quiz._id,
      courseId: course._id,
      number: 1,
      startedAt: new Date(now - 2 * 3600_000),
      deadline: new Date(now - 3600_000),
      paper: [{ questionId: question._id, optionOrder: [0, 1], type: 'single' }],
    });
    await deadlineScheduler(s.queues, systemClock)(attempt);
    const jobId = `deadline-${String(attempt._id)}`;
    await until(async () => (await s.queues.quizDeadlines.getJobState(jobId)) === 'completed', 'the deadline job to complete');
    const grade = await models.AttemptGrade.findById(attempt._id).lean();
    expect(grade).toMatchObject({ auto: true, score: 0, total: 1 });

    expect(logs.filter((line) => line.level >= 50)).toEqual([]);
  }, 30_000);

  test('every key the service wrote starts with a hash-tagged prefix, and each queue’s keys share one slot', async () => {
    const keys = (await allKeys()).filter((k) => k !== CLAIM_KEY);
    const queueKeys = keys.filter((k) => k.startsWith(`${config.QUEUE_PREFIX}:`));
    const cacheKeys = keys.filter((k) => k.startsWith(`${config.CACHE_PREFIX}:`));
    expect(keys.filter((k) => !queueKeys.includes(k) && !cacheKeys.includes(k))).toEqual([]);

    // All three queues wrote keys (jobs, schedulers, events, meta), and all of them land in one slot.
    for (const queue of ['bot-outbox', 'quiz-deadlines', 'learning-upkeep']) {
      expect(queueKeys.filter((k) => k.startsWith(`${config.QUEUE_PREFIX}:${queue}:`)).length).toBeGreaterThan(1);
    }
    expect(new Set(queueKeys.map(hashSlot))).toEqual(new Set([hashSlot(config.QUEUE_PREFIX)]));
    // Without the braces the same keys would spread over many slots (CROSSSLOT in BullMQ's scripts).
    expect(new Set(queueKeys.map((k) => hashSlot(k.replace(/[{}]/g, '')))).size).toBeGreaterThan(1);

    // The caches share their own slot (the bot lease among them).
    expect(cacheKeys).toContain(`${config.CACHE_PREFIX}:bot-lease:${config.BOT_NAME}`);
    expect(new Set(cacheKeys.map(hashSlot))).toEqual(new Set([hashSlot(config.CACHE_PREFIX)]));
  });
});
