import type { Connection } from 'mongoose';
import { onceModel } from './db/once';
import { officeModel } from './offices/model';
import { refreshTokenModel, staffModel } from './staff/model';
import { auditModel } from './audit/model';

/** Every area's models on one connection. Idempotent: calling it twice returns the same models. */
export function registerModels(conn: Connection) {
  return {
    OnceKey: onceModel(conn),
    Office: officeModel(conn),
    Staff: staffModel(conn),
    RefreshToken: refreshTokenModel(conn),
    Audit: auditModel(conn),
  };
}

export type Models = ReturnType<typeof registerModels>;
