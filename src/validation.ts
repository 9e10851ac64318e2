import { z } from 'zod';

/**
 * Input shapes the domain and the HTTP edge share. They live here, not in src/http/, so domain
 * modules never import from the HTTP layer.
 */
export const objectId = z.string().regex(/^[0-9a-f]{24}$/, 'must be a 24-character hex id');

/** A user's search text as a literal inside a $regex. */
export const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
