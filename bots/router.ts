import type { ServiceDeps } from '../src/deps';
import { enqueueOutbox, type OutboxMessage } from '../jobs/queues';
import type { Asker, Command, CommandReply } from './commands';
import { errorReply } from './errors';

export interface CommandMatch {
  command: Command;
  /** What follows the command word, trimmed. */
  args: string;
}

// Chat habits around a command word: a leading slash ("/help"), trailing punctuation ("帮助？").
const LEADING_SLASH = /^[/／]/u;
const TRAILING_PUNCTUATION = /[\s!！?？。.~～]+$/u;

/** The command a bare answer to a quiz question ("A", "ac", "A C") stands for. */
export const ANSWER_COMMAND = '答题';
// Only option letters (A–H), perhaps separated: what someone types to answer a quiz question.
const BARE_ANSWER = /^[a-h](?:[\s,，、]*[a-h]){0,7}$/iu;

/**
 * Finds the command a text asks for: the first word (split on any whitespace, full-width space
 * included) equal to a command's name or alias, ignoring case; else, for text that is only option
 * letters, the 答题 command with the letters as args. Pure, so every phrasing is tested
 * without a bot.
 */
export function matchCommand(commands: readonly Command[], text: string): CommandMatch | undefined {
  const cleaned = text.trim().replace(LEADING_SLASH, '').replace(TRAILING_PUNCTUATION, '');
  const [word = '', ...rest] = cleaned.split(/\s+/u);
  const wanted = word.toLowerCase();
  if (!wanted) return undefined;
  const command = commands.find((c) => c.name.toLowerCase() === wanted || c.aliases.some((a) => a.toLowerCase() === wanted));
  if (command) return { command, args: rest.join(' ') };
  // A message of option letters alone is shorthand for `答题 <letters>`, when that command exists.
  const answer = BARE_ANSWER.test(cleaned) ? commands.find((c) => c.name === ANSWER_COMMAND) : undefined;
  return answer ? { command: answer, args: cleaned } : undefined;
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
  deps: ServiceDeps,
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
        deps,
      });
    } catch (err) {
      reply = errorReply(err, deps.logger, { command: match.command.name, messageId: incoming.id });
    }
  }
  const texts = (typeof reply === 'string' ? [reply] : [...reply]).filter((t) => t.trim() !== '');
  return texts.map((text, n) => ({
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
  deps: ServiceDeps,
): Promise<string[]> {
  const replies = await planReplies(incoming, commands, deps);
  // In order, so the outbox (one at a time, first in first out) sends them in the order written.
  for (const reply of replies) await enqueueOutbox(deps.queues, reply);
  return replies.map((r) => r.key);
}
