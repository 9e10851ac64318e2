import { ApiError } from '../api/client';

/** The message to show for anything a request threw. */
export function errorMessage(err: unknown): string {
  if (err instanceof ApiError) return err.message;
  return '出错了，请稍后重试';
}
