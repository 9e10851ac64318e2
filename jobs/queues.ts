import { Queue, type ConnectionOptions, type JobsOptions } from 'bullmq';
import { withTimeout } from '../src/timeout';
import { batchesOf, batchId, type DeliveryBatch, type DigestJob } from '../src/reminders/planned';
import type { DeliveryJob } from '../src/broadcasts/delivery-job';
import type { QueuedReport, ReportJob } from '../src/reports/kinds';

export const QUEUE_NAMES = {
  botOutbox: 'bot-outbox',
  quizDeadlines: 'quiz-deadlines',
  learningUpkeep: 'learning-upkeep',
  integrityScan: 'integrity-scan',
  reminderScan: 'reminder-scan',
  reminderDeliveries: 'reminder-deliveries',
  broadcasts: 'broadcasts',
  broadcastDeliveries: 'broadcast-deliveries',
  reports: 'reports',
} as const;

/** Start a broadcast: move it to sending and fan it out (resumable); or reconcile those still sending. */
export type BroadcastJob = { start: string } | { reconcile: true };

/** The minute's scan (a job scheduler), or the sweep that re-plans whatever was missed. */
export type ReminderScanJob = { task: 'scan' } | { task: 'sweep' };

/** Grade one attempt at its deadline (jobId per attempt), or scan for any overdue ones. */
export type QuizDeadlineJob = { attemptId: string } | { scan: true };

/** Periodic repairs of learning records; MongoDB is the truth, so each run recomputes from it. */
export type LearningUpkeepJob = { task: 'repair-certificates' };

/** The periodic integrity checks of graded attempts (src/integrity/detection.ts). */
export type IntegrityScanJob = { task: 'scan' };

/** One message the bot should send. `key` identifies it for good: the same key is never sent twice. */
export interface OutboxMessage {
  key: string;
  to: { kind: 'contact' | 'room'; id: string };
  text: string;
  /** In a room, the contact to @-mention with the text. */
  mention?: string;
  /** When it was queued (ms since the epoch); a reply still waiting long after is dropped, not sent. */
  createdAt: number;
  /**
   * How long it stays worth sending, when not BOT_OUTBOX_MAX_AGE_MS: a chat reply is stale in
   * minutes, a deadline reminder still matters hours later (the bot may be logged out a while).
   */
  maxAgeMs?: number;
}

/** Adding a job is bounded: a Redis that stopped answering gives the caller an error (503), not a hang. */
export const ENQUEUE_TIMEOUT_MS = 1500;

const outboxJobOptions: JobsOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 2000 },
  removeOnComplete: { age: 24 * 3600, count: 10000 },
  removeOnFail: { age: 7 * 24 * 3600 },
};

export interface Queues {
  botOutbox: Queue<OutboxMessage>;
  quizDeadlines: Queue<QuizDeadlineJob>;
  learningUpkeep: Queue<LearningUpkeepJob>;
  integrityScan: Queue<IntegrityScanJob>;
  reminderScan: Queue<ReminderScanJob>;
  reminderDeliveries: Queue<DeliveryBatch>;
  broadcasts: Queue<BroadcastJob>;
  broadcastDeliveries: Queue<DeliveryJob>;
  reports: Queue<ReportJob>;
  all(): Queue[];
  close(): Promise<void>;
}

/**
 * Producers only. `connection` should be a fail-fast client on the request path, so that adding a
 * job while Redis is down rejects at once instead of hanging.
 */
