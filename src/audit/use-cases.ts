import type { Clock } from '../clock';
import type { Scope } from '../scope';
import type { AuditModel } from './model';
import { listAudit, recordAudit, recordAuditMany, type Actor, type AuditInput } from './service';

export type { Actor, AuditInput } from './service';

/** The audit log: every admin write goes through record/recordMany, whichever area makes it. */
export function createAudit(deps: { Audit: AuditModel; clock: Clock }) {
  return {
    record: (actor: Actor, input: AuditInput) => recordAudit(deps, actor, input),
    recordMany: (actor: Actor, inputs: AuditInput[]) => recordAuditMany(deps, actor, inputs),
    list: (scope: Scope, query: Parameters<typeof listAudit>[2]) => listAudit(deps.Audit, scope, query),
  };
}

export type Audit = ReturnType<typeof createAudit>;
