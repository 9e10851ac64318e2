import { z } from 'zod';
import { objectId } from '../validation';

/** Shared edge schemas. Query schemas are strict, so `a[$ne]=` style keys are refused, not ignored. */

export { objectId };
export const idParams = z.object({ id: objectId });

export const pagination = {
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
};

/** A plain search text: no objects, no arrays, bounded length. */
export const searchText = z.string().trim().min(1).max(50);

export const page = <T extends z.ZodType>(item: T) =>
  z.object({ total: z.number(), page: z.number(), pageSize: z.number(), items: z.array(item) });
