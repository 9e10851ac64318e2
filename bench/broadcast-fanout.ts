import { performance } from 'node:perf_hooks';

import { QUEUE_NAMES } from '../jobs/queues';
import type { DeliveryJob } from '../src/broadcasts/sending';
import { registerModels } from '../src/models';
import { seedCity } from '../src/seed/city';
import { approvedCityBroadcast, broadcastQueuesOf, cityStaff, grantNewsCredits, resetBroadcasts } from './lib/broadcast-setup';
import { commandTable, duplicatesIn, foldCursors, jobCounts, outboxPerContact, totalOf } from './lib/broadcast-report';
import { createReminderBenchDeps, type ReminderBenchDeps } from './lib/reminders-deps';
import { startFakeWechat, type FakeWechat } from './lib/reminders-fake-wechat';
import { commandTotals, type CommandTotals } from './lib/reminders-profile';
import { bareQueueRun, drainWith } from './lib/reminders-queue';
import { cleanUp, runBench } from './lib/run';
import { fixed, formatTable } from './lib/table';

/**
 * `npm run bench:broadcast`: one broadcast to every contact of the seeded city (src/seed/city.ts:
 * 10,000 enterprises, ~15,000 contacts; 80% of the enterprises with one bound contact, 90% of
 * those in the mini-program and 10% in chat), written by a city editor and approved by the city
 * admin through the use cases.
 *
 * 1. Fan-out: `sending.start(id)` timed from the call to every delivery batch queued (one delivery
 *    per recipient, BROADCAST_BATCH_SIZE to a job).
 * 2. Delivery: real BullMQ Workers running `sending.deliver(job.data)` as jobs/broadcasts.ts does,
 *    at BENCH_CONCURRENCY; WeChat's subscribe-message API faked on loopback, every mini-program-bound
 *    contact granted one credit for the news template; quiet hours off, chat pace 0. Chat deliveries
 *    go to the bot outbox, which nothing consumes here.
 * 3. In the same run, the floor: as many no-op jobs (10,000 at scale 1) added with addBulk and
 *    processed by a Worker of the same concurrency. deliveries/s ÷ no-op jobs/s should be at least RATIO_GOAL.
 * 4. Correctness: no openid sent to twice, no bot contact queued twice, every delivery settled once,
 *    the broadcast `sent` at the end.
 *
 * The database (bench_broadcasts, or bench_broadcasts_x<scale>) is seeded once and kept; the
 * broadcast collections, the credit ledger and the queues are emptied before every run.
 * Knobs: BENCH_SCALE (1), BENCH_CONCURRENCY (2, as jobs/broadcasts.ts), BROADCAST_BATCH_SIZE (100),
 * BENCH_BARE_JOBS (10,000 × scale), BENCH_STALL_S (120).
 */
function positiveSetting(name: string, fallback: number, integer: boolean): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0 || (integer && !Number.isInteger(value))) throw new Error(`${name} must be a positive ${integer ? 'integer' : 'number'}, got "${raw}"`);
  return value;
}

const SCALE = positiveSetting('BENCH_SCALE', 1, false);
const CONCURRENCY = positiveSetting('BENCH_CONCURRENCY', 2, true);
const BATCH_SIZE = positiveSetting('BROADCAST_BATCH_SIZE', 100, true);
const BARE_JOBS = positiveSetting('BENCH_BARE_JOBS', Math.max(1, Math.round(10_000 * SCALE)), true);
const STALL_MS = positiveSetting('BENCH_STALL_S', 120, false) * 1000;
const DATABASE = SCALE === 1 ? 'bench_broadcasts' : `bench_broadcasts_x${String(SCALE).replace(/\W/g, '_')}`;
// Queues and caches under the database's name: runs at two scales never share a queue.
const PREFIX = DATABASE;
const BARE_QUEUE = 'bench-bare-noop';
// As the delivery enqueuer adds them (jobs/queues.ts deliveryEnqueuer).
const BARE_ADD_BATCH = 200;
const TEMPLATE_ID = 'bench-news-template';
// 10:00 in Shanghai on a weekday after the seed's data: no quiet hours to wait for whatever QUIET_HOURS says.
const START_AT = new Date('2026-12-01T02:00:00Z');
const RATIO_GOAL = 0.5;
// createSending's default `parallel` (src/composition.ts passes none): sends in flight per delivery job.
const SENDS_PER_JOB = 8;

const log = (line: string) => process.stderr.write(`[bench:broadcast] ${line}\n`);
const since = (t: number) => (performance.now() - t) / 1000;
const cpuSeconds = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1e6;
const round = (n: number, digits = 3) => Number(n.toFixed(digits));
const perS = (n: number, sec: number) => (sec > 0 ? fixed(n / sec, 1) : '-');

