import type { ServiceDeps } from '../src/deps';

export interface RunningBot {
  stop(): Promise<void>;
}

export async function startBot(_deps: ServiceDeps): Promise<RunningBot> {
  return { stop: async () => undefined };
}
