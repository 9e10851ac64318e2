import type { ServiceDeps } from '../src/deps';
import { startLearningUpkeepWorker } from './learning-upkeep';
import { startIntegrityWorker } from './integrity';
import { startQuizDeadlineWorker } from './quiz-deadlines';
import { startReminderWorkers } from './reminders';
import { startBroadcastWorkers } from './broadcasts';
import { startReportWorker } from './reports';

export interface RunningWorkers {
  close(): Promise<void>;
}

/**
 * Starts the workers that need no bot session. The bot's outbox worker is started by the bot
 * itself (bots/), because only the process logged in to WeChat can send.
 */
export async function startWorkers(deps: ServiceDeps): Promise<RunningWorkers> {
  const workers: { close(): Promise<void> }[] = [await startQuizDeadlineWorker(deps), await startLearningUpkeepWorker(deps), await startIntegrityWorker(deps), await startReminderWorkers(deps), await startBroadcastWorkers(deps), await startReportWorker(deps)];
  return {
    async close() {
      await Promise.all(workers.map((w) => w.close()));
    },
  };
}
