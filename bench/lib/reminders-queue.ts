import { performance } from 'node:perf_hooks';
import { Queue, Worker, type ConnectionOptions, type Job, type JobsOptions, type Processor } from 'bullmq';

export interface DrainResult<R> {
  seconds: number;
  completed: number;
  /** Jobs that failed for good (every attempt used). */
  failed: number;
  /** Failed attempts, final or not (BullMQ retries the others with backoff). */
  failedAttempts: number;
  firstError?: string;
  results: R[];
}

export interface DrainOptions {
  connection: ConnectionOptions;
  prefix: string;
  concurrency: number;
  /** Jobs to wait for: the run ends when this many have completed or failed for good. */
  expected: number;
  /** Gives up (throws) when nothing finished for this long. */
  stallMs: number;
  onProgress?: (done: number) => void;
}

/**
 * Runs one Worker over `queue` from now until `expected` jobs have finished, timed from the
 * Worker's start to the last completion. The Worker has an error listener and is closed either way.
 */
export async function drainWith<D, R>(queue: string, processor: Processor<D, R>, options: DrainOptions): Promise<DrainResult<R>> {
  const result: DrainResult<R> = { seconds: 0, completed: 0, failed: 0, failedAttempts: 0, results: [] };
  if (options.expected === 0) return result;
  let lastProgress = performance.now();
  let finish: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (finish = resolve));
  const settled = () => {
    lastProgress = performance.now();
    if (result.completed + result.failed >= options.expected) finish();
  };
  const started = performance.now();
  const worker = new Worker<D, R>(queue, processor, { connection: options.connection, prefix: options.prefix, concurrency: options.concurrency });
  let workerError: Error | undefined;
  worker.on('error', (err) => (workerError ??= err));
  worker.on('completed', (job: Job<D, R>) => {
    result.completed++;
    result.results.push(job.returnvalue);
    settled();
  });
  worker.on('failed', (job, err) => {
    result.failedAttempts++;
    result.firstError ??= err.message;
    if (job && job.attemptsMade >= (job.opts.attempts ?? 1)) result.failed++;
    settled();
  });
  const ticker = setInterval(() => {
    options.onProgress?.(result.completed + result.failed);
    if (performance.now() - lastProgress > options.stallMs) finish();
  }, 1000);
  try {
    await done;
    result.seconds = (performance.now() - started) / 1000;
  } finally {
    clearInterval(ticker);
    await worker.close();
  }
  if (result.completed + result.failed < options.expected) {
    throw new Error(`${queue}: ${result.completed + result.failed} of ${options.expected} jobs finished, then nothing for ${options.stallMs / 1000} s (worker error: ${workerError?.message ?? 'none'}; first job error: ${result.firstError ?? 'none'})`);
  }
  return result;
}

export interface BareResult {
  addSeconds: number;
  processSeconds: number;
}

/**
 * The floor: `count` jobs that do nothing, added with addBulk in batches of `batch` (as the digest
 * enqueuer does) under the same job options, then processed by one Worker of the same concurrency.
 * The queue is obliterated before and after.
 */
export async function bareQueueRun(options: { name: string; connection: ConnectionOptions; workerConnection: ConnectionOptions; prefix: string; count: number; batch: number; concurrency: number; jobOptions: JobsOptions; stallMs: number }): Promise<BareResult> {
  const queue = new Queue(options.name, { connection: options.connection, prefix: options.prefix, defaultJobOptions: options.jobOptions });
  queue.on('error', () => undefined);
  try {
    await queue.obliterate({ force: true });
    const addStarted = performance.now();
    for (let i = 0; i < options.count; i += options.batch) {
      const n = Math.min(options.batch, options.count - i);
      await queue.addBulk(Array.from({ length: n }, (_, k) => ({ name: 'noop', data: { i: i + k }, opts: { jobId: `bare-${i + k}` } })));
    }
    const addSeconds = (performance.now() - addStarted) / 1000;
    const run = await drainWith(options.name, async () => null, { connection: options.workerConnection, prefix: options.prefix, concurrency: options.concurrency, expected: options.count, stallMs: options.stallMs });
    return { addSeconds, processSeconds: run.seconds };
  } finally {
    await queue.obliterate({ force: true });
    await queue.close();
  }
}
