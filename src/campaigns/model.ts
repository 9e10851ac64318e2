import { Schema, Types, type Connection, type InferSchemaType } from 'mongoose';
import { STAGE_KEYS } from './kinds';

const stageSchema = new Schema({ key: { type: String, enum: STAGE_KEYS, required: true }, deadline: { type: Date, required: true } }, { _id: false });

/**
 * One evaluation round: six stages with the city's deadlines, and when reminders go before them.
 * Written by the city's staff only (an admin edit at a time), so a plain document is fine here.
 */
const campaignSchema = new Schema(
  {
    name: { type: String, required: true },
    year: { type: Number, required: true },
    /** The office that runs it (the city): its subtree's enterprises take part. */
    officeId: { type: Schema.Types.ObjectId, required: true },
    /** When the round opens: the earliest a district may set the first deadline. */
    opensAt: { type: Date, required: true },
    stages: { type: [stageSchema], required: true },
    offsets: {
      daysBefore: { type: [Number], default: [7, 3, 1] },
      onTheDayAt: { type: String, default: '09:00' },
    },
    /** Bumped by every deadline change, so the reminder scan re-plans from scratch. */
    scheduleVersion: { type: Number, default: 1 },
    closed: { type: Boolean, default: false },
  },
  { timestamps: true, versionKey: false, collection: 'campaigns' },
);
campaignSchema.index({ officeId: 1 });
campaignSchema.index({ closed: 1 });

/** A district's own deadlines for its subtree; one per (campaign, office), the key is the _id. */
const overrideSchema = new Schema(
  {
    _id: { type: String, required: true },
    campaignId: { type: Schema.Types.ObjectId, required: true },
    officeId: { type: Schema.Types.ObjectId, required: true },
    stages: { type: [stageSchema], default: [] },
  },
  { timestamps: true, versionKey: false, collection: 'campaign_overrides' },
);
overrideSchema.index({ campaignId: 1 });

/** One per enterprise per campaign (the unique key): created when the enterprise applies. */
const applicationSchema = new Schema(
  {
    campaignId: { type: Schema.Types.ObjectId, required: true },
    enterpriseId: { type: Schema.Types.ObjectId, required: true },
    /** The enterprise's office when it applied, for scope and for the district's deadlines. */
    officeId: { type: Schema.Types.ObjectId, required: true },
    appliedAt: { type: Date, required: true },
    appliedBy: { kind: { type: String, enum: ['staff', 'contact'], required: true }, id: { type: String, required: true }, name: { type: String, default: '' } },
  },
  { versionKey: false, collection: 'applications' },
);
applicationSchema.index({ campaignId: 1, enterpriseId: 1 }, { unique: true });
applicationSchema.index({ campaignId: 1, officeId: 1 });
applicationSchema.index({ enterpriseId: 1 });

/**
 * What happened to an application, insert-only (SPEC "Storage": staff and the contact act on it
 * independently, so nobody updates a shared document): a stage done, or the application
 * withdrawn. `_id` is `${applicationId}:${step}`, so each happens once.
 */
const stepSchema = new Schema(
  {
    _id: { type: String, required: true },
    applicationId: { type: Schema.Types.ObjectId, required: true },
    campaignId: { type: Schema.Types.ObjectId, required: true },
    officeId: { type: Schema.Types.ObjectId, required: true },
    step: { type: String, enum: [...STAGE_KEYS, 'withdrawn'], required: true },
    at: { type: Date, required: true },
    by: { kind: { type: String, enum: ['staff', 'contact'], required: true }, id: { type: String, required: true }, name: { type: String, default: '' } },
  },
  { versionKey: false, collection: 'application_steps' },
);
stepSchema.index({ applicationId: 1 });
stepSchema.index({ campaignId: 1, officeId: 1 });

export type Campaign = InferSchemaType<typeof campaignSchema> & { _id: Types.ObjectId; createdAt: Date; updatedAt: Date };
export type CampaignOverride = InferSchemaType<typeof overrideSchema>;
export type Application = InferSchemaType<typeof applicationSchema> & { _id: Types.ObjectId };
export type ApplicationStep = InferSchemaType<typeof stepSchema>;

const defineCampaign = (conn: Connection) => conn.model('Campaign', campaignSchema);
const defineOverride = (conn: Connection) => conn.model('CampaignOverride', overrideSchema);
const defineApplication = (conn: Connection) => conn.model('Application', applicationSchema);
const defineStep = (conn: Connection) => conn.model('ApplicationStep', stepSchema);
export type CampaignModel = ReturnType<typeof defineCampaign>;
export type CampaignOverrideModel = ReturnType<typeof defineOverride>;
export type ApplicationModel = ReturnType<typeof defineApplication>;
export type ApplicationStepModel = ReturnType<typeof defineStep>;
export const campaignModel = (conn: Connection): CampaignModel => (conn.models.Campaign as CampaignModel | undefined) ?? defineCampaign(conn);
export const campaignOverrideModel = (conn: Connection): CampaignOverrideModel => (conn.models.CampaignOverride as CampaignOverrideModel | undefined) ?? defineOverride(conn);
export const applicationModel = (conn: Connection): ApplicationModel => (conn.models.Application as ApplicationModel | undefined) ?? defineApplication(conn);
export const applicationStepModel = (conn: Connection): ApplicationStepModel => (conn.models.ApplicationStep as ApplicationStepModel | undefined) ?? defineStep(conn);
