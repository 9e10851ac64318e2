import { randomBytes } from 'node:crypto';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { startService, type RunningService } from '../../src/service';
import { quietWechaty } from '../support/bot-fixture';
import { deleteKeys } from '../support/context';

quietWechaty();

const tag = `two_${randomBytes(3).toString('hex')}`;
const config = loadConfig({
  ...process.env,
  NODE_ENV: 'test',
  LOG_LEVEL: 'silent',
  MONGODB_DB: `t_${tag}`,
  QUEUE_PREFIX: `t_${tag}`,
  CACHE_PREFIX: `tc_${tag}`,
  BOT_NAME: `bot-${tag}`,
  BOT_LEASE_TTL_MS: '900',
  RUN_BOT: 'true',
  RUN_WORKERS: 'false',
  WECHATY_PUPPET: 'wechaty-puppet-mock',
});
const services: RunningService[] = [];
const start = async () => {
  const s = await startService(config, createLogger(config), { http: false });
  services.push(s);
  return s;
};

async function until(condition: () => boolean | Promise<boolean>, what: string, ms = 8000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

afterAll(async () => {
  for (const s of services) await s.stop().catch(() => undefined);
  const last = await startService({ ...config, RUN_BOT: false }, createLogger(config), { http: false });
  await last.mongo.dropDatabase();
  await deleteKeys(last.redis, `${config.QUEUE_PREFIX}:*`);
  await deleteKeys(last.redis, `${config.CACHE_PREFIX}:*`);
  await last.stop();
});

describe('two service instances on one bot account', () => {
  test('only one runs the bot and its outbox; when it stops, the other takes over', async () => {
    const [a, b] = await Promise.all([start(), start()]);
    await until(() => Boolean(a.bot!.running || b.bot!.running), 'one of them to run the bot');
    // Over three lease periods the other never starts a second bot.
    for (let i = 0; i < 6; i++) {
      expect([a.bot!.running, b.bot!.running].filter(Boolean)).toHaveLength(1);
      await new Promise((r) => setTimeout(r, 450));
    }
    // RUN_WORKERS is off, so every worker on the outbox queue is a bot's outbox.
    const outboxWorkers = async (via: RunningService = a) => (await via.queues.botOutbox.getWorkers()).length;
    await until(async () => (await outboxWorkers()) === 1, 'one outbox worker');

    const [holder, other] = a.bot!.running ? [a, b] : [b, a];
    await holder.stop();
    services.splice(services.indexOf(holder), 1);
    const took = await Promise.race([other.bot!.whenRunning(), new Promise<undefined>((r) => setTimeout(() => r(undefined), 5000))]);
    expect(took).toBeDefined();
    // Asked through the one still running: the stopped one's queue connection is closed.
    await until(async () => (await outboxWorkers(other)) === 1, 'the new holder’s outbox worker alone');
  });
});
