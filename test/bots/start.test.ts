import { existsSync } from 'node:fs';
import path from 'node:path';
import { PuppetMock } from 'wechaty-puppet-mock';
import { puppetFromConfig, startBot } from '../../bots';
import { onceModel } from '../../src/db/once';
import { createTestContext, type TestContext } from '../support/context';
import { quietWechaty } from '../support/bot-fixture';

quietWechaty();

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext(__filename, { env: { BOT_NAME: `start-test-${process.pid}` }, register: onceModel });
});
afterAll(() => ctx.close());

describe('starting the bot from config', () => {
  test('WECHATY_PUPPET names the puppet; the service token and endpoint become its options', () => {
    expect(puppetFromConfig({ WECHATY_PUPPET: 'wechaty-puppet-mock' })).toEqual({ puppet: 'wechaty-puppet-mock', puppetOptions: {} });
    expect(
      puppetFromConfig({
        WECHATY_PUPPET: 'wechaty-puppet-service',
        WECHATY_PUPPET_SERVICE_TOKEN: 'puppet_xxx_token',
        WECHATY_PUPPET_SERVICE_ENDPOINT: '127.0.0.1:8788',
      }),
    ).toEqual({ puppet: 'wechaty-puppet-service', puppetOptions: { token: 'puppet_xxx_token', endpoint: '127.0.0.1:8788' } });
  });

  test('startBot takes the bot lease, loads the configured puppet, starts the outbox worker, and stops cleanly twice', async () => {
    const runner = startBot(ctx);
    const running = await runner.whenRunning();
    try {
      expect(running.bot.puppet).toBeInstanceOf(PuppetMock);
      await running.outbox.waitUntilReady();
      expect(running.outbox.isRunning()).toBe(true);
    } finally {
      await runner.stop();
      await runner.stop();
    }
    expect(running.outbox.isRunning()).toBe(false);
    expect(existsSync(path.resolve(`${ctx.config.BOT_NAME}.memory-card.json`))).toBe(false);
  });
});
