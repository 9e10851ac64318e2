import { types, type Message } from 'wechaty';

/**
 * Guards run before any routing (wechaty/plugin-contrib style): a bot that answers itself loops,
 * one that answers a backlog after a re-login floods, and one that chats in groups unasked gets
 * reported. The decision is a pure function of a few facts, so it is tested without a puppet.
 */
export type IgnoreReason = 'self' | 'stale' | 'not-text' | 'not-mentioned';

export interface MessageFacts {
  /** Sent by the bot's own account (its replies come back as messages too). */
  fromSelf: boolean;
  isText: boolean;
  sentAt: Date;
  inRoom: boolean;
  /** The bot is @-mentioned (only meaningful in a room). */
  mentionsBot: boolean;
}

export interface GuardOptions {
  now: Date;
  /** Older messages are ignored (BOT_MAX_MESSAGE_AGE_MS). */
  maxAgeMs: number;
}

/** Why the bot should stay silent, or undefined when it should answer. */
export function ignoreReason(facts: MessageFacts, { now, maxAgeMs }: GuardOptions): IgnoreReason | undefined {
  if (facts.fromSelf) return 'self';
  // A message from slightly in the future is clock skew between WeChat and us, not a reason to drop it.
  if (now.getTime() - facts.sentAt.getTime() > maxAgeMs) return 'stale';
  if (!facts.isText) return 'not-text';
  if (facts.inRoom && !facts.mentionsBot) return 'not-mentioned';
  return undefined;
}

/** Reads the facts from a Wechaty message; asks the puppet about mentions only when it matters. */
export async function readFacts(message: Message): Promise<MessageFacts> {
  const fromSelf = message.self();
  const isText = message.type() === types.Message.Text;
  const inRoom = message.room() !== undefined;
  return {
    fromSelf,
    isText,
    sentAt: message.date(),
    inRoom,
    mentionsBot: inRoom && isText && !fromSelf ? await message.mentionSelf() : false,
  };
}

/**
 * Wechaty's mentionText() removes mentions it can resolve; a name shown differently in the group
 * (a room alias) can survive it, so any @name left at the start is dropped too before matching.
 */
export function stripLeadingMentions(text: string): string {
  // \s covers U+2005, the separator WeChat puts after a mention.
  return text.replace(/^(?:\s*@\S+)+/u, '').trim();
}
