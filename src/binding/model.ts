import { Schema, Types, type Connection, type InferSchemaType } from 'mongoose';

import { IDENTITY_KINDS, PERSON_TYPES } from './kinds';

export { IDENTITY_KINDS, PERSON_TYPES };
export type { IdentityKind, PersonType } from './kinds';

/** One-time binding codes; the code is the _id. A reissue marks the old one revoked. */
const bindCodeSchema = new Schema(
  {
    _id: { type: String, required: true },
    personType: { type: String, enum: PERSON_TYPES, required: true },
    personId: { type: Schema.Types.ObjectId, required: true },
    issuedAt: { type: Date, required: true },
    revoked: { type: Boolean, default: false },
  },
  { versionKey: false, collection: 'bind_codes' },
);
bindCodeSchema.index({ personType: 1, personId: 1 });

/**
 * A WeChat identity linked to a person. Unique per (kind, identity, personType): one WeChat
 * account is one instructor. Contact ids from the puppet can change across logins, so the
 * name and weixin id given at bind time are kept to re-match on (SPEC, "Identity and binding").
 */
const bindingSchema = new Schema(
  {
    personType: { type: String, enum: PERSON_TYPES, required: true },
    personId: { type: Schema.Types.ObjectId, required: true },
    officeId: { type: Schema.Types.ObjectId, required: true },
    kind: { type: String, enum: IDENTITY_KINDS, required: true },
    identityId: { type: String, required: true },
    unionid: { type: String },
    weixin: { type: String },
    displayName: { type: String },
    code: { type: String, required: true },
    boundAt: { type: Date, required: true },
  },
  { versionKey: false, collection: 'bindings' },
);
bindingSchema.index({ kind: 1, identityId: 1, personType: 1 }, { unique: true });
bindingSchema.index({ personType: 1, personId: 1, kind: 1 });

export type BindCode = InferSchemaType<typeof bindCodeSchema>;
export type Binding = InferSchemaType<typeof bindingSchema> & { _id: Types.ObjectId };

const defineBindCode = (conn: Connection) => conn.model('BindCode', bindCodeSchema);
const defineBinding = (conn: Connection) => conn.model('Binding', bindingSchema);
export type BindCodeModel = ReturnType<typeof defineBindCode>;
export type BindingModel = ReturnType<typeof defineBinding>;
export const bindCodeModel = (conn: Connection): BindCodeModel => (conn.models.BindCode as BindCodeModel | undefined) ?? defineBindCode(conn);
export const bindingModel = (conn: Connection): BindingModel => (conn.models.Binding as BindingModel | undefined) ?? defineBinding(conn);
