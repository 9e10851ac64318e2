import { Schema, type Connection, type InferSchemaType } from 'mongoose';
import { REPORT_KINDS } from './kinds';

const filters = {
  officeId: { type: String },
  campaignId: { type: String },
  courseId: { type: String },
  quizId: { type: String },
  from: { type: String },
  to: { type: String },
};
const requester = {
  requesterId: { type: Schema.Types.ObjectId, required: true },
  /** The root of the requester's scope when they asked: admins of it and of the offices above may read the run. */
  requesterOfficeId: { type: Schema.Types.ObjectId, required: true },
  phonesVisible: { type: Boolean, required: true },
};

/**
 * Insert-only: a report asked for as a job (POST /api/admin/reports/:kind/jobs). `_id` is the job's
 * id. It is what answers for the run when Redis has lost its job (the run is then `lost`).
 */
const requestSchema = new Schema(
  {
    _id: { type: String, required: true },
    kind: { type: String, enum: REPORT_KINDS, required: true },
    filters,
    ...requester,
    createdAt: { type: Date, required: true },
  },
  { versionKey: false, collection: 'report_requests' },
);
requestSchema.index({ createdAt: 1 });

/**
 * Insert-only: a finished report, under its run's id (unique, so a retried job stores it once). The
 * report is gzipped JSON: one binary field costs FerretDB far less to store and read back than the
 * same report as nested documents, and a city's late list stays far below the 16 MB document limit.
 * No TTL index (FerretDB has none): the report job deletes runs older than REPORT_KEEP_DAYS.
 */
const resultSchema = new Schema(
  {
    _id: { type: String, required: true },
    kind: { type: String, enum: REPORT_KINDS, required: true },
    filters,
    ...requester,
    /** When it was asked for. */
    createdAt: { type: Date, required: true },
    finishedAt: { type: Date, required: true },
    body: { type: Buffer, required: true },
  },
  { versionKey: false, collection: 'report_results' },
);
resultSchema.index({ createdAt: 1 });

export type ReportRequest = InferSchemaType<typeof requestSchema>;
export type ReportResult = InferSchemaType<typeof resultSchema>;

const define = {
  ReportRequest: (conn: Connection) => conn.model('ReportRequest', requestSchema),
  ReportResult: (conn: Connection) => conn.model('ReportResult', resultSchema),
};
export function reportModels(conn: Connection) {
  const get = <K extends keyof typeof define>(name: K) => (conn.models[name] as ReturnType<(typeof define)[K]> | undefined) ?? (define[name](conn) as ReturnType<(typeof define)[K]>);
  return { ReportRequest: get('ReportRequest'), ReportResult: get('ReportResult') };
}
export type ReportModels = ReturnType<typeof reportModels>;
