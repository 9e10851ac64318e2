import type { Middleware } from 'koa';
import type { Clock } from '../clock';
import type { Config } from '../config';
import { Forbidden, Unauthorized } from '../errors';
import { bearerToken, verifyToken } from '../auth/tokens';
import { requireCsrf } from './csrf';
import { QUEUE_DASHBOARD_PATH } from './queue-path';
import type { Actor } from '../audit/use-cases';
import type { Learner } from '../learning/learner';
import type { Learning } from '../learning/use-cases';
import type { Campaigns, ContactActor } from '../campaigns/use-cases';
import type { Scope } from '../scope';
import type { StaffRole } from '../staff/kinds';
import type { Staff } from '../staff/model';
import type { StaffArea } from '../staff/use-cases';
import type { RouteGuards } from './api-router';
import type { AppState } from './types';

export interface StaffState extends AppState {
  staff: Staff;
  scope: Scope;
  actor: Actor;
}

export interface MpState extends AppState {
  mp: { openid: string; unionid?: string };
}

export interface LearnerState extends MpState {
  learner: Learner;
}

export interface ContactState extends MpState {
  contact: ContactActor;
}

/** The browser's way in (bull-board at /admin/queues): the sign-in also sets this cookie. */
export const STAFF_COOKIE = 'staff_token';

/**
 * The guards routes declare in their docs (RouteAuth). Staff: a valid token of an active account,
 * with the scope (their office's subtree) loaded for handlers to filter by, and one of the roles.
 * Mini-program: a token bound to the user's openid; learner: that openid bound to an instructor;
 * contact: bound to an enterprise contact.
 */
export function createGuards(deps: { config: Pick<Config, 'AUTH_SECRET'>; clock: Clock; staff: Pick<StaffArea, 'authenticate'>; learning: Pick<Learning, 'learnerForOpenid'>; campaigns: Pick<Campaigns, 'contactForOpenid'> }): RouteGuards {
  const byRoles = new Map<string, Middleware<StaffState>>();
  const signedInStaff: Middleware<StaffState> = async function requireStaff(ctx, next) {
    const bearer = bearerToken(ctx.get('Authorization'));
    const token = bearer ?? ctx.cookies.get(STAFF_COOKIE);
    if (!token) throw new Unauthorized('Sign in first');
    if (!bearer) requireCsrf(ctx, [QUEUE_DASHBOARD_PATH]);
    Object.assign(ctx.state, await deps.staff.authenticate(token, ctx.state.requestId));
    await next();
  };
  const mp: Middleware<MpState> = async function requireMpUser(ctx, next) {
    const token = bearerToken(ctx.get('Authorization'));
    if (!token) throw new Unauthorized('请先登录');
    const claims = verifyToken(token, deps.config.AUTH_SECRET, 'mp', deps.clock.now());
    ctx.state.mp = { openid: claims.sub, unionid: claims.unionid };
    await next();
  };
  const learner: Middleware<LearnerState> = async function requireLearner(ctx, next) {
    await mp(ctx, async () => {
      ctx.state.learner = await deps.learning.learnerForOpenid(ctx.state.mp.openid);
      await next();
    });
  };
  const contact: Middleware<ContactState> = async function requireContact(ctx, next) {
    await mp(ctx, async () => {
      ctx.state.contact = await deps.campaigns.contactForOpenid(ctx.state.mp.openid);
      await next();
    });
  };
  return {
    staff(roles: readonly StaffRole[]) {
      const key = roles.join(',');
      let guard = byRoles.get(key);
      if (!guard) {
        guard = async function requireStaffRole(ctx, next) {
          await signedInStaff(ctx, async () => {
            if (!roles.includes(ctx.state.staff.role as StaffRole)) throw new Forbidden(`This needs the role ${roles.join(' or ')}`);
            await next();
          });
        };
        byRoles.set(key, guard);
      }
      return guard as Middleware;
    },
    mp: mp as Middleware,
    learner: learner as Middleware,
    contact: contact as Middleware,
  };
}
