import type { Types } from 'mongoose';
import { findByEach } from '../db/mongo';
import type { Binding, IdentityKind, PersonType } from './model';
import {
  bindWithCode,
  boundIdsAmong,
  findBinding,
  forgetPeople,
  issueBindCode,
  issueBindCodes,
  reissueBindCode,
  requireBinding,
  type BindingDeps,
  type Identity,
} from './service';

/** WeChat identities linked to roster people, and the one-time codes that link them. */
export function createBinding(deps: BindingDeps) {
  return {
    bindWithCode: (code: string, identity: Identity) => bindWithCode(deps, code, identity),
    find: (identity: Pick<Identity, 'kind' | 'id' | 'weixin'>, personType: PersonType) => findBinding(deps, identity, personType),
    require: (identity: Identity, personType: PersonType) => requireBinding(deps, identity, personType),
    issueCode: (personType: PersonType, personId: Types.ObjectId) => issueBindCode(deps, personType, personId),
    issueCodes: (personType: PersonType, personIds: Types.ObjectId[]) => issueBindCodes(deps, personType, personIds),
    reissueCode: (personType: PersonType, personId: Types.ObjectId) => reissueBindCode(deps, personType, personId),
    forgetPeople: (personType: PersonType, personIds: Types.ObjectId[]) => forgetPeople(deps, personType, personIds),
    boundIdsAmong: (personType: PersonType, ids: Types.ObjectId[]) => boundIdsAmong(deps.Binding, personType, ids),
    /** Every identity bound to people of this type (one equality), for a reminder scan; a person's office may have changed since binding, so not filtered by it. */
    async identitiesOfType(personType: PersonType) {
      return deps.Binding.find({ personType }, { personId: 1, kind: 1, identityId: 1, unionid: 1 }).lean();
    },
    /**
     * Bindings of this type made under these offices (the person's office at bind time), for figures
     * across a subtree (reports): one equality per office, or one read of the type for a city.
     */
    bindingsUnder: (personType: PersonType, officeIds: readonly Types.ObjectId[]) =>
      findByEach<Pick<Binding, '_id' | 'personId' | 'officeId' | 'kind' | 'boundAt'>>(deps.Binding, 'officeId', officeIds, { personType }, { personId: 1, kind: 1, boundAt: 1 }),
    /** The identities bound to these people (a handful), for one delivery. */
    async identitiesOfPeople(personType: PersonType, personIds: Types.ObjectId[]) {
      const rows = await Promise.all(personIds.map((personId) => deps.Binding.find({ personType, personId }, { personId: 1, kind: 1, identityId: 1, unionid: 1 }).lean()));
      return rows.flat();
    },
    /** The identities of one kind linked to these people (to clear what is cached under them). */
    async identitiesOf(personType: PersonType, personIds: Types.ObjectId[], kind: IdentityKind): Promise<string[]> {
      if (!personIds.length) return [];
      const rows = await deps.Binding.find({ personType, personId: { $in: personIds }, kind }, { identityId: 1 }).lean();
      return rows.map((r) => r.identityId);
    },
  };
}

export type BindingArea = ReturnType<typeof createBinding>;
