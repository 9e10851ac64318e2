import { z } from 'zod';
import { objectId } from '../validation';
import { checkCreditCode } from './credit-code';
import { ENTERPRISE_LEVELS } from './model';

export const phone = z.string().trim().regex(/^1[3-9]\d{9}$/, '手机号应为11位中国大陆手机号');
export const personName = z.string().trim().min(1).max(40);
export const creditCode = z.string().superRefine((value, ctx) => {
  const checked = checkCreditCode(value);
  if (!checked.ok) ctx.addIssue({ code: 'custom', message: checked.message });
}).transform((v) => v.trim().toUpperCase());

// Patches are built from the shapes without defaults: in zod 4 .partial() keeps .default(), so a
// patch of one field would otherwise reset every defaulted field it did not mention.
const instructorShape = { name: personName, phone, employer: z.string().trim().max(100), officeId: objectId, cohort: z.string().trim().max(40) };
export const instructorInput = z.object({ ...instructorShape, employer: instructorShape.employer.default(''), cohort: instructorShape.cohort.default('') }).strict();
export const instructorPatch = z.object(instructorShape).partial().strict();

const enterpriseShape = {
  name: z.string().trim().min(1).max(100),
  creditCode,
  officeId: objectId,
  industry: z.string().trim().max(40),
  hasUnion: z.boolean(),
  level: z.enum(ENTERPRISE_LEVELS),
  stars: z.number().int().min(0).max(5),
};
export const enterpriseInput = z
  .object({
    ...enterpriseShape,
    industry: enterpriseShape.industry.default(''),
    hasUnion: enterpriseShape.hasUnion.default(false),
    level: enterpriseShape.level.default('none'),
    stars: enterpriseShape.stars.default(0),
  })
  .strict();
export const enterprisePatch = z.object(enterpriseShape).partial().strict();

const contactShape = { name: personName, phone, role: z.string().trim().max(40) };
export const contactInput = z.object({ ...contactShape, role: contactShape.role.default('') }).strict();
export const contactPatch = z.object(contactShape).partial().strict();
