import type { Types } from 'mongoose';

/** An instructor as the learning area sees them. */
export interface Learner {
  id: Types.ObjectId;
  name: string;
  officeId: Types.ObjectId;
  cohort: string;
}

export const toLearner = (i: { _id: Types.ObjectId; name: string; officeId: Types.ObjectId; cohort?: string | null }): Learner => ({
  id: i._id,
  name: i.name,
  officeId: i.officeId,
  cohort: i.cohort ?? '',
});