export function createQueues(connection: ConnectionOptions, prefix: string, onError: (err: Error) => void = () => undefined): Queues {
  const botOutbox = new Queue<OutboxMessage>(QUEUE_NAMES.botOutbox, { connection, prefix, defaultJobOptions: outboxJobOptions });
  const quizDeadlines = new Queue<QuizDeadlineJob>(QUEUE_NAMES.quizDeadlines, {
    connection,
    prefix,
    defaultJobOptions: { attempts: 5, backoff: { type: 'exponential', delay: 5000 }, removeOnComplete: { age: 24 * 3600 }, removeOnFail: { age: 7 * 24 * 3600 } },
  });
  const learningUpkeep = new Queue<LearningUpkeepJob>(QUEUE_NAMES.learningUpkeep, {
    connection,
    prefix,
    defaultJobOptions: { attempts: 3, backoff: { type: 'exponential', delay: 10_000 }, removeOnComplete: { age: 24 * 3600, count: 100 }, removeOnFail: { age: 7 * 24 * 3600 } },
  });
  const integrityScan = new Queue<IntegrityScanJob>(QUEUE_NAMES.integrityScan, {
    connection,
    prefix,
    defaultJobOptions: { attempts: 3, backoff: { type: 'exponential', delay: 10_000 }, removeOnComplete: { age: 3600, count: 100 }, removeOnFail: { age: 7 * 24 * 3600 } },
  });
  const reminderScan = new Queue<ReminderScanJob>(QUEUE_NAMES.reminderScan, {
    connection,
    prefix,
    defaultJobOptions: { attempts: 3, backoff: { type: 'exponential', delay: 5000 }, removeOnComplete: { age: 3600, count: 200 }, removeOnFail: { age: 7 * 24 * 3600 } },
  });
  // Kept a day after completion, so a digest planned twice in that time is one job (its id).
  const reminderDeliveries = new Queue<DeliveryBatch>(QUEUE_NAMES.reminderDeliveries, {
    connection,
    prefix,
    defaultJobOptions: { attempts: 8, backoff: { type: 'exponential', delay: 30_000 }, removeOnComplete: { age: 24 * 3600 }, removeOnFail: { age: 7 * 24 * 3600 } },
  });
  const broadcasts = new Queue<BroadcastJob>(QUEUE_NAMES.broadcasts, {
    connection,
    prefix,
    defaultJobOptions: { attempts: 8, backoff: { type: 'exponential', delay: 10_000 }, removeOnComplete: { age: 7 * 24 * 3600 }, removeOnFail: { age: 30 * 24 * 3600 } },
  });
  const broadcastDeliveries = new Queue<DeliveryJob>(QUEUE_NAMES.broadcastDeliveries, {
    connection,
    prefix,
    defaultJobOptions: { attempts: 10, backoff: { type: 'exponential', delay: 30_000 }, removeOnComplete: { age: 7 * 24 * 3600 }, removeOnFail: { age: 30 * 24 * 3600 } },
  });
  // A report's result is kept in MongoDB (src/reports/runs.ts); the job is only its state and progress.
  const reports = new Queue<ReportJob>(QUEUE_NAMES.reports, {
    connection,
    prefix,
    defaultJobOptions: { attempts: 3, backoff: { type: 'exponential', delay: 10_000 }, removeOnComplete: { age: 24 * 3600, count: 1000 }, removeOnFail: { age: 7 * 24 * 3600 } },
  });
  const all = () => [botOutbox, quizDeadlines, learningUpkeep, integrityScan, reminderScan, reminderDeliveries, broadcasts, broadcastDeliveries, reports] as Queue[];
  // Connection errors reach callers as rejected adds and /readyz; without a listener BullMQ prints them.
  for (const queue of all()) queue.on('error', onError);
  return {
    botOutbox,
    quizDeadlines,
    learningUpkeep,
    integrityScan,
    reminderScan,
    reminderDeliveries,
    broadcasts,
    broadcastDeliveries,
    reports,
    all,
    close: async () => {
      await Promise.all(all().map((q) => q.close()));
    },
  };
}

/** Queues a bot message; the job id is the message key, so a duplicate enqueue is a no-op. */
export async function enqueueOutbox(queues: Pick<Queues, 'botOutbox'>, message: OutboxMessage): Promise<void> {
  await withTimeout(queues.botOutbox.add('say', message, { jobId: outboxJobId(message.key) }), ENQUEUE_TIMEOUT_MS, 'redis (bot outbox)');
}

/** The job that grades an attempt at its deadline; one per attempt (its id), so re-adding is a no-op. */
export function deadlineScheduler(queues: Pick<Queues, 'quizDeadlines'>, clock: { now(): Date }) {
  return async function scheduleDeadline(attempt: { _id: unknown; deadline: Date }): Promise<void> {
    const delay = Math.max(0, attempt.deadline.getTime() - clock.now().getTime()) + 1000;
    const attemptId = String(attempt._id);
    await withTimeout(queues.quizDeadlines.add('grade-overdue', { attemptId }, { jobId: `deadline-${attemptId}`, delay }), ENQUEUE_TIMEOUT_MS, 'redis (quiz deadlines)');
  };
}

