import { Schema, type Connection } from 'mongoose';
import { isDuplicateKey } from './mongo';

/**
 * "Only once" guards. A key is claimed by inserting it; the unique _id makes exactly one of any
 * number of concurrent claimers win, on FerretDB as on MongoDB (conditional updates do not hold
 * on FerretDB; SPEC, "Storage").
 */
const onceSchema = new Schema(
  {
    _id: { type: String, required: true },
    claimedAt: { type: Date, required: true },
    /** Free-form note on what the claim is for, for people reading the collection. */
    note: { type: String },
  },
  { versionKey: false, collection: 'once_keys' },
);

const defineOnceModel = (conn: Connection) => conn.model('OnceKey', onceSchema);
export type OnceModel = ReturnType<typeof defineOnceModel>;

export function onceModel(conn: Connection): OnceModel {
  return (conn.models.OnceKey as OnceModel | undefined) ?? defineOnceModel(conn);
}

export class OnceGuard {
  constructor(private readonly model: OnceModel) {}

  /** True for the one caller that claims the key first, false for every other. */
  async claim(key: string, note?: string, at = new Date()): Promise<boolean> {
    try {
      await this.model.create({ _id: key, claimedAt: at, note });
      return true;
    } catch (err) {
      if (isDuplicateKey(err)) return false;
      throw err;
    }
  }

  /** Whether the key has been claimed (the work it guards has happened, or is happening). */
  async claimed(key: string): Promise<boolean> {
    return Boolean(await this.model.exists({ _id: key }));
  }

  /** Gives a key back after work that is known not to have happened (a send that failed). */
  async release(key: string): Promise<void> {
    await this.model.deleteOne({ _id: key });
  }
}
