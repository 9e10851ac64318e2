/**
 * One way to reach a person with a reminder. The delivery use case (src/reminders/deliver.ts) tries
 * the channels in the configured order (REMINDER_CHANNELS); each says whether it can reach the
 * recipient, and a send either goes, fails for good (the next channel is tried), or fails for now
 * (the whole job is retried by BullMQ with backoff).
 */

/** Who a reminder goes to, with every identity we know for them. */
export interface Recipient {
  /** Stable id of the person: `contact:<id>`, `instructor:<id>` or `staff:<id>`. */
  key: string;
  personType: 'contact' | 'instructor' | 'staff' | 'room';
  personId: string;
  name: string;
  /** Mini-program openid, when bound in the mini-program. */
  mpOpenid?: string;
  unionid?: string;
  /** Wechaty contact id, when bound in chat. */
  botContactId?: string;
  /** WeCom member userid, when the roster names one. */
  wecomUserId?: string;
  /** For a group chat: the bot's room id, and its WeCom group robot's webhook when it has one. */
  roomId?: string;
  wecomWebhook?: string;
}

/** What the message says, in every shape a channel may need. */
export interface ReminderMessage {
  /** Idempotency key of this message to this recipient (also the bot outbox key). */
  key: string;
  /** The full text, for chat channels. */
  text: string;
  /** Short fields for template channels (each channel fits them to its own limits). */
  title: string;
  stageName: string;
  deadline: Date;
  /** Local time as people read it: 2026年12月9日 17:00. */
  deadlineText: string;
  /** A short note: 3天后截止, 今天截止, 已逾期. */
  note: string;
  /** Mini-program page opened from a notice. */
  page: string;
}

export type SendResult =
  /**
   * Gone, or handed to a queue that sends it (`handoff`: the bot outbox, in Redis). A handoff is
   * recorded with the outcome, so that if Redis loses it the sweep can hand the same message, under
   * the same once-only key, to the queue again.
   */
  | { outcome: 'sent'; handoff?: Handoff }
  /** This channel cannot reach them after all (no credit left, found on sending): the next is tried, nothing is recorded. */
  | { outcome: 'unreachable' }
  /** Refused for good (bad user, template): the next channel is tried. */
  | { outcome: 'failed'; errcode?: number; reason: string }
  /** Not now (caps reached): try again at `retryAt`, nothing is lost. */
  | { outcome: 'deferred'; retryAt: Date; reason: string };

export interface Channel {
  readonly name: ChannelName;
  /** True when this channel can reach the recipient at all (identity known, channel configured); cheap, ideally no I/O. */
  canReach(recipient: Recipient): Promise<boolean> | boolean;
  /**
   * Sends one message. Transient trouble (WeChat busy, network) is thrown as an error
   * `isTransient` recognises, so BullMQ retries the job; permanent refusals are returned.
   */
  send(recipient: Recipient, message: ReminderMessage): Promise<SendResult>;
}

/** A bot message as the outbox takes it. */
export interface Handoff {
  key: string;
  to: { kind: 'contact' | 'room'; id: string };
  text: string;
  createdAt: number;
  maxAgeMs: number;
}

export const CHANNEL_NAMES = ['mp_subscribe', 'oa_template', 'wecom_app', 'bot_chat', 'bot_room', 'wecom_robot'] as const;
export type ChannelName = (typeof CHANNEL_NAMES)[number];
