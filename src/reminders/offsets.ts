import type { ReminderOffsets } from '../campaigns/kinds';
import { localParts, minutesOfDay, zonedDate } from '../zoned-time';

/** When each reminder before a deadline is due, and which of them are due now. Pure. */

const DAY_MS = 24 * 3600 * 1000;

export interface OffsetFire {
  /** '7d', '3d', '1d' or 'day'. */
  offset: string;
  fireAt: Date;
}

/** Every offset's moment for one deadline, earliest first. "On the day" falls away when the deadline is before that time of day. */
export function fireTimes(deadline: Date, offsets: ReminderOffsets, timeZone: string): OffsetFire[] {
  const out: OffsetFire[] = [...new Set(offsets.daysBefore)].filter((d) => d > 0).map((d) => ({ offset: `${d}d`, fireAt: new Date(deadline.getTime() - d * DAY_MS) }));
  if (offsets.onTheDayAt) {
    const m = minutesOfDay(offsets.onTheDayAt);
    const at = zonedDate({ ...localParts(deadline, timeZone), hour: Math.floor(m / 60), minute: m % 60 }, timeZone);
    if (at.getTime() < deadline.getTime()) out.push({ offset: 'day', fireAt: at });
  }
  return out.sort((a, b) => a.fireAt.getTime() - b.fireAt.getTime());
}

export type Due =
  /** The latest offset that has come, with the deadline still ahead: send it. */
  | (OffsetFire & { action: 'send' })
  /** An earlier offset overtaken by a later one that has also come (after an outage, or a moved deadline): one message, not three. */
  | (OffsetFire & { action: 'skip'; reason: 'superseded' })
  /** It came due but the deadline has passed already: too late to matter. */
  | (OffsetFire & { action: 'skip'; reason: 'deadline_passed' });

/** What to do now about each offset of one deadline that has come (fireAt ≤ now). */
export function dueOffsets(deadline: Date, offsets: ReminderOffsets, timeZone: string, now: Date): Due[] {
  const come = fireTimes(deadline, offsets, timeZone).filter((f) => f.fireAt.getTime() <= now.getTime());
  const passed = deadline.getTime() <= now.getTime();
  return come.map((f, i) =>
    passed ? { ...f, action: 'skip' as const, reason: 'deadline_passed' as const } : i === come.length - 1 ? { ...f, action: 'send' as const } : { ...f, action: 'skip' as const, reason: 'superseded' as const },
  );
}

/** How the note in a reminder reads, from the time left. */
export function timeLeftNote(deadline: Date, now: Date): string {
  const ms = deadline.getTime() - now.getTime();
  if (ms <= 0) return '已逾期';
  // Rounded: a reminder sent a minute after "7 days before" still reads 7 days.
  const days = Math.round(ms / DAY_MS);
  if (days >= 1) return `${days}天后截止`;
  const hours = Math.round(ms / 3600_000);
  return hours >= 1 ? `${hours}小时后截止` : '即将截止';
}
