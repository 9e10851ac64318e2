import { WechatyBuilder, type Wechaty, type WechatyOptions } from 'wechaty';
import type { Worker } from 'bullmq';
import type { ServiceDeps } from '../src/deps';
import type { Config } from '../src/config';
import type { OutboxMessage } from '../jobs/queues';
import { startOutboxWorker, type OutboxResult, type OutboxWorkerOptions } from '../jobs/bot-outbox';
import { builtinCommands, type Command } from './commands';
import { watchSession, type SessionState } from './lifecycle';
import { createMessageHandler, type MessageOutcome } from './on-message';
import { wechatySender } from './sender';

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
  /** Closes the outbox worker, then stops the bot. Safe to call more than once. */
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
export async function createBot(deps: ServiceDeps, options: BotOptions): Promise<RunningBot> {
  const logger = deps.logger.child({ component: 'bot' });
  const bot = WechatyBuilder.build(
    typeof options.puppet === 'string'
      ? { name: options.name, puppet: options.puppet as PuppetName, puppetOptions: options.puppetOptions }
      : { name: options.name, puppet: options.puppet },
  );
  const session = watchSession(bot, logger);
  bot.on(
    'message',
    createMessageHandler({ deps, commands: options.commands ?? builtinCommands, logger, onOutcome: options.onMessageOutcome }),
  );

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
  };
  return { bot, outbox, session, stop: () => (stopped ??= stop()) };
}

/** The service's bot: the puppet named in config (SPEC, "Which puppet"). */
export async function startBot(deps: ServiceDeps): Promise<RunningBot> {
  return createBot(deps, { ...puppetFromConfig(deps.config), name: deps.config.BOT_NAME });
}
