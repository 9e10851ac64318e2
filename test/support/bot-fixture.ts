import { performance } from 'node:perf_hooks';
import { Writable } from 'node:stream';
import { log as wechatyLog } from 'wechaty';
import { PuppetMock, mock } from 'wechaty-puppet-mock';
import { createBot, type BotOptions, type MessageOutcome, type RunningBot } from '../../bots';
import type { OutboxResult } from '../../jobs/bot-outbox';
import { createLogger } from '../../src/logger';
import type { TestContext } from './context';

/** Wechaty and the mock puppet log through brolog at info; a test wants only our own logs. */
export function quietWechaty(): void {
  wechatyLog.level((process.env.WECHATY_LOG ?? 'silent') as Parameters<typeof wechatyLog.level>[0]);
}
quietWechaty();

/**
 * A list that tests can wait on: resolves with the first item (present or future) that matches.
 * Waiting has a deadline so a missing message fails with a readable error, not a jest timeout.
 */
export class Waitable<T> {
  readonly items: T[] = [];
  private waiters: { match: (item: T) => boolean; resolve: (item: T) => void }[] = [];

  push(item: T): void {
    this.items.push(item);
    for (const waiter of [...this.waiters]) {
      if (waiter.match(item)) {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.resolve(item);
      }
    }
  }

  waitFor(match: (item: T) => boolean, what: string, timeoutMs = 10_000): Promise<T> {
    const found = this.items.find(match);
    if (found !== undefined) return Promise.resolve(found);
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w.resolve !== done);
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      const done = (item: T) => {
        clearTimeout(timer);
        resolve(item);
      };
      this.waiters.push({ match, resolve: done });
    });
  }

  /** Waits until there are at least `count` items, and returns the first `count`. */
  async waitForCount(count: number, what: string, timeoutMs = 10_000): Promise<T[]> {
    if (this.items.length < count) await this.waitFor(() => this.items.length >= count, what, timeoutMs);
    return this.items.slice(0, count);
  }
}

/** A message the bot sent, as the other side saw it arrive. */
export interface Received {
  messageId: string;
  text: string;
  /** performance.now() when it arrived, for gap assertions. */
  at: number;
}

/** A person chatting to the bot. */
export interface Player {
  id: string;
  name: string;
  contact: mock.ContactMock;
  /** Says `text` to the bot in private chat; returns the id of the message sent. */
  say(text: string): string;
  /** What the bot sent this player in private chat, in order. */
  inbox: Waitable<Received>;
}

/** A group chat with the bot in it. */
export interface ChatRoom {
  id: string;
  room: mock.RoomMock;
  /** `player` says `text` in the group, @-mentioning the bot when asked to; returns the message id. */
  say(player: Player, text: string, options?: { mentionBot?: boolean }): string;
  /** What the bot sent into the group, in order. */
  inbox: Waitable<Received>;
}

export interface SendCall {
  conversationId: string;
  text: string;
  mentionIdList: string[];
}

export interface LogLine {
  level: number;
  msg: string;
  [field: string]: unknown;
}

