import { z } from 'zod';
import { STAGE_KEYS } from './kinds';

const when = z.iso.datetime({ offset: true }).transform((v) => new Date(v));
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM');

export const stageInput = z.object({ key: z.enum(STAGE_KEYS), deadline: when }).strict();
export const offsetsInput = z
  .object({ daysBefore: z.array(z.number().int().min(1).max(60)).max(6), onTheDayAt: hhmm.nullable() })
  .strict();

export const campaignInput = z
  .object({ name: z.string().trim().min(1).max(60), year: z.number().int().min(2000).max(2100), opensAt: when, stages: z.array(stageInput).length(STAGE_KEYS.length), offsets: offsetsInput.optional() })
  .strict();
export const campaignPatch = z
  .object({ name: z.string().trim().min(1).max(60).optional(), opensAt: when.optional(), stages: z.array(stageInput).min(1).max(STAGE_KEYS.length).optional(), offsets: offsetsInput.optional(), closed: z.boolean().optional() })
  .strict()
  .refine((v) => Object.keys(v).length > 0, 'nothing to change');
export const overrideInput = z.object({ stages: z.array(stageInput).max(STAGE_KEYS.length) }).strict();

const iso = z.string();
export const campaignOut = z.object({
  id: z.string(),
  name: z.string(),
  year: z.number(),
  officeId: z.string(),
  opensAt: iso,
  stages: z.array(z.object({ key: z.enum(STAGE_KEYS), deadline: iso })),
  offsets: z.object({ daysBefore: z.array(z.number()), onTheDayAt: z.string().nullable() }),
  closed: z.boolean(),
});
export const deadlinesOut = z.object({ officeId: z.string(), stages: z.array(z.object({ key: z.enum(STAGE_KEYS), deadline: iso })) });
export const applicationOut = z.object({
  id: z.string(),
  campaignId: z.string(),
  campaignName: z.string(),
  enterpriseId: z.string(),
  officeId: z.string(),
  appliedAt: iso,
  current: z.enum(STAGE_KEYS).nullable(),
  currentName: z.string().nullable(),
  withdrawn: z.boolean(),
  nextStep: z.string(),
  stages: z.array(z.object({ key: z.enum(STAGE_KEYS), name: z.string(), deadline: iso, deadlineText: z.string(), done: z.boolean(), doneAt: iso.nullable(), late: z.boolean() })),
});
export const mineOut = z.object({
  enterprise: z.object({ id: z.string(), name: z.string() }),
  contact: z.object({ maskedName: z.string() }),
  applications: z.array(applicationOut),
  canApply: z.array(z.object({ campaignId: z.string(), name: z.string(), applyBy: iso, applyByText: z.string() })),
});
