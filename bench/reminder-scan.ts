import { performance } from 'node:perf_hooks';

import { deliveryProcessor } from '../jobs/reminders';
import { QUEUE_NAMES } from '../jobs/queues';
import { ensureIndexes } from '../src/db/mongo';
import { registerModels } from '../src/models';
import type { DeliveryBatch, DeliveryResult } from '../src/reminders/use-cases';
import { CITY_CAMPAIGN_DEADLINES } from '../src/seed/city-campaign';
import { seedCity } from '../src/seed/city';
import { createReminderBenchDeps, type ReminderBenchDeps } from './lib/reminders-deps';
import { startFakeWechat, type FakeWechat } from './lib/reminders-fake-wechat';
import { commandTotals, type CommandTotal, type CommandTotals } from './lib/reminders-profile';
import { bareQueueRun, drainWith } from './lib/reminders-queue';
import { cleanUp, runBench } from './lib/run';
import { fixed, formatTable } from './lib/table';

/**
 * `npm run bench:reminders`: the reminder engine over the seeded city (src/seed/city.ts: 10,000
 * enterprises, each with an application in the city campaign; a bound contact for 80% of them,
 * 90% in the mini-program and 10% in chat), at the moment a batch fires for the whole city: one
 * minute after the self-assessment deadline's 7-day reminder (two districts have earlier deadlines
 * of their own, so they plan a late 7-day reminder or nothing).
 *
 * 1. Scan: one `reminders.scan()` planning everything due (the day's study nudges too), a second
 *    one right after (the batch markers: nothing new), and a sweep (the same digests again, which
 *    BullMQ keeps once by job id).
 * 2. Delivery: a real BullMQ Worker with the service's delivery processor over the digest queue,
 *    WeChat's subscribe-message API faked on loopback, every mini-program-bound contact granted
 *    one credit; quiet hours off. Chat-bound contacts go to the bot outbox, which nothing consumes here.
 * 3. In the same run, the floor: as many no-op jobs through a bare queue and a Worker of the same
 *    concurrency. ours ÷ bare throughput should be at least RATIO_GOAL.
 * 4. Correctness: no openid sent to twice, no bot contact queued twice, and every settled
 *    (reminder, recipient) pair accounted for by a send, a skip or an unreachable recipient.
 *
 * The database (bench_reminders, or bench_reminders_x<scale>) is seeded once and kept; the
 * reminder collections and the queues are emptied before every run, so each run does the same work.
 * Knobs: BENCH_SCALE (1), BENCH_CONCURRENCY (4, as jobs/reminders.ts), BENCH_STALL_S (120).
 */
function positiveSetting(name: string, fallback: number, integer: boolean): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0 || (integer && !Number.isInteger(value))) throw new Error(`${name} must be a positive ${integer ? 'integer' : 'number'}, got "${raw}"`);
  return value;
}

const SCALE = positiveSetting('BENCH_SCALE', 1, false);
const CONCURRENCY = positiveSetting('BENCH_CONCURRENCY', 4, true);
const STALL_MS = positiveSetting('BENCH_STALL_S', 120, false) * 1000;
const DATABASE = SCALE === 1 ? 'bench_reminders' : `bench_reminders_x${String(SCALE).replace(/\W/g, '_')}`;
// Queues and caches under the database's name: runs at two scales never share a queue.
const PREFIX = DATABASE;
const BARE_QUEUE = 'bench-bare-noop';
const TEMPLATE_ID = 'bench-reminder-template';
const DAY_MS = 24 * 3600_000;
const SCAN_AT = new Date(CITY_CAMPAIGN_DEADLINES.self_check.getTime() - 7 * DAY_MS + 60_000);
const RATIO_GOAL = 0.5;
/** Emptied before every run: what the engine wrote last time, and the credit ledger. */
const REMINDER_COLLECTIONS = ['reminders', 'reminder_settled', 'reminder_outcomes', 'reminder_batches', 'subscribe_credits'];
const INSERT_BATCH = 500;

const log = (line: string) => process.stderr.write(`[bench:reminders] ${line}\n`);
const since = (t: number) => (performance.now() - t) / 1000;
const cpuSeconds = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1e6;
const round = (n: number, digits = 3) => Number(n.toFixed(digits));

async function timed<T>(profile: CommandTotals, phase: string, work: () => Promise<T>): Promise<{ value: T; seconds: number }> {
  const t = performance.now();
  const value = await profile.during(phase, work);
  return { value, seconds: since(t) };
}

