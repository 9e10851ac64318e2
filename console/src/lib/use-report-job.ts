import { useCallback, useEffect, useRef, useState } from 'react';
import { readReportJob, runReportJob, type JobBody, type JobKey, type JobReports, type RunState, type RunView } from '../api/reports';

export interface JobStatus {
  state: RunState;
  /** 0–100 while running. */
  progress: number;
}

export interface ReportJobState<T> {
  data: T | undefined;
  error: unknown;
  /** A job is being asked for or built: show its progress (components/ReportJobProgress). */
  running: boolean;
  /** Running, or another page of the finished job being read (stages). */
  loading: boolean;
  status: JobStatus;
  /** The finished job the data came from: its workbook is `exportReportJob(kind, jobId)`. */
  jobId: string | undefined;
  finishedAt: string | null;
  /** Asks for the report again (重试). */
  reload: () => void;
}

const QUEUED: JobStatus = { state: 'queued', progress: 0 };

/**
 * A heavy report as a queue job (api/reports.ts runReportJob): asked for again whenever `deps`
 * change (the filters), polled about once a second, and abandoned — the polling aborted — when
 * the filters change or the page goes away, so an old job's answer never replaces a newer one.
 * `view` (a stages report's page) is read from the finished job without asking again.
 */
export function useReportJob<K extends JobKey>(kind: K, body: JobBody<K>, deps: readonly unknown[], view: RunView = {}): ReportJobState<JobReports[K]> {
  const [data, setData] = useState<JobReports[K]>();
  const [error, setError] = useState<unknown>();
  const [running, setRunning] = useState(true);
  const [paging, setPaging] = useState(false);
  const [status, setStatus] = useState<JobStatus>(QUEUED);
  const [jobId, setJobId] = useState<string>();
  const [finishedAt, setFinishedAt] = useState<string | null>(null);
  const [tick, setTick] = useState(0);
  const bodyRef = useRef(body);
  bodyRef.current = body;
  const viewKey = JSON.stringify(view);
  const viewRef = useRef(view);
  viewRef.current = view;
  /** The view the data shows. */
  const shown = useRef<string>();

  useEffect(() => {
    const controller = new AbortController();
    let asked = '';
    setRunning(true);
    setError(undefined);
    setJobId(undefined);
    setFinishedAt(null);
    setStatus(QUEUED);
    runReportJob(kind, bodyRef.current, {
      signal: controller.signal,
      view: () => {
        asked = JSON.stringify(viewRef.current);
        return viewRef.current;
      },
      onStatus: (run) => {
        if (!controller.signal.aborted) setStatus({ state: run.state, progress: run.progress });
      },
    }).then(
      (run) => {
        if (controller.signal.aborted) return;
        shown.current = asked;
        setData(run.report);
        setStatus({ state: 'done', progress: 100 });
        setFinishedAt(run.finishedAt);
        setJobId(run.id);
        setRunning(false);
      },
      (err: unknown) => {
        if (controller.signal.aborted) return;
        setError(err);
        setRunning(false);
      },
    );
    return () => controller.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [kind, ...deps, tick]);

  // Another page of the finished job (the page chosen while it ran was asked at its last poll).
  useEffect(() => {
    if (!jobId || shown.current === viewKey) return;
    const controller = new AbortController();
    setPaging(true);
    readReportJob(jobId, viewRef.current, controller.signal).then(
      (run) => {
        if (controller.signal.aborted) return;
        if (run.report) {
          shown.current = viewKey;
          setData(run.report as JobReports[K]);
        }
        setPaging(false);
      },
      (err: unknown) => {
        if (controller.signal.aborted) return;
        setError(err);
        setPaging(false);
      },
    );
    return () => {
      controller.abort();
      setPaging(false);
    };
  }, [jobId, viewKey]);

  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { data, error, running, loading: running || paging, status, jobId, finishedAt, reload };
}
