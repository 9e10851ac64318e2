import { z } from 'zod';
import { objectId } from '../http/schemas';
import { checkCreditCode } from './credit-code';
import { ENTERPRISE_LEVELS } from './model';

export const phone = z.string().trim().regex(/^1[3-9]\d{9}$/, '手机号应为11位中国大陆手机号');
export const personName = z.string().trim().min(1).max(40);
export const creditCode = z.string().superRefine((value, ctx) => {
  const checked = checkCreditCode(value);
  if (!checked.ok) ctx.addIssue({ code: 'custom', message: checked.message });
}).transform((v) => v.trim().toUpperCase());

export const instructorInput = z
  .object({
    name: personName,
    phone,
    employer: z.string().trim().max(100).default(''),
    officeId: objectId,
    cohort: z.string().trim().max(40).default(''),
  })
  .strict();

export const enterpriseInput = z
  .object({
    name: z.string().trim().min(1).max(100),
    creditCode,
    officeId: objectId,
    industry: z.string().trim().max(40).default(''),
    hasUnion: z.boolean().default(false),
    level: z.enum(ENTERPRISE_LEVELS).default('none'),
    stars: z.number().int().min(0).max(5).default(0),
  })
  .strict();

export const contactInput = z
  .object({ name: personName, phone, role: z.string().trim().max(40).default('') })
  .strict();
