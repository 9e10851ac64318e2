import { onceModel } from '../../src/db/once';
import { helpText } from '../../bots/commands/help';
import { builtinCommands } from '../../bots/commands';
import { UNKNOWN_REPLY } from '../../bots/router';
import { enqueueOutbox } from '../../jobs/queues';
import { createBotFixture, type BotFixture } from '../support/bot-fixture';
import { createTestContext, type TestContext } from '../support/context';

const PARKED = 'bot cannot send yet (logged out or not ready); outbox message parked';

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

describe('chatting with the bot in private', () => {
  test('a player who says 帮助 gets the help text', async () => {
    const xiaoming = fx.player('小明');
    xiaoming.say('帮助');
    const [reply] = await xiaoming.inbox.waitForCount(1, 'the help text');
    expect(reply.text).toBe(helpText(builtinCommands));
    expect(reply.text).toContain('帮助');
  });

  test('"help" works too', async () => {
    const lily = fx.player('Lily');
    lily.say('help');
    const [reply] = await lily.inbox.waitForCount(1, 'the help text');
    expect(reply.text).toBe(helpText(builtinCommands));
  });

  test('an unknown message gets a polite pointer to 帮助', async () => {
    const wang = fx.player('王老师');
    wang.say('今天天气怎么样');
    const [reply] = await wang.inbox.waitForCount(1, 'a reply');
    expect(reply.text).toBe(UNKNOWN_REPLY);
  });

  test('two players asking at once get their replies at least BOT_SEND_INTERVAL_MS apart', async () => {
    const zhang = fx.player('张三');
    const li = fx.player('李四');
    zhang.say('帮助');
    li.say('帮助');
    const [[a], [b]] = await Promise.all([zhang.inbox.waitForCount(1, '张三 reply'), li.inbox.waitForCount(1, '李四 reply')]);
    expect(Math.abs(b.at - a.at)).toBeGreaterThanOrEqual(ctx.config.BOT_SEND_INTERVAL_MS);
  });

  test('the bot ignores its own messages: its reply comes back to it and is not answered', async () => {
    const zhao = fx.player('赵六');
    zhao.say('帮助');
    const [reply] = await zhao.inbox.waitForCount(1, 'the help text');
    expect(await fx.outcomeOf(reply.messageId)).toEqual({ messageId: reply.messageId, outcome: 'ignored', reason: 'self' });
  });

  test('the bot ignores a message more than two minutes old', async () => {
    const sun = fx.player('孙七');
    // The mock stamps messages with the real time; moving the bot's clock on makes them old.
    ctx.clock.set(new Date(Date.now() + ctx.config.BOT_MAX_MESSAGE_AGE_MS + 1000));
    try {
      const id = sun.say('帮助');
      expect(await fx.outcomeOf(id)).toEqual({ messageId: id, outcome: 'ignored', reason: 'stale' });
    } finally {
      ctx.clock.set(new Date());
    }
    const fresh = sun.say('帮助');
    expect(await fx.outcomeOf(fresh)).toMatchObject({ outcome: 'replied' });
    const replies = await sun.inbox.waitForCount(1, 'a reply to the fresh message');
    expect(replies).toHaveLength(1);
  });
});

describe('in a group chat', () => {
  test('the bot ignores a message without @-mention and answers one with it, mentioning the asker', async () => {
    const chen = fx.player('陈老师');
    const group = fx.room([chen, fx.player('周八')]);

    const quiet = group.say(chen, '帮助');
    expect(await fx.outcomeOf(quiet)).toEqual({ messageId: quiet, outcome: 'ignored', reason: 'not-mentioned' });

    const asked = group.say(chen, '帮助', { mentionBot: true });
    expect(await fx.outcomeOf(asked)).toMatchObject({ outcome: 'replied', keys: [`reply:${asked}:0`] });
    const [reply] = await group.inbox.waitForCount(1, 'the help text in the group');
    expect(reply.text).toBe(`@陈老师 ${helpText(builtinCommands)}`);
    const send = await fx.sends.waitFor((s) => s.conversationId === group.id, 'the send to the group');
    expect(send.mentionIdList).toEqual([chen.id]);
    // Only the mentioned message was answered.
    expect(group.inbox.items).toHaveLength(1);
  });

  test('"@name" typed in front of the command is stripped before matching', async () => {
    const wu = fx.player('吴九');
    const group = fx.room([wu]);
    group.say(wu, `@${fx.botUser.payload.name}\u2005help`, { mentionBot: true });
    const [reply] = await group.inbox.waitForCount(1, 'the help text in the group');
    expect(reply.text).toBe(`@吴九 ${helpText(builtinCommands)}`);
  });
});

describe('the session', () => {
  test('a logout is logged as an alert, the process carries on, and a message queued meanwhile goes out after the next login', async () => {
    const zheng = fx.player('郑十');
    await fx.puppet.logout('kicked out by WeChat');
    const alert = await fx.logs.waitFor((l) => l.alert === 'bot_logged_out', 'the logout alert');
    expect(alert.level).toBeGreaterThanOrEqual(50);
    expect(alert.msg).toMatch(/re-scan/);

    // A logged-out puppet delivers no messages, but other parts (reminders, broadcasts) keep queueing.
    await enqueueOutbox(ctx.queues, { key: 'test:while-logged-out', to: { kind: 'contact', id: zheng.id }, text: '提醒：明天截止', createdAt: Date.now() });
    await fx.logs.waitFor((l) => l.key === 'test:while-logged-out' && l.msg === PARKED, 'the message parked');
    expect(zheng.inbox.items).toHaveLength(0);

    await fx.login();
    const [received] = await zheng.inbox.waitForCount(1, 'the message after the new login');
    expect(received.text).toBe('提醒：明天截止');
  });

  test('after a login the outbox waits for the puppet to report ready before sending', async () => {
    const feng = fx.player('冯十二');
    await fx.puppet.logout('checking ready');
    await fx.logs.waitFor((l) => l.alert === 'bot_logged_out' && l.reason === 'checking ready', 'the logout alert');
    const loggedIn = new Promise<void>((resolve) => fx.running.bot.once('login', () => resolve()));
    fx.mocker.login(fx.botUser);
    await loggedIn;

    await enqueueOutbox(ctx.queues, { key: 'test:before-ready', to: { kind: 'contact', id: feng.id }, text: '欢迎回来', createdAt: Date.now() });
    await fx.logs.waitFor((l) => l.key === 'test:before-ready' && l.msg === PARKED, 'the message parked before ready');
    expect(feng.inbox.items).toHaveLength(0);

    fx.puppet.emit('ready', { data: 'mock' });
    const [received] = await feng.inbox.waitForCount(1, 'the message once ready');
    expect(received.text).toBe('欢迎回来');
  });

  test('a repeated login event changes nothing', async () => {
    const before = fx.logs.items.filter((l) => l.msg === 'bot logged in').length;
    fx.puppet.emit('login', { contactId: fx.botUser.id });
    await fx.logs.waitFor((l) => l.msg === 'bot login event repeated; already logged in', 'the repeated login');
    expect(fx.logs.items.filter((l) => l.msg === 'bot logged in')).toHaveLength(before);

    const qian = fx.player('钱十一');
    qian.say('帮助');
    await qian.inbox.waitForCount(1, 'the help text');
  });

  test('a scan logs a link to the QR code', async () => {
    fx.mocker.scan('mock-qrcode-value');
    const line = await fx.logs.waitFor((l) => typeof l.qrcodeUrl === 'string', 'the QR link');
    expect(line.qrcodeUrl).toBe('https://wechaty.js.org/qrcode/mock-qrcode-value');
  });
});
