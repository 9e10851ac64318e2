import { Schema, Types, type Connection, type InferSchemaType } from 'mongoose';

/** Insert-only: one record per admin write, never updated. */
const auditSchema = new Schema(
  {
    at: { type: Date, required: true },
    actorId: { type: Schema.Types.ObjectId, required: true },
    actorName: { type: String, required: true },
    /** The office the change belongs to; scope filters on it. */
    officeId: { type: Schema.Types.ObjectId, required: true },
    action: { type: String, required: true },
    entity: { type: String, required: true },
    entityId: { type: String, required: true },
    before: { type: Schema.Types.Mixed, default: null },
    after: { type: Schema.Types.Mixed, default: null },
    requestId: { type: String },
  },
  { versionKey: false, collection: 'audit_log', minimize: false },
);
auditSchema.index({ officeId: 1, at: -1 });
auditSchema.index({ entity: 1, entityId: 1 });

export type AuditEntry = InferSchemaType<typeof auditSchema> & { _id: Types.ObjectId };

const define = (conn: Connection) => conn.model('AuditEntry', auditSchema);
export type AuditModel = ReturnType<typeof define>;
export const auditModel = (conn: Connection): AuditModel => (conn.models.AuditEntry as AuditModel | undefined) ?? define(conn);
