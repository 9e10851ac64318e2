import { Types } from 'mongoose';
import type { Scope } from '../scope';
import { Conflict, Forbidden, Invalid, NotFound } from '../errors';
import { bulkWriteInBatches, isDuplicateKey } from '../db/mongo';
import type { Office, OfficeLevel, OfficeModel } from './model';
import { OFFICE_LEVELS } from './model';

export interface OfficeView {
  id: string;
  code: string;
  name: string;
  level: OfficeLevel;
  parentId: string | null;
  depth: number;
}

export const toOfficeView = (o: Office): OfficeView => ({
  id: String(o._id),
  code: o.code,
  name: o.name,
  level: o.level as OfficeLevel,
  parentId: o.parentId ? String(o.parentId) : null,
  depth: o.ancestors.length,
});

export type { Scope };

export async function scopeOf(Office: OfficeModel, rootId: Types.ObjectId | string): Promise<Scope> {
  const root = new Types.ObjectId(String(rootId));
  const below = await Office.find({ ancestors: root }, { _id: 1 }).lean();
  const officeIds = [root, ...below.map((o) => o._id)];
  const set = new Set(officeIds.map(String));
  return { rootId: root, officeIds, has: (id) => id != null && set.has(String(id)) };
}

/** Loads an office inside the scope; one outside it is reported as missing (never confirmed to exist). */
export async function getOfficeInScope(Office: OfficeModel, scope: Scope, id: string): Promise<Office> {
  if (!Types.ObjectId.isValid(id) || !scope.has(id)) throw new NotFound('Office not found');
  const office = await Office.findById(id).lean();
  if (!office) throw new NotFound('Office not found');
  return office as Office;
}

export async function findOfficeByCode(Office: OfficeModel, code: string): Promise<Office | null> {
  return (await Office.findOne({ code }).lean()) as Office | null;
}

function checkLevelBelow(parent: Office | null, level: OfficeLevel): void {
  if (!parent) return;
  if (OFFICE_LEVELS.indexOf(level) <= OFFICE_LEVELS.indexOf(parent.level as OfficeLevel)) {
    throw new Invalid(`An office of level "${level}" cannot sit under a "${parent.level}" office`);
  }
}

export async function createOffice(
  Office: OfficeModel,
  input: { code: string; name: string; level: OfficeLevel; parent: Office | null },
): Promise<Office> {
  checkLevelBelow(input.parent, input.level);
  try {
    const created = await Office.create({
      code: input.code,
      name: input.name,
      level: input.level,
      parentId: input.parent?._id ?? null,
      ancestors: input.parent ? [...input.parent.ancestors, input.parent._id] : [],
    });
    return created.toObject() as Office;
  } catch (err) {
    if (isDuplicateKey(err)) throw new Conflict(`Office code ${input.code} is already used`);
    throw err;
  }
}

export async function renameOffice(Office: OfficeModel, office: Office, name: string): Promise<Office> {
  await Office.updateOne({ _id: office._id }, { $set: { name } });
  return { ...office, name };
}

/**
 * Moves an office (and its subtree) under a new parent. Office moves are rare admin acts, so the
 * descendants' ancestor lists are rewritten one by one rather than kept implicit.
 */
export async function moveOffice(Office: OfficeModel, office: Office, newParent: Office): Promise<Office> {
  if (String(newParent._id) === String(office._id) || newParent.ancestors.some((a) => String(a) === String(office._id))) {
    throw new Invalid('An office cannot move under itself or its own subtree');
  }
  checkLevelBelow(newParent, office.level as OfficeLevel);
  const newAncestors = [...newParent.ancestors, newParent._id];
  const oldDepth = office.ancestors.length;
  await Office.updateOne({ _id: office._id }, { $set: { parentId: newParent._id, ancestors: newAncestors } });
  const descendants = await Office.find({ ancestors: office._id }, { ancestors: 1 }).lean();
  if (descendants.length) {
    await bulkWriteInBatches(
      Office,
      descendants.map((d) => ({
        updateOne: { filter: { _id: d._id }, update: { $set: { ancestors: [...newAncestors, ...d.ancestors.slice(oldDepth)] } } },
      })),
    );
  }
  return { ...office, parentId: newParent._id, ancestors: newAncestors };
}

export async function listOffices(Office: OfficeModel, scope: Scope): Promise<OfficeView[]> {
  const offices = (await Office.find({ _id: { $in: scope.officeIds } }).lean()) as Office[];
  return offices.map(toOfficeView).sort((a, b) => a.depth - b.depth || a.code.localeCompare(b.code));
}

/** The staff's own root office may not be moved by them: it would change their own reach. */
export function assertNotOwnRoot(scope: Scope, office: Office): void {
  if (String(scope.rootId) === String(office._id)) throw new Forbidden('You cannot move your own office');
}
