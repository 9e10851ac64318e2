import { onceModel } from '../../src/db/once';
import { enqueueOutbox, outboxJobId, type OutboxMessage } from '../../jobs/queues';
import { SendPacer, nextSendAt } from '../../jobs/bot-outbox';
import { createBotFixture, type BotFixture } from '../support/bot-fixture';
import { createTestContext, type TestContext } from '../support/context';

describe('send pacing', () => {
  test('the next send waits the interval plus a jitter between 0 and the jitter setting', () => {
    expect(nextSendAt(undefined, 3000, 1500, () => 0.5)).toBe(Number.NEGATIVE_INFINITY);
    expect(nextSendAt(10_000, 3000, 1500, () => 0)).toBe(13_000);
    expect(nextSendAt(10_000, 3000, 1500, () => 0.999999)).toBe(14_500);
    expect(nextSendAt(10_000, 3000, 0, () => 0.999999)).toBe(13_000);
    for (let i = 0; i < 200; i++) {
      const at = nextSendAt(0, 3000, 1500);
      expect(at).toBeGreaterThanOrEqual(3000);
      expect(at).toBeLessThanOrEqual(4500);
    }
  });

  test('the pacer never lets two sends start closer than the interval', async () => {
    const pacer = new SendPacer(40, 10);
    const starts: number[] = [];
    for (let i = 0; i < 4; i++) {
      await pacer.waitTurn();
      starts.push(performance.now());
      pacer.markSent();
    }
    for (let i = 1; i < starts.length; i++) expect(starts[i] - starts[i - 1]).toBeGreaterThanOrEqual(40);
  });
});

describe('the outbox worker', () => {
  let ctx: TestContext;
  let fx: BotFixture;
  beforeAll(async () => {
    ctx = await createTestContext(__filename, {
      env: { BOT_SEND_INTERVAL_MS: '200', BOT_SEND_JITTER_MS: '50' },
      register: onceModel,
    });
    fx = await createBotFixture(ctx);
  });
  afterAll(async () => {
    await fx?.close();
    await ctx?.close();
  });

  const jobsWithKey = async (key: string) =>
    (await ctx.queues.botOutbox.getJobs(['waiting', 'delayed', 'active', 'completed', 'failed'])).filter((j) => j.data.key === key);

  test('a duplicated enqueue sends once, and so does a re-enqueue after the job record is gone', async () => {
    const xiaoming = fx.player('小明');
    const message: OutboxMessage = { key: 'test:dup', to: { kind: 'contact', id: xiaoming.id }, text: '您好，欢迎参加培训。' };
    await Promise.all([enqueueOutbox(ctx.queues, message), enqueueOutbox(ctx.queues, message)]);
    await fx.completed.waitFor((c) => c.jobId === outboxJobId(message.key) && c.result === 'sent', 'the first send');
    expect(await jobsWithKey(message.key)).toHaveLength(1);

    // Completed jobs are removed after a day; the claim in MongoDB still stops a second send.
    await (await ctx.queues.botOutbox.getJob(outboxJobId(message.key)))!.remove();
    await enqueueOutbox(ctx.queues, message);
    await fx.completed.waitFor((c) => c.jobId === outboxJobId(message.key) && c.result === 'duplicate', 'the skipped resend');

    expect(xiaoming.inbox.items.map((r) => r.text)).toEqual(['您好，欢迎参加培训。']);
  });

  test('a send that fails once is retried by BullMQ and delivered once', async () => {
    const lily = fx.player('Lily');
    const message: OutboxMessage = { key: 'test:flaky', to: { kind: 'contact', id: lily.id }, text: '第一单元测验已开放。' };
    const spy = jest.spyOn(fx.puppet, 'messageSendText').mockRejectedValueOnce(new Error('network down'));
    try {
      // The queue's own backoff starts at 2 s; this job retries sooner to keep the test short.
      await ctx.queues.botOutbox.add('say', message, { jobId: outboxJobId(message.key), attempts: 3, backoff: { type: 'fixed', delay: 50 } });
      const done = await fx.completed.waitFor((c) => c.jobId === outboxJobId(message.key), 'the retried send');
      expect(done.result).toBe('sent');
      expect(spy).toHaveBeenCalledTimes(2);
    } finally {
      spy.mockRestore();
    }
    expect(lily.inbox.items.map((r) => r.text)).toEqual(['第一单元测验已开放。']);
    const warning = await fx.logs.waitFor((l) => l.key === message.key && l.msg === 'outbox send failed; BullMQ will retry', 'the retry warning');
    expect(warning.attemptsMade).toBe(1);
  });

  test('a room message with a mention @-mentions that contact', async () => {
    const chen = fx.player('陈老师');
    const group = fx.room([chen]);
    await enqueueOutbox(ctx.queues, { key: 'test:room', to: { kind: 'room', id: group.id }, text: '请大家按时完成学习。', mention: chen.id });
    const [received] = await group.inbox.waitForCount(1, 'the group message');
    expect(received.text).toBe('@陈老师 请大家按时完成学习。');
    const send = await fx.sends.waitFor((s) => s.conversationId === group.id, 'the send');
    expect(send.mentionIdList).toEqual([chen.id]);
  });

  test('a message to someone the puppet does not know fails once its attempts are spent, and is logged', async () => {
    const message: OutboxMessage = { key: 'test:nobody', to: { kind: 'contact', id: 'no-such-contact' }, text: '你好' };
    await ctx.queues.botOutbox.add('say', message, { jobId: outboxJobId(message.key), attempts: 1 });
    const line = await fx.logs.waitFor((l) => l.key === message.key && l.msg === 'outbox message failed for good', 'the failure');
    expect(line.level).toBe(50);
    // The claim was given back, so a later, fixed attempt could still send it.
    expect(await onceModel(ctx.mongo).countDocuments({ _id: message.key })).toBe(0);
  });
});
