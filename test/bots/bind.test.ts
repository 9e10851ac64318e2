import { Types } from 'mongoose';
import { createInstructor } from '../../src/people/service';
import { createBotFixture, type BotFixture } from '../support/bot-fixture';
import { peopleDepsFor } from '../support/people';
import { createTestContext, type TestContext } from '../support/context';

let ctx: TestContext;
let fx: BotFixture;
const actor = { id: new Types.ObjectId(), name: 'test' };

async function newInstructor(name: string, phone: string): Promise<string> {
  const created = await createInstructor(
    peopleDepsFor(ctx),
    actor,
    { name, phone, employer: '', officeId: String(new Types.ObjectId()), cohort: '' },
  );
  return created.bindCode;
}

beforeAll(async () => {
  ctx = await createTestContext(__filename, { env: { BOT_SEND_INTERVAL_MS: '50', BOT_SEND_JITTER_MS: '10' } });
  fx = await createBotFixture(ctx);
});
afterAll(async () => {
  await fx?.close();
  await ctx?.close();
});

describe('binding in chat with 绑定 CODE', () => {
  test('an instructor who sends their code is bound and greeted with their masked name', async () => {
    const code = await newInstructor('王小明', '13900001111');
    const player = fx.player('小明的微信');
    player.say(`绑定 ${code.toLowerCase()}`);
    const [reply] = await player.inbox.waitForCount(1, 'the bind reply');
    expect(reply.text).toContain('绑定成功');
    expect(reply.text).toContain('王*明');
    expect(reply.text).not.toContain('王小明');
  });

  test('a second use of the same code is refused politely', async () => {
    const code = await newInstructor('李华', '13900001112');
    const first = fx.player('李华');
    first.say(`绑定 ${code}`);
    await first.inbox.waitForCount(1, 'first bind');
    const second = fx.player('别人');
    second.say(`绑定 ${code}`);
    const [reply] = await second.inbox.waitForCount(1, 'second bind');
    expect(reply.text).toContain('已被使用');
  });

  test('the sixth wrong code within an hour is refused even when it is right', async () => {
    const code = await newInstructor('赵敏', '13900001113');
    const guesser = fx.player('猜码的人');
    for (let i = 1; i <= 5; i++) {
      guesser.say(`绑定 WRONG${i}AB`);
      const replies = await guesser.inbox.waitForCount(i, `wrong code ${i}`);
      expect(replies[i - 1].text).toContain('绑定码不正确');
    }
    guesser.say(`绑定 ${code}`);
    const replies = await guesser.inbox.waitForCount(6, 'the sixth try');
    expect(replies[5].text).toContain('次数过多');
  });

  test('a code sent in a group is not used; the bot asks for a private chat', async () => {
    const code = await newInstructor('钱多', '13900001114');
    const member = fx.player('钱多');
    const group = fx.room([member]);
    group.say(member, `绑定 ${code}`, { mentionBot: true });
    const send = await fx.sends.waitFor((s) => s.conversationId === group.id, 'the group reply');
    expect(send.text).toContain('私聊');
    const dm = fx.player('钱多本人');
    dm.say(`绑定 ${code}`);
    const [reply] = await dm.inbox.waitForCount(1, 'the private bind');
    expect(reply.text).toContain('绑定成功');
  });
});
