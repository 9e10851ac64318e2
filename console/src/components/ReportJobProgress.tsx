import { Progress, Typography } from 'antd';
import { formatTime } from '../lib/format';
import type { JobStatus, ReportJobState } from '../lib/use-report-job';

/** 排队中 / 生成中 N% / 已完成: a report job's state in a few words. */
export function jobStatusText({ state, progress }: JobStatus): string {
  if (state === 'queued') return '排队中';
  if (state === 'running') return `生成中 ${Math.round(progress)}%`;
  if (state === 'done') return '已完成';
  if (state === 'lost') return '任务丢失，重新排队中';
  return '生成失败';
}

/**
 * A report being built in a queue job: a progress bar and its status line, in place of the report
 * until it is done. `compact` for a card (the dashboard).
 */
export function ReportJobProgress({ status, compact }: { status: JobStatus; compact?: boolean }) {
  const percent = status.state === 'done' ? 100 : status.state === 'running' ? status.progress : 0;
  return (
    <div className={compact ? 'report-job report-job-compact' : 'report-job'} role="status" aria-live="polite" data-testid="report-job">
      <Progress percent={percent} status="active" strokeColor="#c8161d" size={compact ? 'small' : 'default'} showInfo={false} />
      <Typography.Text type="secondary" data-testid="report-job-status">
        {jobStatusText(status)}
      </Typography.Text>
      {!compact && (
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 4, marginBottom: 0 }}>
          报表在后台生成，完成后自动显示
        </Typography.Paragraph>
      )}
    </div>
  );
}

/** 已完成 · when the finished report was built (it is a snapshot of that moment). */
export function ReportJobDone({ job }: { job: Pick<ReportJobState<unknown>, 'running' | 'finishedAt' | 'jobId'> }) {
  if (job.running || !job.jobId) return null;
  return (
    <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="report-job-done">
      已完成{job.finishedAt ? ` · ${formatTime(job.finishedAt)} 生成` : ''}
    </Typography.Text>
  );
}
