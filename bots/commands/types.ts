import type { Areas } from '../../src/composition';

/** Who wrote to the bot and where, as the puppet names them this login (ids can change across logins). */
export interface Asker {
  id: string;
  name: string;
}

/** The use cases chat commands call: the same objects the HTTP routes get. */
export type BotAreas = Pick<Areas, 'learning' | 'practice' | 'binding' | 'campaigns' | 'reminders' | 'staff' | 'broadcasts'>;

export interface CommandContext {
  /** The incoming message id; reply keys derive from it, so a redelivered message is answered once. */
  messageId: string;
  /** The text after the command word, trimmed; '' when there is none. */
  args: string;
  talker: Asker;
  /** Set when the message came from a group chat (the bot was @-mentioned). */
  room?: { id: string };
  /** Every registered command, so 帮助 can list them. */
  commands: readonly Command[];
  areas: BotAreas;
}

/** One reply or several, each sent as its own chat message in order. */
export type CommandReply = string | readonly string[];

/**
 * A chat command, one module each (bots/commands/*.ts), registered in bots/commands/index.ts.
 * Handlers stay thin: read `args`, call one domain use case, shape the reply text. They never send:
 * the router queues whatever they return on the outbox. Typed errors (src/errors.ts) they throw
 * become a polite reply (bots/errors.ts).
 */
export interface Command {
  /** The word people type, in Chinese: '帮助'. */
  name: string;
  /** Other words for the same command ('help'); matched case-insensitively. */
  aliases: readonly string[];
  /** How to type it, shown in 帮助: '绑定 绑定码'. */
  usage: string;
  /** One line saying what it does, shown in 帮助. */
  summary: string;
  /**
   * Text that stands for this command without its word (a bare "AC" answers a quiz question):
   * returns the args when it does. Tried after every command word has failed to match.
   */
  matchBare?(text: string): string | undefined;
  handle(ctx: CommandContext): CommandReply | Promise<CommandReply>;
}
