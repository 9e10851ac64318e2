import type { Connection } from 'mongoose';
import { fixed } from './table';

interface Command {
  name: string;
  collection: string;
  ms: number;
}

/**
 * The MongoDB commands one request sends, from the driver's command monitoring (the connection
 * must be made with monitorCommands). Only the first request under each label is recorded, so a
 * route's line shows one request of it.
 */
export function commandRecorder(conn: Connection) {
  const client = conn.getClient();
  if (!(client.options as { monitorCommands?: boolean }).monitorCommands) throw new Error('connect with monitorCommands: true to record commands');
  let label: string | null = null;
  const seen = new Set<string>();
  const pending = new Map<number, { label: string; name: string; collection: string }>();
  const recorded = new Map<string, Command[]>();
  const started = (e: { requestId: number; commandName: string; command: Record<string, unknown> }) => {
    if (label) pending.set(e.requestId, { label, name: e.commandName, collection: String(e.command[e.commandName]) });
  };
  const ended = (e: { requestId: number; duration: number }) => {
    const p = pending.get(e.requestId);
    if (!p) return;
    pending.delete(e.requestId);
    recorded.set(p.label, [...(recorded.get(p.label) ?? []), { name: p.name, collection: p.collection, ms: e.duration }]);
  };
  client.on('commandStarted', started);
  client.on('commandSucceeded', ended);
  client.on('commandFailed', ended);
  return {
    async during<T>(name: string, work: () => Promise<T>): Promise<T> {
      if (seen.has(name) || label) return work();
      seen.add(name);
      label = name;
      try {
        return await work();
      } finally {
        label = null;
      }
    },
    /** "3 commands, 12.0 ms: find lesson_completions 4.1, find attempt_grades 3.9, …" */
    describe(name: string): string {
      const list = recorded.get(name) ?? [];
      const total = list.reduce((sum, c) => sum + c.ms, 0);
      return `${list.length} commands, ${fixed(total, 1)} ms${list.length ? ': ' : ''}${list.map((c) => `${c.name} ${c.collection} ${fixed(c.ms, 1)}`).join(', ')}`;
    },
    stop() {
      client.off('commandStarted', started);
      client.off('commandSucceeded', ended);
      client.off('commandFailed', ended);
    },
  };
}

export type CommandRecorder = ReturnType<typeof commandRecorder>;
