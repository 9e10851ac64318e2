import type { Queue } from 'bullmq';
import type { OutboxMessage } from '../../jobs/queues';
import type { CommandTotal } from './reminders-profile';
import { fixed, formatTable } from './table';

const EVERY_STATE = ['waiting', 'prioritized', 'delayed', 'active', 'completed', 'failed'] as const;

/** Jobs per bot contact in the outbox (nothing consumes it here: every chat delivery is still there). */
export async function outboxPerContact(outbox: Queue<OutboxMessage>): Promise<Map<string, number>> {
  const per = new Map<string, number>();
  for (const job of await outbox.getJobs([...EVERY_STATE], 0, -1)) per.set(job.data.to.id, (per.get(job.data.to.id) ?? 0) + 1);
  return per;
}

/** Jobs in a queue in any state, counted per state. */
export async function jobCounts(queue: Queue): Promise<Record<string, number>> {
  return queue.getJobCounts(...EVERY_STATE);
}

/** Sends beyond the first, over all keys. */
export const duplicatesIn = (per: Map<string, number>) => [...per.values()].reduce((sum, n) => sum + Math.max(0, n - 1), 0);
export const totalOf = (per: Map<string, number>) => [...per.values()].reduce((a, b) => a + b, 0);

/** `getMore <cursor id>` is one key per cursor: folded into one row, so the table names collections, not cursors. */
export function foldCursors(totals: CommandTotal[]): CommandTotal[] {
  const folded = new Map<string, CommandTotal>();
  for (const t of totals) {
    const key = t.key.startsWith('getMore ') ? 'getMore (any cursor)' : t.key;
    const f = folded.get(key) ?? { key, count: 0, ms: 0 };
    f.count += t.count;
    f.ms += t.ms;
    folded.set(key, f);
  }
  return [...folded.values()].sort((a, b) => b.ms - a.ms);
}

/** The top commands of a phase, per unit of work, with their share of the summed driver time. */
export function commandTable(totals: CommandTotal[], per: number, unit: string, top = 12): string {
  const all = totals.reduce((sum, t) => sum + t.ms, 0);
  const count = totals.reduce((sum, t) => sum + t.count, 0);
  const rows = totals.slice(0, top).map((t) => [t.key, String(t.count), fixed(t.count / per, 2), fixed(t.ms), fixed(t.ms / per, 2), `${fixed((t.ms / (all || 1)) * 100)}%`]);
  rows.push(['all', String(count), fixed(count / per, 2), fixed(all), fixed(all / per, 2), '100%']);
  return formatTable(['command', 'n', `n/${unit}`, 'ms', `ms/${unit}`, 'share'], rows);
}
