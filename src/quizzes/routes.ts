import { ApiRouter } from '../http/api-router';
import type { RouteDeps } from '../deps';
import type { StaffState } from '../auth/staff-guard';

export function quizAdminRoutes(_deps: RouteDeps): ApiRouter<StaffState> {
  return new ApiRouter<StaffState>('/api/admin');
}
