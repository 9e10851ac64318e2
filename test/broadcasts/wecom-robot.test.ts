import nock from 'nock';
import { createTestContext, type TestContext } from '../support/context';
import { createWecomRobotChannel } from '../../src/broadcasts/rooms';
import { useWechatApi } from '../wechat/support/wechat-api';

let ctx: TestContext;
const HOOK = 'https://qyapi.weixin.test/cgi-bin/webhook/send?key=robot-1';
useWechatApi();

beforeAll(async () => {
  ctx = await createTestContext(__filename);
});
afterAll(() => ctx.close());

const message = (n: number) => ({ key: `k${n}`, text: `第${n}条`, title: 't', stageName: 's', deadline: new Date(), deadlineText: '', note: '', page: '' });
const room = { key: 'room:r1', personType: 'room' as const, personId: 'r1', name: '群', roomId: 'r1', wecomWebhook: HOOK };

describe('a WeCom group robot', () => {
  test('takes at most its per-minute count; the next waits for the next minute and reaches nothing', async () => {
    let now = new Date('2026-12-03T02:00:10Z');
    const robot = createWecomRobotChannel({ redis: ctx.redis, prefix: ctx.config.CACHE_PREFIX, perMinute: 3, now: () => now, timeoutMs: 2000 });
    const posted: string[] = [];
    nock('https://qyapi.weixin.test').post('/cgi-bin/webhook/send').query(true).times(4).reply(200, (_u, body) => (posted.push((body as { text: { content: string } }).text.content), { errcode: 0 }));
    for (const n of [1, 2, 3]) expect(await robot.send(room, message(n))).toEqual({ outcome: 'sent' });
    expect(await robot.send(room, message(4))).toEqual({ outcome: 'deferred', retryAt: new Date('2026-12-03T02:01:00Z'), reason: 'robot_per_minute' });
    expect(posted).toEqual(['第1条', '第2条', '第3条']);
    now = new Date('2026-12-03T02:01:00Z');
    expect(await robot.send(room, message(4))).toEqual({ outcome: 'sent' });
  });

  test('a refusal is recorded with its errcode; a busy robot is thrown for a retry', async () => {
    const robot = createWecomRobotChannel({ redis: ctx.redis, prefix: `${ctx.config.CACHE_PREFIX}:b`, perMinute: 20, now: () => new Date(), timeoutMs: 2000 });
    nock('https://qyapi.weixin.test').post('/cgi-bin/webhook/send').query(true).reply(200, { errcode: 93000, errmsg: 'invalid webhook url' });
    expect(await robot.send(room, message(1))).toEqual({ outcome: 'failed', errcode: 93000, reason: 'invalid webhook url' });
    nock('https://qyapi.weixin.test').post('/cgi-bin/webhook/send').query(true).reply(200, { errcode: -1, errmsg: 'busy' });
    await expect(robot.send(room, message(2))).rejects.toThrow('WeCom robot');
  });
});
