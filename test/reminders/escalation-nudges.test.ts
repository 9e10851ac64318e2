import nock from 'nock';
import { Types } from 'mongoose';
import { createTestContext, type TestContext } from '../support/context';
import { campaignWorld, DAY, stagesFrom, type CampaignWorld } from '../support/campaign';
import { makeCourse } from '../support/course';
import { createInstructor } from '../../src/people/service';
import { peopleDepsFor } from '../support/people';
import { useWechatApi } from '../wechat/support/wechat-api';

let ctx: TestContext;
let w: CampaignWorld;
const WECOM = 'https://qyapi.weixin.test';
const first = new Date('2026-12-10T09:00:00Z');
const HOUR = 3600_000;
useWechatApi();

beforeAll(async () => {
  ctx = await createTestContext(__filename, {
    env: { ESCALATE_CONTACTS_AFTER_H: '24', ESCALATE_OFFICE_AFTER_H: '72', WECOM_API_BASE: WECOM, WECOM_CORPID: 'corp', WECOM_SECRET: 'sec', WECOM_AGENTID: '1000002', NUDGE_INACTIVE_DAYS: '7', NUDGE_AT: '10:00' },
  });
  w = await campaignWorld(ctx);
});
afterEach(async () => {
  await w.drain();
  await ctx.models.Campaign.updateMany({}, { $set: { closed: true } });
});
afterAll(() => ctx.close());

describe('escalation of a deadline passed undone', () => {
  test('a day late the enterprise’s contacts are told, legal representative first; three days late the district’s staff; each step once', async () => {
    const stages = stagesFrom(first);
    const c = await w.campaign(stages, { offsets: { daysBefore: [], onTheDayAt: null } });
    const e = await w.enterprise(w.offices.nanmen._id, [
      { name: '钱专员', role: '人事专员', bind: ['bot'] },
      { name: '孙董事长', role: '法定代表人', bind: ['bot'] },
    ]);
    await w.apply(c, e.enterprise);
    const staff = await ctx.models.Staff.findOne({ username: 'haishu-admin' }).lean();
    await ctx.models.Staff.updateOne({ _id: staff!._id }, { $set: { wecomUserId: 'haishu-admin-wecom' } });
    const deadline = stages[1].deadline;

    ctx.clock.set(new Date(deadline.getTime() + 24 * HOUR + 60_000));
    await ctx.areas.reminders.scan();
    await ctx.areas.reminders.scan();
    await w.drain();
    const step1 = await ctx.models.Reminder.find({ campaignId: c._id, offset: 'esc1', stage: 'self_check' }).lean();
    expect(step1).toHaveLength(1);
    expect(step1[0].recipients).toEqual([`contact:${String(e.contacts[1].contact._id)}`, `contact:${String(e.contacts[0].contact._id)}`]);
    for (const p of e.contacts) {
      const texts = await w.chatTo(p.botId!);
      expect(texts).toHaveLength(1);
      expect(texts[0]).toContain('逾期提醒');
    }

    const sent: string[] = [];
    nock(WECOM).get('/cgi-bin/gettoken').query(true).reply(200, { errcode: 0, access_token: 'wtok', expires_in: 7200 });
    nock(WECOM).post('/cgi-bin/message/send').query(true).times(10).reply(200, (_u, body) => (sent.push((body as { touser: string }).touser), { errcode: 0, errmsg: 'ok' }));
    ctx.clock.set(new Date(deadline.getTime() + 72 * HOUR + 60_000));
    await ctx.areas.reminders.scan();
    await w.drain();
    ctx.clock.advance(HOUR);
    await ctx.areas.reminders.scan();
    await w.drain();
    expect(await ctx.models.Reminder.countDocuments({ campaignId: c._id, offset: 'esc1', stage: 'self_check' })).toBe(1);
    const step2 = await ctx.models.Reminder.find({ campaignId: c._id, offset: 'esc2', stage: 'self_check' }).lean();
    expect(step2).toHaveLength(1);
    expect(step2[0].recipients).toContain(`staff:${String(staff!._id)}`);
    expect(sent).toEqual(['haishu-admin-wecom']);
    // Staff without a WeCom id are recorded as unreachable, not forgotten.
    const staffOutcomes = await ctx.models.ReminderOutcome.find({ reminderId: step2[0]._id }).lean();
    expect(staffOutcomes.filter((o) => o.outcome === 'sent').map((o) => o.channel)).toEqual(['wecom_app']);
    expect(staffOutcomes.filter((o) => o.outcome === 'unreachable').length).toBe(step2[0].recipients.length - 1);
  });

  test('no escalation once the stage is done', async () => {
    const stages = stagesFrom(first);
    const c = await w.campaign(stages, { offsets: { daysBefore: [], onTheDayAt: null } });
    const e = await w.enterprise(w.offices.nanmen._id);
    const app = await w.apply(c, e.enterprise);
    await w.markDone(c, app._id, 'self_check');
    ctx.clock.set(new Date(stages[1].deadline.getTime() + 24 * HOUR + 60_000));
    await ctx.areas.reminders.scan();
    expect(await ctx.models.Reminder.countDocuments({ campaignId: c._id, stage: 'self_check' })).toBe(0);
  });
});

