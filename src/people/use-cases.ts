import type { Types } from 'mongoose';
import type { Actor } from '../audit/use-cases';
import type { PersonType } from '../binding/model';
import { findByEach } from '../db/mongo';
import { Invalid, NotFound } from '../errors';
import type { Scope } from '../scope';
import type { Table } from '../imports/table';
import { importEnterprises, importInstructors } from './import';
import type { Contact, Enterprise, EnterpriseLevel, Instructor } from './model';
import * as people from './service';

type InstructorFields = { name: string; phone: string; employer: string; officeId: string; cohort: string };
type EnterpriseFields = { name: string; creditCode: string; officeId: string; industry: string; hasUnion: boolean; level: EnterpriseLevel; stars: number };
type InstructorQuery = people.ListQuery & { cohort?: string };
type EnterpriseQuery = people.ListQuery & { industry?: string; level?: EnterpriseLevel; hasUnion?: boolean };

export class ExportTooLarge extends Invalid {
  override readonly code = 'export_too_large';
}

/** Instructors, enterprises and their contacts: the rosters offices keep. */
export function createPeople(deps: people.PeopleDeps & { exportMaxRows: number }) {
  const { offices } = deps;
  /** Exports are refused above the cap rather than cut short: a silently partial list is worse than none. */
  const checkExportSize = (total: number) => {
    if (total > deps.exportMaxRows) {
      throw new ExportTooLarge(`This export has ${total} rows, more than the ${deps.exportMaxRows} one file may hold. Narrow it with filters (office, cohort, industry).`, {
        rows: total,
        max: deps.exportMaxRows,
      });
    }
  };
  /**
   * A list filtered by office shows that office and the offices below it (a district's towns and
   * parks): the scope narrowed to that subtree. One outside the caller's scope is not found.
   */
  async function narrowed<Q extends { officeId?: string }>(scope: Scope, query: Q): Promise<[Scope, Q]> {
    if (!query.officeId) return [scope, query];
    if (!scope.has(query.officeId)) throw new NotFound('Office not found');
    return [await offices.scopeOf(query.officeId), { ...query, officeId: undefined }];
  }
  return {
    listInstructors: async (scope: Scope, query: InstructorQuery, phonesVisible: boolean) => people.listInstructors(deps, ...(await narrowed(scope, query)), undefined, phonesVisible),
    getInstructor: (scope: Scope, id: string) => people.getInstructor(deps, scope, id),
    async createInstructor(actor: Actor, scope: Scope, input: InstructorFields) {
      await offices.getInScope(scope, input.officeId);
      return people.createInstructor(deps, actor, input);
    },
    async updateInstructor(actor: Actor, scope: Scope, before: Instructor, changes: Partial<InstructorFields>) {
      if (changes.officeId) await offices.getInScope(scope, changes.officeId);
      return people.updateInstructor(deps, actor, before, changes);
    },
    deleteInstructor: (actor: Actor, before: Instructor) => people.deleteInstructor(deps, actor, before),
    async exportInstructors(asked: Scope, filters: Omit<InstructorQuery, 'page' | 'pageSize'>) {
      const [scope, query] = await narrowed(asked, filters);
      checkExportSize(await deps.Instructor.countDocuments(people.instructorFilter(scope, query)));
      const { items } = await people.listInstructors(deps, scope, { ...query, page: 1, pageSize: deps.exportMaxRows }, deps.exportMaxRows);
      return { items, officeCodes: await offices.codesOf(items.map((i) => i.officeId)) };
    },

    listEnterprises: async (scope: Scope, query: EnterpriseQuery) => people.listEnterprises(deps, ...(await narrowed(scope, query))),
    getEnterprise: (scope: Scope, id: string) => people.getEnterprise(deps, scope, id),
    async createEnterprise(actor: Actor, scope: Scope, input: EnterpriseFields) {
      await offices.getInScope(scope, input.officeId);
      return people.createEnterprise(deps, actor, input);
    },
    async updateEnterprise(actor: Actor, scope: Scope, before: Enterprise, changes: Partial<EnterpriseFields>) {
      if (changes.officeId) await offices.getInScope(scope, changes.officeId);
      return people.updateEnterprise(deps, actor, before, changes);
    },
    deleteEnterprise: (actor: Actor, before: Enterprise) => people.deleteEnterprise(deps, actor, before),
    async exportEnterprises(asked: Scope, filters: Omit<EnterpriseQuery, 'page' | 'pageSize'>) {
      const [scope, query] = await narrowed(asked, filters);
      checkExportSize(await deps.Enterprise.countDocuments(people.enterpriseFilter(scope, query)));
      const { items } = await people.listEnterprises(deps, scope, { ...query, page: 1, pageSize: deps.exportMaxRows }, deps.exportMaxRows);
      return { items, officeCodes: await offices.codesOf(items.map((e) => e.officeId)) };
    },

    listContacts: (enterprise: Enterprise) => people.listContacts(deps, enterprise),
    getContact: (enterprise: Enterprise, id: string) => people.getContact(deps, enterprise, id),
    createContact: (actor: Actor, enterprise: Enterprise, input: { name: string; phone: string; role: string }) => people.createContact(deps, actor, enterprise, input),
    updateContact: (actor: Actor, before: Contact, changes: Partial<{ name: string; phone: string; role: string }>) => people.updateContact(deps, actor, before, changes),
    deleteContact: (actor: Actor, before: Contact) => people.deleteContact(deps, actor, before),

    reissueCode: (actor: Actor, personType: PersonType, person: Instructor | Contact) => people.reissueCode(deps, actor, personType, person),
    boundIdsAmong: (personType: PersonType, ids: Types.ObjectId[]) => deps.binding.boundIdsAmong(personType, ids),

    importInstructors: (actor: Actor, scope: Scope, table: Table) => importInstructors(deps, actor, scope, table),
    importEnterprises: (actor: Actor, scope: Scope, table: Table) => importEnterprises(deps, actor, scope, table),

    /** Name and office of a roster person (binding asks this; it keeps no names of its own). */
    async findPerson(personType: PersonType, id: Types.ObjectId): Promise<{ name: string; officeId: Types.ObjectId } | null> {
      const Model = (personType === 'instructor' ? deps.Instructor : deps.Contact) as typeof deps.Instructor;
      return (await Model.findById(id, { name: 1, officeId: 1 }).lean()) as { name: string; officeId: Types.ObjectId } | null;
    },
    async contactById(id: Types.ObjectId | string): Promise<Contact | null> {
      return (await deps.Contact.findById(id).lean()) as Contact | null;
    },
    async enterpriseById(id: Types.ObjectId | string): Promise<Enterprise | null> {
      return (await deps.Enterprise.findById(id).lean()) as Enterprise | null;
    },
    /** An enterprise's contacts (reminders go to those bound; escalation to the others too). */
    async contactsOf(enterpriseId: Types.ObjectId): Promise<Contact[]> {
      return (await deps.Contact.find({ enterpriseId }).sort({ _id: 1 }).lean()) as Contact[];
    },
    /**
     * Who a broadcast reaches in these offices: instructors (by cohort) and enterprise contacts (by
     * their enterprise's industry, level and union status). One equality per office and collection.
     */
    async audienceIn(officeIds: Types.ObjectId[], want: { instructors: boolean; contacts: boolean }, filters: { cohort?: string | null; industry?: string | null; level?: EnterpriseLevel | null; hasUnion?: boolean | null }) {
      const instructors: Pick<Instructor, '_id' | 'name' | 'officeId'>[] = [];
      const contacts: Pick<Contact, '_id' | 'name' | 'officeId' | 'enterpriseId'>[] = [];
      for (const officeId of officeIds) {
        if (want.instructors) {
          const rows = (await deps.Instructor.find({ officeId }, { name: 1, officeId: 1, cohort: 1 }).lean()) as Pick<Instructor, '_id' | 'name' | 'officeId' | 'cohort'>[];
          instructors.push(...rows.filter((i) => !filters.cohort || i.cohort === filters.cohort));
        }
        if (want.contacts) {
          const enterprises = (await deps.Enterprise.find({ officeId }, { industry: 1, level: 1, hasUnion: 1 }).lean()) as Pick<Enterprise, '_id' | 'industry' | 'level' | 'hasUnion'>[];
          const chosen = new Set(
            enterprises
              .filter((e) => (!filters.industry || e.industry === filters.industry) && (!filters.level || e.level === filters.level) && (filters.hasUnion == null || e.hasUnion === filters.hasUnion))
              .map((e) => String(e._id)),
          );
          const rows = (await deps.Contact.find({ officeId }, { name: 1, officeId: 1, enterpriseId: 1 }).lean()) as Pick<Contact, '_id' | 'name' | 'officeId' | 'enterpriseId'>[];
          contacts.push(...rows.filter((c) => chosen.has(String(c.enterpriseId))));
        }
      }
      return { instructors, contacts };
    },
    /** Every contact's enterprise and WeCom id (one read of the table), for the reminder sweep. */
    async contactsDirectory(): Promise<Map<string, { enterpriseId: Types.ObjectId; wecomUserId: string | null }>> {
      const rows = (await deps.Contact.find({}, { enterpriseId: 1, wecomUserId: 1 }).lean()) as Pick<Contact, '_id' | 'enterpriseId' | 'wecomUserId'>[];
      return new Map(rows.map((c) => [String(c._id), { enterpriseId: c.enterpriseId, wecomUserId: c.wecomUserId ?? null }]));
    },
    /** One office's enterprises and contacts, for the reminder scan: two equalities, pushed down on FerretDB. */
    async rosterOfOffice(officeId: Types.ObjectId) {
      const [enterprises, contacts] = await Promise.all([
        deps.Enterprise.find({ officeId }, { name: 1, officeId: 1 }).lean() as Promise<Pick<Enterprise, '_id' | 'name' | 'officeId'>[]>,
        deps.Contact.find({ officeId }, { enterpriseId: 1, name: 1, role: 1, officeId: 1, wecomUserId: 1 }).lean() as Promise<Pick<Contact, '_id' | 'enterpriseId' | 'name' | 'role' | 'officeId' | 'wecomUserId'>[]>,
      ]);
      return { enterprises, contacts };
    },
    async instructorById(id: Types.ObjectId | string): Promise<Instructor | null> {
      return (await deps.Instructor.findById(id).lean()) as Instructor | null;
    },

    /**
     * Bulk reads of a subtree's rosters, for figures across offices (reports): the fields asked, with
     * _id and officeId; one equality per office, or one read of the table for a city (findByEach).
     */
    instructorsUnder: <K extends keyof Instructor>(officeIds: readonly Types.ObjectId[], fields: readonly K[]) =>
      findByEach<Pick<Instructor, K | '_id' | 'officeId'>>(deps.Instructor, 'officeId', officeIds, {}, projectionOf(fields)),
    enterprisesUnder: <K extends keyof Enterprise>(officeIds: readonly Types.ObjectId[], fields: readonly K[]) =>
      findByEach<Pick<Enterprise, K | '_id' | 'officeId'>>(deps.Enterprise, 'officeId', officeIds, {}, projectionOf(fields)),
    contactsUnder: <K extends keyof Contact>(officeIds: readonly Types.ObjectId[], fields: readonly K[]) =>
      findByEach<Pick<Contact, K | '_id' | 'officeId'>>(deps.Contact, 'officeId', officeIds, {}, projectionOf(fields)),
  };
}

const projectionOf = (fields: readonly PropertyKey[]) => Object.fromEntries(fields.map((f) => [f, 1 as const])) as Record<string, 1>;

export type People = ReturnType<typeof createPeople>;
