import { Types } from 'mongoose';
import type { Actor, Audit } from '../audit/use-cases';
import type { BindingArea } from '../binding/use-cases';
import type { PersonType } from '../binding/model';
import type { Clock } from '../clock';
import { anyOf, isDuplicateKey, pageByEach } from '../db/mongo';
import { Conflict, NotFound } from '../errors';
import { escapeRegex } from '../validation';
import type { Offices } from '../offices/use-cases';
import type { Scope } from '../scope';
import type { Contact, ContactModel, Enterprise, EnterpriseLevel, EnterpriseModel, Instructor, InstructorModel } from './model';

export interface PeopleDeps {
  clock: Clock;
  Instructor: InstructorModel;
  Enterprise: EnterpriseModel;
  Contact: ContactModel;
  audit: Audit;
  binding: BindingArea;
  offices: Offices;
  /** Instructors moved to another office or removed: whatever is cached about them is stale. */
  onInstructorsChanged: (ids: Types.ObjectId[]) => Promise<void>;
}

export interface ListQuery {
  q?: string;
  officeId?: string;
  page: number;
  pageSize: number;
}

/** Office filter for a list: the whole scope, or one office's part of it (404 outside the scope). */
export function officeFilter(scope: Scope, officeId?: string) {
  if (!officeId) return anyOf(scope.officeIds);
  if (!scope.has(officeId)) throw new NotFound('Office not found');
  return new Types.ObjectId(officeId);
}

const officeValues = (filter: ReturnType<typeof officeFilter>): Types.ObjectId[] => (filter instanceof Types.ObjectId ? [filter] : filter.$in);

export const searchFilter = (q: string | undefined, fields: string[]) =>
  q ? { $or: fields.map((f) => ({ [f]: { $regex: escapeRegex(q), $options: 'i' } })) } : {};

// --- instructors ---

export async function getInstructor(deps: Pick<PeopleDeps, 'Instructor'>, scope: Scope, id: string): Promise<Instructor> {
  const found = Types.ObjectId.isValid(id) ? ((await deps.Instructor.findById(id).lean()) as Instructor | null) : null;
  if (!found || !scope.has(found.officeId)) throw new NotFound('Instructor not found');
  return found;
}

/**
 * Search text over name, employer and phone. Who sees phones masked finds by the whole number
 * only: a substring search would let them recover a masked number digit by digit.
 */
function personSearch(q: string | undefined, phonesVisible: boolean) {
  if (!q) return {};
  // A whole mobile number: one equality (unique index, pushed down on FerretDB), not three regexes over every row.
  if (/^1\d{10}$/.test(q)) return { phone: q };
  if (phonesVisible) return searchFilter(q, ['name', 'phone', 'employer']);
  const byText = searchFilter(q, ['name', 'employer']).$or ?? [];
  return { $or: [...byText, { phone: q }] };
}

export const instructorFilter = (scope: Scope, query: Omit<ListQuery, 'page' | 'pageSize'> & { cohort?: string }, phonesVisible = true) => ({
  officeId: officeFilter(scope, query.officeId),
  ...(query.cohort ? { cohort: query.cohort } : {}),
  ...personSearch(query.q, phonesVisible),
});

export const enterpriseFilter = (scope: Scope, query: Omit<ListQuery, 'page' | 'pageSize'> & { industry?: string; level?: EnterpriseLevel; hasUnion?: boolean }) => ({
  officeId: officeFilter(scope, query.officeId),
  ...(query.industry ? { industry: query.industry } : {}),
  ...(query.level ? { level: query.level } : {}),
  ...(query.hasUnion !== undefined ? { hasUnion: query.hasUnion } : {}),
  ...searchFilter(query.q, ['name', 'creditCode']),
});

export async function listInstructors(
  deps: Pick<PeopleDeps, 'Instructor'>,
  scope: Scope,
  query: ListQuery & { cohort?: string },
  limit?: number,
  phonesVisible = true,
) {
  const { officeId, ...rest } = instructorFilter(scope, query, phonesVisible);
  return pageByEach<Instructor>(deps.Instructor, 'officeId', officeValues(officeId), rest, { skip: (query.page - 1) * query.pageSize, limit: limit ?? query.pageSize });
}

