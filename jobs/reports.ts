import { UnrecoverableError, Worker, type Job } from 'bullmq';
import type { ServiceDeps } from '../src/deps';
import { AppError, Unavailable } from '../src/errors';
import { REFUSED_PREFIX, type ReportJob } from '../src/reports/kinds';
import { QUEUE_NAMES } from './queues';

type Deps = Pick<ServiceDeps, 'areas' | 'workerRedis' | 'config' | 'logger'>;
type Outcome = Awaited<ReturnType<ServiceDeps['areas']['reports']['runs']['run']>>;

/**
 * One report job: builds the report through the reports' use case, telling the queue its progress
 * (0–100, the share of the report's reads done) as it goes. A refusal (the office no longer in the
 * requester's scope, a campaign or course gone) is permanent and not retried; anything else is.
 */
export function reportProcessor(deps: Pick<Deps, 'areas'>) {
  const { runs } = deps.areas.reports;
  return async function buildReport(job: Job<ReportJob, Outcome>): Promise<Outcome> {
    let shown = 0;
    try {
      return await runs.run(job.data, async (share) => {
        const percent = Math.floor(share * 99);
        if (percent <= shown) return;
        shown = percent;
        await job.updateProgress(percent);
      });
    } catch (err) {
      if (err instanceof AppError && !(err instanceof Unavailable)) throw new UnrecoverableError(`${REFUSED_PREFIX}${err.message}`);
      throw err;
    }
  };
}

/** One report at a time per worker: a city's report reads whole tables, and FerretDB's pool is small. */
export async function startReportWorker(deps: Deps): Promise<Worker<ReportJob, Outcome>> {
  const worker = new Worker<ReportJob, Outcome>(QUEUE_NAMES.reports, reportProcessor(deps), { connection: deps.workerRedis, prefix: deps.config.QUEUE_PREFIX, concurrency: 1 });
  worker.on('error', (err) => deps.logger.warn({ err: err.message }, 'report worker error'));
  worker.on('failed', (job, err) => deps.logger.warn({ jobId: job?.id, kind: job?.data.kind, attempts: job?.attemptsMade, err: err.message }, 'report job failed'));
  return worker;
}
