import type { Middleware } from 'koa';
import type { Clock } from '../clock';
import type { Config } from '../config';
import { Forbidden, Unauthorized } from '../errors';
import type { Actor } from '../audit/service';
import type { OfficeModel } from '../offices/model';
import { scopeOf, type Scope } from '../offices/service';
import type { Staff, StaffModel, StaffRole } from '../staff/model';
import type { AppState } from '../http/types';
import { bearerToken, verifyToken } from './tokens';

export interface StaffState extends AppState {
  staff: Staff;
  scope: Scope;
  actor: Actor;
}

export const STAFF_COOKIE = 'staff_token';

/**
 * Every admin route starts here: a valid, unexpired staff token for an active account, and the
 * scope (the staff's office subtree) loaded for the handlers to filter by.
 */
export function requireStaff(deps: { config: Pick<Config, 'AUTH_SECRET'>; clock: Clock; Staff: StaffModel; Office: OfficeModel }): Middleware<StaffState> {
  return async function requireStaffMiddleware(ctx, next) {
    const token = bearerToken(ctx.get('Authorization')) ?? ctx.cookies.get(STAFF_COOKIE);
    if (!token) throw new Unauthorized('Sign in first');
    const claims = verifyToken(token, deps.config.AUTH_SECRET, 'staff', deps.clock.now());
    const staff = (await deps.Staff.findById(claims.sub).lean()) as Staff | null;
    if (!staff || !staff.active) throw new Unauthorized('Account is disabled');
    ctx.state.staff = staff;
    ctx.state.scope = await scopeOf(deps.Office, staff.officeId);
    ctx.state.actor = { id: staff._id, name: staff.name, requestId: ctx.state.requestId };
    await next();
  };
}

export function requireRole(...roles: StaffRole[]): Middleware<StaffState> {
  return async function requireRoleMiddleware(ctx, next) {
    if (!roles.includes(ctx.state.staff.role as StaffRole)) {
      throw new Forbidden(`This needs the role ${roles.join(' or ')}`);
    }
    await next();
  };
}

/** Shorthands for the route tables. */
export const canRead = requireRole('admin', 'editor', 'viewer');
export const canWrite = requireRole('admin', 'editor');
export const adminOnly = requireRole('admin');
