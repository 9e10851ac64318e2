import type { Logger } from '../logger';

/** What every request carries in ctx.state once the common middleware has run. */
export interface AppState {
  requestId: string;
  log: Logger;
}
