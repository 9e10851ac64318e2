import type { Connection } from 'mongoose';

export interface CommandTotal {
  /** `find reminders`, `insert reminder_settled`, … */
  key: string;
  count: number;
  /** Summed durations as the driver saw them (they overlap when several jobs run at once). */
  ms: number;
}

/**
 * Every MongoDB command the connection sends while a phase runs, totalled per command and
 * collection (the driver's command monitoring; the connection must be made with monitorCommands).
 * Unlike bench/lib/city-commands.ts, which keeps one request's commands, this adds up a whole phase.
 */
export function commandTotals(conn: Connection) {
  const client = conn.getClient();
  if (!(client.options as { monitorCommands?: boolean }).monitorCommands) throw new Error('connect with monitorCommands: true to total commands');
  let phase: string | null = null;
  const pending = new Map<number, { phase: string; key: string }>();
  const totals = new Map<string, Map<string, CommandTotal>>();
  const started = (e: { requestId: number; commandName: string; command: Record<string, unknown> }) => {
    if (phase) pending.set(e.requestId, { phase, key: `${e.commandName} ${String(e.command[e.commandName])}` });
  };
  const ended = (e: { requestId: number; duration: number }) => {
    const p = pending.get(e.requestId);
    if (!p) return;
    pending.delete(e.requestId);
    const byKey = totals.get(p.phase) ?? new Map<string, CommandTotal>();
    totals.set(p.phase, byKey);
    const t = byKey.get(p.key) ?? { key: p.key, count: 0, ms: 0 };
    t.count++;
    t.ms += e.duration;
    byKey.set(p.key, t);
  };
  client.on('commandStarted', started);
  client.on('commandSucceeded', ended);
  client.on('commandFailed', ended);
  return {
    async during<T>(name: string, work: () => Promise<T>): Promise<T> {
      phase = name;
      try {
        return await work();
      } finally {
        phase = null;
      }
    },
    /** The phase's commands, most time first. */
    of(name: string): CommandTotal[] {
      return [...(totals.get(name)?.values() ?? [])].sort((a, b) => b.ms - a.ms);
    },
    stop() {
      client.off('commandStarted', started);
      client.off('commandSucceeded', ended);
      client.off('commandFailed', ended);
    },
  };
}

export type CommandTotals = ReturnType<typeof commandTotals>;
