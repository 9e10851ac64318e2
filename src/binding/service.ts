import type { Redis } from 'ioredis';
import type { Types } from 'mongoose';
import type { Clock } from '../clock';
import { generateCode as randomCode } from '../codes';
import type { Config } from '../config';
import { isDuplicateKey } from '../db/mongo';
import type { OnceGuard } from '../db/once';
import { NotFound } from '../errors';
import { FailureCounter } from '../auth/rate-limit';
import { maskName } from '../privacy';
import type { BindCodeModel, Binding, BindingModel, IdentityKind, PersonType } from './model';
import { BindCodeInvalid, BindCodeUsed, IdentityAlreadyBound, TooManyBindAttempts } from './errors';

export const CODE_LENGTH = 8;
export const generateCode = (length = CODE_LENGTH) => randomCode(length);

/** Who a code was issued to, as the people area tells it (binding keeps no names of its own). */
export type FindPerson = (personType: PersonType, personId: Types.ObjectId) => Promise<{ name: string; officeId: Types.ObjectId } | null>;

/** Told which WeChat identities lost or gained a person, so caches keyed by them can be cleared. */
export type IdentitiesChanged = (identities: { kind: IdentityKind; id: string }[]) => Promise<void>;

export const normalizeCode = (raw: string) => raw.toUpperCase().replace(/[\s-]/g, '');

export interface BindingDeps {
  config: Pick<Config, 'CACHE_PREFIX' | 'BIND_MAX_FAILURES' | 'BIND_WINDOW_S'>;
  redis: Redis;
  clock: Clock;
  once: OnceGuard;
  BindCode: BindCodeModel;
  Binding: BindingModel;
  findPerson: FindPerson;
  onIdentitiesChanged: IdentitiesChanged;
}

export interface Identity {
  kind: IdentityKind;
  /** Bot: the puppet's contact id; mini-program: the openid. */
  id: string;
  unionid?: string;
  weixin?: string;
  displayName?: string;
}

export interface BoundPerson {
  personType: PersonType;
  personId: string;
  officeId: string;
  maskedName: string;
}

/** Issues a fresh code for a person (a collision, one in billions, just draws again). */
export async function issueBindCode(deps: Pick<BindingDeps, 'BindCode' | 'clock'>, personType: PersonType, personId: Types.ObjectId): Promise<string> {
  for (;;) {
    const code = generateCode();
    try {
      await deps.BindCode.create({ _id: code, personType, personId, issuedAt: deps.clock.now() });
      return code;
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
    }
  }
}

/** Codes for many new people at once (imports): one insertMany, redrawing only the rare collisions. */
export async function issueBindCodes(
  deps: Pick<BindingDeps, 'BindCode' | 'clock'>,
  personType: PersonType,
  personIds: Types.ObjectId[],
): Promise<Map<string, string>> {
  const codes = new Map<string, string>();
  let pending = personIds;
  while (pending.length) {
    const docs = pending.map((personId) => ({ _id: generateCode(), personType, personId, issuedAt: deps.clock.now() }));
    const failed = new Set<number>();
    try {
      await deps.BindCode.insertMany(docs, { ordered: false });
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      for (const w of (err as { writeErrors?: { index: number }[] }).writeErrors ?? []) failed.add(w.index);
    }
    docs.forEach((d, i) => !failed.has(i) && codes.set(String(d.personId), d._id));
    pending = pending.filter((_, i) => failed.has(i));
  }
  return codes;
}

/** Revokes a person's codes and issues a new one; the caller stores it on the person. */
export async function reissueBindCode(deps: Pick<BindingDeps, 'BindCode' | 'clock'>, personType: PersonType, personId: Types.ObjectId): Promise<string> {
  await deps.BindCode.updateMany({ personType, personId, revoked: false }, { $set: { revoked: true } });
  return issueBindCode(deps, personType, personId);
}

/**
 * Links a WeChat identity to the person a code was issued to. The code works once, even for two
 * identities sending it at the same moment: the guard is the unique claim `bind-code:<code>`.
 */
