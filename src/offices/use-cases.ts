import type { Types } from 'mongoose';
import type { Actor, Audit } from '../audit/use-cases';
import type { Office, OfficeLevel, OfficeModel } from './model';
import { assertNotOwnRoot, createOffice, findOfficeByCode, getOfficeInScope, listOffices, moveOffice, renameOffice, scopeOf, toOfficeView, type Scope } from './service';

/** The office tree and the scopes it gives staff. Writes are audited here, whoever calls them. */
export function createOffices(deps: { Office: OfficeModel; audit: Audit }) {
  const { Office, audit } = deps;
  return {
    scopeOf: (rootId: Types.ObjectId | string) => scopeOf(Office, rootId),
    getInScope: (scope: Scope, id: string) => getOfficeInScope(Office, scope, id),
    list: (scope: Scope) => listOffices(Office, scope),
    findByCode: (code: string) => findOfficeByCode(Office, code),
    /** Office ids by code, only those inside the scope (roster imports name offices by code). */
    async idsByCode(scope: Scope, codes: string[]): Promise<Map<string, Types.ObjectId>> {
      const offices = await Office.find({ code: { $in: [...new Set(codes.filter(Boolean))] } }, { code: 1 }).lean();
      return new Map(offices.filter((o) => scope.has(o._id)).map((o) => [o.code, o._id]));
    },
    async codesOf(ids: Types.ObjectId[]): Promise<Map<string, string>> {
      const offices = await Office.find({ _id: { $in: [...new Set(ids.map(String))] } }, { code: 1 }).lean();
      return new Map(offices.map((o) => [String(o._id), o.code]));
    },
    /** The office and every office above it, root last (courses opened to any of them reach it). */
    async withAncestors(officeId: Types.ObjectId): Promise<Types.ObjectId[]> {
      const office = await Office.findById(officeId, { ancestors: 1 }).lean();
      return [officeId, ...(office?.ancestors ?? [])];
    },
    async create(actor: Actor, scope: Scope, input: { code: string; name: string; level: OfficeLevel; parentId: string }) {
      const parent = await getOfficeInScope(Office, scope, input.parentId);
      const office = await createOffice(Office, { code: input.code, name: input.name, level: input.level, parent });
      await audit.record(actor, { officeId: office._id, action: 'office.create', entity: 'office', entityId: String(office._id), after: toOfficeView(office) });
      return toOfficeView(office);
    },
    async rename(actor: Actor, before: Office, name: string) {
      const after = await renameOffice(Office, before, name);
      await audit.record(actor, { officeId: before._id, action: 'office.rename', entity: 'office', entityId: String(before._id), before: toOfficeView(before), after: toOfficeView(after) });
      return toOfficeView(after);
    },
    async move(actor: Actor, scope: Scope, office: Office, parentId: string) {
      assertNotOwnRoot(scope, office);
      const parent = await getOfficeInScope(Office, scope, parentId);
      const moved = await moveOffice(Office, office, parent);
      await audit.record(actor, { officeId: office._id, action: 'office.move', entity: 'office', entityId: String(office._id), before: toOfficeView(office), after: toOfficeView(moved) });
      return toOfficeView(moved);
    },
    view: toOfficeView,
  };
}

export type Offices = ReturnType<typeof createOffices>;