export async function createInstructor(
  deps: PeopleDeps,
  actor: Actor,
  input: { name: string; phone: string; employer: string; officeId: string; cohort: string },
): Promise<Instructor> {
  const _id = new Types.ObjectId();
  const bindCode = await deps.binding.issueCode('instructor', _id);
  let created: Instructor;
  try {
    created = (await deps.Instructor.create({ ...input, _id, bindCode })).toObject() as Instructor;
  } catch (err) {
    if (isDuplicateKey(err)) throw new Conflict('An instructor with this phone number already exists');
    throw err;
  }
  await deps.audit.record(actor, { officeId: created.officeId, action: 'instructor.create', entity: 'instructor', entityId: String(_id), after: created });
  return created;
}

export async function updateInstructor(
  deps: PeopleDeps,
  actor: Actor,
  before: Instructor,
  changes: Partial<{ name: string; phone: string; employer: string; officeId: string; cohort: string }>,
): Promise<Instructor> {
  const set = { ...changes, ...(changes.officeId ? { officeId: new Types.ObjectId(changes.officeId) } : {}) };
  try {
    await deps.Instructor.updateOne({ _id: before._id }, { $set: set });
  } catch (err) {
    if (isDuplicateKey(err)) throw new Conflict('An instructor with this phone number already exists');
    throw err;
  }
  const after = { ...before, ...set } as Instructor;
  if (String(after.officeId) !== String(before.officeId)) await deps.onInstructorsChanged([before._id]);
  await deps.audit.record(actor, { officeId: after.officeId, action: 'instructor.update', entity: 'instructor', entityId: String(before._id), before, after });
  return after;
}

export async function deleteInstructor(deps: PeopleDeps, actor: Actor, before: Instructor): Promise<void> {
  await deps.Instructor.deleteOne({ _id: before._id });
  await deps.binding.forgetPeople('instructor', [before._id]);
  await deps.onInstructorsChanged([before._id]);
  await deps.audit.record(actor, { officeId: before.officeId, action: 'instructor.delete', entity: 'instructor', entityId: String(before._id), before });
}

// --- enterprises ---

export async function getEnterprise(deps: Pick<PeopleDeps, 'Enterprise'>, scope: Scope, id: string): Promise<Enterprise> {
  const found = Types.ObjectId.isValid(id) ? ((await deps.Enterprise.findById(id).lean()) as Enterprise | null) : null;
  if (!found || !scope.has(found.officeId)) throw new NotFound('Enterprise not found');
  return found;
}

export async function listEnterprises(
  deps: Pick<PeopleDeps, 'Enterprise'>,
  scope: Scope,
  query: ListQuery & { industry?: string; level?: EnterpriseLevel; hasUnion?: boolean },
  limit?: number,
) {
  const { officeId, ...rest } = enterpriseFilter(scope, query);
  return pageByEach<Enterprise>(deps.Enterprise, 'officeId', officeValues(officeId), rest, { skip: (query.page - 1) * query.pageSize, limit: limit ?? query.pageSize });
}

type EnterpriseFields = { name: string; creditCode: string; officeId: string; industry: string; hasUnion: boolean; level: EnterpriseLevel; stars: number };

export async function createEnterprise(deps: PeopleDeps, actor: Actor, input: EnterpriseFields): Promise<Enterprise> {
  let created: Enterprise;
  try {
    created = (await deps.Enterprise.create(input)).toObject() as Enterprise;
  } catch (err) {
    if (isDuplicateKey(err)) throw new Conflict('An enterprise with this credit code already exists');
    throw err;
  }
  await deps.audit.record(actor, { officeId: created.officeId, action: 'enterprise.create', entity: 'enterprise', entityId: String(created._id), after: created });
  return created;
}

export async function updateEnterprise(deps: PeopleDeps, actor: Actor, before: Enterprise, changes: Partial<EnterpriseFields>): Promise<Enterprise> {
  const set = { ...changes, ...(changes.officeId ? { officeId: new Types.ObjectId(changes.officeId) } : {}) };
  try {
    await deps.Enterprise.updateOne({ _id: before._id }, { $set: set });
  } catch (err) {
    if (isDuplicateKey(err)) throw new Conflict('An enterprise with this credit code already exists');
    throw err;
  }
  if (set.officeId && String(set.officeId) !== String(before.officeId)) await moveContactsWith(deps, actor, [{ enterpriseId: before._id, officeId: new Types.ObjectId(String(set.officeId)) }]);
  const after = { ...before, ...set } as Enterprise;
  await deps.audit.record(actor, { officeId: after.officeId, action: 'enterprise.update', entity: 'enterprise', entityId: String(before._id), before, after });
  return after;
}

