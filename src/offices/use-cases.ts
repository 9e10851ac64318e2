import { Types } from 'mongoose';
import { createVersionedCache, reloadsAfter, type ContentCacheSettings } from '../db/versioned-cache';
import type { Actor, Audit } from '../audit/use-cases';
import type { Office, OfficeLevel, OfficeModel } from './model';
import { assertNotOwnRoot, createOffice, findOfficeByCode, getOfficeInScope, listOffices, moveOffice, renameOffice, scopeOf, toOfficeView, type Scope } from './service';

/** The office tree and the scopes it gives staff. Writes are audited here, whoever calls them. */
export function createOffices(deps: { Office: OfficeModel; audit: Audit; contentCache: ContentCacheSettings }) {
  const { Office, audit } = deps;
  // The whole tree (a city has a couple of hundred offices), in memory per process: every staff
  // request asks for a scope and every learner request for the learner's office's ancestors.
  const tree = createVersionedCache({
    redis: deps.contentCache.redis,
    key: `${deps.contentCache.prefix}:content:offices`,
    ttlMs: deps.contentCache.ttlMs,
    now: deps.contentCache.now,
    load: async () => {
      const all = (await Office.find({}, { ancestors: 1 }).lean()) as Pick<Office, '_id' | 'ancestors'>[];
      const below = new Map<string, Types.ObjectId[]>();
      for (const o of all) for (const a of o.ancestors) below.set(String(a), [...(below.get(String(a)) ?? []), o._id]);
      return { ancestors: new Map(all.map((o) => [String(o._id), o.ancestors])), below };
    },
  });
  const changing = reloadsAfter(tree);
  return {
    async scopeOf(rootId: Types.ObjectId | string): Promise<Scope> {
      const held = await tree.get();
      // An office this process has not seen yet (made by a script moments ago): ask MongoDB.
      if (!held.ancestors.has(String(rootId))) return scopeOf(Office, rootId);
      const root = new Types.ObjectId(String(rootId));
      const officeIds = [root, ...(held.below.get(String(root)) ?? [])];
      const set = new Set(officeIds.map(String));
      return { rootId: root, officeIds, has: (id) => id != null && set.has(String(id)) };
    },
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
      const held = (await tree.get()).ancestors.get(String(officeId));
      if (held) return [officeId, ...held];
      const office = await Office.findById(officeId, { ancestors: 1 }).lean();
      return [officeId, ...(office?.ancestors ?? [])];
    },
    create: changing(async (actor: Actor, scope: Scope, input: { code: string; name: string; level: OfficeLevel; parentId: string }) => {
      const parent = await getOfficeInScope(Office, scope, input.parentId);
      const office = await createOffice(Office, { code: input.code, name: input.name, level: input.level, parent });
      await audit.record(actor, { officeId: office._id, action: 'office.create', entity: 'office', entityId: String(office._id), after: toOfficeView(office) });
      return toOfficeView(office);
    }),
    async rename(actor: Actor, before: Office, name: string) {
      const after = await renameOffice(Office, before, name);
      await audit.record(actor, { officeId: before._id, action: 'office.rename', entity: 'office', entityId: String(before._id), before: toOfficeView(before), after: toOfficeView(after) });
      return toOfficeView(after);
    },
    move: changing(async (actor: Actor, scope: Scope, office: Office, parentId: string) => {
      assertNotOwnRoot(scope, office);
      const parent = await getOfficeInScope(Office, scope, parentId);
      const moved = await moveOffice(Office, office, parent);
      await audit.record(actor, { officeId: office._id, action: 'office.move', entity: 'office', entityId: String(office._id), before: toOfficeView(office), after: toOfficeView(moved) });
      return toOfficeView(moved);
    }),
    view: toOfficeView,
  };
}

export type Offices = ReturnType<typeof createOffices>;
