/** The reports, by the name of their route (GET /api/admin/reports/:kind). */
export const REPORT_KINDS = ['participation', 'levels', 'funnel', 'stages', 'deliveries', 'questions'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** A report's filters as a job keeps them: ids as strings, a delivery range as ISO times fixed when it was asked. */
export interface ReportFilters {
  officeId?: string;
  campaignId?: string;
  courseId?: string;
  quizId?: string;
  from?: string;
  to?: string;
}

/** One report job (jobs/reports.ts): the run's id is the job's, and who asked, with the scope they had. */
export interface ReportJob {
  runId: string;
  kind: ReportKind;
  /** When it was asked for (ISO). */
  requestedAt: string;
  filters: ReportFilters;
  requester: { staffId: string; officeId: string; phonesVisible: boolean };
}

/** What the queue knows of a report job (jobs/queues.ts reportJobs). */
export interface QueuedReport {
  data: ReportJob;
  state: string;
  progress: number;
  failedReason: string | null;
}

/** A failure the report job gives the requester as is (a refused filter, not a bug); other failures get a generic message. */
export const REFUSED_PREFIX = 'refused: ';
