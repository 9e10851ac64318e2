import { Types } from 'mongoose';
import type { Redis } from 'ioredis';
import type { Clock } from '../clock';
import type { Config } from '../config';
import type { OnceGuard } from '../db/once';
import { NotFound, Unauthorized } from '../errors';
import type { Actor, Audit } from '../audit/use-cases';
import type { Offices } from '../offices/use-cases';
import type { Scope } from '../scope';
import { hashPassword } from './passwords';
import { login, logout, refresh, type StaffAuthDeps } from './sign-in';
import { verifyToken } from '../auth/tokens';
import type { RefreshTokenModel, Staff, StaffModel, StaffRole } from './model';
import { createStaff, listStaff, toStaffView } from './service';

export interface StaffSession {
  staff: Staff;
  scope: Scope;
  actor: Actor;
}

/** Staff accounts, their sign-in and sessions. */
export function createStaffArea(deps: {
  Staff: StaffModel;
  RefreshToken: RefreshTokenModel;
  once: OnceGuard;
  redis: Redis;
  clock: Clock;
  config: StaffAuthDeps['config'] & Pick<Config, 'AUTH_SECRET'>;
  offices: Offices;
  audit: Audit;
}) {
  const { Staff, RefreshToken, offices, audit, clock } = deps;
  const auth: StaffAuthDeps = { config: deps.config, redis: deps.redis, clock, Staff, RefreshToken, once: deps.once };
  return {
    login: (input: { username: string; password: string; ip: string }) => login(auth, input),
    refresh: (token: string) => refresh(auth, token),
    logout: (token: string) => logout(auth, token),

    /** A valid, unexpired staff token of an active account, with the scope it reaches. */
    async authenticate(token: string, requestId?: string): Promise<StaffSession> {
      const claims = verifyToken(token, deps.config.AUTH_SECRET, 'staff', clock.now());
      const staff = (await Staff.findById(claims.sub).lean()) as Staff | null;
      if (!staff || !staff.active) throw new Unauthorized('Account is disabled');
      return { staff, scope: await offices.scopeOf(staff.officeId), actor: { id: staff._id, name: staff.name, requestId } };
    },

    /** Name and office of an active staff account (binding asks this when staff bind their chat). */
    async findForBinding(id: Types.ObjectId): Promise<{ name: string; officeId: Types.ObjectId } | null> {
      const s = (await Staff.findById(id, { name: 1, officeId: 1, active: 1 }).lean()) as Pick<Staff, 'name' | 'officeId' | 'active'> | null;
      return s && s.active !== false ? { name: s.name, officeId: s.officeId } : null;
    },
    /** The session of an active staff account found by id (the bot's admin commands, after the chat binding). */
    async sessionOf(id: Types.ObjectId): Promise<StaffSession> {
      const staff = (await Staff.findById(id).lean()) as Staff | null;
      if (!staff || !staff.active) throw new Unauthorized('您的工作人员账号已停用');
      return { staff, scope: await offices.scopeOf(staff.officeId), actor: { id: staff._id, name: staff.name } };
    },
    /** A staff account of my subtree (404 outside it). */
    async getInScope(scope: Scope, id: string): Promise<Staff> {
      const s = Types.ObjectId.isValid(id) ? ((await Staff.findById(id).lean()) as Staff | null) : null;
      if (!s || !scope.has(s.officeId)) throw new NotFound('Staff not found');
      return s;
    },

    /** Active staff of one office, for escalations. */
    async activeIdsOfOffice(officeId: Types.ObjectId): Promise<Types.ObjectId[]> {
      return (await Staff.find({ officeId }, { active: 1 }).lean()).filter((s) => s.active !== false).map((s) => s._id);
    },
    async contactCard(id: Types.ObjectId): Promise<{ name: string; wecomUserId: string | null } | null> {
      const s = await Staff.findById(id, { name: 1, wecomUserId: 1 }).lean();
      return s ? { name: s.name, wecomUserId: s.wecomUserId ?? null } : null;
    },
    list: (scope: Scope) => listStaff(Staff, scope),

    async create(actor: Actor, scope: Scope, input: { username: string; name: string; role: StaffRole; officeId: string; password: string }) {
      const office = await offices.getInScope(scope, input.officeId);
      const created = await createStaff(Staff, { ...input, officeId: office._id });
      await audit.record(actor, { officeId: office._id, action: 'staff.create', entity: 'staff', entityId: String(created._id), after: toStaffView(created) });
      return toStaffView(created);
    },

    async update(actor: Actor, scope: Scope, id: string, changes: { name?: string; role?: StaffRole; active?: boolean; password?: string }) {
      const before = /^[0-9a-f]{24}$/.test(id) ? ((await Staff.findById(id).lean()) as Staff | null) : null;
      if (!before || !scope.has(before.officeId)) throw new NotFound('Staff not found');
      const { password: newPassword, ...fields } = changes;
      const set: Record<string, unknown> = { ...fields };
      if (newPassword) set.passwordHash = await hashPassword(newPassword);
      await Staff.updateOne({ _id: before._id }, { $set: set });
      // A new password (or a disabled account) ends every session: refresh tokens stop working.
      if (newPassword || fields.active === false) await RefreshToken.deleteMany({ staffId: before._id });
      const after = { ...before, ...fields };
      await audit.record(actor, {
        officeId: before.officeId,
        action: newPassword ? 'staff.update+password' : 'staff.update',
        entity: 'staff',
        entityId: id,
        before: toStaffView(before),
        after: toStaffView(after),
      });
      return toStaffView(after);
    },
  };
}

export type StaffArea = ReturnType<typeof createStaffArea>;