describe('study nudges', () => {
  async function idleInstructor() {
    const officeId = w.offices.nanmen._id;
    await makeCourse(ctx.models, { officeId, modules: 2 });
    const created = await createInstructor(peopleDepsFor(ctx), w.actor, { name: '周学员', phone: String(13600000000 + Math.floor(Math.random() * 99999)), employer: '', officeId: String(officeId), cohort: '' });
    const botId = `bot-${String(created._id)}`;
    await ctx.areas.binding.bindWithCode(created.bindCode, { kind: 'bot', id: botId, displayName: '周学员' });
    return { id: created._id as Types.ObjectId, botId };
  }
  const nudgesOf = (id: Types.ObjectId) => ctx.models.Reminder.find({ kind: 'nudge', instructorId: id }).lean();

  test('an idle instructor with modules unfinished gets at most one nudge a day', async () => {
    const me = await idleInstructor();
    ctx.clock.set(new Date('2027-02-01T02:30:00Z')); // 10:30 local, long after binding
    await ctx.areas.reminders.scan();
    await ctx.areas.reminders.scan();
    ctx.clock.advance(5 * HOUR);
    await ctx.areas.reminders.scan();
    await w.drain();
    expect(await nudgesOf(me.id)).toHaveLength(1);
    expect(await w.chatTo(me.botId)).toHaveLength(1);
    ctx.clock.set(new Date('2027-02-02T02:30:00Z'));
    await ctx.areas.reminders.scan();
    await w.drain();
    expect(await nudgesOf(me.id)).toHaveLength(2);
  });

  test('no nudge before NUDGE_AT', async () => {
    const me = await idleInstructor();
    ctx.clock.set(new Date('2027-03-01T01:00:00Z')); // 09:00 local
    await ctx.areas.reminders.scan();
    expect(await nudgesOf(me.id)).toHaveLength(0);
  });

  test('退订 stops nudges and 订阅 resumes them', async () => {
    const me = await idleInstructor();
    await ctx.areas.reminders.nudges.setSubscribed(me.id, false);
    ctx.clock.set(new Date('2027-04-01T02:30:00Z'));
    await ctx.areas.reminders.scan();
    expect(await nudgesOf(me.id)).toHaveLength(0);
    ctx.clock.advance(1000);
    await ctx.areas.reminders.nudges.setSubscribed(me.id, true);
    ctx.clock.set(new Date('2027-04-02T02:30:00Z'));
    await ctx.areas.reminders.scan();
    expect(await nudgesOf(me.id)).toHaveLength(1);
  });

  test('a course deadline seven days away nudges even an active instructor', async () => {
    const me = await idleInstructor();
    const now = new Date('2027-05-01T02:30:00Z');
    await ctx.models.Course.updateMany({ officeId: w.offices.nanmen._id }, { $set: { deadline: new Date(now.getTime() + 7 * DAY - HOUR) } });
    await ctx.models.LessonCompletion.create({ _id: `x:${String(me.id)}`, learnerId: me.id, courseId: new Types.ObjectId(), lessonId: new Types.ObjectId(), at: new Date(now.getTime() - HOUR) });
    ctx.clock.set(now);
    await ctx.areas.reminders.scan();
    const [nudge] = await nudgesOf(me.id);
    expect(nudge.offset).toBe('deadline_7d');
    await ctx.models.Course.updateMany({ officeId: w.offices.nanmen._id }, { $set: { deadline: null } });
  });
});