/** Delivery jobs queued (each a batch of one office's digests) and the digests in them. */
async function queuedDigests(deps: ReminderBenchDeps): Promise<{ jobs: number; digests: number }> {
  const jobs = await deps.queues.reminderDeliveries.getJobs(['waiting', 'prioritized', 'delayed', 'active', 'completed', 'failed'], 0, -1);
  return { jobs: jobs.length, digests: jobs.reduce((n, j) => n + j.data.digests.length, 0) };
}

/** The reminder collections emptied (dropped, indexes made again) and the bench's queues obliterated. */
async function reset(deps: ReminderBenchDeps): Promise<void> {
  const db = deps.mongo.db!;
  const present = new Set((await db.listCollections({}, { nameOnly: true }).toArray()).map((c) => c.name));
  for (const name of REMINDER_COLLECTIONS) if (present.has(name)) await db.dropCollection(name);
  await ensureIndexes(deps.mongo);
  for (const queue of [deps.queues.reminderDeliveries, deps.queues.botOutbox, deps.queues.reminderScan]) await queue.obliterate({ force: true });
}

/** One credit for the reminder template per mini-program-bound contact, as a tap leaves it (src/reminders/credits.ts), straight into the ledger. */
async function grantCredits(deps: ReminderBenchDeps): Promise<number> {
  const models = registerModels(deps.mongo);
  const openids = (await models.Binding.find({ personType: 'contact', kind: 'mp' }, { identityId: 1 }).lean()).map((b) => b.identityId);
  const at = new Date(SCAN_AT.getTime() - DAY_MS);
  const rows = openids.map((openid) => ({ _id: `grant:tap:${openid}:${TEMPLATE_ID}:bench`, openid, templateId: TEMPLATE_ID, entry: 'grant', source: 'tap', at }));
  const credits = deps.mongo.db!.collection<{ _id: string }>('subscribe_credits');
  for (let i = 0; i < rows.length; i += INSERT_BATCH) await credits.insertMany(rows.slice(i, i + INSERT_BATCH), { ordered: false });
  return rows.length;
}

/** Jobs per bot contact in the outbox (none consumed: every reminder the chat channel sent is still there). */
async function outboxPerContact(deps: ReminderBenchDeps): Promise<Map<string, number>> {
  const jobs = await deps.queues.botOutbox.getJobs(['waiting', 'prioritized', 'delayed', 'active', 'completed', 'failed'], 0, -1);
  const per = new Map<string, number>();
  for (const job of jobs) per.set(job.data.to.id, (per.get(job.data.to.id) ?? 0) + 1);
  return per;
}

const duplicatesIn = (per: Map<string, number>) => [...per.values()].reduce((sum, n) => sum + Math.max(0, n - 1), 0);
const total = (per: Map<string, number>) => [...per.values()].reduce((a, b) => a + b, 0);

async function outcomeCounts(deps: ReminderBenchDeps): Promise<Record<string, number>> {
  const rows = await deps.mongo.db!.collection('reminder_outcomes').aggregate<{ _id: string; n: number }>([{ $group: { _id: '$outcome', n: { $sum: 1 } } }]).toArray();
  return Object.fromEntries(rows.map((r) => [r._id, r.n]));
}

function profileTable(totals: CommandTotal[], per: number, unit: string): string {
  const all = totals.reduce((sum, t) => sum + t.ms, 0);
  const rows = totals.slice(0, 12).map((t) => [t.key, String(t.count), fixed(t.count / per, 2), fixed(t.ms), fixed(t.ms / per, 2), `${fixed((t.ms / (all || 1)) * 100)}%`]);
  rows.push(['all', String(totals.reduce((s, t) => s + t.count, 0)), fixed(totals.reduce((s, t) => s + t.count, 0) / per, 2), fixed(all), fixed(all / per, 2), '100%']);
  return formatTable(['command', 'n', `n/${unit}`, 'ms', `ms/${unit}`, 'share'], rows);
}