export interface BotFixture {
  mocker: mock.Mocker;
  puppet: PuppetMock;
  running: RunningBot;
  /** The bot's own WeChat account. */
  botUser: mock.ContactMock;
  /** What the bot did with every incoming message. */
  outcomes: Waitable<MessageOutcome>;
  outcomeOf(messageId: string): Promise<MessageOutcome>;
  /** Every messageSendText the puppet was asked for (the mock does not keep the mention list). */
  sends: Waitable<SendCall>;
  /** Every outbox job that completed, with its result. */
  completed: Waitable<{ jobId: string; result: OutboxResult }>;
  /** Everything our logger wrote (debug and up). */
  logs: Waitable<LogLine>;
  player(name: string): Player;
  room(members: Player[], topic?: string): ChatRoom;
  /** Logs the bot account in and, as a real puppet does, reports `ready` afterwards. */
  login(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Mocker + PuppetMock + our bot (after wechaty/mocker's create-fixture): the test gets players who
 * chat to the bot and sees what they receive. The bot logs in before this returns.
 */
export async function createBotFixture(ctx: TestContext, options: Partial<BotOptions> = {}): Promise<BotFixture> {
  // The mock stamps messages with the real time; the guard compares them with deps.clock.
  ctx.clock.set(new Date());

  const logs = new Waitable<LogLine>();
  const echo = process.env.TEST_LOG_LEVEL !== undefined;
  const sink = new Writable({
    write(chunk, _enc, done) {
      const text = String(chunk);
      if (echo) process.stderr.write(text);
      logs.push(JSON.parse(text) as LogLine);
      done();
    },
  });
  const logger = createLogger({ LOG_LEVEL: 'debug' }, sink);

  const mocker = new mock.Mocker();
  const puppet = new PuppetMock({ mocker });
  const sends = new Waitable<SendCall>();
  const send = puppet.messageSendText.bind(puppet);
  // Wechaty passes the mention list as a third argument, which the mock's own signature omits.
  puppet.messageSendText = async (conversationId: string, text: string, mentionIdList: string[] = []) => {
    sends.push({ conversationId, text, mentionIdList });
    return send(conversationId, text);
  };

  const outcomes = new Waitable<MessageOutcome>();
  const running = await createBot(
    { ...ctx, logger },
    { puppet, outbox: { loggedOutRetryMs: 200 }, ...options, onMessageOutcome: (o) => outcomes.push(o) },
  );
  const completed = new Waitable<{ jobId: string; result: OutboxResult }>();
  running.outbox.on('completed', (job, result) => completed.push({ jobId: job.id ?? '', result }));

  const botUser = mocker.createContact({ name: '学习助手' });
  const fromBot = (msg: mock.MessageMock) => msg.payload.talkerId === botUser.id;
  const received = (msg: mock.MessageMock): Received => ({ messageId: msg.id, text: msg.payload.text ?? '', at: performance.now() });

  const login = async () => {
    const loggedIn = new Promise<void>((resolve) => running.bot.once('login', () => resolve()));
    mocker.login(botUser);
    await loggedIn;
    puppet.emit('ready', { data: 'mock' });
  };
  await login();

  return {
    mocker,
    puppet,
    running,
    botUser,
    outcomes,
    outcomeOf: (messageId) => outcomes.waitFor((o) => o.messageId === messageId, `the outcome of message ${messageId}`),
    sends,
    completed,
    logs,
    login,
    player(name) {
      const contact = mocker.createContact({ name });
      const inbox = new Waitable<Received>();
      let lastSaid = '';
      // The mock emits a message on its talker and its listener, synchronously inside say().to().
      contact.on('message', (msg) => {
        if (msg.payload.talkerId === contact.id) lastSaid = msg.id;
        else if (fromBot(msg) && !msg.payload.roomId) inbox.push(received(msg));
      });
      return {
        id: contact.id,
        name,
        contact,
        inbox,
        say(text) {
          contact.say(text).to(botUser);
          return lastSaid;
        },
      };
    },
    room(members, topic = '和谐企业创建交流群') {
      const room = mocker.createRoom({ topic, memberIdList: [botUser.id, ...members.map((m) => m.id)] });
      const inbox = new Waitable<Received>();
      let lastSaid = '';
      room.on('message', (msg) => {
        if (fromBot(msg)) inbox.push(received(msg));
        else lastSaid = msg.id;
      });
      return {
        id: room.id,
        room,
        inbox,
        say(player, text, { mentionBot = false } = {}) {
          // A mention is the mention list, as WeChat sends it; "@name" typed in the text is not one.
          player.contact.say(text, mentionBot ? [botUser] : []).to(room);
          return lastSaid;
        },
      };
    },
    close: () => running.stop(),
  };
}

/** Has `player` say `text` in private chat and returns every reply it produced, in order. */
export async function chatWith(fx: Pick<BotFixture, 'outcomeOf'>, player: Player, text: string): Promise<string[]> {
  const before = player.inbox.items.length;
  const outcome = await fx.outcomeOf(player.say(text));
  if (outcome.outcome !== 'replied') throw new Error(`message ${JSON.stringify(text)} was ${outcome.outcome}`);
  const all = await player.inbox.waitForCount(before + outcome.keys.length, `the replies to ${JSON.stringify(text)}`);
  return all.slice(before).map((r) => r.text);
}
