import { Schema, Types, type Connection, type InferSchemaType } from 'mongoose';
import { ENTERPRISE_LEVELS } from '../people/kinds';
import { AUDIENCE_KINDS, BROADCAST_STATES } from './kinds';

/**
 * A broadcast's content and audience. Written by its author (and the office's editors) while a
 * draft; its state is never a field here but the latest of its insert-only transitions (below),
 * so two admins acting at once cannot both move it.
 */
const broadcastSchema = new Schema(
  {
    officeId: { type: Schema.Types.ObjectId, required: true },
    authorId: { type: Schema.Types.ObjectId, required: true },
    authorName: { type: String, default: '' },
    title: { type: String, required: true },
    summary: { type: String, default: '' },
    body: { type: String, default: '' },
    coverUrl: { type: String, default: null },
    link: { type: String, default: null },
    audience: {
      officeIds: { type: [Schema.Types.ObjectId], default: [] },
      kinds: { type: [{ type: String, enum: AUDIENCE_KINDS }], default: [] },
      industry: { type: String, default: null },
      level: { type: String, enum: [...ENTERPRISE_LEVELS, null], default: null },
      cohort: { type: String, default: null },
      hasUnion: { type: Boolean, default: null },
    },
    /** Readable without signing in once sent (campaign news); a notice to instructors only is not. */
    public: { type: Boolean, default: true },
    /** Sent even in quiet hours. */
    urgent: { type: Boolean, default: false },
    scheduledAt: { type: Date, default: null },
    /** Words of the sensitive-word list found on the last save: approval waits until there are none. */
    flaggedWords: { type: [String], default: [] },
  },
  { timestamps: true, versionKey: false, collection: 'broadcasts' },
);
broadcastSchema.index({ officeId: 1 });

/**
 * Every move of a broadcast's state, insert-only. `_id` is `${broadcastId}:${seq}`, seq being the
 * number of moves before it: two moves from the same state (two approvals, an approval and a
 * rejection) both claim the same seq, and the unique _id lets exactly one win.
 */
const transitionSchema = new Schema(
  {
    _id: { type: String, required: true },
    broadcastId: { type: Schema.Types.ObjectId, required: true },
    seq: { type: Number, required: true },
    from: { type: String, enum: [...BROADCAST_STATES, null], default: null },
    to: { type: String, enum: BROADCAST_STATES, required: true },
    byId: { type: String, required: true },
    byName: { type: String, default: '' },
    reason: { type: String, default: null },
    at: { type: Date, required: true },
  },
  { versionKey: false, collection: 'broadcast_transitions' },
);
transitionSchema.index({ broadcastId: 1 });

/** A broadcast once it goes out: the news feed reads these (one equality per office), not every broadcast's state. */
const publishedSchema = new Schema(
  {
    _id: { type: Schema.Types.ObjectId, required: true },
    officeId: { type: Schema.Types.ObjectId, required: true },
    public: { type: Boolean, required: true },
    at: { type: Date, required: true },
  },
  { versionKey: false, collection: 'broadcast_published' },
);
publishedSchema.index({ officeId: 1 });
publishedSchema.index({ public: 1 });

export type Broadcast = InferSchemaType<typeof broadcastSchema> & { _id: Types.ObjectId; createdAt: Date; updatedAt: Date };
export type BroadcastTransition = InferSchemaType<typeof transitionSchema>;

const defineBroadcast = (conn: Connection) => conn.model('Broadcast', broadcastSchema);
const defineTransition = (conn: Connection) => conn.model('BroadcastTransition', transitionSchema);
const definePublished = (conn: Connection) => conn.model('BroadcastPublished', publishedSchema);
export type BroadcastPublishedModel = ReturnType<typeof definePublished>;
export const broadcastPublishedModel = (conn: Connection): BroadcastPublishedModel => (conn.models.BroadcastPublished as BroadcastPublishedModel | undefined) ?? definePublished(conn);
export type BroadcastModel = ReturnType<typeof defineBroadcast>;
export type BroadcastTransitionModel = ReturnType<typeof defineTransition>;
export const broadcastModel = (conn: Connection): BroadcastModel => (conn.models.Broadcast as BroadcastModel | undefined) ?? defineBroadcast(conn);
export const broadcastTransitionModel = (conn: Connection): BroadcastTransitionModel => (conn.models.BroadcastTransition as BroadcastTransitionModel | undefined) ?? defineTransition(conn);
