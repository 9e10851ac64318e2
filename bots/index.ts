import { WechatyBuilder, type Wechaty, type WechatyOptions } from 'wechaty';
import type { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Clock } from '../src/clock';
import type { Config } from '../src/config';
import type { OnceGuard } from '../src/db/once';
import type { Logger } from '../src/logger';
import type { OutboxMessage, Queues } from '../jobs/queues';
import { startOutboxWorker, type OutboxResult, type OutboxWorkerOptions } from '../jobs/bot-outbox';
import { builtinCommands, type BotAreas, type Command } from './commands';
import { holdBotLease, leaseKey, type BotLease } from './lease';
import { watchSession, type SessionState } from './lifecycle';
import { createMessageHandler, type MessageOutcome } from './on-message';
import { wechatySender } from './sender';

/** What the bot is built from: settings, the use cases its commands call, the outbox and its guard. */
export interface BotDeps {
  config: Config;
  logger: Logger;
  clock: Clock;
  areas: BotAreas;
  queues: Pick<Queues, 'botOutbox'>;
  /** Fail-fast client (the lease). */
  redis: Redis;
  /** Patient client (the outbox worker). */
  workerRedis: Redis;
  /** The outbox's "sent once" claims. */
  once: OnceGuard;
}

export type { MessageOutcome } from './on-message';
export type { SessionState } from './lifecycle';

/** A puppet object (tests: a PuppetMock driven by a Mocker), as opposed to an npm module name. */
export type PuppetInstance = Exclude<NonNullable<WechatyOptions['puppet']>, string>;
type PuppetName = Extract<NonNullable<WechatyOptions['puppet']>, string>;
type PuppetOptions = Extract<WechatyOptions, { puppetOptions?: unknown }>['puppetOptions'];

export interface RunningBot {
  bot: Wechaty;
  /** The outbox worker: the only thing that sends. */
  outbox: Worker<OutboxMessage, OutboxResult>;
  session: SessionState;
  /** Closes the outbox worker, stops the bot, then waits for messages still being handled. Safe to call more than once. */
  stop(): Promise<void>;
}

export interface BotOptions {
  /** A puppet instance, or the npm name of a puppet module for Wechaty to load. */
  puppet: PuppetInstance | string;
  /** Passed to a puppet loaded by name (wechaty-puppet-service reads `token` and `endpoint`). */
  puppetOptions?: PuppetOptions;
  /** With a name Wechaty keeps its session in `<name>.memory-card.json` in the working directory. */
  name?: string;
  /** The commands to answer; default every built-in command. */
  commands?: readonly Command[];
  /** Overrides of the outbox pacing (interval and jitter come from config). */
  outbox?: Partial<OutboxWorkerOptions>;
  /** Called once per incoming message with what the bot did with it. */
  onMessageOutcome?: (outcome: MessageOutcome) => void;
}

/** The puppet and its options as config names them (WECHATY_PUPPET, WECHATY_PUPPET_SERVICE_*). */
export function puppetFromConfig(
  config: Pick<Config, 'WECHATY_PUPPET' | 'WECHATY_PUPPET_SERVICE_TOKEN' | 'WECHATY_PUPPET_SERVICE_ENDPOINT'>,
): Pick<BotOptions, 'puppet' | 'puppetOptions'> {
  const puppetOptions: NonNullable<PuppetOptions> = {};
  if (config.WECHATY_PUPPET_SERVICE_TOKEN) puppetOptions.token = config.WECHATY_PUPPET_SERVICE_TOKEN;
  if (config.WECHATY_PUPPET_SERVICE_ENDPOINT) puppetOptions.endpoint = config.WECHATY_PUPPET_SERVICE_ENDPOINT;
  return { puppet: config.WECHATY_PUPPET, puppetOptions };
}

/**
 * Builds the bot over any puppet, starts it, then starts its outbox worker. Tests pass a PuppetMock
 * they drive through its Mocker. A puppet that fails to start is logged as an alert rather than
 * thrown: the HTTP API and the other channels keep running, and queued bot messages wait in Redis
 * for a bot that can send them.
 */
