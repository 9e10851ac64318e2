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
    const message: OutboxMessage = { key: 'test:dup', to: { kind: 'contact', id: xiaoming.id }, text: '您好，欢迎参加培训。', createdAt: Date.now() };
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
    const message: OutboxMessage = { key: 'test:flaky', to: { kind: 'contact', id: lily.id }, text: '第一单元测验已开放。', createdAt: Date.now() };
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
    await enqueueOutbox(ctx.queues, { key: 'test:room', to: { kind: 'room', id: group.id }, text: '请大家按时完成学习。', mention: chen.id, createdAt: Date.now() });
    const [received] = await group.inbox.waitForCount(1, 'the group message');
    expect(received.text).toBe('@陈老师 请大家按时完成学习。');
    const send = await fx.sends.waitFor((s) => s.conversationId === group.id, 'the send');
    expect(send.mentionIdList).toEqual([chen.id]);
  });

  test('a message to someone this login does not know is recorded as unreachable, warned about once, and never retried or claimed', async () => {
    const message: OutboxMessage = { key: 'test:nobody', to: { kind: 'contact', id: 'no-such-contact' }, text: '你好', createdAt: Date.now() };
    await enqueueOutbox(ctx.queues, message);
    await fx.completed.waitFor((c) => c.jobId === outboxJobId(message.key) && c.result === 'unreachable', 'the unreachable record');
    const lines = fx.logs.items.filter((l) => l.key === message.key);
    expect(lines.filter((l) => l.level === 40)).toHaveLength(1);
    expect(lines.some((l) => l.level >= 50)).toBe(false);
    const job = (await ctx.queues.botOutbox.getJob(outboxJobId(message.key)))!;
    // One run that completed: no failed attempt for BullMQ to retry.
    expect(await job.getState()).toBe('completed');
    expect(job.attemptsMade).toBe(1);
    expect(await onceModel(ctx.mongo).countDocuments({ _id: message.key })).toBe(0);
  });

  test('an unreachable recipient takes no pacing slot: the next real message goes out at once', async () => {
    const hu = fx.player('胡十三');
    // Let a full gap pass since the last send, so only a slot taken by the skipped message could delay the next.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await enqueueOutbox(ctx.queues, { key: 'test:ghost-before', to: { kind: 'contact', id: 'ghost-from-last-run' }, text: '旧回复', createdAt: Date.now() });
    await fx.completed.waitFor((c) => c.jobId === outboxJobId('test:ghost-before'), 'the skipped message');
    const queuedAt = performance.now();
    await enqueueOutbox(ctx.queues, { key: 'test:real-after', to: { kind: 'contact', id: hu.id }, text: '新回复', createdAt: Date.now() });
    const [received] = await hu.inbox.waitForCount(1, 'the real message');
    // The pacing interval is 200 ms here; well under it means no slot was spent on the ghost.
    expect(received.at - queuedAt).toBeLessThan(150);
  });

  test('a reply queued longer ago than BOT_OUTBOX_MAX_AGE_MS is dropped and recorded as stale, not sent', async () => {
    const qin = fx.player('秦十四');
    const old: OutboxMessage = { key: 'test:stale', to: { kind: 'contact', id: qin.id }, text: '上次运行的回复', createdAt: Date.now() - ctx.config.BOT_OUTBOX_MAX_AGE_MS - 1000 };
    await enqueueOutbox(ctx.queues, old);
    await fx.completed.waitFor((c) => c.jobId === outboxJobId(old.key) && c.result === 'stale', 'the stale record');
    expect(qin.inbox.items).toHaveLength(0);
    expect(fx.logs.items.some((l) => l.key === old.key && l.msg === 'outbox message too old to send; dropped')).toBe(true);
    expect(await onceModel(ctx.mongo).countDocuments({ _id: old.key })).toBe(0);
  });
});
