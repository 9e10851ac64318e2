import { createTestContext, type TestContext } from '../support/context';
import { chatWith, createBotFixture, type BotFixture, type Player } from '../support/bot-fixture';
import { campaignWorld, DAY, type CampaignWorld } from '../support/campaign';
import { STAGE_KEYS } from '../../src/campaigns/kinds';
import { createInstructor } from '../../src/people/service';
import { peopleDepsFor } from '../support/people';

/** An enterprise contact and an instructor in the bot's private chat, on the mock puppet. */
let ctx: TestContext;
let fx: BotFixture;
let w: CampaignWorld;

beforeAll(async () => {
  // Quiet hours off: this test runs at whatever the real time is (the mock stamps real times).
  ctx = await createTestContext(__filename, { env: { BOT_SEND_INTERVAL_MS: '20', BOT_SEND_JITTER_MS: '5', QUIET_HOURS: '00:00-00:00' } });
  w = await campaignWorld(ctx);
  fx = await createBotFixture(ctx);
});
afterAll(async () => {
  await fx?.close();
  await ctx?.close();
});

const chat = (player: Player, text: string) => chatWith(fx, player, text);

describe('an enterprise contact in chat', () => {
  test('gets the self-assessment reminder, answers 已提交, and the stage is done', async () => {
    const now = ctx.clock.now();
    // The self-assessment is due in three days and an hour: its 3-day reminder came due an hour ago.
    const selfCheck = new Date(now.getTime() + 3 * DAY + 3600_000);
    const stages = STAGE_KEYS.map((key, i) => ({ key, deadline: new Date(selfCheck.getTime() + (i - 1) * 10 * DAY) }));
    const c = await w.campaign(stages, { opensAt: new Date(now.getTime() - 30 * DAY) });
    const { enterprise, contacts } = await w.enterprise(w.offices.nanmen._id, [{ name: '吴主任', role: '工会主席' }], '宁波海曙示范企业有限公司');
    const app = await w.apply(c, enterprise);

    const player = fx.player('吴主任的微信');
    expect((await chat(player, `绑定 ${contacts[0].contact.bindCode}`))[0]).toContain('企业联系人');

    await ctx.areas.reminders.scan();
    await w.drain();
    const reminder = await player.inbox.waitFor((m) => m.text.includes('截止提醒'), 'the reminder');
    expect(reminder.text).toContain('宁波海曙示范企业有限公司');
    expect(reminder.text).toContain('“自查自评”截止');
    expect(reminder.text).toContain('3天后截止');

    const [ack, standing] = await chat(player, '已提交');
    expect(ack).toContain('已记录为提交');
    expect(standing).toContain('✅ 自查自评');
    expect(standing).toContain('👉 检查审核');
    expect(await ctx.models.ApplicationStep.exists({ _id: `${String(app._id)}:self_check` })).toBeTruthy();

    const mine = await chat(player, '我的申报');
    expect(mine[0]).toContain('宁波海曙示范企业有限公司的申报情况');
    expect(mine.join('\n')).toContain('下一步：等待和创办检查审核');
  });

  test('我的申报 from someone who is not a contact tells them how to bind', async () => {
    const stranger = fx.player('路人甲');
    const [reply] = await chat(stranger, '我的申报');
    expect(reply).toContain('绑定');
  });
});

describe('an instructor in chat', () => {
  test('退订 and 订阅 switch study nudges off and on', async () => {
    const created = await createInstructor(peopleDepsFor(ctx), w.actor, { name: '郑学员', phone: '13655550001', employer: '', officeId: String(w.offices.nanmen._id), cohort: '' });
    const player = fx.player('郑学员的微信');
    await chat(player, `绑定 ${created.bindCode}`);
    expect((await chat(player, '退订'))[0]).toContain('已退订');
    expect(await ctx.areas.reminders.nudges.isSubscribed(created._id)).toBe(false);
    expect((await chat(player, '订阅'))[0]).toContain('已恢复');
    expect(await ctx.areas.reminders.nudges.isSubscribed(created._id)).toBe(true);
  });
});
