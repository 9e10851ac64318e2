import { Writable } from 'node:stream';
import { types, type Message } from 'wechaty';
import { builtinCommands } from '../../bots/commands';
import { createMessageHandler, type MessageOutcome } from '../../bots/on-message';
import { ManualClock } from '../../src/clock';
import { loadConfig } from '../../src/config';
import type { RouterDeps } from '../../bots/router';
import { createLogger } from '../../src/logger';

const now = new Date('2026-11-26T10:00:00Z');

/** Just enough of a Wechaty message for the handler: a private text from 小明. */
function privateText(text: string, sentAt = now): Message {
  const fake = {
    id: 'm1',
    self: () => false,
    type: () => types.Message.Text,
    room: () => undefined,
    date: () => sentAt,
    text: () => text,
    talker: () => ({ id: 'c1', name: () => '小明' }),
    mentionSelf: async () => false,
  };
  return fake as unknown as Message;
}

function setup(add: () => Promise<unknown>) {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger(
    { LOG_LEVEL: 'debug' },
    new Writable({
      write(chunk, _enc, done) {
        lines.push(JSON.parse(String(chunk)));
        done();
      },
    }),
  );
  const deps = {
    maxAgeMs: loadConfig({ MONGODB_URI: 'mongodb://127.0.0.1:1/unused' }).BOT_MAX_MESSAGE_AGE_MS,
    logger,
    clock: new ManualClock(now),
    areas: {},
    queues: { botOutbox: { add: jest.fn(add) } },
  } as unknown as RouterDeps & { maxAgeMs: number; queues: { botOutbox: { add: jest.Mock } } };
  const outcomes: MessageOutcome[] = [];
  const onMessage = createMessageHandler({ deps, commands: builtinCommands, logger, onOutcome: (o) => outcomes.push(o) });
  return { onMessage, outcomes, lines, deps };
}

describe('the message listener', () => {
  test('queues the reply under a key derived from the message id', async () => {
    const { onMessage, outcomes, deps } = setup(async () => undefined);
    await onMessage(privateText('帮助'));
    expect(outcomes).toEqual([{ messageId: 'm1', outcome: 'replied', keys: ['reply:m1:0'] }]);
    expect(deps.queues.botOutbox.add).toHaveBeenCalledWith('say', expect.objectContaining({ key: 'reply:m1:0' }), expect.anything());
  });

  test('a stale message is ignored by the clock it is given', async () => {
    const { onMessage, outcomes, deps } = setup(async () => undefined);
    await onMessage(privateText('帮助', new Date(now.getTime() - 3 * 60_000)));
    expect(outcomes).toEqual([{ messageId: 'm1', outcome: 'ignored', reason: 'stale' }]);
    expect(deps.queues.botOutbox.add).not.toHaveBeenCalled();
  });

  test('never rejects: a Redis outage while queueing is logged, not thrown into Wechaty', async () => {
    const { onMessage, outcomes, lines } = setup(async () => {
      throw new Error('Connection is closed.');
    });
    await expect(onMessage(privateText('帮助'))).resolves.toBeUndefined();
    expect(outcomes).toEqual([{ messageId: 'm1', outcome: 'failed' }]);
    expect(lines).toContainEqual(expect.objectContaining({ level: 50, messageId: 'm1', msg: 'could not handle a message' }));
  });
});