async function timed<T>(profile: CommandTotals, phase: string, work: () => Promise<T>): Promise<{ value: T; seconds: number }> {
  const t = performance.now();
  const value = await profile.during(phase, work);
  return { value, seconds: since(t) };
}

type DeliverResult = Awaited<ReturnType<ReminderBenchDeps['areas']['broadcasts']['sending']['deliver']>>;

runBench('broadcast-fanout', async () => {
  const started = performance.now();
  let wechat: FakeWechat | undefined;
  let deps: ReminderBenchDeps | undefined;
  let profile: CommandTotals | undefined;
  try {
    wechat = await startFakeWechat();
    deps = await createReminderBenchDeps({
      database: DATABASE,
      prefix: PREFIX,
      at: START_AT,
      settings: {
        WECHAT_API_BASE: wechat.url,
        WECHAT_APPID: 'wx-bench-app',
        WECHAT_SECRET: 'bench-secret',
        WECHAT_NEWS_TEMPLATE_ID: TEMPLATE_ID,
        QUIET_HOURS: '00:00-00:00',
        BOT_SEND_INTERVAL_MS: '0',
        BOT_SEND_JITTER_MS: '0',
        BROADCAST_BATCH_SIZE: String(BATCH_SIZE),
      },
    });
    const models = registerModels(deps.mongo);
    const { sending } = deps.areas.broadcasts;

    let t = performance.now();
    const seeded = await seedCity(models, { scale: SCALE, onProgress: (line) => log(`seed: ${line}`) });
    log(`seedCity x${SCALE} on "${DATABASE}": ${seeded.held ? 'wrote data' : 'already seeded'} (${fixed(since(t), 1)} s)`);
    t = performance.now();
    await resetBroadcasts(deps);
    const credits = await grantNewsCredits(deps, models, TEMPLATE_ID, START_AT);
    const staff = await cityStaff(deps, models);
    await deps.mirrorIndexes();
    log(`broadcast collections and queues emptied, ${credits} news credits granted, GIN mirror and ANALYZE (${fixed(since(t), 1)} s)`);
    profile = commandTotals(deps.mongo);

    // Written, submitted and approved as staff do it; approval queues the start job, which we run by hand, timed.
    const approval = await timed(profile, 'approval', () => approvedCityBroadcast(deps!, staff));
    const broadcast = approval.value;
    const id = String(broadcast._id);
    const startJobs = await jobCounts(deps.queues.broadcasts);
    log(`broadcast ${id} approved (${fixed(approval.seconds, 2)} s); start jobs queued: ${JSON.stringify(startJobs)}`);

    // 1. The fan-out: from start() to every batch queued.
    const fanCpuBefore = process.cpuUsage();
    const fan = await timed(profile, 'fanout', () => sending.start(id));
    const fanCpu = cpuSeconds(process.cpuUsage(fanCpuBefore));
    if (!fan.value) throw new Error(`start(${id}) did not fan out (state: ${(await sending.stats(broadcast)).state})`);
    const { deliveries, jobs } = fan.value;
    const queued = await jobCounts(deps.queues.broadcastDeliveries);
    log(`fan-out: ${deliveries} deliveries in ${jobs} jobs, ${fixed(fan.seconds, 2)} s; queue ${JSON.stringify(queued)}`);

    // 2. Delivery through the queue, timed from the Workers' start to the last job done.
    const cpuBefore = process.cpuUsage();
    const delivered = await profile.during('delivery', () =>
      drainWith<DeliveryJob, DeliverResult>(QUEUE_NAMES.broadcastDeliveries, async (job) => sending.deliver(job.data), {
        connection: deps!.workerRedis,
        prefix: deps!.config.QUEUE_PREFIX,
        concurrency: CONCURRENCY,
        expected: jobs,
        stallMs: STALL_MS,
        onProgress: (() => {
          let at = 0;
          return (n: number) => {
            if (performance.now() - at > 10_000) {
              at = performance.now();
              log(`delivery: ${n} of ${jobs} batches`);
            }
          };
        })(),
      }),
    );
    const deliveryCpu = cpuSeconds(process.cpuUsage(cpuBefore));
    log(`delivery: ${delivered.completed} batches in ${fixed(delivered.seconds, 1)} s (${delivered.failedAttempts} failed attempts)`);

    // 3. The floor: no-op jobs, same job options, addBulk batch and concurrency.
    const bareCpuBefore = process.cpuUsage();
    const bare = await bareQueueRun({
      name: BARE_QUEUE,
      connection: deps.redis,
      workerConnection: deps.workerRedis,
      prefix: deps.config.QUEUE_PREFIX,
      count: BARE_JOBS,
      batch: BARE_ADD_BATCH,
      concurrency: CONCURRENCY,
      jobOptions: deps.queues.broadcastDeliveries.defaultJobOptions,
      stallMs: STALL_MS,
    });
    const bareCpu = cpuSeconds(process.cpuUsage(bareCpuBefore));
    log(`bare: add ${fixed(bare.addSeconds, 2)} s, process ${fixed(bare.processSeconds, 2)} s`);

    // 4. What went out, and whether anything went twice.
    const sum = { sent: 0, failed: 0, unreachable: 0, cancelled: 0, deferred: 0 };
    for (const r of delivered.results) for (const k of Object.keys(sum) as (keyof typeof sum)[]) sum[k] += r[k] ?? 0;
    const stats = await sending.stats(broadcast);
    const outbox = await outboxPerContact(deps.queues.botOutbox);
    const wechatDuplicates = duplicatesIn(wechat.sends);
    const outboxDuplicates = duplicatesIn(outbox);
    const duplicates = wechatDuplicates + outboxDuplicates;
    const wechatSends = totalOf(wechat.sends);
    const outboxJobs = totalOf(outbox);
    const results = await models.BroadcastResult.countDocuments({ broadcastId: broadcast._id });
    const spends = await deps.mongo.db!.collection('subscribe_credits').countDocuments({ entry: 'spend' });
    // Every delivery settled once; the mini-program's sends are the fake's, the chat's are the outbox's, each credit spent once per send.
    const settledOk =
      stats.deliveries === deliveries &&
      results === deliveries &&
      (stats.byState.sent ?? 0) === sum.sent &&
      (stats.byState.unreachable ?? 0) === sum.unreachable &&
      (stats.byChannel.mp_subscribe ?? 0) === wechatSends &&
      (stats.byChannel.bot_chat ?? 0) === outboxJobs &&
      spends === wechatSends &&
      stats.state === 'sent';

    const deliveriesPerS = deliveries / delivered.seconds;
    const sentPerS = sum.sent / delivered.seconds;
    const barePerS = BARE_JOBS / bare.processSeconds;
    const ratio = deliveriesPerS / barePerS;
    const deliveryCommands = foldCursors(profile.of('delivery'));
    const fanoutCommands = foldCursors(profile.of('fanout'));
    const deliveryDriverMs = deliveryCommands.reduce((s, c) => s + c.ms, 0);
    const fanoutDriverMs = fanoutCommands.reduce((s, c) => s + c.ms, 0);

    process.stdout.write(`city x${SCALE} on "${DATABASE}", clock ${START_AT.toISOString()}, ${credits} news credits granted, batch ${BATCH_SIZE}, delivery concurrency ${CONCURRENCY} (× ${SENDS_PER_JOB} sends in parallel per job)\n`);
    process.stdout.write(`broadcast ${id} to the city's contacts: ${deliveries} deliveries in ${jobs} jobs; approval (create, submit, approve) ${fixed(approval.seconds, 2)} s\n\n`);
    process.stdout.write(
      `${formatTable(
        ['step', 'count', 'of what', 'seconds', 'per s'],
        [
          ['fan-out (start → all queued)', String(deliveries), `deliveries (${jobs} jobs)`, fixed(fan.seconds, 2), perS(deliveries, fan.seconds)],
          ['delivery, ours', String(deliveries), `deliveries (${delivered.completed} jobs)`, fixed(delivered.seconds, 2), perS(deliveries, delivered.seconds)],
          ['  of which sent', String(sum.sent), 'messages', fixed(delivered.seconds, 2), perS(sum.sent, delivered.seconds)],
          ['bare addBulk', String(BARE_JOBS), 'no-op jobs', fixed(bare.addSeconds, 2), perS(BARE_JOBS, bare.addSeconds)],
          ['bare processing', String(BARE_JOBS), 'no-op jobs', fixed(bare.processSeconds, 2), perS(BARE_JOBS, bare.processSeconds)],
        ],
      )}\n\n`,
    );
    process.stdout.write(`stats(): state ${stats.state}, byState ${JSON.stringify(stats.byState)}, byChannel ${JSON.stringify(stats.byChannel)}\n`);
    process.stdout.write(`worker results: ${JSON.stringify(sum)}; ${delivered.failedAttempts} failed attempts, ${delivered.failed} failed for good\n`);
    process.stdout.write(`fake WeChat: ${wechatSends} sends to ${wechat.sends.size} openids, ${wechat.tokens()} token fetches, ${wechat.unknown()} unexpected calls; bot outbox: ${outboxJobs} jobs for ${outbox.size} contacts; ${spends} credits spent\n`);
    process.stdout.write(`ratio ours ÷ bare (deliveries/s ÷ no-op jobs/s): ${fixed(ratio, 3)} — goal ≥ ${RATIO_GOAL}: ${ratio >= RATIO_GOAL ? 'met' : 'MISSED'}\n`);
    process.stdout.write(`duplicates: ${duplicates} (${wechatDuplicates} extra WeChat sends, ${outboxDuplicates} extra outbox jobs) — ${duplicates === 0 ? 'none' : 'DUPLICATES'}\n`);
    process.stdout.write(`every delivery settled once, sends = sent per channel = credits spent, state sent: ${settledOk ? 'yes' : 'NO'} (${results} results for ${stats.deliveries} deliveries)\n`);
    process.stdout.write(
      `this process's CPU: fan-out ${fixed(fanCpu, 1)} s (${fixed((fanCpu / fan.seconds) * 100)}% of a core), delivery ${fixed(deliveryCpu, 1)} s (${fixed((deliveryCpu / delivered.seconds) * 100)}% of a core, fake WeChat included), bare ${fixed(bareCpu, 1)} s\n`,
    );
    process.stdout.write(
      `MongoDB driver time summed: fan-out ${fixed(fanoutDriverMs / 1000, 1)} s of ${fixed(fan.seconds, 1)} s wall; delivery ${fixed(deliveryDriverMs / 1000, 1)} s over ${fixed(delivered.seconds, 1)} s wall (${fixed(deliveryDriverMs / 1000 / delivered.seconds, 1)} commands in flight on average)\n\n`,
    );
    process.stdout.write(`MongoDB commands of the delivery (summed driver ms; ${CONCURRENCY} jobs × up to ${SENDS_PER_JOB} sends overlap):\n${commandTable(deliveryCommands, Math.max(1, deliveries), 'delivery')}\n\n`);
    process.stdout.write(`MongoDB commands of the fan-out:\n${commandTable(fanoutCommands, Math.max(1, deliveries), 'delivery')}\n\n`);

    const json = {
      bench: 'broadcast-fanout',
      scale: SCALE,
      database: DATABASE,
      clock: START_AT.toISOString(),
      concurrency: CONCURRENCY,
      batchSize: BATCH_SIZE,
      credits,
      approvalSeconds: round(approval.seconds),
      fanout: { deliveries, jobs, seconds: round(fan.seconds), deliveriesPerS: round(deliveries / fan.seconds, 1), cpuSeconds: round(fanCpu, 2), driverSeconds: round(fanoutDriverMs / 1000, 2) },
      delivery: { deliveries, jobs: delivered.completed, seconds: round(delivered.seconds), deliveriesPerS: round(deliveriesPerS, 1), sentPerS: round(sentPerS, 1), results: sum, failedAttempts: delivered.failedAttempts, failed: delivered.failed, cpuSeconds: round(deliveryCpu, 2), driverSeconds: round(deliveryDriverMs / 1000, 2) },
      stats: { state: stats.state, deliveries: stats.deliveries, byState: stats.byState, byChannel: stats.byChannel },
      bare: { jobs: BARE_JOBS, addSeconds: round(bare.addSeconds), processSeconds: round(bare.processSeconds), jobsPerS: round(barePerS, 1), cpuSeconds: round(bareCpu, 2) },
      ratio: round(ratio),
      ratioGoal: RATIO_GOAL,
      ratioMet: ratio >= RATIO_GOAL,
      wechat: { sends: wechatSends, openids: wechat.sends.size, tokenFetches: wechat.tokens(), unexpected: wechat.unknown() },
      outbox: { jobs: outboxJobs, contacts: outbox.size },
      creditsSpent: spends,
      duplicates: { total: duplicates, wechat: wechatDuplicates, outbox: outboxDuplicates },
      settledOk,
      deliveryCommands: deliveryCommands.map((c) => ({ ...c, ms: round(c.ms, 1) })),
      fanoutCommands: fanoutCommands.map((c) => ({ ...c, ms: round(c.ms, 1) })),
    };
    process.stdout.write(`${JSON.stringify(json)}\n`);
    return duplicates === 0 && settledOk && wechat.unknown() === 0 ? 0 : 1;
  } finally {
    await cleanUp('broadcast-fanout', [
      async () => profile?.stop(),
      async () => {
        if (deps) for (const queue of broadcastQueuesOf(deps)) await queue.obliterate({ force: true });
      },
      async () => deps?.close(),
      async () => wechat?.close(),
    ]);
    log(`done in ${fixed(since(started), 1)} s`);
  }
});
