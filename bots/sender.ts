import type { Wechaty } from 'wechaty';
import type { OutboxMessage } from '../jobs/queues';
import type { OutboxSender } from '../jobs/bot-outbox';
import type { SessionState } from './lifecycle';

export class RecipientNotFound extends Error {
  constructor(readonly to: OutboxMessage['to']) {
    super(`no ${to.kind} ${to.id} on this login`);
    this.name = 'RecipientNotFound';
  }
}

/**
 * Sends outbox messages through Wechaty. Used only by the outbox worker: handlers never send.
 * A recipient the puppet cannot find fails the attempt like any other error, so BullMQ retries it
 * a few times (a payload fetch can fail briefly) and then records it as failed.
 */
export function wechatySender(bot: Wechaty, session: Pick<SessionState, 'ready'>): OutboxSender {
  return {
    canSend: () => session.ready && bot.isLoggedIn,
    async send(message) {
      if (message.to.kind === 'contact') {
        const contact = await bot.Contact.find({ id: message.to.id });
        if (!contact) throw new RecipientNotFound(message.to);
        await contact.say(message.text);
        return;
      }
      const room = await bot.Room.find({ id: message.to.id });
      if (!room) throw new RecipientNotFound(message.to);
      // Someone who left the group can no longer be mentioned; the reply still goes to the group.
      const mention = message.mention ? await bot.Contact.find({ id: message.mention }) : undefined;
      if (mention) await room.say(message.text, mention);
      else await room.say(message.text);
    },
  };
}
