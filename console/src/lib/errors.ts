import { ApiError } from '../api/client';
import { ReportJobError } from '../api/reports';

/** The message to show for anything a request threw. */
export function errorMessage(err: unknown): string {
  if (err instanceof ApiError) return err.message;
  if (err instanceof ReportJobError) {
    const why = err.reason ? `（${err.reason}）` : '';
    return err.state === 'failed' ? `报表生成失败${why}` : `报表任务丢失，重新排队后仍未完成${why}`;
  }
  return '出错了，请稍后重试';
}
