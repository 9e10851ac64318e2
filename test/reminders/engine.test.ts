import type { Types } from 'mongoose';
import { STAGE_KEYS, type StageKey } from '../../src/campaigns/kinds';
import { fireTimes } from '../../src/reminders/offsets';
import { scanProcessor } from '../../jobs/reminders';
import { createTestContext, deleteKeys, type TestContext } from '../support/context';
import { campaignWorld, DAY, stagesFrom, type CampaignWorld } from '../support/campaign';

/** The reminder engine on the real services, with the test's clock: scans plan, drain delivers. */
let ctx: TestContext;
let w: CampaignWorld;
const first = new Date('2026-12-10T09:00:00Z'); // 17:00 in Asia/Shanghai
const MIN = 60_000;
const OFFSETS = { daysBefore: [7, 3, 1], onTheDayAt: '09:00' };

beforeAll(async () => {
  // Escalation far off here (its own test sets it), so only deadline reminders go.
  ctx = await createTestContext(__filename, { env: { ESCALATE_CONTACTS_AFTER_H: '720', ESCALATE_OFFICE_AFTER_H: '720' } });
  w = await campaignWorld(ctx);
});
afterEach(async () => {
  await w.drain();
  await ctx.models.Campaign.updateMany({}, { $set: { closed: true } });
  ctx.clock.set(new Date('2026-11-26T02:00:00Z'));
});
afterAll(() => ctx.close());

const at = (t: Date, plusMs = MIN) => ctx.clock.set(new Date(t.getTime() + plusMs));
const scan = () => ctx.areas.reminders.scan();
const sentFor = async (campaignId: Types.ObjectId) => (await ctx.models.ReminderOutcome.find({ campaignId, outcome: 'sent' }).lean()).map((o) => o.reminderId);
const fire = (deadline: Date, offset: string) => fireTimes(deadline, OFFSETS, 'Asia/Shanghai').find((f) => f.offset === offset)!.fireAt;


/** A campaign, `n` applied enterprises each with one contact bound in chat, and the clock at the self-assessment's 7-day reminder. */
async function appliedAt7d(n: number) {
  const stages = stagesFrom(first);
  const c = await w.campaign(stages);
  const es = [];
  for (let i = 0; i < n; i++) es.push(await w.enterprise(w.offices.nanmen._id));
  for (const e of es) await w.apply(c, e.enterprise);
  at(fire(stages[1].deadline, '7d'));
  return { stages, c, es };
}

