import { Schema, Types, type Connection, type InferSchemaType } from 'mongoose';

/** One per (learner, course); number and verification code are unique too. */
const certificateSchema = new Schema(
  {
    learnerId: { type: Schema.Types.ObjectId, required: true },
    courseId: { type: Schema.Types.ObjectId, required: true },
    officeId: { type: Schema.Types.ObjectId, required: true },
    number: { type: String, required: true },
    code: { type: String, required: true },
    learnerName: { type: String, required: true },
    courseTitle: { type: String, required: true },
    issuedAt: { type: Date, required: true },
    revokedAt: { type: Date, default: null },
    revokedReason: { type: String, default: null },
  },
  { versionKey: false, collection: 'certificates' },
);
certificateSchema.index({ learnerId: 1, courseId: 1 }, { unique: true });
certificateSchema.index({ number: 1 }, { unique: true });
certificateSchema.index({ code: 1 }, { unique: true });

export type Certificate = InferSchemaType<typeof certificateSchema> & { _id: Types.ObjectId };
const define = (c: Connection) => c.model('Certificate', certificateSchema);
export type CertificateModel = ReturnType<typeof define>;
export const certificateModel = (c: Connection): CertificateModel => (c.models.Certificate as CertificateModel | undefined) ?? define(c);
