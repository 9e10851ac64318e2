import type { Connection } from 'mongoose';

/** One command the driver sent: its name and the collection it names (e.g. find attempts). */
export interface SentCommand {
  name: string;
  collection: string;
  /** The filter of a find/count/update/delete, when it has one. */
  filter?: unknown;
}

const READS = new Set(['find', 'count', 'aggregate', 'distinct', 'getMore']);
const WRITES = new Set(['insert', 'update', 'delete', 'findAndModify']);
const kinds = new Set([...READS, ...WRITES]);

/**
 * Records the data commands a connection sends while `work` runs, through the driver's command
 * monitoring (what goes over the wire, not what our code meant to do). The connection must be
 * made with monitorCommands (createTestContext's option).
 */
export async function commandsDuring(conn: Connection, work: () => Promise<unknown>): Promise<{ reads: SentCommand[]; writes: SentCommand[]; all: SentCommand[] }> {
  const client = conn.getClient();
  const sent: SentCommand[] = [];
  const listen = (event: { commandName: string; command: Record<string, unknown>; databaseName: string }) => {
    if (!kinds.has(event.commandName) || event.databaseName !== conn.db!.databaseName) return;
    const cmd = event.command;
    const filter = cmd.filter ?? cmd.query ?? (Array.isArray(cmd.updates) ? (cmd.updates[0] as { q?: unknown }).q : undefined) ?? (Array.isArray(cmd.pipeline) ? cmd.pipeline[0] : undefined);
    sent.push({ name: event.commandName, collection: String(cmd[event.commandName]), filter });
  };
  if (!(client.options as { monitorCommands?: boolean }).monitorCommands) throw new Error('connect with monitorCommands: true to count commands');
  client.on('commandStarted', listen);
  try {
    await work();
  } finally {
    client.off('commandStarted', listen);
  }
  return { reads: sent.filter((c) => READS.has(c.name)), writes: sent.filter((c) => WRITES.has(c.name)), all: sent };
}

export const describeCommands = (cmds: SentCommand[]) => cmds.map((c) => `${c.name} ${c.collection} ${JSON.stringify(c.filter ?? {})}`);