describe('deadline reminders', () => {
  test('each stage is reminded at 7, 3 and 1 days before and at 09:00 on the day; an enterprise that has not applied hears about applying only', async () => {
    const stages = stagesFrom(first);
    const c = await w.campaign(stages);
    const applied = await w.enterprise(w.offices.nanmen._id);
    const notYet = await w.enterprise(w.offices.nanmen._id);
    await w.apply(c, applied.enterprise);
    const times = stages.flatMap((s) => fireTimes(s.deadline, OFFSETS, 'Asia/Shanghai').map((f) => f.fireAt)).sort((a, b) => a.getTime() - b.getTime());
    for (const t of times) {
      at(t);
      await scan();
      await w.drain();
    }
    const reminders = await ctx.models.Reminder.find({ campaignId: c._id, kind: 'deadline' }).lean();
    const seen = (e: { _id: unknown }) => reminders.filter((r) => String(r.enterpriseId) === String(e._id)).map((r) => `${r.stage}:${r.offset}`).sort();
    expect(seen(notYet.enterprise)).toEqual(['apply:1d', 'apply:3d', 'apply:7d', 'apply:day']);
    expect(seen(applied.enterprise)).toEqual(STAGE_KEYS.filter((k) => k !== 'apply').flatMap((k) => ['1d', '3d', '7d', 'day'].map((o) => `${k}:${o}`)).sort());
    const sent = new Set(await sentFor(c._id));
    expect(reminders.every((r) => sent.has(r._id))).toBe(true);
    const lines = (await w.chatTo(applied.contacts[0].botId!)).flatMap((t) => t.split('\n').filter((l) => l.startsWith('· ') && !l.includes('已逾期')));
    expect(lines).toHaveLength(20);
  });

  test('no reminder goes for a stage once it is done, even one already planned', async () => {
    const stages = stagesFrom(first);
    const c = await w.campaign(stages);
    const e = await w.enterprise(w.offices.nanmen._id);
    const app = await w.apply(c, e.enterprise);
    const selfCheck = stages[1].deadline;
    at(fire(selfCheck, '7d'));
    await scan();
    await w.drain();
    at(fire(selfCheck, '3d'));
    await scan(); // planned, not yet delivered
    await w.markDone(c, app._id, 'self_check');
    const results = await w.drain();
    expect(results.map((r) => r.result)).toEqual([{ status: 'done', sent: 0, skipped: 1, channels: {} }]);
    at(fire(selfCheck, '1d'));
    await scan();
    at(fire(selfCheck, 'day'));
    await scan();
    await w.drain();
    const selfCheckSent = await ctx.models.ReminderOutcome.find({ campaignId: c._id, stage: 'self_check' }).lean();
    expect(selfCheckSent.map((o) => o.outcome).sort()).toEqual(['sent', 'skipped']);
    expect(selfCheckSent.find((o) => o.outcome === 'skipped')!.reason).toBe('stage_done');
  });

  test('a deadline moved later: the planned old reminder is skipped, the new deadline’s reminders go', async () => {
    const stages = stagesFrom(first);
    const c = await w.campaign(stages);
    const e = await w.enterprise(w.offices.nanmen._id);
    await w.apply(c, e.enterprise);
    const old = stages[1].deadline;
    at(fire(old, '7d'));
    await scan();
    const moved = new Date(old.getTime() + 5 * DAY);
    await ctx.areas.campaigns.calendar.update(w.actor, w.cityScope, (await ctx.areas.campaigns.calendar.byId(c._id))!, { stages: [{ key: 'self_check', deadline: moved }] });
    await w.drain();
    at(fire(old, '3d'));
    await scan();
    at(fire(moved, '7d'));
    await scan();
    await w.drain();
    const outcomes = await ctx.models.ReminderOutcome.find({ campaignId: c._id, stage: 'self_check' }).lean();
    const reminders = new Map((await ctx.models.Reminder.find({ campaignId: c._id, stage: 'self_check' }).lean()).map((r) => [r._id, r]));
    expect(outcomes.map((o) => [o.outcome, o.reason ?? null, reminders.get(o.reminderId)!.deadline!.getTime() === moved.getTime()]).sort()).toEqual([
      ['sent', null, true],
      ['skipped', 'deadline_changed', false],
    ]);
  });

  test('a deadline moved earlier: the old reminders never fire, the new deadline’s go, the one already due at once', async () => {
    const stages = stagesFrom(first);
    const c = await w.campaign(stages);
    const e = await w.enterprise(w.offices.nanmen._id);
    await w.apply(c, e.enterprise);
    const old = stages[1].deadline;
    const earlier = new Date(old.getTime() - 5 * DAY);
    at(new Date(old.getTime() - 9 * DAY));
    await ctx.areas.campaigns.calendar.update(w.actor, w.cityScope, (await ctx.areas.campaigns.calendar.byId(c._id))!, { stages: [{ key: 'self_check', deadline: earlier }] });
    await scan(); // the new 7-day reminder came due three days ago: it goes now
    const times = [...fireTimes(old, OFFSETS, 'Asia/Shanghai'), ...fireTimes(earlier, OFFSETS, 'Asia/Shanghai')].map((f) => f.fireAt).sort((a, b) => a.getTime() - b.getTime());
    for (const t of times.filter((t) => t.getTime() > ctx.clock.now().getTime())) {
      at(t);
      await scan();
      await w.drain();
    }
    const reminders = await ctx.models.Reminder.find({ campaignId: c._id, stage: 'self_check' }).lean();
    expect(reminders.every((r) => r.deadline!.getTime() === earlier.getTime())).toBe(true);
    expect(reminders.map((r) => r.offset).sort()).toEqual(['1d', '3d', '7d', 'day']);
    expect(await ctx.models.ReminderOutcome.countDocuments({ campaignId: c._id, stage: 'self_check', outcome: 'sent' })).toBe(4);
  });

  test('a reminder due in quiet hours is deferred to 08:30, never dropped', async () => {
    const { c } = await appliedAt7d(1);
    await scan();
    ctx.clock.set(new Date('2026-12-13T14:00:00Z')); // 22:00 local
    const [job] = await ctx.queues.reminderDeliveries.getJobs(['waiting']);
    const deferred = await ctx.areas.reminders.deliver(job.data);
    expect(deferred).toEqual({ status: 'deferred', until: new Date('2026-12-14T00:30:00Z'), reason: 'quiet_hours' });
    ctx.clock.set(new Date('2026-12-14T00:30:00Z'));
    expect(await ctx.areas.reminders.deliver(job.data)).toMatchObject({ status: 'done', sent: 1 });
    // In time order: FerretDB gives rows without a sort in no set order.
    const outcomes = await ctx.models.ReminderOutcome.find({ campaignId: c._id }).sort({ at: 1 }).lean();
    expect(outcomes.map((o) => o.outcome)).toEqual(['deferred', 'sent']);
  });

  test('three deadlines due for one contact in one scan arrive as one message, and a retry of it sends nothing more', async () => {
    const same = new Date(first.getTime() + 10 * DAY);
    const stages = stagesFrom(first).map((s) => (s.key === 'review' || s.key === 'evaluation' ? { ...s, deadline: same } : s));
    stages[1].deadline = same;
    const c = await w.campaign(stages, { offsets: { daysBefore: [3], onTheDayAt: null } });
    const e = await w.enterprise(w.offices.nanmen._id);
    await w.apply(c, e.enterprise);
    at(new Date(same.getTime() - 3 * DAY));
    await scan();
    const jobs = await ctx.queues.reminderDeliveries.getJobs(['waiting']);
    expect(jobs).toHaveLength(1);
    expect(jobs[0].data.digests).toHaveLength(1);
    expect(jobs[0].data.digests[0].items).toHaveLength(3);
    expect(await ctx.areas.reminders.deliver(jobs[0].data)).toMatchObject({ status: 'done', sent: 3 });
    expect(await ctx.areas.reminders.deliver(jobs[0].data)).toMatchObject({ status: 'done', sent: 0 });
    await scan();
    const texts = await w.chatTo(e.contacts[0].botId!);
    expect(texts).toHaveLength(1);
    expect(texts[0].split('\n').filter((l) => l.startsWith('· '))).toHaveLength(3);
    expect(texts[0]).toContain('自查自评');
    expect(texts[0]).toContain('第三方评价');
  });

  test('the same scan run twice, and two scans at once, send each reminder once', async () => {
    const { c, es } = await appliedAt7d(3);
    const process = scanProcessor({ areas: ctx.areas, queues: ctx.queues });
    await process({ data: { task: 'scan' } });
    await process({ data: { task: 'scan' } });
    await Promise.all([scan(), scan(), process({ data: { task: 'scan' } })]);
    await w.drain();
    const sent = await sentFor(c._id);
    expect(sent).toHaveLength(3);
    expect(new Set(sent).size).toBe(3);
    for (const e of es) expect(await w.chatTo(e.contacts[0].botId!)).toHaveLength(1);
  });

  test('five workers delivering the same digest at once send it once (the settled key)', async () => {
    const { c } = await appliedAt7d(1);
    await scan();
    const [job] = await ctx.queues.reminderDeliveries.getJobs(['waiting']);
    const results = await Promise.all(Array.from({ length: 5 }, () => ctx.areas.reminders.deliver(job.data)));
    expect(results.filter((r) => r.status === 'done' && r.sent === 1)).toHaveLength(1);
    expect(await sentFor(c._id)).toHaveLength(1);
  });

  test('after Redis is flushed mid-campaign, the sweep sends everything due once and nothing twice', async () => {
    const { c, es } = await appliedAt7d(4);
    await scan();
    const [job] = await ctx.queues.reminderDeliveries.getJobs(['waiting']);
    expect(job.data.digests).toHaveLength(4);
    // Two of the batch's four digests go before Redis is lost.
    await ctx.areas.reminders.deliver({ digests: job.data.digests.slice(0, 2) });
    await deleteKeys(ctx.redis, `${ctx.config.QUEUE_PREFIX}:*`);
    await deleteKeys(ctx.redis, `${ctx.config.CACHE_PREFIX}:*`);
    expect(await ctx.queues.reminderDeliveries.getJobs(['waiting'])).toHaveLength(0);
    await scan(); // the batch is planned already: nothing new
    expect(await ctx.queues.reminderDeliveries.getJobs(['waiting'])).toHaveLength(0);
    // Two digests never went; the two that went were handed to the bot outbox, which the flush emptied too.
    expect(await ctx.areas.reminders.sweep()).toEqual({ digests: 2, pairs: 2, handoffs: 2 });
    await w.drain();
    const sent = await sentFor(c._id);
    expect(sent).toHaveLength(4);
    expect(new Set(sent).size).toBe(4);
    for (const e of es) expect(await w.chatTo(e.contacts[0].botId!)).toHaveLength(1);
  });

  test('a worker killed between two batches of sends: the rest goes out after restart, each reminder exactly once', async () => {
    const { stages, c, es } = await appliedAt7d(6);
    await scan();
    const [job] = await ctx.queues.reminderDeliveries.getJobs(['waiting']);
    expect(job.data.digests).toHaveLength(6);
    // Half of the batch goes out, then the worker dies: its queue is lost with it (the worst case).
    await ctx.areas.reminders.deliver({ digests: job.data.digests.slice(0, 3) });
    // The worker dies: its queue is lost with it (the worst case), and it comes back an hour later.
    await ctx.queues.reminderDeliveries.obliterate({ force: true });
    at(fire(stages[1].deadline, '7d'), 60 * MIN);
    await scanProcessor({ areas: ctx.areas, queues: ctx.queues })({ data: { task: 'sweep' } });
    await w.drain();
    const sent = await sentFor(c._id);
    expect(sent).toHaveLength(6);
    expect(new Set(sent).size).toBe(6);
    for (const e of es) expect(await w.chatTo(e.contacts[0].botId!)).toHaveLength(1);
  });

  test('a contact who binds after the reminder was planned gets it from the sweep; the one who had it does not get it again', async () => {
    const stages = stagesFrom(first);
    const c = await w.campaign(stages);
    const e = await w.enterprise(w.offices.nanmen._id, [{ name: '早绑定', bind: ['bot'] }, { name: '晚绑定', bind: [] }]);
    await w.apply(c, e.enterprise);
    at(fire(stages[1].deadline, '7d'));
    await scan();
    await w.drain();
    const late = e.contacts[1].contact;
    await ctx.areas.binding.bindWithCode(late.bindCode, { kind: 'bot', id: `bot-late-${String(late._id)}`, displayName: '晚绑定' });
    ctx.clock.advance(10 * MIN);
    await ctx.areas.reminders.sweep();
    await w.drain();
    await ctx.areas.reminders.sweep();
    await w.drain();
    expect(await w.chatTo(`bot-late-${String(late._id)}`)).toHaveLength(1);
    expect(await w.chatTo(e.contacts[0].botId!)).toHaveLength(1);
  });

  test('reminders that fell due while everything was down go late; those past their deadline are recorded as skipped', async () => {
    const stages = stagesFrom(first);
    const c = await w.campaign(stages);
    const e = await w.enterprise(w.offices.nanmen._id);
    await w.apply(c, e.enterprise);
    // Down from before the apply stage's reminders until after the self-assessment's 3-day one.
    at(fire(stages[1].deadline, '3d'), 2 * 3600_000);
    await scan();
    await w.drain();
    const reminders = await ctx.models.Reminder.find({ campaignId: c._id }).lean();
    expect(reminders.map((r) => `${r.stage}:${r.offset}`)).toEqual(['self_check:3d']);
    const skipped = await ctx.models.ReminderBatch.find({ campaignId: c._id, result: 'skipped', officeId: w.offices.nanmen._id }).lean();
    expect(skipped.map((b) => `${b.stage}:${b.offset}:${b.reason}`).sort()).toEqual(['apply:1d:deadline_passed', 'apply:3d:deadline_passed', 'apply:7d:deadline_passed', 'apply:day:deadline_passed', 'self_check:7d:superseded']);
    expect(await sentFor(c._id)).toHaveLength(1);
  });

  test('an enterprise with no bound contact: its reminder is recorded as unreachable', async () => {
    const stages = stagesFrom(first);
    const c = await w.campaign(stages);
    const e = await w.enterprise(w.offices.nanmen._id, [{ name: '未绑定', bind: [] }]);
    await w.apply(c, e.enterprise);
    at(fire(stages[1].deadline, '7d'));
    await scan();
    const outcomes = await ctx.models.ReminderOutcome.find({ campaignId: c._id }).lean();
    expect(outcomes.map((o) => [o.outcome, o.reason])).toEqual([['unreachable', 'no_bound_contact']]);
  });

  test('a withdrawn application gets no more reminders', async () => {
    const stages = stagesFrom(first);
    const c = await w.campaign(stages);
    const e = await w.enterprise(w.offices.nanmen._id);
    const app = await w.apply(c, e.enterprise);
    await ctx.areas.campaigns.applications.withdraw(app, { kind: 'staff', actor: w.actor });
    at(fire(stages[1].deadline, '7d'));
    await scan();
    await w.drain();
    expect(await ctx.models.Reminder.countDocuments({ campaignId: c._id })).toBe(0);
  });

  test('the stage order key list matches what the scan uses', () => {
    expect(STAGE_KEYS).toEqual(['apply', 'self_check', 'review', 'evaluation', 'notice', 'naming'] as StageKey[]);
  });
});
