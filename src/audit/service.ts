import type { Types } from 'mongoose';
import type { Clock } from '../clock';
import { redactDeep } from '../privacy';
import type { AuditModel } from './model';
import type { Scope } from '../scope';

export interface Actor {
  id: Types.ObjectId | string;
  name: string;
  requestId?: string;
}

export interface AuditInput {
  officeId: Types.ObjectId | string;
  action: string;
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/** Plain JSON of a lean document or view, with ObjectIds and Dates as strings, phones masked, codes left out. */
export const snapshot = (value: unknown) => (value == null ? null : redactDeep(JSON.parse(JSON.stringify(value)) as unknown));

const entryOf = (actor: Actor, input: AuditInput, at: Date) => ({
  at,
  actorId: actor.id,
  actorName: actor.name,
  officeId: input.officeId,
  action: input.action,
  entity: input.entity,
  entityId: input.entityId,
  before: snapshot(input.before),
  after: snapshot(input.after),
  requestId: actor.requestId,
});

export async function recordAudit(deps: { Audit: AuditModel; clock: Clock }, actor: Actor, input: AuditInput): Promise<void> {
  await deps.Audit.create(entryOf(actor, input, deps.clock.now()));
}

/** Many records of one act (an import) in one write; each keeps its own before and after. */
export async function recordAuditMany(deps: { Audit: AuditModel; clock: Clock }, actor: Actor, inputs: AuditInput[]): Promise<void> {
  if (!inputs.length) return;
  const at = deps.clock.now();
  await deps.Audit.insertMany(inputs.map((input) => entryOf(actor, input, at)));
}

export async function listAudit(
  Audit: AuditModel,
  scope: Scope,
  query: { entity?: string; entityId?: string; page: number; pageSize: number },
) {
  const filter: Record<string, unknown> = { officeId: { $in: scope.officeIds } };
  if (query.entity) filter.entity = query.entity;
  if (query.entityId) filter.entityId = query.entityId;
  const [items, total] = await Promise.all([
    Audit.find(filter).sort({ at: -1, _id: -1 }).skip((query.page - 1) * query.pageSize).limit(query.pageSize).lean(),
    Audit.countDocuments(filter),
  ]);
  return {
    total,
    page: query.page,
    pageSize: query.pageSize,
    items: items.map((e) => ({
      id: String(e._id),
      at: e.at.toISOString(),
      actor: { id: String(e.actorId), name: e.actorName },
      officeId: String(e.officeId),
      action: e.action,
      entity: e.entity,
      entityId: e.entityId,
      before: e.before,
      after: e.after,
    })),
  };
}
