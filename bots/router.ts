import type { Clock } from '../src/clock';
import type { Logger } from '../src/logger';
import { enqueueOutbox, type OutboxMessage, type Queues } from '../jobs/queues';
import type { Asker, BotAreas, Command, CommandReply } from './commands/types';
import { errorReply } from './errors';

/** What routing a message needs: the use cases commands call, the outbox, a clock and a logger. */
export interface RouterDeps {
  areas: BotAreas;
  queues: Pick<Queues, 'botOutbox'>;
  clock: Clock;
  logger: Logger;
}

export interface CommandMatch {
  command: Command;
  /** What follows the command word, trimmed. */
  args: string;
}

// Chat habits around a command word: a leading slash ("/help"), trailing punctuation ("帮助？").
const LEADING_SLASH = /^[/／]/u;
const TRAILING_PUNCTUATION = /[\s!！?？。.~～]+$/u;

/**
 * Finds the command a text asks for: the first word (split on any whitespace, full-width space
 * included) equal to a command's name or alias, ignoring case; else the first command whose own
 * bare matcher takes the text (the quiz answer takes "AC"). Pure, so every phrasing is tested
 * without a bot.
 */
export function matchCommand(commands: readonly Command[], text: string): CommandMatch | undefined {
  const cleaned = text.trim().replace(LEADING_SLASH, '').replace(TRAILING_PUNCTUATION, '');
  const [word = '', ...rest] = cleaned.split(/\s+/u);
  const wanted = word.toLowerCase();
  if (!wanted) return undefined;
  const command = commands.find((c) => c.name.toLowerCase() === wanted || c.aliases.some((a) => a.toLowerCase() === wanted));
  if (command) return { command, args: rest.join(' ') };
  for (const c of commands) {
    const args = c.matchBare?.(cleaned);
    if (args !== undefined) return { command: c, args };
  }
  return undefined;
}

export const UNKNOWN_REPLY = '抱歉，我没有看懂您的意思。发送「帮助」可以查看我能做什么。';

/** A message that passed the guards, with the mention already stripped from its text. */
export interface IncomingMessage {
  id: string;
  text: string;
  talker: Asker;
  room?: { id: string };
}

/** Outbox key of the n-th reply to a message: a redelivered message maps to the same keys. */
export const replyKey = (messageId: string, n: number) => `reply:${messageId}:${n}`;

/**
 * Decides the replies to one message: run the matching command, or explain the error it threw,
 * or point to 帮助. Returns outbox messages and sends nothing.
 */
export async function planReplies(
  incoming: IncomingMessage,
  commands: readonly Command[],
  deps: Omit<RouterDeps, 'queues'>,
): Promise<OutboxMessage[]> {
  const match = matchCommand(commands, incoming.text);
  let reply: CommandReply;
  if (!match) {
    reply = UNKNOWN_REPLY;
  } else {
    try {
      reply = await match.command.handle({
        messageId: incoming.id,
        args: match.args,
        talker: incoming.talker,
        room: incoming.room,
        commands,
        areas: deps.areas,
      });
    } catch (err) {
      reply = errorReply(err, deps.logger, { command: match.command.name, messageId: incoming.id });
    }
  }
  const texts = (typeof reply === 'string' ? [reply] : [...reply]).filter((t) => t.trim() !== '');
  const createdAt = deps.clock.now().getTime();
  return texts.map((text, n) => ({
    createdAt,
    key: replyKey(incoming.id, n),
    to: incoming.room ? { kind: 'room', id: incoming.room.id } : { kind: 'contact', id: incoming.talker.id },
    text,
    // In a group the first reply @-mentions the asker so they see it; more pings would be noise.
    ...(incoming.room && n === 0 ? { mention: incoming.talker.id } : {}),
  }));
}

/** Plans the replies and queues them on the outbox; returns their keys. */
export async function routeMessage(
  incoming: IncomingMessage,
  commands: readonly Command[],
  deps: RouterDeps,
): Promise<string[]> {
  const replies = await planReplies(incoming, commands, deps);
  // In order, so the outbox (one at a time, first in first out) sends them in the order written.
  for (const reply of replies) await enqueueOutbox(deps.queues, reply);
  return replies.map((r) => r.key);
}
