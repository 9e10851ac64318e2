import type { OutboxMessage } from '../../../jobs/queues';
import type { Channel, Recipient, ReminderMessage, SendResult } from './types';

/**
 * The bot's private chat, through the outbox (one message at a time, paced). The outbox key is the
 * message key, so the same reminder is queued once however often this runs. Personal-account
 * puppets are fragile (SPEC), so this channel comes last by default.
 */
export function createBotChatChannel(deps: { enqueue: (message: OutboxMessage) => Promise<void>; now: () => number; maxAgeMs: number }): Channel {
  return {
    name: 'bot_chat',
    canReach: (r: Recipient) => Boolean(r.botContactId),
    async send(r: Recipient, message: ReminderMessage): Promise<SendResult> {
      const handoff = { key: message.key, to: { kind: 'contact' as const, id: r.botContactId! }, text: message.text, createdAt: deps.now(), maxAgeMs: deps.maxAgeMs };
      await deps.enqueue(handoff);
      return { outcome: 'sent', handoff };
    },
  };
}
