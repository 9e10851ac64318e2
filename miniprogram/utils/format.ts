/** Dates as our users read them: Beijing time, whatever the phone's zone. */
const BEIJING_OFFSET_MS = 8 * 3600_000;

function beijing(iso: string): Date {
  return new Date(Date.parse(iso) + BEIJING_OFFSET_MS);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** 2026-12-07T02:00:00Z → 2026年12月7日 */
export function formatDate(iso: string): string {
  const d = beijing(iso);
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}

/** 2026-12-07T02:00:00Z → 12月7日 10:00 */
export function formatDateTime(iso: string): string {
  const d = beijing(iso);
  return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** Seconds → 05:09 (or 1:05:09 past an hour). */
export function formatCountdown(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${pad(m)}:${pad(s % 60)}`;
}

/** Whole days from `now` to `iso`, counted on Beijing calendar days (0: today, negative: past). */
export function daysUntil(iso: string, now: number): number {
  const day = (t: number) => Math.floor((t + BEIJING_OFFSET_MS) / 86400_000);
  return day(Date.parse(iso)) - day(now);
}

/** 2026-12-10T15:59:00Z → 12月10日 (Beijing calendar day). */
export function formatMonthDay(iso: string): string {
  const d = beijing(iso);
  return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}
