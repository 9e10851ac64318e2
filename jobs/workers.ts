import type { ServiceDeps } from '../src/deps';

export interface RunningWorkers {
  close(): Promise<void>;
}

/**
 * Starts the workers that need no bot session. The bot's outbox worker is started by the bot
 * itself (bots/), because only the process logged in to WeChat can send.
 */
export async function startWorkers(_deps: ServiceDeps): Promise<RunningWorkers> {
  const workers: { close(): Promise<void> }[] = [];
  return {
    async close() {
      await Promise.all(workers.map((w) => w.close()));
    },
  };
}