export async function deleteEnterprise(deps: PeopleDeps, actor: Actor, before: Enterprise): Promise<void> {
  const contacts = await deps.Contact.find({ enterpriseId: before._id }, { _id: 1 }).lean();
  const contactIds = contacts.map((c) => c._id);
  await deps.Contact.deleteMany({ enterpriseId: before._id });
  await deps.binding.forgetPeople('contact', contactIds);
  await deps.Enterprise.deleteOne({ _id: before._id });
  await deps.audit.record(actor, { officeId: before.officeId, action: 'enterprise.delete', entity: 'enterprise', entityId: String(before._id), before });
}

// --- contacts ---

/**
 * Contacts carry their enterprise's office for scope filtering, so an enterprise that moves takes
 * them along; each contact's move is audited like any office change (before and after).
 */
export async function moveContactsWith(deps: PeopleDeps, actor: Actor, moves: { enterpriseId: Types.ObjectId; officeId: Types.ObjectId }[]): Promise<void> {
  if (!moves.length) return;
  const officeOf = new Map(moves.map((m) => [String(m.enterpriseId), m.officeId]));
  const contacts = (await deps.Contact.find({ enterpriseId: { $in: moves.map((m) => m.enterpriseId) } }).lean()) as Contact[];
  for (const m of moves) await deps.Contact.updateMany({ enterpriseId: m.enterpriseId }, { $set: { officeId: m.officeId } });
  await deps.audit.recordMany(
    actor,
    contacts.map((before) => {
      const after = { ...before, officeId: officeOf.get(String(before.enterpriseId))! };
      return { officeId: after.officeId, action: 'contact.update', entity: 'contact', entityId: String(before._id), before, after };
    }),
  );
}

export async function listContacts(deps: Pick<PeopleDeps, 'Contact'>, enterprise: Enterprise): Promise<Contact[]> {
  return (await deps.Contact.find({ enterpriseId: enterprise._id }).sort({ _id: 1 }).lean()) as Contact[];
}

export async function getContact(deps: Pick<PeopleDeps, 'Contact'>, enterprise: Enterprise, id: string): Promise<Contact> {
  const found = Types.ObjectId.isValid(id) ? ((await deps.Contact.findById(id).lean()) as Contact | null) : null;
  if (!found || String(found.enterpriseId) !== String(enterprise._id)) throw new NotFound('Contact not found');
  return found;
}

export async function createContact(deps: PeopleDeps, actor: Actor, enterprise: Enterprise, input: { name: string; phone: string; role: string }): Promise<Contact> {
  const _id = new Types.ObjectId();
  const bindCode = await deps.binding.issueCode('contact', _id);
  let created: Contact;
  try {
    created = (await deps.Contact.create({ ...input, _id, bindCode, enterpriseId: enterprise._id, officeId: enterprise.officeId })).toObject() as Contact;
  } catch (err) {
    if (isDuplicateKey(err)) throw new Conflict('This enterprise already has a contact with this phone number');
    throw err;
  }
  await deps.audit.record(actor, { officeId: enterprise.officeId, action: 'contact.create', entity: 'contact', entityId: String(_id), after: created });
  return created;
}

export async function updateContact(deps: PeopleDeps, actor: Actor, before: Contact, changes: Partial<{ name: string; phone: string; role: string }>): Promise<Contact> {
  try {
    await deps.Contact.updateOne({ _id: before._id }, { $set: changes });
  } catch (err) {
    if (isDuplicateKey(err)) throw new Conflict('This enterprise already has a contact with this phone number');
    throw err;
  }
  const after = { ...before, ...changes };
  await deps.audit.record(actor, { officeId: before.officeId, action: 'contact.update', entity: 'contact', entityId: String(before._id), before, after });
  return after;
}

export async function deleteContact(deps: PeopleDeps, actor: Actor, before: Contact): Promise<void> {
  await deps.Contact.deleteOne({ _id: before._id });
  await deps.binding.forgetPeople('contact', [before._id]);
  await deps.audit.record(actor, { officeId: before.officeId, action: 'contact.delete', entity: 'contact', entityId: String(before._id), before });
}

/** New one-time code for an instructor or contact; the old one stops working. */
export async function reissueCode(deps: PeopleDeps, actor: Actor, personType: PersonType, person: Instructor | Contact): Promise<string> {
  const code = await deps.binding.reissueCode(personType, person._id);
  const Model = (personType === 'instructor' ? deps.Instructor : deps.Contact) as InstructorModel;
  await Model.updateOne({ _id: person._id }, { $set: { bindCode: code } });
  await deps.audit.record(actor, { officeId: person.officeId, action: `${personType}.reissue_code`, entity: personType, entityId: String(person._id) });
  return code;
}
