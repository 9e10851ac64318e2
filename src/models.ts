import type { Connection } from 'mongoose';
import { onceModel } from './db/once';
import { officeModel } from './offices/model';
import { refreshTokenModel, staffModel } from './staff/model';
import { auditModel } from './audit/model';
import { contactModel, enterpriseModel, instructorModel } from './people/model';
import { bindCodeModel, bindingModel } from './binding/model';

/** Every area's models on one connection. Idempotent: calling it twice returns the same models. */
export function registerModels(conn: Connection) {
  return {
    OnceKey: onceModel(conn),
    Office: officeModel(conn),
    Staff: staffModel(conn),
    RefreshToken: refreshTokenModel(conn),
    Audit: auditModel(conn),
    Instructor: instructorModel(conn),
    Enterprise: enterpriseModel(conn),
    Contact: contactModel(conn),
    BindCode: bindCodeModel(conn),
    Binding: bindingModel(conn),
  };
}

export type Models = ReturnType<typeof registerModels>;
