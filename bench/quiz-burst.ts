import { performance } from 'node:perf_hooks';
import { Types } from 'mongoose';
import { buildApp } from '../src/app';
import { signToken } from '../src/auth/tokens';
import { ensureIndexes } from '../src/db/mongo';
import { registerModels } from '../src/models';
import { drawPaper } from '../src/quizzes/paper';
import type { Question, Quiz } from '../src/quizzes/model';
import { cleanUp, runBench } from './lib/run';
import { createClient } from './lib/client';
import { listenLoopback } from './lib/server';
import { createBenchDeps } from './lib/service-deps';
import { fixed, formatTable } from './lib/table';

/**
 * N simulated instructors each start an attempt, save every answer and submit, CONCURRENCY at a
 * time, over HTTP on loopback against the full service. In the same run the raw MongoDB driver
 * does the same reads and writes (count attempts, read the bank, insert the attempt; upsert each
 * answer; read attempt, questions and answers, insert the grade) with no HTTP, auth, validation
 * or framework, so the ratio shows what our stack costs on this server.
 */
const LEARNERS = Number(process.env.BENCH_LEARNERS ?? 1000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 20);
const DRAW = 5;
type Step = 'start' | 'answer' | 'submit';

/** CPU this process spent (server and client for ours, driver for raw): the share FerretDB and PostgreSQL did not get. */
const cpuSeconds = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1e6;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

async function pool<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await work(items[next++]);
  }));
}

function summarize(label: string, times: Record<Step, number[]>, seconds: number) {
  return (['start', 'answer', 'submit'] as Step[]).map((step) => {
    const sorted = [...times[step]].sort((a, b) => a - b);
    return [label, step, String(sorted.length), fixed(sorted.length / seconds), fixed(percentile(sorted, 50), 1), fixed(percentile(sorted, 95), 1), fixed(percentile(sorted, 99), 1)];
  });
}

