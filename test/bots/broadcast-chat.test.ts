import { Types } from 'mongoose';
import { createTestContext, type TestContext } from '../support/context';
import { chatWith, createBotFixture, type BotFixture } from '../support/bot-fixture';
import { campaignWorld, type CampaignWorld } from '../support/campaign';
import { shortCode } from '../../bots/commands/broadcasts';

/** An admin approving a broadcast in the bot's private chat, and a contact receiving it there, on the mock puppet. */
let ctx: TestContext;
let fx: BotFixture;
let w: CampaignWorld;

beforeAll(async () => {
  ctx = await createTestContext(__filename, { env: { BOT_SEND_INTERVAL_MS: '20', BOT_SEND_JITTER_MS: '5', QUIET_HOURS: '00:00-00:00', ROOM_DAILY_CAP: '1' } });
  w = await campaignWorld(ctx);
  fx = await createBotFixture(ctx);
});
afterAll(async () => {
  await fx?.close();
  await ctx?.close();
});

describe('broadcasts in chat', () => {
  test('an admin bound in chat lists what awaits approval, approves it with 审批, and a contact gets the news in private chat', async () => {
    const admin = await ctx.models.Staff.findOne({ username: 'haishu-admin' }).lean();
    const { code } = (await w.as('city-admin').post(`/api/admin/staff/${String(admin!._id)}/bind-code`).expect(200)).body;
    const adminChat = fx.player('海曙区管理员的微信');
    expect((await chatWith(fx, adminChat, `绑定 ${code}`))[0]).toContain('工作人员');

    const { enterprise, contacts } = await w.enterprise(w.offices.nanmen._id, [{ name: '钱经理' }]);
    const reader = fx.player('钱经理的微信');
    await chatWith(fx, reader, `绑定 ${contacts[0].contact.bindCode}`);

    const b = (await w.as('haishu-editor').post('/api/admin/broadcasts', { title: '海曙区创建评价推进会通知', summary: '请企业代表准时参会', audience: { officeIds: [String(w.offices.nanmen._id)], kinds: ['contacts'] } }).expect(201)).body;
    await w.as('haishu-editor').post(`/api/admin/broadcasts/${b.id}/submit`).expect(200);

    const listed = await chatWith(fx, adminChat, '待审');
    expect(listed.join('\n')).toContain(`编号 ${shortCode(b.id)}`);
    expect(listed.join('\n')).toContain('海曙区创建评价推进会通知');
    const [approved] = await chatWith(fx, adminChat, `审批 ${shortCode(b.id).toLowerCase()}`);
    expect(approved).toContain('已批准');

    for (const job of await ctx.queues.broadcasts.getJobs(['waiting', 'delayed'])) await ctx.areas.broadcasts.sending.start((job.data as { start: string }).start);
    for (const job of await ctx.queues.broadcastDeliveries.getJobs(['waiting'])) await ctx.areas.broadcasts.sending.deliver(job.data);
    const news = await reader.inbox.waitFor((m) => m.text.includes('海曙区创建评价推进会通知'), 'the news in private chat');
    expect(news.text).toContain('请企业代表准时参会');
    expect(enterprise._id).toBeInstanceOf(Types.ObjectId);
  });

  test('a group chat given an office gets the news there, once a day at most', async () => {
    const member = fx.player('群成员');
    const group = fx.room([member], '南门街道企业交流群');
    group.say(member, '帮助', { mentionBot: true });
    await group.inbox.waitFor((m) => m.text.includes('学习助手'), 'the help in the group');
    const [room] = (await w.as('city-admin').get('/api/admin/rooms').expect(200)).body.items.filter((r: { topic: string }) => r.topic === '南门街道企业交流群');
    await w.as('haishu-admin').put(`/api/admin/rooms/${room.id}`, { officeId: String(w.offices.nanmen._id) }).expect(200);

    const sendNews = async (title: string) => {
      const b = (await w.as('haishu-editor').post('/api/admin/broadcasts', { title, summary: '摘要', audience: { officeIds: [String(w.offices.nanmen._id)], kinds: ['rooms'] } }).expect(201)).body;
      await w.as('haishu-editor').post(`/api/admin/broadcasts/${b.id}/submit`).expect(200);
      await w.as('city-admin').post(`/api/admin/broadcasts/${b.id}/approve`).expect(200);
      for (const job of await ctx.queues.broadcasts.getJobs(['waiting'])) {
        await ctx.areas.broadcasts.sending.start((job.data as { start: string }).start);
        await job.remove();
      }
      const results = [];
      for (const job of (await ctx.queues.broadcastDeliveries.getJobs(['waiting'])).filter((j) => j.data.broadcastId === b.id)) {
        results.push(await ctx.areas.broadcasts.sending.deliver(job.data));
        await job.remove();
      }
      return results;
    };
    expect(await sendNews('南门街道第一期创建培训开班')).toEqual([expect.objectContaining({ sent: 1 })]);
    await group.inbox.waitFor((m) => m.text.includes('南门街道第一期创建培训开班'), 'the news in the group');
    // The group's cap for today (ROOM_DAILY_CAP=1) is reached: the second waits for tomorrow.
    expect(await sendNews('第二条通知')).toEqual([expect.objectContaining({ sent: 0, deferred: 1 })]);
    const [tomorrow] = (await ctx.queues.broadcastDeliveries.getJobs(['delayed'])).filter((j) => j.data.items[0]?.recipient.roomId === room.id);
    expect(tomorrow.data.notBefore).toBeGreaterThan(ctx.clock.now().getTime());
  });

  test('驳回 needs a reason; 审批 of an unknown 编号 says so politely', async () => {
    const admin = await ctx.models.Staff.findOne({ username: 'city-admin' }).lean();
    const { code } = (await w.as('city-admin').post(`/api/admin/staff/${String(admin!._id)}/bind-code`).expect(200)).body;
    const chat = fx.player('市管理员的微信');
    await chatWith(fx, chat, `绑定 ${code}`);
    expect((await chatWith(fx, chat, '驳回 ABCDEF'))[0]).toContain('理由');
    expect((await chatWith(fx, chat, '审批 ZZZZZZ'))[0]).toContain('没有找到编号');
  });

  test('someone who is not staff cannot use 待审', async () => {
    const stranger = fx.player('路人乙');
    const [reply] = await chatWith(fx, stranger, '待审');
    expect(reply).toContain('绑定');
  });
});