// BullMQ refuses job ids with ':' in them; base64url keeps every key distinct and legal.
export const outboxJobId = (key: string) => `out-${Buffer.from(key).toString('base64url')}`;

/**
 * Queues digests for delivery, in batches of one office's digests (jobs/reminders.ts). A batch's
 * job id is its digests', so the same batch planned twice is queued once; `delayUntil` defers it
 * (a channel at its cap), under an id of its own.
 */
export function digestEnqueuer(queues: Pick<Queues, 'reminderDeliveries'>, clock: { now(): Date }) {
  return async function enqueueDigests(digests: DigestJob[], delayUntil?: Date): Promise<void> {
    const delay = delayUntil ? Math.max(0, delayUntil.getTime() - clock.now().getTime()) : 0;
    const jobs = batchesOf(digests).map((b) => ({ name: 'digests', data: b, opts: { jobId: `db-${batchId(b)}${delayUntil ? `-${delayUntil.getTime()}` : ''}`, ...(delay ? { delay } : {}) } }));
    for (let i = 0; i < jobs.length; i += 200) {
      await withTimeout(queues.reminderDeliveries.addBulk(jobs.slice(i, i + 200)), ENQUEUE_TIMEOUT_MS * 4, 'redis (reminder deliveries)');
    }
  };
}

/** Starts a broadcast at a time: one job per (broadcast, time), so approving twice or a resumed start queues it once. */
export function broadcastStarter(queues: Pick<Queues, 'broadcasts'>, clock: { now(): Date }) {
  return async function scheduleStart(broadcastId: string, at: Date): Promise<void> {
    const delay = Math.max(0, at.getTime() - clock.now().getTime());
    await withTimeout(queues.broadcasts.add('start', { start: broadcastId }, { jobId: `start-${broadcastId}-${at.getTime()}`, delay }), ENQUEUE_TIMEOUT_MS, 'redis (broadcasts)');
  };
}

/** Queues a fan-out's delivery batches; the job id is (broadcast, batch number), so a resumed fan-out queues each batch once. */
export function deliveryEnqueuer(queues: Pick<Queues, 'broadcastDeliveries'>, clock: { now(): Date }) {
  const optsOf = (j: DeliveryJob) =>
    j.notBefore ? { jobId: `bd-${j.broadcastId}-${j.n}-at${j.notBefore}`, delay: Math.max(0, j.notBefore - clock.now().getTime()) } : { jobId: `bd-${j.broadcastId}-${j.n}` };
  return async function enqueueDeliveries(jobs: DeliveryJob[]): Promise<void> {
    for (let i = 0; i < jobs.length; i += 200) {
      await withTimeout(queues.broadcastDeliveries.addBulk(jobs.slice(i, i + 200).map((j) => ({ name: 'deliver', data: j, opts: optsOf(j) }))), ENQUEUE_TIMEOUT_MS * 4, 'redis (broadcast deliveries)');
    }
  };
}

/** Report jobs: one per run (its id), and what the queue knows of one, both bounded like every request-path call. */
export function reportJobs(queues: Pick<Queues, 'reports'>) {
  return {
    async enqueue(job: ReportJob): Promise<void> {
      await withTimeout(queues.reports.add(job.kind, job, { jobId: job.runId }), ENQUEUE_TIMEOUT_MS, 'redis (reports)');
    },
    async state(id: string): Promise<QueuedReport | null> {
      const job = await withTimeout(queues.reports.getJob(id), ENQUEUE_TIMEOUT_MS, 'redis (reports)');
      if (!job) return null;
      const state = await withTimeout(job.getState(), ENQUEUE_TIMEOUT_MS, 'redis (reports)');
      return { data: job.data, state, progress: typeof job.progress === 'number' ? job.progress : 0, failedReason: job.failedReason || null };
    },
  };
}
