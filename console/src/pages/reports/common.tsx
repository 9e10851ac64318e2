import { useState, type ReactNode } from 'react';
import { App, Button, Select, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { ApiError } from '../../api/client';
import { listCampaigns } from '../../api/campaigns';
import { listCourses } from '../../api/courses';
import { exportReport, exportReportJob, runReportJob, type JobBody, type JobKey, type ReportKey } from '../../api/reports';
import { useMe } from '../../auth/AuthContext';
import { errorMessage } from '../../lib/errors';
import { canWrite } from '../../lib/roles';
import { useRequest } from '../../lib/use-request';

export const RED = '#c8161d';
export const GREEN = '#389e0d';

/** A 404 from a report means there is nothing to report yet (no open campaign, no published course). */
export const nothingYet = (err: unknown) => err instanceof ApiError && err.status === 404 && err.code !== 'office_out_of_scope';
export const pct = (v: number | null | undefined, digits = 1) => (v === null || v === undefined ? '—' : `${(v * 100).toFixed(digits)}%`);
export const shortName = (n: string) => n.replace(/和创办$/, '') || n;

/**
 * The 导出 XLSX button: admins and editors only (the API refuses viewers). For a report built as a
 * job (`job`), the workbook comes from the finished job (`GET …/jobs/:id?format=xlsx`); the button
 * waits while the job runs, and when the page's job does not match `query` (a single quiz) it asks
 * for a job of its own first.
 */
export function ExportButton({ report, query, job }: { report: ReportKey; query: Record<string, string | number | undefined>; job?: { id: string | undefined; running: boolean } }) {
  const { role } = useMe();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  if (!canWrite(role)) return null;
  const save = (): Promise<void> => {
    if (!job) return exportReport(report, query);
    const key = report as JobKey;
    if (job.id) return exportReportJob(key, job.id);
    return runReportJob(key, query as JobBody<JobKey>).then((run) => exportReportJob(key, run.id));
  };
  return (
    <Button
      icon={<DownloadOutlined />}
      loading={busy}
      disabled={job?.running}
      style={{ marginLeft: 'auto' }}
      data-testid="export-xlsx"
      onClick={() => {
        setBusy(true);
        save()
          .catch((err: unknown) => message.error(errorMessage(err)))
          .finally(() => setBusy(false));
      }}
    >
      导出 XLSX
    </Button>
  );
}

export function CampaignSelect({ value, onChange }: { value?: string; onChange: (v?: string) => void }) {
  const list = useRequest((signal) => listCampaigns(signal), []);
  return (
    <Select
      allowClear
      placeholder="最新进行中的创建活动"
      style={{ width: 260 }}
      value={value}
      onChange={onChange}
      loading={list.loading}
      options={(list.data?.items ?? []).map((c) => ({ value: c.id, label: `${c.name}${c.closed ? '（已结束）' : ''}` }))}
      aria-label="创建活动"
    />
  );
}

export function CourseSelect({ value, onChange }: { value?: string; onChange: (v?: string) => void }) {
  const list = useRequest((signal) => listCourses({ published: 'true', pageSize: 100 }, signal), []);
  return (
    <Select
      allowClear
      placeholder="最新发布的课程"
      style={{ width: 260 }}
      value={value}
      onChange={onChange}
      loading={list.loading}
      options={(list.data?.items ?? []).map((c) => ({ value: c.id, label: c.title }))}
      aria-label="课程"
    />
  );
}

export function Toolbar({ children }: { children: ReactNode }) {
  return (
    <div className="toolbar" style={{ alignItems: 'center' }}>
      {children}
    </div>
  );
}

export function Note({ children }: { children: ReactNode }) {
  return (
    <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 8, marginBottom: 0 }}>
      {children}
    </Typography.Paragraph>
  );
}
