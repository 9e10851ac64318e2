import { Schema, Types, type Connection, type InferSchemaType } from 'mongoose';
import type { Redis } from 'ioredis';
import type { Actor, Audit } from '../audit/use-cases';
import { insertNew } from '../db/mongo';
import { NotFound } from '../errors';
import type { Scope } from '../scope';
import type { Channel, Handoff, Recipient, ReminderMessage, SendResult } from '../reminders/channels/types';
import { localDay, localParts, zonedDate } from '../zoned-time';

/**
 * The bot's group chats, as the bot meets them (a message in the group that @-mentions it): staff
 * give each an office (so a broadcast to that office's subtree reaches it) and, where the group has
 * a WeCom group robot, its webhook. Written by the bot once per group and by admins afterwards.
 */
const roomSchema = new Schema(
  {
    _id: { type: String, required: true },
    topic: { type: String, default: '' },
    officeId: { type: Schema.Types.ObjectId, default: null },
    wecomWebhook: { type: String, default: null },
    firstSeenAt: { type: Date, required: true },
  },
  { versionKey: false, collection: 'bot_rooms' },
);
roomSchema.index({ officeId: 1 });

export type BotRoom = InferSchemaType<typeof roomSchema> & { _id: string };
const define = (conn: Connection) => conn.model('BotRoom', roomSchema);
export type BotRoomModel = ReturnType<typeof define>;
export const botRoomModel = (conn: Connection): BotRoomModel => (conn.models.BotRoom as BotRoomModel | undefined) ?? define(conn);

const view = (r: BotRoom) => ({ id: r._id, topic: r.topic, officeId: r.officeId ? String(r.officeId) : null, wecomWebhook: r.wecomWebhook ?? null });

export function createRooms(deps: { BotRoom: BotRoomModel; audit: Audit; now: () => Date }) {
  const { BotRoom } = deps;
  return {
    /** The bot saw this group; recorded once (the topic as first seen). */
    async seen(room: { id: string; topic: string }): Promise<void> {
      await insertNew(BotRoom, [{ _id: room.id, topic: room.topic, officeId: null, wecomWebhook: null, firstSeenAt: deps.now() }]);
    },
    /** Groups of my subtree, and those no office has taken yet (to assign). */
    async list(scope: Scope) {
      const rows = (await BotRoom.find({}).lean()) as BotRoom[];
      return rows.filter((r) => !r.officeId || scope.has(r.officeId)).map(view);
    },
    async assign(actor: Actor, scope: Scope, id: string, input: { officeId: string; wecomWebhook: string | null }) {
      const before = (await BotRoom.findById(id).lean()) as BotRoom | null;
      if (!before || (before.officeId && !scope.has(before.officeId)) || !scope.has(input.officeId)) throw new NotFound('Group chat not found');
      await BotRoom.updateOne({ _id: id }, { $set: { officeId: new Types.ObjectId(input.officeId), wecomWebhook: input.wecomWebhook } });
      await deps.audit.record(actor, { officeId: input.officeId, action: 'room.assign', entity: 'room', entityId: id, before: view(before), after: { ...view(before), officeId: input.officeId, wecomWebhook: input.wecomWebhook } });
      return view({ ...before, officeId: new Types.ObjectId(input.officeId), wecomWebhook: input.wecomWebhook });
    },
    /** The groups of these offices, for a fan-out (one equality per office). */
    async ofOffices(officeIds: Types.ObjectId[]): Promise<BotRoom[]> {
      const out: BotRoom[] = [];
      for (const officeId of officeIds) out.push(...((await BotRoom.find({ officeId }).lean()) as BotRoom[]));
      return out;
    },
  };
}
export type Rooms = ReturnType<typeof createRooms>;

/** The recipient for a group chat: personType 'room'. */
export const roomRecipient = (r: BotRoom): Recipient => ({ key: `room:${r._id}`, personType: 'room', personId: r._id, name: r.topic, roomId: r._id, ...(r.wecomWebhook ? { wecomWebhook: r.wecomWebhook } : {}) });

const nextLocalMidnight = (now: Date, timeZone: string) => {
  const p = localParts(now, timeZone);
  const d = new Date(Date.UTC(p.year, p.month - 1, p.day + 1));
  return zonedDate({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: 0, minute: 0 }, timeZone);
};

/**
 * A group chat through the bot's outbox, at most `dailyCap` a local day per group (WeChat throttles
 * bots that post much to groups); past the cap the message waits for tomorrow, it is not dropped.
 */
export function createBotRoomChannel(deps: { redis: Redis; prefix: string; dailyCap: number; timeZone: string; now: () => Date; enqueue: (m: Handoff) => Promise<void>; maxAgeMs: number }): Channel {
  return {
    name: 'bot_room',
    canReach: (r: Recipient) => r.personType === 'room' && !r.wecomWebhook,
    async send(r: Recipient, message: ReminderMessage): Promise<SendResult> {
      const now = deps.now();
      const key = `${deps.prefix}:room-cap:${r.roomId}:${localDay(now, deps.timeZone)}`;
      const n = await deps.redis.incr(key);
      await deps.redis.pexpire(key, 2 * 24 * 3600_000);
      if (n > deps.dailyCap) {
        await deps.redis.decr(key);
        return { outcome: 'deferred', retryAt: nextLocalMidnight(now, deps.timeZone), reason: 'room_daily_cap' };
      }
      const handoff = { key: message.key, to: { kind: 'room' as const, id: r.roomId! }, text: message.text, createdAt: now.getTime(), maxAgeMs: deps.maxAgeMs };
      await deps.enqueue(handoff);
      return { outcome: 'sent' };
    },
  };
}

/** A group's WeCom group robot (its webhook), at most `perMinute` (20) a minute per robot, as WeCom allows. */
export function createWecomRobotChannel(deps: { redis: Redis; prefix: string; perMinute: number; now: () => Date; fetch?: typeof fetch; timeoutMs: number }): Channel {
  const doFetch = deps.fetch ?? globalThis.fetch;
  return {
    name: 'wecom_robot',
    canReach: (r: Recipient) => r.personType === 'room' && Boolean(r.wecomWebhook),
    async send(r: Recipient, message: ReminderMessage): Promise<SendResult> {
      const now = deps.now().getTime();
      const minute = Math.floor(now / 60_000);
      const key = `${deps.prefix}:robot:${Buffer.from(r.wecomWebhook!).toString('base64url').slice(-24)}:${minute}`;
      const n = await deps.redis.incr(key);
      await deps.redis.pexpire(key, 120_000);
      if (n > deps.perMinute) {
        await deps.redis.decr(key);
        return { outcome: 'deferred', retryAt: new Date((minute + 1) * 60_000), reason: 'robot_per_minute' };
      }
      const res = await doFetch(r.wecomWebhook!, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ msgtype: 'text', text: { content: message.text } }), signal: AbortSignal.timeout(deps.timeoutMs) });
      const answer = (await res.json().catch(() => ({}))) as { errcode?: number; errmsg?: string };
      if (!res.ok || answer.errcode === -1 || answer.errcode === 45009) throw new Error(`WeCom robot answered ${res.status} ${answer.errcode ?? ''}`);
      if (answer.errcode) return { outcome: 'failed', errcode: answer.errcode, reason: answer.errmsg ?? 'refused' };
      return { outcome: 'sent' };
    },
  };
}