export async function bindWithCode(deps: BindingDeps, rawCode: string, identity: Identity): Promise<BoundPerson> {
  const failures = new FailureCounter(deps.redis, `${deps.config.CACHE_PREFIX}:bind-fail`, deps.config.BIND_MAX_FAILURES, deps.config.BIND_WINDOW_S);
  const subject = `${identity.kind}:${identity.id}`;
  if (await failures.isBlocked(subject)) throw new TooManyBindAttempts();

  const code = normalizeCode(rawCode);
  const issued = code.length === CODE_LENGTH ? await deps.BindCode.findById(code).lean() : null;
  const person = issued && !issued.revoked ? await deps.findPerson(issued.personType as PersonType, issued.personId) : null;
  if (!issued || !person) {
    await failures.fail(subject);
    throw new BindCodeInvalid();
  }
  const personType = issued.personType as PersonType;

  const claimKey = `bind-code:${code}`;
  if (!(await deps.once.claim(claimKey, `${personType} ${String(issued.personId)} bound`))) throw new BindCodeUsed();
  try {
    const created = await deps.Binding.create({
      personType,
      personId: issued.personId,
      officeId: person.officeId,
      kind: identity.kind,
      identityId: identity.id,
      unionid: identity.unionid,
      weixin: identity.weixin,
      displayName: identity.displayName,
      code,
      boundAt: deps.clock.now(),
    });
    // A new code replaces the person's earlier link on this channel (a changed WeChat account),
    // removed only once the new one stands, so a refused bind never unbinds anyone.
    const replaced = await deps.Binding.find({ personType, personId: issued.personId, kind: identity.kind, _id: { $ne: created._id } }, { identityId: 1 }).lean();
    if (replaced.length) {
      await deps.Binding.deleteMany({ _id: { $in: replaced.map((b) => b._id) } });
      await deps.onIdentitiesChanged(replaced.map((b) => ({ kind: identity.kind, id: b.identityId })));
    }
  } catch (err) {
    if (!isDuplicateKey(err)) {
      await deps.once.release(claimKey);
      throw err;
    }
    const existing = await deps.Binding.findOne({ kind: identity.kind, identityId: identity.id, personType }).lean();
    if (!existing || String(existing.personId) !== String(issued.personId)) {
      // The code stays usable for its rightful owner.
      await deps.once.release(claimKey);
      throw new IdentityAlreadyBound();
    }
  }
  await failures.reset(subject);
  await deps.onIdentitiesChanged([{ kind: identity.kind, id: identity.id }]);
  return { personType, personId: String(issued.personId), officeId: String(person.officeId), maskedName: maskName(person.name) };
}

/** Who is this WeChat identity? Falls back to the weixin id when the puppet's contact id changed. */
export async function findBinding(
  deps: Pick<BindingDeps, 'Binding'>,
  identity: Pick<Identity, 'kind' | 'id' | 'weixin'>,
  personType: PersonType,
): Promise<Binding | null> {
  const direct = await deps.Binding.findOne({ kind: identity.kind, identityId: identity.id, personType }).lean();
  if (direct || !identity.weixin) return direct as Binding | null;
  const rematched = await deps.Binding.findOne({ kind: identity.kind, weixin: identity.weixin, personType }).lean();
  if (!rematched) return null;
  await deps.Binding.updateOne({ _id: rematched._id }, { $set: { identityId: identity.id } });
  return { ...rematched, identityId: identity.id } as Binding;
}

export async function requireBinding(deps: Pick<BindingDeps, 'Binding'>, identity: Identity, personType: PersonType): Promise<Binding> {
  const binding = await findBinding(deps, identity, personType);
  if (!binding) throw new NotFound('您还没有绑定身份。请发送“绑定 绑定码”完成绑定。');
  return binding;
}

/** Removes every link of these people and revokes their codes (a person deleted from the roster). */
export async function forgetPeople(deps: Pick<BindingDeps, 'Binding' | 'BindCode' | 'onIdentitiesChanged'>, personType: PersonType, personIds: Types.ObjectId[]): Promise<void> {
  if (!personIds.length) return;
  const links = await deps.Binding.find({ personType, personId: { $in: personIds } }, { kind: 1, identityId: 1 }).lean();
  await deps.Binding.deleteMany({ personType, personId: { $in: personIds } });
  await deps.BindCode.updateMany({ personType, personId: { $in: personIds }, revoked: false }, { $set: { revoked: true } });
  if (links.length) await deps.onIdentitiesChanged(links.map((l) => ({ kind: l.kind as IdentityKind, id: l.identityId })));
}

export async function boundIdsAmong(Binding: BindingModel, personType: PersonType, ids: Types.ObjectId[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await Binding.find({ personType, personId: { $in: ids } }, { personId: 1 }).lean();
  return new Set(rows.map((r) => String(r.personId)));
}
