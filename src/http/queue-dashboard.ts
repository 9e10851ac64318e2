import type { Middleware } from 'koa';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { KoaAdapter } from '@bull-board/koa';
import type { RouteDeps } from '../deps';
import { adminOnly, requireStaff, type StaffState } from '../auth/staff-guard';

export const QUEUE_DASHBOARD_PATH = '/admin/queues';

/**
 * bull-board at /admin/queues, for admins only. A browser gets in with the cookie that
 * POST /api/admin/login sets; API clients with the bearer token.
 */
export function queueDashboard(deps: RouteDeps): Middleware<StaffState> {
  const adapter = new KoaAdapter();
  adapter.setBasePath(QUEUE_DASHBOARD_PATH);
  createBullBoard({ queues: deps.queues.all().map((q) => new BullMQAdapter(q)), serverAdapter: adapter });
  const board = adapter.registerPlugin() as unknown as Middleware<StaffState>;
  const staff = requireStaff({ config: deps.config, clock: deps.clock, Staff: deps.models.Staff, Office: deps.models.Office });
  return async function queueDashboardMiddleware(ctx, next) {
    if (ctx.path !== QUEUE_DASHBOARD_PATH && !ctx.path.startsWith(`${QUEUE_DASHBOARD_PATH}/`)) return next();
    await staff(ctx, () => adminOnly(ctx, () => board(ctx, next)));
  };
}
