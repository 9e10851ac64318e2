import { Schema, type Connection, type InferSchemaType } from 'mongoose';

/**
 * The reminder engine's records. MongoDB is the truth (SPEC): the scan plans from campaigns and
 * applications, and these records say what was planned and what became of it, so a flushed
 * Redis or a restarted worker loses nothing and repeats nothing.
 */

import { OUTCOMES, REMINDER_KINDS } from './kinds';

export { OUTCOMES, REMINDER_KINDS };
export type { Outcome, ReminderKind } from './kinds';

/**
 * One reminder about one deadline for one enterprise (or one nudge for one instructor), planned
 * before anything is sent. `_id` is the idempotency key: kind, campaign, enterprise, stage, the
 * deadline itself and the offset, so a moved deadline makes new keys and the old never fire.
 */
const reminderSchema = new Schema(
  {
    _id: { type: String, required: true },
    kind: { type: String, enum: REMINDER_KINDS, required: true },
    campaignId: { type: Schema.Types.ObjectId },
    applicationId: { type: Schema.Types.ObjectId },
    enterpriseId: { type: Schema.Types.ObjectId },
    /** As the roster named it when planned: what the message says. */
    enterpriseName: { type: String },
    instructorId: { type: Schema.Types.ObjectId },
    officeId: { type: Schema.Types.ObjectId, required: true },
    stage: { type: String },
    deadline: { type: Date },
    /** '7d', '3d', '1d', 'day' (on the day), 'esc1', 'esc2', or the nudge's reason. */
    offset: { type: String, required: true },
    dueAt: { type: Date, required: true },
    plannedAt: { type: Date, required: true },
    /** Who it goes to, as recipient keys (contact:<id>, instructor:<id>, staff:<id>). */
    recipients: { type: [String], default: [] },
    /** For nudges: what to say. */
    text: { type: String },
  },
  { versionKey: false, collection: 'reminders' },
);
reminderSchema.index({ campaignId: 1 });
reminderSchema.index({ instructorId: 1 });

/**
 * A (reminder, recipient) pair settled: claimed for a send (before the send, so a retry or a
 * duplicate job never sends twice) or settled without one (skipped, unreachable). `_id` is
 * `${reminderId}|${recipientKey}`.
 */
const settledSchema = new Schema(
  {
    _id: { type: String, required: true },
    reminderId: { type: String, required: true },
    recipientKey: { type: String, required: true },
    campaignId: { type: Schema.Types.ObjectId },
    digestId: { type: String, required: true },
    at: { type: Date, required: true },
  },
  { versionKey: false, collection: 'reminder_settled' },
);
settledSchema.index({ campaignId: 1 });


/** Every delivery attempt per (reminder, recipient, channel) and what became of it. Insert-only. */
const outcomeSchema = new Schema(
  {
    reminderId: { type: String, required: true },
    recipientKey: { type: String, required: true },
    digestId: { type: String, required: true },
    campaignId: { type: Schema.Types.ObjectId },
    officeId: { type: Schema.Types.ObjectId },
    stage: { type: String },
    kind: { type: String, enum: REMINDER_KINDS },
    channel: { type: String },
    outcome: { type: String, enum: OUTCOMES, required: true },
    errcode: { type: Number },
    reason: { type: String },
    /** For a message handed to the bot outbox: the message itself, to hand over again if Redis lost it. */
    handoff: { type: Schema.Types.Mixed },
    at: { type: Date, required: true },
  },
  { versionKey: false, collection: 'reminder_outcomes' },
);
outcomeSchema.index({ campaignId: 1 });
outcomeSchema.index({ reminderId: 1 });
outcomeSchema.index({ channel: 1, outcome: 1 });

/**
 * A batch of one office's reminders for one (stage, deadline, offset), planned, or skipped as a
 * whole (superseded by a later offset, or the deadline already past when it came due). `_id` is
 * the batch key; the scan plans a batch only while this marker is missing.
 */
const batchSchema = new Schema(
  {
    _id: { type: String, required: true },
    campaignId: { type: Schema.Types.ObjectId },
    officeId: { type: Schema.Types.ObjectId },
    kind: { type: String, enum: REMINDER_KINDS, required: true },
    stage: { type: String },
    deadline: { type: Date },
    offset: { type: String, required: true },
    dueAt: { type: Date, required: true },
    result: { type: String, enum: ['planned', 'skipped'], required: true },
    reason: { type: String },
    reminders: { type: Number, default: 0 },
    at: { type: Date, required: true },
  },
  { versionKey: false, collection: 'reminder_batches' },
);
batchSchema.index({ campaignId: 1 });

/**
 * The mini-program subscribe-message credit ledger, insert-only: a grant per "accept" tapped, a
 * spend per send (its `_id` names the grant it spends, so one grant is spent once), a reset on
 * WeChat's 43101 (every earlier grant is void).
 */
const creditSchema = new Schema(
  {
    _id: { type: String, required: true },
    openid: { type: String, required: true },
    templateId: { type: String, required: true },
    entry: { type: String, enum: ['grant', 'spend', 'reset'], required: true },
    grantId: { type: String },
    source: { type: String },
    at: { type: Date, required: true },
  },
  { versionKey: false, collection: 'subscribe_credits' },
);
creditSchema.index({ openid: 1 });

/** 退订 / 订阅 of study nudges, insert-only; the latest entry wins. */
const nudgePrefSchema = new Schema(
  {
    instructorId: { type: Schema.Types.ObjectId, required: true },
    on: { type: Boolean, required: true },
    at: { type: Date, required: true },
  },
  { versionKey: false, collection: 'nudge_prefs' },
);
nudgePrefSchema.index({ instructorId: 1 });

export type Reminder = InferSchemaType<typeof reminderSchema>;
export type ReminderOutcome = InferSchemaType<typeof outcomeSchema>;
export type ReminderBatch = InferSchemaType<typeof batchSchema>;

const define = {
  Reminder: (conn: Connection) => conn.model('Reminder', reminderSchema),
  ReminderSettled: (conn: Connection) => conn.model('ReminderSettled', settledSchema),
  ReminderOutcome: (conn: Connection) => conn.model('ReminderOutcome', outcomeSchema),
  ReminderBatch: (conn: Connection) => conn.model('ReminderBatch', batchSchema),
  SubscribeCredit: (conn: Connection) => conn.model('SubscribeCredit', creditSchema),
  NudgePref: (conn: Connection) => conn.model('NudgePref', nudgePrefSchema),
};
export type ReminderModel = ReturnType<typeof define.Reminder>;
export type ReminderSettledModel = ReturnType<typeof define.ReminderSettled>;
export type ReminderOutcomeModel = ReturnType<typeof define.ReminderOutcome>;
export type ReminderBatchModel = ReturnType<typeof define.ReminderBatch>;
export type SubscribeCreditModel = ReturnType<typeof define.SubscribeCredit>;
export type NudgePrefModel = ReturnType<typeof define.NudgePref>;

export function reminderModels(conn: Connection) {
  const get = <K extends keyof typeof define>(name: K) => (conn.models[name] as ReturnType<(typeof define)[K]> | undefined) ?? (define[name](conn) as ReturnType<(typeof define)[K]>);
  return {
    Reminder: get('Reminder'),
    ReminderSettled: get('ReminderSettled'),
    ReminderOutcome: get('ReminderOutcome'),
    ReminderBatch: get('ReminderBatch'),
    SubscribeCredit: get('SubscribeCredit'),
    NudgePref: get('NudgePref'),
  };
}
export type ReminderModels = ReturnType<typeof reminderModels>;
