import { Schema, Types, type Connection, type InferSchemaType } from 'mongoose';

import { OFFICE_LEVELS } from './kinds';

export { OFFICE_LEVEL_NAMES, OFFICE_LEVELS } from './kinds';
export type { OfficeLevel } from './kinds';

const officeSchema = new Schema(
  {
    code: { type: String, required: true },
    name: { type: String, required: true },
    level: { type: String, enum: OFFICE_LEVELS, required: true },
    parentId: { type: Schema.Types.ObjectId, default: null },
    /**
     * Every ancestor, root first. The subtree of X is {_id: X} plus {ancestors: X}: one indexed
     * equality on MongoDB (multikey), and no recursion at read time.
     */
    ancestors: { type: [Schema.Types.ObjectId], default: [] },
  },
  { timestamps: true, versionKey: false, collection: 'offices' },
);
officeSchema.index({ code: 1 }, { unique: true });
officeSchema.index({ ancestors: 1 });
officeSchema.index({ parentId: 1 });

export type Office = InferSchemaType<typeof officeSchema> & { _id: Types.ObjectId };

const define = (conn: Connection) => conn.model('Office', officeSchema);
export type OfficeModel = ReturnType<typeof define>;
export const officeModel = (conn: Connection): OfficeModel => (conn.models.Office as OfficeModel | undefined) ?? define(conn);
