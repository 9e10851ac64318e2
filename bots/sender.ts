import type { Wechaty } from 'wechaty';
import type { OutboxMessage } from '../jobs/queues';
import type { OutboxSender } from '../jobs/bot-outbox';
import type { SessionState } from './lifecycle';

/**
 * Some puppets answer a lookup of an unknown id with an error ("no payload found") rather than
 * nothing; either way there is no one to send to on this login.
 */
async function findOrNothing<T>(lookup: () => Promise<T | undefined>): Promise<T | undefined> {
  try {
    return await lookup();
  } catch {
    return undefined;
  }
}

/**
 * Sends outbox messages through Wechaty. Used only by the outbox worker: handlers never send.
 * The recipient is looked up first; one this login does not know is reported, not retried.
 */
export function wechatySender(bot: Wechaty, session: Pick<SessionState, 'ready'>): OutboxSender {
  return {
    canSend: () => session.ready && bot.isLoggedIn,
    async prepare(message: OutboxMessage) {
      if (message.to.kind === 'contact') {
        const contact = await findOrNothing(() => bot.Contact.find({ id: message.to.id }));
        return contact ? async () => void (await contact.say(message.text)) : undefined;
      }
      const room = await findOrNothing(() => bot.Room.find({ id: message.to.id }));
      if (!room) return undefined;
      // Someone who left the group can no longer be mentioned; the reply still goes to the group.
      const mention = message.mention ? await findOrNothing(() => bot.Contact.find({ id: message.mention! })) : undefined;
      return async () => void (mention ? await room.say(message.text, mention) : await room.say(message.text));
    },
  };
}
