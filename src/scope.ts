import type { Types } from 'mongoose';

/**
 * What an office's staff may reach: the office itself and everything below it. Every area filters
 * by it; the offices area computes it (offices/service.ts scopeOf).
 */
export interface Scope {
  rootId: Types.ObjectId;
  officeIds: Types.ObjectId[];
  has(officeId: Types.ObjectId | string | null | undefined): boolean;
}
