import type { AttemptView, QuestionView } from '../../src/quizzes/attempt-views';
import { LETTERS } from '../../src/quizzes/paper';
import type { createClient } from './client';
import type { BenchCourse } from './city-raw';
import type { Target, Timings } from './city-timings';

export type Client = ReturnType<typeof createClient>;

export interface CallOptions {
  token?: string;
  json?: unknown;
  body?: Buffer;
  contentType?: string;
  /** The status that counts as success (200 unless said). */
  expect?: number;
}

/**
 * One timed request to a service under test. Any other status than the expected one stops the
 * benchmark: figures of requests that failed would mean nothing.
 */
export async function call<T = unknown>(timings: Timings, target: Target, client: Client, route: string, method: string, path: string, options: CallOptions = {}): Promise<T> {
  const headers: Record<string, string> = {};
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let body: string | Buffer | undefined;
  if (options.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.json);
  } else if (options.body) {
    headers['content-type'] = options.contentType ?? 'application/octet-stream';
    body = options.body;
  }
  const res = await timings.time(target, route, () => client.request(method, path, { headers, body }));
  if (res.status !== (options.expect ?? 200)) throw new Error(`${target} ${route}: ${method} ${path} answered ${res.status}: ${res.text.slice(0, 300)}`);
  return (res.text ? JSON.parse(res.text) : undefined) as T;
}

/** A multipart/form-data body with one file field, as a browser or curl -F sends it. */
export function multipartFile(field: string, filename: string, contentType: string, data: Buffer): { body: Buffer; contentType: string } {
  const boundary = `----bench-city-${Date.now().toString(16)}`;
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return { body: Buffer.concat([head, data, tail]), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** An instructor roster in the import template's columns (src/people/import.ts), UTF-8 CSV. */
export function rosterCsv(rows: { name: string; phone: string; employer: string; office: string; cohort: string }[]): Buffer {
  const lines = ['姓名,手机号,工作单位,所属和创办代码,培训批次', ...rows.map((r) => [r.name, r.phone, r.employer, r.office, r.cohort].join(','))];
  return Buffer.from(`${lines.join('\n')}\n`);
}

/** The right answer to a question as this paper shows it ("A", "AC"): every bench learner passes. */
export function rightLetters(course: BenchCourse, shown: QuestionView): string {
  const question = course.questions.get(shown.id);
  if (!question) throw new Error(`question ${shown.id} is not in module 1's pool`);
  return shown.options.map((text, display) => (question.answer.includes(question.options.indexOf(text)) ? LETTERS[display] : '')).join('');
}

export type { AttemptView };
