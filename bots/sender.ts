import type { Wechaty } from 'wechaty';
import type { OutboxMessage } from '../jobs/queues';
import type { OutboxSender } from '../jobs/bot-outbox';
import type { SessionState } from './lifecycle';

/**
 * Asks the puppet itself whether this login knows the id. Wechaty's own Contact.find / Room.find
 * emit an 'error' event on the bot (logged at error level, with a stack, twice for a contact) when
 * the puppet has no payload for it, which is the ordinary case of a reply queued for an earlier
 * run's mock contact or for someone who left. The puppet's payload call only throws ("no payload
 * found"), and a payload it returns is cached, so the find that follows does not ask again.
 */
async function known(lookup: () => Promise<unknown>): Promise<boolean> {
  try {
    await lookup();
    return true;
  } catch {
    return false;
  }
}

/** Some puppets still fail a find after the payload was found; either way there is no one to send to. */
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
  const findContact = async (id: string) =>
    (await known(() => bot.puppet.contactPayload(id))) ? findOrNothing(() => bot.Contact.find({ id })) : undefined;
  return {
    canSend: () => session.ready && bot.isLoggedIn,
    async prepare(message: OutboxMessage) {
      if (message.to.kind === 'contact') {
        const contact = await findContact(message.to.id);
        return contact ? async () => void (await contact.say(message.text)) : undefined;
      }
      const roomId = message.to.id;
      const room = (await known(() => bot.puppet.roomPayload(roomId))) ? await findOrNothing(() => bot.Room.find({ id: roomId })) : undefined;
      if (!room) return undefined;
      // Someone who left the group can no longer be mentioned; the reply still goes to the group.
      const mention = message.mention ? await findContact(message.mention) : undefined;
      return async () => void (mention ? await room.say(message.text, mention) : await room.say(message.text));
    },
  };
}
