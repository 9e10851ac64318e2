import { Schema, type Connection, type InferSchemaType } from 'mongoose';

/**
 * One delivery per recipient of a broadcast, from the fan-out: `_id` is `${broadcastId}|${recipientKey}`
 * (unique), so a fan-out resumed after a crash adds nobody twice.
 */
const deliverySchema = new Schema(
  {
    _id: { type: String, required: true },
    broadcastId: { type: Schema.Types.ObjectId, required: true },
    officeId: { type: Schema.Types.ObjectId, required: true },
    recipientKey: { type: String, required: true },
    at: { type: Date, required: true },
  },
  { versionKey: false, collection: 'broadcast_deliveries' },
);
deliverySchema.index({ broadcastId: 1 });

/**
 * What became of a delivery, once: `_id` is the delivery's, inserted before the send (the only-once
 * guard). `unknown`: claimed by a worker that died before writing the outcome; it may or may not
 * have gone, and it is never sent again (at most once).
 */
const resultSchema = new Schema(
  {
    _id: { type: String, required: true },
    broadcastId: { type: Schema.Types.ObjectId, required: true },
    officeId: { type: Schema.Types.ObjectId, required: true },
    outcome: { type: String, enum: ['claimed', 'sent', 'failed', 'unreachable', 'unknown'], required: true },
    channel: { type: String, default: null },
    errcode: { type: Number, default: null },
    reason: { type: String, default: null },
    at: { type: Date, required: true },
  },
  { versionKey: false, collection: 'broadcast_results' },
);
resultSchema.index({ broadcastId: 1 });

/** A read of a broadcast in the news feed, once per user: `_id` is `${broadcastId}|${openid}`. */
const readSchema = new Schema(
  {
    _id: { type: String, required: true },
    broadcastId: { type: Schema.Types.ObjectId, required: true },
    officeId: { type: Schema.Types.ObjectId, default: null },
    at: { type: Date, required: true },
  },
  { versionKey: false, collection: 'broadcast_reads' },
);
readSchema.index({ broadcastId: 1 });

export type BroadcastDelivery = InferSchemaType<typeof deliverySchema>;
export type BroadcastResult = InferSchemaType<typeof resultSchema>;

const define = {
  BroadcastDelivery: (conn: Connection) => conn.model('BroadcastDelivery', deliverySchema),
  BroadcastResult: (conn: Connection) => conn.model('BroadcastResult', resultSchema),
  BroadcastRead: (conn: Connection) => conn.model('BroadcastRead', readSchema),
};
export function broadcastDeliveryModels(conn: Connection) {
  const get = <K extends keyof typeof define>(name: K) => (conn.models[name] as ReturnType<(typeof define)[K]> | undefined) ?? (define[name](conn) as ReturnType<(typeof define)[K]>);
  return { BroadcastDelivery: get('BroadcastDelivery'), BroadcastResult: get('BroadcastResult'), BroadcastRead: get('BroadcastRead') };
}
export type BroadcastDeliveryModels = ReturnType<typeof broadcastDeliveryModels>;
