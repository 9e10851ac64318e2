import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { DelayedError, Worker, type Job } from 'bullmq';
import type { OnceGuard } from '../src/db/once';
import type { ServiceDeps } from '../src/deps';
import type { Logger } from '../src/logger';
import { QUEUE_NAMES, type OutboxMessage } from './queues';

/**
 * The bot outbox consumer. WeChat throttles and bans accounts that send fast (SPEC, "WeChat facts"),
 * so every bot message goes out here: one at a time, a guaranteed gap plus jitter between sends,
 * each key sent at most once, retries left to BullMQ's job options (jobs/queues.ts).
 */

/** How the worker reaches WeChat. bots/ implements it over Wechaty; the worker knows nothing of puppets. */
export interface OutboxSender {
  /**
   * True once the bot is logged in and its puppet reports ready. Until then (a logout, a login that
   * is still loading) jobs are parked and looked at again instead of failing.
   */
  canSend(): boolean;
  /**
   * Finds the recipient without sending anything (no traffic, so no pacing slot) and returns the
   * send, or undefined when this login has no such contact or room (an old run's mock contact,
   * someone who left).
   */
  prepare(message: OutboxMessage): Promise<(() => Promise<void>) | undefined>;
}

/**
 * What the processor returns, kept on the completed job as the record of what became of the
 * message: sent, already sent, too old to matter, or no such recipient on this login.
 */
export type OutboxResult = 'sent' | 'duplicate' | 'stale' | 'unreachable';

export interface OutboxWorkerOptions {
  /** Least time between the end of one send and the start of the next (default BOT_SEND_INTERVAL_MS). */
  intervalMs: number;
  /** Extra random wait in [0, jitterMs] added to each gap, so the rhythm does not look scripted. */
  jitterMs: number;
  /** How long a job is parked while the bot cannot send before it looks again. Default 15 s. */
  loggedOutRetryMs: number;
  /** Source of randomness for the jitter; a test can pin it. Default Math.random. */
  random: () => number;
  /** A message queued longer ago than this is dropped (BOT_OUTBOX_MAX_AGE_MS). */
  maxAgeMs: number;
  /** Wall clock for message ages (tests set it). */
  now: () => number;
}

export const DEFAULT_LOGGED_OUT_RETRY_MS = 15_000;

/** When the next send may start: never before `lastSentAt + interval + jitter` (all in ms). */
export function nextSendAt(
  lastSentAt: number | undefined,
  intervalMs: number,
  jitterMs: number,
  random: () => number = Math.random,
): number {
  if (lastSentAt === undefined) return Number.NEGATIVE_INFINITY;
  const jitter = Math.floor(random() * (jitterMs + 1));
  return lastSentAt + intervalMs + Math.min(jitter, jitterMs);
}

/**
 * Keeps the gap between sends. A BullMQ limiter counts jobs started per window, which still lets
 * two sends land back to back across a window edge; tracking the last send does not.
 * The clock is monotonic (performance.now), so a wall-clock jump can neither shrink nor stretch a gap.
 */
export class SendPacer {
  private lastSentAt: number | undefined;