runBench('reminder-scan', async () => {
  const started = performance.now();
  let wechat: FakeWechat | undefined;
  let deps: ReminderBenchDeps | undefined;
  let profile: CommandTotals | undefined;
  try {
    wechat = await startFakeWechat();
    deps = await createReminderBenchDeps({
      database: DATABASE,
      prefix: PREFIX,
      at: SCAN_AT,
      settings: { WECHAT_API_BASE: wechat.url, WECHAT_APPID: 'wx-bench-app', WECHAT_SECRET: 'bench-secret', WECHAT_REMINDER_TEMPLATE_ID: TEMPLATE_ID, QUIET_HOURS: '00:00-00:00' },
    });
    const { reminders } = deps.areas;

    let t = performance.now();
    const seeded = await seedCity(registerModels(deps.mongo), { scale: SCALE, onProgress: (line) => log(`seed: ${line}`) });
    log(`seedCity x${SCALE} on "${DATABASE}": ${seeded.held ? 'wrote data' : 'already seeded'} (${fixed(since(t), 1)} s)`);
    t = performance.now();
    await reset(deps);
    const credits = await grantCredits(deps);
    await deps.mirrorIndexes();
    log(`reminder collections and queues emptied, ${credits} credits granted, GIN mirror and ANALYZE (${fixed(since(t), 1)} s)`);
    profile = commandTotals(deps.mongo);

    // 1. The scan at the moment the batch fires, again right after, and the sweep.
    const scan1 = await timed(profile, 'scan', () => reminders.scan());
    const queuedAfterScan = await queuedDigests(deps);
    log(`scan 1: ${fixed(scan1.seconds, 1)} s, ${JSON.stringify(scan1.value)}; ${queuedAfterScan.digests} digests in ${queuedAfterScan.jobs} jobs queued`);
    const scan2 = await timed(profile, 'rescan', () => reminders.scan());
    log(`scan 2: ${fixed(scan2.seconds, 1)} s, ${JSON.stringify(scan2.value)}`);
    const sweep1 = await timed(profile, 'sweep', () => reminders.sweep());
    const queuedAfterSweep = await queuedDigests(deps);
    log(`sweep: ${fixed(sweep1.seconds, 1)} s, ${JSON.stringify(sweep1.value)}; ${queuedAfterSweep.digests} digests in ${queuedAfterSweep.jobs} jobs queued`);

    // 2. Delivery through the queue, timed from the Worker's start to the last job done.
    const cpuBefore = process.cpuUsage();
    const delivered = await profile.during('delivery', () =>
      drainWith<DeliveryBatch, DeliveryResult>(QUEUE_NAMES.reminderDeliveries, deliveryProcessor({ areas: deps!.areas, queues: deps!.queues, clock: deps!.clock }), {
        connection: deps!.workerRedis,
        prefix: deps!.config.QUEUE_PREFIX,
        concurrency: CONCURRENCY,
        expected: queuedAfterSweep.jobs,
        stallMs: STALL_MS,
        onProgress: (() => {
          let at = 0;
          return (n: number) => {
            if (performance.now() - at > 10_000) {
              at = performance.now();
              log(`delivery: ${n} of ${queuedAfterSweep.jobs} batches`);
            }
          };
        })(),
      }),
    );
    const deliveryCpu = cpuSeconds(process.cpuUsage(cpuBefore));
    log(`delivery: ${delivered.completed} batches in ${fixed(delivered.seconds, 1)} s (${delivered.failedAttempts} failed attempts)`);
    const sweep2 = await timed(profile, 'sweep-after', () => reminders.sweep());
    log(`sweep after delivery: ${fixed(sweep2.seconds, 1)} s, ${JSON.stringify(sweep2.value)}`);

    // 3. The floor: as many no-op jobs as we delivered digests, same options, addBulk batch and concurrency.
    const bareCpuBefore = process.cpuUsage();
    const bare = await bareQueueRun({
      name: BARE_QUEUE,
      connection: deps.redis,
      workerConnection: deps.workerRedis,
      prefix: deps.config.QUEUE_PREFIX,
      count: queuedAfterSweep.digests,
      batch: 500,
      concurrency: CONCURRENCY,
      jobOptions: deps.queues.reminderDeliveries.defaultJobOptions,
      stallMs: STALL_MS,
    });
    const bareCpu = cpuSeconds(process.cpuUsage(bareCpuBefore));
    log(`bare: add ${fixed(bare.addSeconds, 2)} s, process ${fixed(bare.processSeconds, 2)} s`);

    // 4. What went out, and whether anything went twice.
    const byChannel: Record<string, number> = {};
    let pairsSent = 0;
    let pairsSkipped = 0;
    let messages = 0;
    for (const r of delivered.results) {
      if (r.status !== 'done') continue;
      for (const [channel, n] of Object.entries(r.channels)) byChannel[channel] = (byChannel[channel] ?? 0) + n;
      messages += Object.values(r.channels).reduce((a, b) => a + b, 0);
      pairsSent += r.sent;
      pairsSkipped += r.skipped;
    }
    byChannel.none = queuedAfterSweep.digests - messages;
    const outbox = await outboxPerContact(deps);
    const wechatDuplicates = duplicatesIn(wechat.sends);
    const outboxDuplicates = duplicatesIn(outbox);
    const duplicates = wechatDuplicates + outboxDuplicates;
    const outcomes = await outcomeCounts(deps);
    const settled = await deps.mongo.db!.collection('reminder_settled').countDocuments();
    const noBoundContact = await deps.mongo.db!.collection('reminder_outcomes').countDocuments({ outcome: 'unreachable', digestId: '-' });
    // Settled pairs: each was sent, skipped as stale, or claimed and then found unreachable (no channel, recipient gone).
    const unreachableClaimed = (outcomes.unreachable ?? 0) - noBoundContact;
    const settledExpected = (outcomes.sent ?? 0) + (outcomes.skipped ?? 0) + unreachableClaimed;
    const settledOk = settled === settledExpected && (outcomes.sent ?? 0) === pairsSent && (outcomes.skipped ?? 0) === pairsSkipped;
    const wechatSends = total(wechat.sends);
    const rescanClean = scan2.value.reminders === 0 && scan2.value.digests === 0 && scan2.value.nudges === 0;
    const sweepClean = queuedAfterSweep.jobs === queuedAfterScan.jobs && sweep2.value.pairs === 0;

    const digests = queuedAfterSweep.digests;
    const digestsPerS = digests / delivered.seconds;
    const messagesPerS = messages / delivered.seconds;
    const barePerS = digests / bare.processSeconds;
    const ratio = digestsPerS / barePerS;

    const s = scan1.value;
    process.stdout.write(`city x${SCALE} on "${DATABASE}", clock ${SCAN_AT.toISOString()} (self_check − 7 d + 1 min), ${credits} mini-program credits granted, delivery concurrency ${CONCURRENCY}\n`);
    process.stdout.write(`scan 1 planned: ${s.campaigns} campaigns, ${s.batchesPlanned} batches planned, ${s.batchesSkipped} skipped, ${s.reminders} reminders (${s.unreachable} with no bound contact), ${s.digests} digests, ${s.nudges} study nudges\n\n`);
    const perS = (n: number, sec: number) => (sec > 0 ? fixed(n / sec, 1) : '-');
    process.stdout.write(
      `${formatTable(
        ['step', 'count', 'of what', 'seconds', 'per s'],
        [
          ['scan 1 (the batch fires)', String(s.reminders + s.nudges), 'reminders+nudges', fixed(scan1.seconds, 2), perS(s.reminders + s.nudges, scan1.seconds)],
          ['scan 2 (right after)', String(scan2.value.reminders + scan2.value.nudges), 'reminders+nudges', fixed(scan2.seconds, 2), '-'],
          ['sweep (before delivery)', String(sweep1.value.pairs), 'open pairs', fixed(sweep1.seconds, 2), '-'],
          ['delivery, ours', String(digests), `digests (${delivered.completed} jobs)`, fixed(delivered.seconds, 2), perS(digests, delivered.seconds)],
          ['  of which messages', String(messages), 'messages', fixed(delivered.seconds, 2), perS(messages, delivered.seconds)],
          ['sweep (after delivery)', String(sweep2.value.pairs), 'open pairs', fixed(sweep2.seconds, 2), '-'],
          ['bare addBulk', String(digests), 'no-op jobs', fixed(bare.addSeconds, 2), perS(digests, bare.addSeconds)],
          ['bare processing', String(digests), 'no-op jobs', fixed(bare.processSeconds, 2), perS(digests, bare.processSeconds)],
        ],
      )}\n\n`,
    );
    process.stdout.write(`digests by channel: ${Object.entries(byChannel).map(([k, v]) => `${k} ${v}`).join(', ')}; pairs sent ${pairsSent}, skipped ${pairsSkipped}; ${delivered.failedAttempts} failed attempts, ${delivered.failed} failed for good\n`);
    process.stdout.write(`fake WeChat: ${wechatSends} sends to ${wechat.sends.size} openids, ${wechat.tokens()} token fetches, ${wechat.unknown()} unexpected calls; bot outbox: ${total(outbox)} jobs for ${outbox.size} contacts\n`);
    process.stdout.write(`ratio ours ÷ bare (digests/s ÷ no-op jobs/s): ${fixed(ratio, 3)} — goal ≥ ${RATIO_GOAL}: ${ratio >= RATIO_GOAL ? 'met' : 'MISSED'}\n`);
    process.stdout.write(`duplicates: ${duplicates} (${wechatDuplicates} extra WeChat sends, ${outboxDuplicates} extra outbox jobs) — ${duplicates === 0 ? 'none' : 'DUPLICATES'}\n`);
    process.stdout.write(`settled pairs ${settled} = sent ${outcomes.sent ?? 0} + skipped ${outcomes.skipped ?? 0} + unreachable after claim ${unreachableClaimed}: ${settledOk ? 'yes' : 'NO'}; outcomes ${JSON.stringify(outcomes)}\n`);
    process.stdout.write(`second scan planned nothing: ${rescanClean ? 'yes' : 'NO'}; sweeps added no job and left no open pair: ${sweepClean ? 'yes' : 'NO'}\n`);
    process.stdout.write(`this process's CPU: delivery ${fixed(deliveryCpu, 1)} s (${fixed((deliveryCpu / delivered.seconds) * 100)}% of a core, fake WeChat included), bare ${fixed(bareCpu, 1)} s\n\n`);
    process.stdout.write(`MongoDB commands of the delivery (summed driver ms; ${CONCURRENCY} jobs overlap):\n${profileTable(profile.of('delivery'), Math.max(1, digests), 'digest')}\n\n`);
    process.stdout.write(`MongoDB commands of scan 1:\n${profileTable(profile.of('scan'), 1, 'scan')}\n\n`);

    const json = {
      bench: 'reminder-scan',
      scale: SCALE,
      database: DATABASE,
      clock: SCAN_AT.toISOString(),
      concurrency: CONCURRENCY,
      credits,
      scan: { seconds: round(scan1.seconds), ...s },
      rescan: { seconds: round(scan2.seconds), ...scan2.value },
      sweep: { seconds: round(sweep1.seconds), ...sweep1.value, queuedBefore: queuedAfterScan, queuedAfter: queuedAfterSweep },
      sweepAfterDelivery: { seconds: round(sweep2.seconds), ...sweep2.value },
      delivery: { digests, jobs: delivered.completed, messages, seconds: round(delivered.seconds), digestsPerS: round(digestsPerS, 1), messagesPerS: round(messagesPerS, 1), byChannel, pairsSent, pairsSkipped, failedAttempts: delivered.failedAttempts, failed: delivered.failed, cpuSeconds: round(deliveryCpu, 2) },
      bare: { jobs: digests, addSeconds: round(bare.addSeconds), processSeconds: round(bare.processSeconds), jobsPerS: round(barePerS, 1), cpuSeconds: round(bareCpu, 2) },
      ratio: round(ratio),
      ratioGoal: RATIO_GOAL,
      ratioMet: ratio >= RATIO_GOAL,
      wechat: { sends: wechatSends, openids: wechat.sends.size, tokenFetches: wechat.tokens(), unexpected: wechat.unknown() },
      outbox: { jobs: total(outbox), contacts: outbox.size },
      duplicates: { total: duplicates, wechat: wechatDuplicates, outbox: outboxDuplicates },
      settled: { pairs: settled, expected: settledExpected, ok: settledOk, outcomes },
      rescanClean,
      sweepClean,
      deliveryCommands: profile.of('delivery').map((c) => ({ ...c, ms: round(c.ms, 1) })),
    };
    process.stdout.write(`${JSON.stringify(json)}\n`);
    return duplicates === 0 && settledOk && rescanClean && sweepClean ? 0 : 1;
  } finally {
    await cleanUp('reminder-scan', [
      async () => profile?.stop(),
      async () => {
        if (deps) for (const queue of [deps.queues.reminderDeliveries, deps.queues.botOutbox, deps.queues.reminderScan]) await queue.obliterate({ force: true });
      },
      async () => deps?.close(),
      async () => wechat?.close(),
    ]);
    log(`done in ${fixed(since(started), 1)} s`);
  }
});
