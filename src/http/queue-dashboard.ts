import type { Middleware } from 'koa';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { KoaAdapter } from '@bull-board/koa';
import type { Queue } from 'bullmq';
import { ADMIN_ONLY } from '../staff/kinds';
import type { RouteGuards } from './api-router';
import type { StaffState } from './guards';
import { QUEUE_DASHBOARD_PATH } from './queue-path';

export { QUEUE_DASHBOARD_PATH };

/**
 * bull-board at /admin/queues, for admins only. A browser gets in with the cookie that
 * POST /api/admin/login sets; API clients with the bearer token.
 */
export function queueDashboard(deps: { queues: Queue[]; guards: RouteGuards }): Middleware<StaffState> {
  const adapter = new KoaAdapter();
  adapter.setBasePath(QUEUE_DASHBOARD_PATH);
  createBullBoard({ queues: deps.queues.map((q) => new BullMQAdapter(q)), serverAdapter: adapter });
  const board = adapter.registerPlugin() as unknown as Middleware<StaffState>;
  const admin = deps.guards.staff(ADMIN_ONLY) as unknown as Middleware<StaffState>;
  return async function queueDashboardMiddleware(ctx, next) {
    if (ctx.path !== QUEUE_DASHBOARD_PATH && !ctx.path.startsWith(`${QUEUE_DASHBOARD_PATH}/`)) return next();
    await admin(ctx, () => board(ctx, next));
  };
}
