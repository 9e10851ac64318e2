/**
 * Wall-clock time in the programme's time zone (TIME_ZONE, Asia/Shanghai by default): "09:00 on
 * the day", quiet hours and the dates people read are local, while everything stored is UTC.
 */

export interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' });
    formatters.set(timeZone, f);
  }
  return f;
}

export function localParts(at: Date, timeZone: string): LocalParts {
  const parts = Object.fromEntries(formatter(timeZone).formatToParts(at).map((p) => [p.type, p.value]));
  return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day), hour: Number(parts.hour), minute: Number(parts.minute) };
}

/** The instant at which the local clock in `timeZone` shows this date and time. */
export function zonedDate(p: LocalParts, timeZone: string): Date {
  const guess = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
  // The zone's offset at the guess, then once more at the corrected instant (enough for any DST step).
  let at = guess;
  for (let i = 0; i < 2; i++) {
    const seen = localParts(new Date(at), timeZone);
    const shown = Date.UTC(seen.year, seen.month - 1, seen.day, seen.hour, seen.minute);
    at += guess - shown;
  }
  return new Date(at);
}

/** "HH:MM" → minutes after midnight. */
export function minutesOfDay(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
}

export interface QuietHours {
  /** Local "HH:MM" when quiet starts (21:00) and ends (08:30); a window may wrap midnight. */
  from: string;
  to: string;
}

export function isQuiet(at: Date, quiet: QuietHours, timeZone: string): boolean {
  const p = localParts(at, timeZone);
  const now = p.hour * 60 + p.minute;
  const from = minutesOfDay(quiet.from);
  const to = minutesOfDay(quiet.to);
  if (from === to) return false;
  return from < to ? now >= from && now < to : now >= from || now < to;
}

/** `at` itself when sending is allowed then, else the first minute after the quiet hours end. */
export function nextAllowedMinute(at: Date, quiet: QuietHours, timeZone: string): Date {
  if (!isQuiet(at, quiet, timeZone)) return at;
  const p = localParts(at, timeZone);
  const end = minutesOfDay(quiet.to);
  const endToday = zonedDate({ ...p, hour: Math.floor(end / 60), minute: end % 60 }, timeZone);
  if (endToday.getTime() > at.getTime()) return endToday;
  // Past the end today means quiet started this evening: it ends tomorrow morning.
  const tomorrow = new Date(Date.UTC(p.year, p.month - 1, p.day + 1));
  return zonedDate({ year: tomorrow.getUTCFullYear(), month: tomorrow.getUTCMonth() + 1, day: tomorrow.getUTCDate(), hour: Math.floor(end / 60), minute: end % 60 }, timeZone);
}

/** As people read it in the chat and in WeChat's `time` fields: 2026年12月9日 17:00. */
export function formatLocal(at: Date, timeZone: string): string {
  const p = localParts(at, timeZone);
  return `${p.year}年${p.month}月${p.day}日 ${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
}

/** The local calendar day, as a key: 2026-12-09. */
export function localDay(at: Date, timeZone: string): string {
  const p = localParts(at, timeZone);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}
