import { Schema, type Connection, type InferSchemaType, type Types } from 'mongoose';

import { FLAG_KINDS } from './kinds';

export { FLAG_KINDS };
import type { FlagKind } from './kinds';
export type { FlagKind };

/**
 * Insert-only: one per (learner, lesson, time slot of LESSON_HEARTBEAT_S). The _id is that triple,
 * so a burst of heartbeats in one slot, the chat and the mini-program at once, or a retried request
 * all count once. Presence is the number of slots times the slot's length.
 */
const heartbeatSchema = new Schema(
  {
    _id: { type: String, required: true },
    learnerId: { type: Schema.Types.ObjectId, required: true },
    lessonId: { type: Schema.Types.ObjectId, required: true },
    slot: { type: Number, required: true },
    at: { type: Date, required: true },
    via: { type: String, enum: ['mp', 'chat'], required: true },
  },
  { versionKey: false, collection: 'lesson_heartbeats' },
);
heartbeatSchema.index({ learnerId: 1, lessonId: 1 });

/** Insert-only: when a question of an attempt first came on screen (the _id is the pair, so the first showing wins). */
const shownSchema = new Schema(
  {
    _id: { type: String, required: true },
    attemptId: { type: Schema.Types.ObjectId, required: true },
    questionId: { type: Schema.Types.ObjectId, required: true },
    at: { type: Date, required: true },
    via: { type: String, enum: ['mp', 'chat'], required: true },
  },
  { versionKey: false, collection: 'question_shown' },
);
shownSchema.index({ attemptId: 1 });

/**
 * Insert-only: something an office should look at, with its evidence. `key` is unique (the kind and
 * the attempt it was found on), so a scan that runs twice finds it once. A flag is never changed:
 * clearing it is a record of its own.
 */
const flagSchema = new Schema(
  {
    key: { type: String, required: true },
    kind: { type: String, enum: FLAG_KINDS, required: true },
    /** The learner's office when it was found; the report's scope filters on it. */
    officeId: { type: Schema.Types.ObjectId, required: true },
    learnerId: { type: Schema.Types.ObjectId, required: true },
    learnerName: { type: String, required: true },
    attemptId: { type: Schema.Types.ObjectId, required: true },
    quizId: { type: Schema.Types.ObjectId, required: true },
    quizTitle: { type: String, default: '' },
    courseId: { type: Schema.Types.ObjectId, required: true },
    /** When the attempt was graded. */
    occurredAt: { type: Date, required: true },
    detectedAt: { type: Date, required: true },
    summary: { type: String, required: true },
    evidence: { type: Schema.Types.Mixed, required: true },
  },
  { versionKey: false, collection: 'integrity_flags', minimize: false },
);
flagSchema.index({ key: 1 }, { unique: true });
flagSchema.index({ officeId: 1, detectedAt: -1 });
flagSchema.index({ learnerId: 1 });

/** Insert-only: an office cleared a flag (the _id is the flag's, so it is cleared once). */
const clearanceSchema = new Schema(
  {
    _id: { type: Schema.Types.ObjectId, required: true },
    officeId: { type: Schema.Types.ObjectId, required: true },
    reason: { type: String, required: true },
    byId: { type: Schema.Types.ObjectId, required: true },
    byName: { type: String, required: true },
    at: { type: Date, required: true },
  },
  { versionKey: false, collection: 'integrity_flag_clearances' },
);
clearanceSchema.index({ officeId: 1 });

/** How far the periodic scan has read the grades; written by the scan job only (one at a time). */
const cursorSchema = new Schema({ _id: { type: String, required: true }, upTo: { type: Date, required: true } }, { versionKey: false, collection: 'integrity_cursors' });

export type LessonHeartbeat = InferSchemaType<typeof heartbeatSchema>;
export type IntegrityFlag = InferSchemaType<typeof flagSchema> & { _id: Types.ObjectId; kind: FlagKind };
export type FlagClearance = InferSchemaType<typeof clearanceSchema> & { _id: Types.ObjectId };

const define = {
  LessonHeartbeat: (c: Connection) => c.model('LessonHeartbeat', heartbeatSchema),
  QuestionShown: (c: Connection) => c.model('QuestionShown', shownSchema),
  IntegrityFlag: (c: Connection) => c.model('IntegrityFlag', flagSchema),
  FlagClearance: (c: Connection) => c.model('FlagClearance', clearanceSchema),
  IntegrityCursor: (c: Connection) => c.model('IntegrityCursor', cursorSchema),
};

export function integrityModels(conn: Connection) {
  const get = <K extends keyof typeof define>(name: K) => (conn.models[name] as ReturnType<(typeof define)[K]> | undefined) ?? (define[name](conn) as ReturnType<(typeof define)[K]>);
  return {
    LessonHeartbeat: get('LessonHeartbeat'),
    QuestionShown: get('QuestionShown'),
    IntegrityFlag: get('IntegrityFlag'),
    FlagClearance: get('FlagClearance'),
    IntegrityCursor: get('IntegrityCursor'),
  };
}
export type IntegrityModels = ReturnType<typeof integrityModels>;