  constructor(
    private readonly intervalMs: number,
    private readonly jitterMs: number,
    private readonly random: () => number = Math.random,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Resolves once the gap since the last send has passed. */
  async waitTurn(): Promise<void> {
    const at = nextSendAt(this.lastSentAt, this.intervalMs, this.jitterMs, this.random);
    // Timers may fire a little early against a fresh clock reading; loop until the gap truly holds.
    for (let left = at - this.now(); left > 0; left = at - this.now()) {
      await sleep(Math.ceil(left));
    }
  }

  /** Records a send attempt (failed ones too: WeChat saw the traffic either way). */
  markSent(): void {
    this.lastSentAt = this.now();
  }
}

export interface OutboxProcessorParts {
  sender: OutboxSender;
  guard: OnceGuard;
  pacer: SendPacer;
  logger: Logger;
  loggedOutRetryMs: number;
  maxAgeMs: number;
  now: () => number;
}

/**
 * The job body. Order matters: drop what is too old, make sure we can send, find the recipient,
 * wait for the gap, claim the key, send. Only a real send takes a pacing slot; claiming just before
 * it keeps the window in which a crash could lose a claimed message small.
 */
export function createOutboxProcessor(parts: OutboxProcessorParts) {
  const { sender, guard, pacer, logger, loggedOutRetryMs, maxAgeMs, now } = parts;
  return async function processOutboxJob(job: Job<OutboxMessage, OutboxResult>, token?: string): Promise<OutboxResult> {
    const message = job.data;
    // Messages queued before createdAt existed count as old: they can only be an earlier run's.
    const ageMs = now() - (message.createdAt ?? 0);
    if (ageMs > (message.maxAgeMs ?? maxAgeMs)) {
      logger.info({ key: message.key, ageMs }, 'outbox message too old to send; dropped');
      return 'stale';
    }

    if (!sender.canSend()) {
      // A logout can last hours (someone must re-scan). Parking the job does not spend an attempt,
      // so nothing is lost however long it takes; a thrown error would fail it after five tries.
      logger.debug({ key: message.key }, 'bot cannot send yet (logged out or not ready); outbox message parked');
      await job.moveToDelayed(Date.now() + loggedOutRetryMs, token);
      throw new DelayedError();
    }

    const send = await sender.prepare(message);
    if (!send) {
      logger.warn({ key: message.key, to: message.to }, 'outbox recipient not found on this login; message skipped');
      return 'unreachable';
    }

    await pacer.waitTurn();
    if (!(await guard.claim(message.key, `bot-outbox ${message.to.kind}`))) {
      logger.info({ key: message.key }, 'outbox message already sent; skipped');
      return 'duplicate';
    }

    try {
      await send();
    } catch (err) {
      await releaseClaim(guard, message.key, logger);
      throw err;
    } finally {
      pacer.markSent();
    }
    logger.debug({ key: message.key, to: message.to }, 'outbox message sent');
    return 'sent';
  };
}

async function releaseClaim(guard: OnceGuard, key: string, logger: Logger): Promise<void> {
  try {
    await guard.release(key);
  } catch (err) {
    // The send error is the one BullMQ must see; this one only explains why a retry will skip the message.
    logger.error({ err, key }, 'could not release an outbox claim after a failed send; the message will not be retried');
  }
}

/**
 * Starts the outbox worker. Only the process that is logged in to WeChat can send, so the bot
 * (bots/index.ts) starts it, not jobs/workers.ts. One worker, concurrency 1: one message at a time
 * per bot account.
 */
export function startOutboxWorker(
  deps: Pick<ServiceDeps, 'config' | 'logger' | 'workerRedis'> & { once: OnceGuard },
  sender: OutboxSender,
  options: Partial<OutboxWorkerOptions> = {},
): Worker<OutboxMessage, OutboxResult> {
  const { config, logger } = deps;
  const log = logger.child({ worker: QUEUE_NAMES.botOutbox });
  const opts: OutboxWorkerOptions = {
    intervalMs: config.BOT_SEND_INTERVAL_MS,
    jitterMs: config.BOT_SEND_JITTER_MS,
    loggedOutRetryMs: DEFAULT_LOGGED_OUT_RETRY_MS,
    random: Math.random,
    maxAgeMs: config.BOT_OUTBOX_MAX_AGE_MS,
    now: () => Date.now(),
    ...options,
  };
  const processor = createOutboxProcessor({
    sender,
    guard: deps.once,
    pacer: new SendPacer(opts.intervalMs, opts.jitterMs, opts.random),
    logger: log,
    loggedOutRetryMs: opts.loggedOutRetryMs,
    maxAgeMs: opts.maxAgeMs,
    now: opts.now,
  });

  const worker = new Worker<OutboxMessage, OutboxResult>(QUEUE_NAMES.botOutbox, processor, {
    connection: deps.workerRedis,
    prefix: config.QUEUE_PREFIX,
    concurrency: 1,
    name: `bot-outbox@${config.BOT_NAME}`,
  });
  // Without a listener BullMQ prints connection errors; the worker reconnects on its own.
  worker.on('error', (err) => log.error({ err }, 'outbox worker error'));
  worker.on('failed', (job, err) => {
    if (!job) return;
    const final = job.attemptsMade >= (job.opts.attempts ?? 1);
    const fields = { err, key: job.data.key, attemptsMade: job.attemptsMade };
    if (final) log.error(fields, 'outbox message failed for good');
    else log.warn(fields, 'outbox send failed; BullMQ will retry');
  });
  return worker;
}