export async function createBot(deps: BotDeps, options: BotOptions): Promise<RunningBot> {
  const logger = deps.logger.child({ component: 'bot' });
  const bot = WechatyBuilder.build(
    typeof options.puppet === 'string'
      ? { name: options.name, puppet: options.puppet as PuppetName, puppetOptions: options.puppetOptions }
      : { name: options.name, puppet: options.puppet },
  );
  const session = watchSession(bot, logger);
  const onMessage = createMessageHandler({
    deps: { areas: deps.areas, queues: deps.queues, clock: deps.clock, logger: deps.logger, maxAgeMs: deps.config.BOT_MAX_MESSAGE_AGE_MS },
    commands: options.commands ?? builtinCommands,
    logger,
    onOutcome: options.onMessageOutcome,
  });
  // Messages being handled (reading MongoDB, queueing replies): stop() lets them finish, so the
  // service does not close MongoDB under a command and the replies wait in the outbox for the next run.
  const handling = new Set<Promise<void>>();
  bot.on('message', (message) => {
    const handled: Promise<void> = onMessage(message).finally(() => handling.delete(handled));
    handling.add(handled);
    return handled;
  });

  try {
    await bot.start();
  } catch (err) {
    logger.error({ err, alert: 'bot_start_failed' }, 'the bot could not start; bot messages will wait until it runs');
  }
  // Jobs that arrive before login (or after a failed start) are parked by the worker, not lost.
  const outbox = startOutboxWorker(deps, wechatySender(bot, session), options.outbox);

  let stopped: Promise<void> | undefined;
  const stop = async () => {
    session.stopping = true;
    // The worker first: a send in flight finishes while the bot can still deliver it.
    await outbox.close();
    await bot.stop();
    // No message arrives after bot.stop(); the handler never rejects.
    await Promise.all(handling);
  };
  return { bot, outbox, session, stop: () => (stopped ??= stop()) };
}

export interface BotRunner {
  lease: BotLease;
  /** The bot while this process holds the lease. */
  readonly running: RunningBot | undefined;
  /** Resolves with the bot once this process holds the lease and has started it. */
  whenRunning(): Promise<RunningBot>;
  stop(): Promise<void>;
}

/**
 * The service's bot: the puppet named in config (SPEC, "Which puppet"), run only by the process
 * that holds the bot account's lease in Redis. Every API and worker process may ask; one runs it,
 * and when that process dies another takes over once the lease lapses (BOT_LEASE_TTL_MS), so one
 * account never has two outboxes pacing on their own.
 */
export function startBot(deps: BotDeps, options: Partial<BotOptions> = {}): BotRunner {
  const logger = deps.logger.child({ component: 'bot-lease' });
  let running: RunningBot | undefined;
  let started: (bot: RunningBot) => void = () => undefined;
  let ready = new Promise<RunningBot>((resolve) => (started = resolve));
  // A lease given up because this process stops is no news; one lost while running is.
  let stopping = false;
  const lease = holdBotLease({
    redis: deps.redis,
    key: leaseKey(deps.config.CACHE_PREFIX, deps.config.BOT_NAME),
    ttlMs: deps.config.BOT_LEASE_TTL_MS,
    logger,
    onAcquired: async () => {
      logger.info({ bot: deps.config.BOT_NAME }, 'this process holds the bot lease; starting the bot');
      running = await createBot(deps, { ...puppetFromConfig(deps.config), name: deps.config.BOT_NAME, ...options });
      started(running);
    },
    onLost: async () => {
      const bot = running;
      running = undefined;
      ready = new Promise<RunningBot>((resolve) => (started = resolve));
      if (bot) {
        if (stopping) logger.info({ bot: deps.config.BOT_NAME }, 'stopping the bot here');
        else logger.warn({ bot: deps.config.BOT_NAME }, 'the bot lease is gone; stopping the bot here');
        await bot.stop();
      }
    },
  });
  return {
    lease,
    get running() {
      return running;
    },
    whenRunning: () => ready,
    stop: () => {
      stopping = true;
      return lease.stop();
    },
  };
}
