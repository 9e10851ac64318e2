import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import { Types } from 'mongoose';
import type { Clock } from '../clock';
import { isDuplicateKey } from '../db/mongo';
import { NotFound } from '../errors';
import type { Offices } from '../offices/use-cases';
import type { Scope } from '../scope';
import type { StaffRole } from '../staff/kinds';
import { REFUSED_PREFIX, type QueuedReport, type ReportFilters, type ReportJob, type ReportKind } from './kinds';
import type { ReportModels } from './model';
import type { OnProgress, ReportBody, Reports } from './use-cases';

const zip = promisify(gzip);
const unzip = promisify(gunzip);
const DAY_MS = 24 * 3600_000;

export interface ReportRunsDeps {
  clock: Clock;
  models: ReportModels;
  reports: Pick<Reports, 'check' | 'build'>;
  offices: Pick<Offices, 'scopeOf'>;
  /** The report queue (jobs/queues.ts reportJobs): adding a job (bounded, 503 when Redis is down) and what it knows of one. */
  jobs: { enqueue(job: ReportJob): Promise<void>; state(id: string): Promise<QueuedReport | null> };
  /** Finished runs (and requests) older than this are deleted by the next report job: FerretDB has no TTL index. */
  keepDays: number;
}

/** The staff member asking, with their scope. */
export interface Asker {
  staffId: Types.ObjectId;
  role: StaffRole;
  scope: Scope;
}

export type RunState = 'queued' | 'running' | 'done' | 'failed' | 'lost';

export interface RunView {
  id: string;
  kind: ReportKind;
  filters: ReportFilters;
  state: RunState;
  progress: number;
  requestedAt: string;
  finishedAt: string | null;
  error: string | null;
  report: ReportBody | null;
}

type Owner = { requesterId: Types.ObjectId | string; requesterOfficeId: Types.ObjectId | string };

const cleanFilters = (f: { [K in keyof ReportFilters]?: string | null }): ReportFilters => Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined && v !== null)) as ReportFilters;

/**
 * Reports built in a queue job (jobs/reports.ts), for the large ones. Redis holds the job, its state
 * and progress only; MongoDB holds who asked for what (at once) and each finished report, so a
 * flushed Redis loses no finished report, and a run whose job Redis lost before it finished says so.
 */
export function createReportRuns(deps: ReportRunsDeps) {
  const { models, clock } = deps;

  /** The requester, or an admin of their office or an office above it; anyone else is told there is no such run. */
  function authorize(asker: Asker, owner: Owner): void {
    if (String(owner.requesterId) === String(asker.staffId)) return;
    if (asker.role === 'admin' && asker.scope.has(owner.requesterOfficeId)) return;
    throw new NotFound('Report job not found');
  }

  async function finished(id: string, asker: Asker): Promise<RunView | null> {
    const stored = await models.ReportResult.findById(id).lean();
    if (!stored) return null;
    authorize(asker, stored);
    // The driver hands binary data back as a BSON Binary.
    const raw = stored.body as unknown;
    const report = JSON.parse((await unzip(Buffer.isBuffer(raw) ? raw : Buffer.from((raw as { buffer: Uint8Array }).buffer))).toString('utf8')) as ReportBody;
    return { id, kind: stored.kind as ReportKind, filters: cleanFilters(stored.filters ?? {}), state: 'done', progress: 100, requestedAt: stored.createdAt.toISOString(), finishedAt: stored.finishedAt.toISOString(), error: null, report };
  }

  return {
    /** Checks the filters against the asker's scope at once, records the request and queues the job. */
    async request(asker: Asker, kind: ReportKind, filters: ReportFilters): Promise<RunView> {
      const f = cleanFilters(filters);
      await deps.reports.check(kind, asker.scope, f);
      const id = new Types.ObjectId().toHexString();
      const now = clock.now();
      const owner = { requesterId: asker.staffId, requesterOfficeId: asker.scope.rootId, phonesVisible: asker.role !== 'viewer' };
      await models.ReportRequest.create({ _id: id, kind, filters: f, ...owner, createdAt: now });
      await deps.jobs.enqueue({ runId: id, kind, filters: f, requestedAt: now.toISOString(), requester: { staffId: String(asker.staffId), officeId: String(asker.scope.rootId), phonesVisible: owner.phonesVisible } });
      return { id, kind, filters: f, state: 'queued', progress: 0, requestedAt: now.toISOString(), finishedAt: null, error: null, report: null };
    },

    /** A run's state and progress, and its report once done: MongoDB first (it survives Redis), then the queue. */
    async read(asker: Asker, id: string): Promise<RunView> {
      if (!Types.ObjectId.isValid(id)) throw new NotFound('Report job not found');
      const done = await finished(id, asker);
      if (done) return done;
      const queued = await deps.jobs.state(id);
      if (queued) {
        const { data } = queued;
        authorize(asker, { requesterId: data.requester.staffId, requesterOfficeId: data.requester.officeId });
        // Finished between the two reads.
        if (queued.state === 'completed') {
          const now = await finished(id, asker);
          if (now) return now;
        }
        const state: RunState = queued.state === 'active' ? 'running' : queued.state === 'failed' ? 'failed' : queued.state === 'completed' ? 'lost' : 'queued';
        const error = state !== 'failed' ? null : queued.failedReason?.startsWith(REFUSED_PREFIX) ? queued.failedReason.slice(REFUSED_PREFIX.length) : 'The report could not be built; ask for it again.';
        return { id, kind: data.kind, filters: data.filters, state, progress: state === 'running' ? queued.progress : 0, requestedAt: data.requestedAt, finishedAt: null, error, report: null };
      }
      const asked = await models.ReportRequest.findById(id).lean();
      if (!asked) throw new NotFound('Report job not found');
      authorize(asker, asked);
      return { id, kind: asked.kind as ReportKind, filters: cleanFilters(asked.filters ?? {}), state: 'lost', progress: 0, requestedAt: asked.createdAt.toISOString(), finishedAt: null, error: 'The queue lost this job before it finished; ask for the report again.', report: null };
    },

    /**
     * What the report job does: builds the report in the requester's scope as it is now, stores it
     * (once: a retried job finds it stored), and deletes runs older than keepDays.
     */
    async run(job: ReportJob, onProgress?: OnProgress): Promise<{ runId: string; kind: ReportKind; bytes: number; pruned: number }> {
      const scope = await deps.offices.scopeOf(job.requester.officeId);
      const report = await deps.reports.build(job.kind, { scope, phonesVisible: job.requester.phonesVisible }, job.filters, onProgress);
      const body = await zip(Buffer.from(JSON.stringify(report), 'utf8'));
      const now = clock.now();
      try {
        await models.ReportResult.create({
          _id: job.runId,
          kind: job.kind,
          filters: job.filters,
          requesterId: new Types.ObjectId(job.requester.staffId),
          requesterOfficeId: new Types.ObjectId(job.requester.officeId),
          phonesVisible: job.requester.phonesVisible,
          createdAt: new Date(job.requestedAt),
          finishedAt: now,
          body,
        });
      } catch (err) {
        if (!isDuplicateKey(err)) throw err;
      }
      const before = new Date(now.getTime() - deps.keepDays * DAY_MS);
      const [results, requests] = await Promise.all([models.ReportResult.deleteMany({ createdAt: { $lt: before } }), models.ReportRequest.deleteMany({ createdAt: { $lt: before } })]);
      return { runId: job.runId, kind: job.kind, bytes: body.length, pruned: results.deletedCount + requests.deletedCount };
    },
  };
}

export type ReportRuns = ReturnType<typeof createReportRuns>;
