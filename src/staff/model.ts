import { Schema, Types, type Connection, type InferSchemaType } from 'mongoose';

import { STAFF_ROLES } from './kinds';

export { STAFF_ROLES };
export type { StaffRole } from './kinds';

const staffSchema = new Schema(
  {
    username: { type: String, required: true },
    name: { type: String, required: true },
    officeId: { type: Schema.Types.ObjectId, required: true },
    role: { type: String, enum: STAFF_ROLES, required: true },
    passwordHash: { type: String, required: true },
    active: { type: Boolean, default: true },
    /** WeCom member userid, when the office uses WeCom: escalations reach staff there. */
    wecomUserId: { type: String, default: null },
  },
  { timestamps: true, versionKey: false, collection: 'staff' },
);
staffSchema.index({ username: 1 }, { unique: true });
staffSchema.index({ officeId: 1 });

export type Staff = InferSchemaType<typeof staffSchema> & { _id: Types.ObjectId };

const define = (conn: Connection) => conn.model('Staff', staffSchema);
export type StaffModel = ReturnType<typeof define>;
export const staffModel = (conn: Connection): StaffModel => (conn.models.Staff as StaffModel | undefined) ?? define(conn);

/**
 * Refresh tokens, stored by hash. Each is used once: rotation inserts the next token and claims
 * the old one's hash in the once-guard, so two racing refreshes cannot both succeed.
 */
const refreshSchema = new Schema(
  {
    _id: { type: String, required: true },
    staffId: { type: Schema.Types.ObjectId, required: true },
    expiresAt: { type: Date, required: true },
  },
  { timestamps: true, versionKey: false, collection: 'staff_refresh_tokens' },
);
refreshSchema.index({ staffId: 1 });

const defineRefresh = (conn: Connection) => conn.model('StaffRefreshToken', refreshSchema);
export type RefreshTokenModel = ReturnType<typeof defineRefresh>;
export const refreshTokenModel = (conn: Connection): RefreshTokenModel =>
  (conn.models.StaffRefreshToken as RefreshTokenModel | undefined) ?? defineRefresh(conn);
