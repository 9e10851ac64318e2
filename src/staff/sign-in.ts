import { createHash, randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Clock } from '../clock';
import type { Config } from '../config';
import { OnceGuard } from '../db/once';
import { TooManyRequests, Unauthorized } from '../errors';
import type { RefreshTokenModel, Staff, StaffModel } from './model';
import { hashPassword, verifyPassword } from './passwords';
import { FailureCounter } from '../auth/rate-limit';
import { signToken } from '../auth/tokens';

export interface StaffAuthDeps {
  config: Pick<Config, 'AUTH_SECRET' | 'STAFF_TOKEN_TTL_S' | 'STAFF_REFRESH_TTL_S' | 'LOGIN_MAX_FAILURES' | 'LOGIN_WINDOW_S' | 'CACHE_PREFIX'>;
  redis: Redis;
  clock: Clock;
  Staff: StaffModel;
  RefreshToken: RefreshTokenModel;
  once: OnceGuard;
}

export interface Session {
  accessToken: string;
  expiresIn: number;
  refreshToken: string;
  staff: { id: string; username: string; name: string; role: string; officeId: string };
}

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

// Compared against when the username is unknown, so timing does not tell which usernames exist.
let dummyHash: Promise<string> | undefined;

export function staffView(s: Staff): Session['staff'] {
  return { id: String(s._id), username: s.username, name: s.name, role: s.role, officeId: String(s.officeId) };
}

async function issueSession(deps: StaffAuthDeps, staff: Staff): Promise<Session> {
  const now = deps.clock.now();
  const refreshToken = randomBytes(32).toString('base64url');
  await deps.RefreshToken.create({
    _id: hashOf(refreshToken),
    staffId: staff._id,
    expiresAt: new Date(now.getTime() + deps.config.STAFF_REFRESH_TTL_S * 1000),
  });
  return {
    accessToken: signToken({ sub: String(staff._id), kind: 'staff' }, deps.config.AUTH_SECRET, deps.config.STAFF_TOKEN_TTL_S, now),
    expiresIn: deps.config.STAFF_TOKEN_TTL_S,
    refreshToken,
    staff: staffView(staff),
  };
}

/**
 * Password sign-in. After LOGIN_MAX_FAILURES failures within the window, for the account or for
 * the IP, every try is refused with 429 before the password is even checked.
 */
export async function login(deps: StaffAuthDeps, input: { username: string; password: string; ip: string }): Promise<Session> {
  const counter = new FailureCounter(deps.redis, `${deps.config.CACHE_PREFIX}:login-fail`, deps.config.LOGIN_MAX_FAILURES, deps.config.LOGIN_WINDOW_S);
  const subjects = [`user:${input.username.toLowerCase()}`, `ip:${input.ip}`];
  for (const subject of subjects) {
    if (await counter.isBlocked(subject)) throw new TooManyRequests('Too many failed sign-ins. Try again later.');
  }
  const staff = (await deps.Staff.findOne({ username: input.username }).lean()) as Staff | null;
  const ok = staff
    ? await verifyPassword(input.password, staff.passwordHash)
    : await verifyPassword(input.password, await (dummyHash ??= hashPassword('not-a-real-password')));
  if (!staff || !ok || !staff.active) {
    await Promise.all(subjects.map((s) => counter.fail(s)));
    throw new Unauthorized('Wrong username or password');
  }
  await counter.reset(subjects[0]);
  return issueSession(deps, staff);
}

/** Swaps a refresh token for a new session; each refresh token works once. */
export async function refresh(deps: StaffAuthDeps, refreshToken: string): Promise<Session> {
  const id = hashOf(refreshToken);
  const stored = await deps.RefreshToken.findById(id).lean();
  if (!stored || stored.expiresAt.getTime() <= deps.clock.now().getTime()) throw new Unauthorized('Refresh token is invalid or expired');
  if (!(await deps.once.claim(`refresh-used:${id}`, 'staff refresh token rotated'))) throw new Unauthorized('Refresh token was already used');
  const staff = (await deps.Staff.findById(stored.staffId).lean()) as Staff | null;
  if (!staff || !staff.active) throw new Unauthorized('Account is disabled');
  await deps.RefreshToken.deleteOne({ _id: id });
  return issueSession(deps, staff);
}

export async function logout(deps: Pick<StaffAuthDeps, 'RefreshToken'>, refreshToken: string): Promise<void> {
  await deps.RefreshToken.deleteOne({ _id: hashOf(refreshToken) });
}
