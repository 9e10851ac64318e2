import { Schema, Types, type Connection, type InferSchemaType } from 'mongoose';

import { ENTERPRISE_LEVELS } from './kinds';

export { ENTERPRISE_LEVEL_NAMES, ENTERPRISE_LEVELS } from './kinds';
export type { EnterpriseLevel } from './kinds';

/** CSR instructors (学员), one per phone number. */
const instructorSchema = new Schema(
  {
    name: { type: String, required: true },
    phone: { type: String, required: true },
    employer: { type: String, default: '' },
    officeId: { type: Schema.Types.ObjectId, required: true },
    cohort: { type: String, default: '' },
    bindCode: { type: String, required: true },
  },
  { timestamps: true, versionKey: false, collection: 'instructors' },
);
instructorSchema.index({ phone: 1 }, { unique: true });
instructorSchema.index({ officeId: 1, cohort: 1 });

const enterpriseSchema = new Schema(
  {
    name: { type: String, required: true },
    creditCode: { type: String, required: true },
    officeId: { type: Schema.Types.ObjectId, required: true },
    industry: { type: String, default: '' },
    hasUnion: { type: Boolean, default: false },
    level: { type: String, enum: ENTERPRISE_LEVELS, default: 'none' },
    stars: { type: Number, min: 0, max: 5, default: 0 },
  },
  { timestamps: true, versionKey: false, collection: 'enterprises' },
);
enterpriseSchema.index({ creditCode: 1 }, { unique: true });
enterpriseSchema.index({ officeId: 1, industry: 1 });

/** Enterprise contacts (企业联系人); officeId is the enterprise's, copied for scope filtering. */
const contactSchema = new Schema(
  {
    enterpriseId: { type: Schema.Types.ObjectId, required: true },
    officeId: { type: Schema.Types.ObjectId, required: true },
    name: { type: String, required: true },
    phone: { type: String, required: true },
    role: { type: String, default: '' },
    /** WeCom member userid, when known: reminders can go there too. */
    wecomUserId: { type: String, default: null },
    bindCode: { type: String, required: true },
  },
  { timestamps: true, versionKey: false, collection: 'enterprise_contacts' },
);
contactSchema.index({ enterpriseId: 1, phone: 1 }, { unique: true });
contactSchema.index({ officeId: 1 });

export type Instructor = InferSchemaType<typeof instructorSchema> & { _id: Types.ObjectId; createdAt: Date; updatedAt: Date };
export type Enterprise = InferSchemaType<typeof enterpriseSchema> & { _id: Types.ObjectId; createdAt: Date; updatedAt: Date };
export type Contact = InferSchemaType<typeof contactSchema> & { _id: Types.ObjectId; createdAt: Date; updatedAt: Date };

const defineInstructor = (conn: Connection) => conn.model('Instructor', instructorSchema);
const defineEnterprise = (conn: Connection) => conn.model('Enterprise', enterpriseSchema);
const defineContact = (conn: Connection) => conn.model('Contact', contactSchema);
export type InstructorModel = ReturnType<typeof defineInstructor>;
export type EnterpriseModel = ReturnType<typeof defineEnterprise>;
export type ContactModel = ReturnType<typeof defineContact>;

export const instructorModel = (conn: Connection): InstructorModel => (conn.models.Instructor as InstructorModel | undefined) ?? defineInstructor(conn);
export const enterpriseModel = (conn: Connection): EnterpriseModel => (conn.models.Enterprise as EnterpriseModel | undefined) ?? defineEnterprise(conn);
export const contactModel = (conn: Connection): ContactModel => (conn.models.Contact as ContactModel | undefined) ?? defineContact(conn);
