import type { Message } from 'wechaty';
import type { Logger } from '../src/logger';
import type { Command } from './commands/types';
import { ignoreReason, readFacts, stripLeadingMentions, type IgnoreReason } from './guards';
import { routeMessage, type RouterDeps } from './router';

/** What became of one incoming message; for logs, metrics and tests that wait on the bot. */
export type MessageOutcome =
  | { messageId: string; outcome: 'ignored'; reason: IgnoreReason }
  | { messageId: string; outcome: 'replied'; keys: string[] }
  | { messageId: string; outcome: 'failed' };

export interface MessageHandlerParts {
  deps: RouterDeps & { maxAgeMs: number };
  commands: readonly Command[];
  logger: Logger;
  onOutcome?: (outcome: MessageOutcome) => void;
}

/**
 * The bot's 'message' listener: guards, then the router. It never rejects: Wechaty does not catch
 * its listeners, and a rejected one would be an unhandled rejection that ends the process.
 */
export function createMessageHandler(parts: MessageHandlerParts) {
  const { deps, commands, logger, onOutcome } = parts;

  async function handle(message: Message): Promise<MessageOutcome> {
    const facts = await readFacts(message);
    const reason = ignoreReason(facts, { now: deps.clock.now(), maxAgeMs: deps.maxAgeMs });
    if (reason) {
      logger.debug({ messageId: message.id, reason }, 'message ignored');
      return { messageId: message.id, outcome: 'ignored', reason };
    }

    const talker = message.talker();
    const room = message.room();
    // A group the bot is asked in is a group broadcasts can reach, once staff give it an office.
    if (room) await deps.areas.broadcasts.rooms.seen({ id: room.id, topic: await room.topic() });
    const text = room ? stripLeadingMentions(await message.mentionText()) : message.text().trim();
    const keys = await routeMessage(
      { id: message.id, text, talker: { id: talker.id, name: talker.name() }, room: room ? { id: room.id } : undefined },
      commands,
      deps,
    );
    logger.debug({ messageId: message.id, keys }, 'replies queued');
    return { messageId: message.id, outcome: 'replied', keys };
  }

  return async function onMessage(message: Message): Promise<void> {
    let outcome: MessageOutcome;
    try {
      outcome = await handle(message);
    } catch (err) {
      logger.error({ err, messageId: message.id }, 'could not handle a message');
      outcome = { messageId: message.id, outcome: 'failed' };
    }
    onOutcome?.(outcome);
  };
}
