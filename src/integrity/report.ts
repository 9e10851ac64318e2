import { Types } from 'mongoose';
import type { Actor, Audit } from '../audit/use-cases';
import type { Clock } from '../clock';
import { anyOf, isDuplicateKey } from '../db/mongo';
import { NotFound } from '../errors';
import type { Offices } from '../offices/use-cases';
import type { Scope } from '../scope';
import { FlagAlreadyCleared } from './errors';
import type { FlagClearance, FlagKind, IntegrityFlag, IntegrityModels } from './model';

export interface FlagQuery {
  kind?: FlagKind;
  status?: 'open' | 'cleared';
  officeId?: string;
  learnerId?: string;
  quizId?: string;
  page: number;
  pageSize: number;
}

export function flagView(f: IntegrityFlag, c: FlagClearance | null | undefined) {
  return {
    id: String(f._id),
    kind: f.kind,
    status: c ? ('cleared' as const) : ('open' as const),
    summary: f.summary,
    officeId: String(f.officeId),
    learner: { id: String(f.learnerId), name: f.learnerName },
    quiz: { id: String(f.quizId), title: f.quizTitle ?? '' },
    courseId: String(f.courseId),
    attemptId: String(f.attemptId),
    occurredAt: f.occurredAt.toISOString(),
    detectedAt: f.detectedAt.toISOString(),
    evidence: f.evidence as unknown,
    cleared: c ? { reason: c.reason, by: { id: String(c.byId), name: c.byName }, at: c.at.toISOString() } : null,
  };
}
export type FlagView = ReturnType<typeof flagView>;

/**
 * The integrity report: flags of the learners in the caller's subtree, newest first, with their
 * evidence; an office clears one with a reason (a record of its own, audited). Nothing here
 * changes a grade, a read or a certificate: the flags inform, people decide.
 */
export function createReport(deps: { models: Pick<IntegrityModels, 'IntegrityFlag' | 'FlagClearance'>; clock: Clock; audit: Pick<Audit, 'record'>; offices: Pick<Offices, 'scopeOf'> }) {
  const { IntegrityFlag, FlagClearance } = deps.models;

  async function inScope(scope: Scope, id: string): Promise<IntegrityFlag> {
    const flag = Types.ObjectId.isValid(id) ? ((await IntegrityFlag.findById(id).lean()) as IntegrityFlag | null) : null;
    if (!flag || !scope.has(flag.officeId)) throw new NotFound('Flag not found');
    return flag;
  }

  return {
    async list(asked: Scope, query: FlagQuery) {
      let scope = asked;
      if (query.officeId) {
        if (!asked.has(query.officeId)) throw new NotFound('Office not found');
        scope = await deps.offices.scopeOf(query.officeId);
      }
      const filter: Record<string, unknown> = { officeId: anyOf(scope.officeIds) };
      if (query.kind) filter.kind = query.kind;
      if (query.learnerId) filter.learnerId = new Types.ObjectId(query.learnerId);
      if (query.quizId) filter.quizId = new Types.ObjectId(query.quizId);
      const skip = (query.page - 1) * query.pageSize;
      let items: IntegrityFlag[];
      let total: number;
      if (query.status) {
        // A flag's status lives in another collection (no joins here): the subtree's flags are few
        // (a handful per office and month), so they are read whole and split by their clearances.
        const [all, cleared] = await Promise.all([
          IntegrityFlag.find(filter).sort({ detectedAt: -1, _id: -1 }).lean() as Promise<IntegrityFlag[]>,
          FlagClearance.find({ officeId: anyOf(scope.officeIds) }, { _id: 1 }).lean(),
        ]);
        const ids = new Set(cleared.map((c) => String(c._id)));
        const wanted = all.filter((f) => ids.has(String(f._id)) === (query.status === 'cleared'));
        items = wanted.slice(skip, skip + query.pageSize);
        total = wanted.length;
      } else {
        [items, total] = await Promise.all([
          IntegrityFlag.find(filter).sort({ detectedAt: -1, _id: -1 }).skip(skip).limit(query.pageSize).lean() as Promise<IntegrityFlag[]>,
          IntegrityFlag.countDocuments(filter),
        ]);
      }
      const clearances = items.length ? ((await FlagClearance.find({ _id: anyOf(items.map((f) => f._id)) }).lean()) as FlagClearance[]) : [];
      const byFlag = new Map(clearances.map((c) => [String(c._id), c]));
      return { total, page: query.page, pageSize: query.pageSize, items: items.map((f) => flagView(f, byFlag.get(String(f._id)))) };
    },

    async get(scope: Scope, id: string): Promise<FlagView> {
      const flag = await inScope(scope, id);
      return flagView(flag, (await FlagClearance.findById(flag._id).lean()) as FlagClearance | null);
    },

    /** Clears a flag once (the clearance's _id is the flag's); a second clear is 409. Audited. */
    async clear(actor: Actor, scope: Scope, id: string, reason: string): Promise<FlagView> {
      const flag = await inScope(scope, id);
      const clearance: FlagClearance = { _id: flag._id, officeId: flag.officeId, reason, byId: new Types.ObjectId(String(actor.id)), byName: actor.name, at: deps.clock.now() };
      try {
        await FlagClearance.create(clearance);
      } catch (err) {
        if (!isDuplicateKey(err)) throw err;
        throw new FlagAlreadyCleared('这条提示已被清除');
      }
      const after = flagView(flag, clearance);
      await deps.audit.record(actor, { officeId: flag.officeId, action: 'integrity_flag.clear', entity: 'integrity_flag', entityId: String(flag._id), before: { ...after, status: 'open', cleared: null }, after });
      return after;
    },
  };
}

export type Report = ReturnType<typeof createReport>;
