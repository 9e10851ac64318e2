import { Types, type mongo } from 'mongoose';

/**
 * What bench:city writes into the seeded city, and how it takes it out again. Everything it
 * writes is recognisable without a list kept anywhere, so a run that was killed half-way is
 * cleaned up by the next one:
 *
 * - ObjectIds it chooses (learners, raw-driver learners, attempts and imported instructors) have
 *   timestamp 0 and the bytes of "bench" (`ownedId`), a range no real id falls in;
 * - phones start with 199, a prefix neither the city seed (13x, 15x, 18x) nor the demo uses;
 * - mini-program openids start with `bench-city-`.
 *
 * Rows the service creates for them (attempts, answers, grades, lesson completions, bind codes,
 * audit records of an import) are found through those.
 */
const OWNED_PREFIX = `00000000${Buffer.from('bench').toString('hex')}`;

export const OWNED = { learner: 0, rawLearner: 1, rawInstructor: 2, rawAttempt: 3 } as const;

export function ownedId(kind: number, n: number): Types.ObjectId {
  if (n < 0 || n > 0xffff) throw new Error(`owned id counter out of range: ${n}`);
  return new Types.ObjectId(`${OWNED_PREFIX}${kind.toString(16).padStart(2, '0')}${n.toString(16).padStart(4, '0')}`);
}

/** Every id `ownedId` can give. */
export const OWNED_IDS = { $gte: new Types.ObjectId(`${OWNED_PREFIX}000000`), $lte: new Types.ObjectId(`${OWNED_PREFIX}ffffff`) };

export const OWNED_PHONE_PREFIX = '199';
export const PHONES = { learner: 0, import: 1, rawImport: 2 } as const;

/** An 11-digit mobile number of the benchmark's own: 199, the kind, then n in seven digits. */
export function ownedPhone(kind: number, n: number): string {
  if (n < 0 || n >= 10_000_000) throw new Error(`owned phone counter out of range: ${n}`);
  return `${OWNED_PHONE_PREFIX}${kind}${String(n).padStart(7, '0')}`;
}

export const OWNED_OPENID_PREFIX = 'bench-city-';
export const ownedOpenid = (n: number) => `${OWNED_OPENID_PREFIX}${n}`;

const prefixed = (prefix: string) => ({ $regex: `^${prefix}` });

/**
 * Removes instructors whose phone starts with `phonePrefix` (every bench phone by default) or
 * whose id is owned, with what hangs off them: audit records, bind codes, bindings. Dependants
 * go first, so a run stopped in between leaves nothing the next run cannot find.
 */
export async function removeOwnedInstructors(db: mongo.Db, phonePrefix = OWNED_PHONE_PREFIX): Promise<number> {
  const instructors = db.collection('instructors');
  const filter = phonePrefix === OWNED_PHONE_PREFIX ? { $or: [{ _id: OWNED_IDS }, { phone: prefixed(phonePrefix) }] } : { phone: prefixed(phonePrefix) };
  const ids = (await instructors.find(filter, { projection: { _id: 1 } }).toArray()).map((d) => d._id);
  if (phonePrefix === OWNED_PHONE_PREFIX) await db.collection('bindings').deleteMany({ identityId: prefixed(OWNED_OPENID_PREFIX) });
  if (!ids.length) return 0;
  await db.collection('audit_log').deleteMany({ entity: 'instructor', entityId: { $in: ids.map(String) } });
  await db.collection('bind_codes').deleteMany({ personType: 'instructor', personId: { $in: ids } });
  await db.collection('bindings').deleteMany({ personType: 'instructor', personId: { $in: ids } });
  await instructors.deleteMany({ _id: { $in: ids } });
  return ids.length;
}

/** Removes the course history of owned learners (ours and the raw driver's), answers first. */
export async function removeOwnedLearning(db: mongo.Db): Promise<void> {
  const attemptIds = (await db.collection('attempts').find({ learnerId: OWNED_IDS }, { projection: { _id: 1 } }).toArray()).map((d) => d._id);
  await db.collection('attempt_answers').deleteMany({ $or: [{ attemptId: OWNED_IDS }, { attemptId: { $in: attemptIds } }] });
  for (const name of ['attempt_grades', 'certificates', 'lesson_completions', 'attempts']) await db.collection(name).deleteMany({ learnerId: OWNED_IDS });
}

export async function removeOwned(db: mongo.Db): Promise<void> {
  await removeOwnedLearning(db);
  await removeOwnedInstructors(db);
}

/** How many owned documents are left, per collection that can hold one (all zero after removeOwned). */
export async function countOwned(db: mongo.Db): Promise<Record<string, number>> {
  const instructorIds = (await db.collection('instructors').find({ $or: [{ _id: OWNED_IDS }, { phone: prefixed(OWNED_PHONE_PREFIX) }] }, { projection: { _id: 1 } }).toArray()).map((d) => d._id);
  const counts: Record<string, number> = { instructors: instructorIds.length };
  counts.bind_codes = await db.collection('bind_codes').countDocuments({ personId: { $in: instructorIds } });
  counts.audit_log = await db.collection('audit_log').countDocuments({ entity: 'instructor', entityId: { $in: instructorIds.map(String) } });
  counts.bindings = await db.collection('bindings').countDocuments({ $or: [{ identityId: prefixed(OWNED_OPENID_PREFIX) }, { personId: OWNED_IDS }] });
  for (const name of ['attempts', 'attempt_grades', 'certificates', 'lesson_completions']) counts[name] = await db.collection(name).countDocuments({ learnerId: OWNED_IDS });
  const attemptIds = (await db.collection('attempts').find({ learnerId: OWNED_IDS }, { projection: { _id: 1 } }).toArray()).map((d) => d._id);
  counts.attempt_answers = await db.collection('attempt_answers').countDocuments({ $or: [{ attemptId: OWNED_IDS }, { attemptId: { $in: attemptIds } }] });
  return counts;
}

/**
 * Documents per collection, counted exactly (each count reads the whole table on FerretDB, so
 * two at a time): the city must hold the same after the benchmark as before it.
 */
export async function countCollections(db: mongo.Db): Promise<Record<string, number>> {
  const names = (await db.listCollections({}, { nameOnly: true }).toArray()).map((c) => c.name).sort();
  const counts: Record<string, number> = {};
  let next = 0;
  await Promise.all(
    [0, 1].map(async () => {
      while (next < names.length) {
        const name = names[next++];
        counts[name] = await db.collection(name).countDocuments();
      }
    }),
  );
  return Object.fromEntries(names.map((n) => [n, counts[n]]));
}

/** "collection: before → after" for every count that moved; empty when none did. */
export function countChanges(before: Record<string, number>, after: Record<string, number>): string[] {
  const names = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return names.filter((n) => before[n] !== after[n]).map((n) => `${n}: ${before[n] ?? 'absent'} → ${after[n] ?? 'absent'}`);
}