runBench('quiz-burst', async () => {
  const deps = await createBenchDeps('bench_quiz_burst');
  const server = { close: async () => undefined } as { close(): Promise<void> };
  try {
    await deps.mongo.dropDatabase();
    const models = registerModels(deps.mongo);
    await ensureIndexes(deps.mongo);
    const officeId = new Types.ObjectId();
    const course = await models.Course.create({ code: 'BENCH', title: '压测课程', officeId, openToOfficeIds: [officeId], published: true });
    const bank = await models.QuestionBank.create({ code: 'BENCH-BANK', title: '题库', officeId });
    await models.Question.insertMany(Array.from({ length: 20 }, (_, i) => ({ bankId: bank._id, type: 'single', stem: `题${i}`, options: ['甲', '乙', '丙', '丁'], answer: [i % 4], explanation: '' })));
    const quiz = (await models.Quiz.create({ courseId: course._id, title: '压测测验', draws: [{ bankId: bank._id, count: DRAW }], timeLimitMinutes: 60, maxAttempts: 1, passMark: 60 })).toObject() as unknown as Quiz;

    // Learners and their mini-program bindings, written directly: the benchmark is about the quiz.
    const learners = Array.from({ length: LEARNERS }, (_, i) => ({ _id: new Types.ObjectId(), name: `学员${i}`, phone: `1${String(3_900_000_000 + i)}`, officeId, bindCode: `B${i}` }));
    await models.Instructor.insertMany(learners);
    await models.Binding.insertMany(learners.map((l) => ({ personType: 'instructor', personId: l._id, officeId, kind: 'mp', identityId: `openid-${String(l._id)}`, code: l.bindCode, boundAt: new Date() })));

    // The raw baseline's collections, indexed like ours (and mirrored as GIN on FerretDB like ours).
    const db = deps.mongo.db!;
    const [attempts, answers, grades, questions] = ['raw_attempts', 'raw_answers', 'raw_grades', 'questions'].map((n) => db.collection(n));
    await attempts.createIndex({ learnerId: 1, quizId: 1, number: 1 }, { unique: true });
    await answers.createIndex({ attemptId: 1, questionId: 1 }, { unique: true });
    await grades.createIndex({ learnerId: 1 });
    await deps.mirrorIndexes();

    const { app } = buildApp(deps);
    const http = await listenLoopback(app.callback());
    const client = createClient(http.url);
    server.close = async () => {
      client.close();
      await http.close();
    };
    const ours: Record<Step, number[]> = { start: [], answer: [], submit: [] };
    const call = async (step: Step, token: string, method: string, path: string, body?: unknown) => {
      const t = performance.now();
      const res = await client.request(method, path, { headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: body ? JSON.stringify(body) : undefined });
      const text = res.text;
      ours[step].push(performance.now() - t);
      if (res.status >= 300) throw new Error(`${step} answered ${res.status}: ${text.slice(0, 200)}`);
      return text ? (JSON.parse(text) as { id: string; questions: { id: string }[] }) : undefined;
    };
    const oursCpu = process.cpuUsage();
    const oursStarted = performance.now();
    await pool(learners, CONCURRENCY, async (l) => {
      const token = signToken({ sub: `openid-${String(l._id)}`, kind: 'mp' }, deps.config.AUTH_SECRET, 3600, new Date());
      const attempt = (await call('start', token, 'POST', `/api/mp/quizzes/${String(quiz._id)}/attempts`))!;
      for (const q of attempt.questions) await call('answer', token, 'PUT', `/api/mp/attempts/${attempt.id}/answers/${q.id}`, { choice: 'A' });
      await call('submit', token, 'POST', `/api/mp/attempts/${attempt.id}/submit`);
    });
    const oursSeconds = (performance.now() - oursStarted) / 1000;
    const oursCpuS = cpuSeconds(process.cpuUsage(oursCpu));

    // The raw driver doing the same reads and writes, on the same server, into fresh collections.
    const raw: Record<Step, number[]> = { start: [], answer: [], submit: [] };
    const timed = async <T>(step: Step, work: () => Promise<T>) => {
      const t = performance.now();
      const out = await work();
      raw[step].push(performance.now() - t);
      return out;
    };
    const rawCpu = process.cpuUsage();
    const rawStarted = performance.now();
    await pool(learners, CONCURRENCY, async (l) => {
      const attemptId = new Types.ObjectId();
      const paper = await timed('start', async () => {
        await attempts.countDocuments({ learnerId: l._id, quizId: quiz._id });
        const pool = (await questions.find({ bankId: bank._id }).toArray()) as unknown as Question[];
        const drawn = drawPaper(quiz, new Map([[String(bank._id), pool]]));
        await attempts.insertOne({ _id: attemptId, learnerId: l._id, quizId: quiz._id, number: 1, startedAt: new Date(), deadline: new Date(Date.now() + 3600_000), paper: drawn });
        return drawn;
      });
      for (const item of paper) await timed('answer', () => answers.updateOne({ attemptId, questionId: item.questionId }, { $set: { choice: [0], savedAt: new Date() } }, { upsert: true }));
      await timed('submit', async () => {
        await attempts.findOne({ _id: attemptId });
        await questions.find({ _id: { $in: paper.map((p) => p.questionId) } }).toArray();
        await answers.find({ attemptId }).toArray();
        await grades.insertOne({ _id: attemptId, score: 0, gradedAt: new Date() });
      });
    });
    const rawSeconds = (performance.now() - rawStarted) / 1000;
    const rawCpuS = cpuSeconds(process.cpuUsage(rawCpu));

    const oursTotal = ours.start.length + ours.answer.length + ours.submit.length;
    const rawTotal = raw.start.length + raw.answer.length + raw.submit.length;
    process.stdout.write(`${LEARNERS} learners, ${CONCURRENCY} at a time, ${DRAW} questions each\n\n`);
    process.stdout.write(`${formatTable(['stack', 'step', 'calls', 'per s', 'p50 ms', 'p95 ms', 'p99 ms'], [...summarize('ours (HTTP)', ours, oursSeconds), ...summarize('raw driver', raw, rawSeconds)])}\n\n`);
    const ratio = rawSeconds / oursSeconds;
    process.stdout.write(`whole burst: ours ${fixed(oursSeconds, 1)} s (${fixed(oursTotal / oursSeconds)} calls/s), raw ${fixed(rawSeconds, 1)} s (${fixed(rawTotal / rawSeconds)} ops/s); ours/raw throughput ${fixed(ratio, 2)}\n`);
    process.stdout.write(`this process's CPU: ours ${fixed(oursCpuS, 1)} s (${fixed((oursCpuS / oursSeconds) * 100)}% of a core), raw ${fixed(rawCpuS, 1)} s (${fixed((rawCpuS / rawSeconds) * 100)}% of a core)\n`);
    process.stdout.write(`${JSON.stringify({ bench: 'quiz-burst', learners: LEARNERS, concurrency: CONCURRENCY, oursSeconds: Number(oursSeconds.toFixed(2)), rawSeconds: Number(rawSeconds.toFixed(2)), oursCpuSeconds: Number(oursCpuS.toFixed(2)), rawCpuSeconds: Number(rawCpuS.toFixed(2)), ratio: Number(ratio.toFixed(3)) })}\n`);
  } finally {
    await cleanUp('quiz-burst', [() => server.close(), () => deps.close()]);
  }
});
