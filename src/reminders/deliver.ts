import type { Types } from 'mongoose';
import type { Campaigns } from '../campaigns/use-cases';
import type { Clock } from '../clock';
import { insertNew } from '../db/mongo';
import type { StageKey } from '../campaigns/kinds';
import { isQuiet, nextAllowedMinute, type QuietHours } from '../zoned-time';
import type { Channel } from './channels/types';
import type { Outcome, Reminder, ReminderModels } from './model';
import type { ResolveRecipient } from './recipients';
import { renderDigest, type DigestItem } from './render';

/** One person's digest: the reminders planned for them in one scan, fixed when the job is made (a retry never merges more in). */
export interface DigestJob {
  digestId: string;
  recipientKey: string;
  reminderIds: string[];
}

export type DeliveryResult =
  | { status: 'done'; sent: number; channel?: string; skipped: number }
  /** Not now: quiet hours, or a channel at its cap. The job waits until `until`, nothing is dropped. */
  | { status: 'deferred'; until: Date; reason: string };

export interface DeliverDeps {
  clock: Clock;
  timeZone: string;
  quietHours: QuietHours;
  models: ReminderModels;
  campaigns: Pick<Campaigns, 'calendar' | 'applications'>;
  resolve: ResolveRecipient;
  channels: Channel[];
  /** Whether a nudge still makes sense when it goes (not unsubscribed, course not finished). */
  nudgeStillDue: (instructorId: Types.ObjectId) => Promise<string | null>;
  enterpriseName: (id: Types.ObjectId) => Promise<string>;
}

type Row = { reminderId: string; outcome: Outcome; channel?: string; errcode?: number; reason?: string; handoff?: unknown };

/**
 * Sends one digest, at most once per (reminder, recipient), ever: each pair is settled by a
 * unique insert before the send. Stale reminders (stage done, withdrawn, deadline moved or past)
 * are settled as skipped with their reason. Transient channel errors give the claims back and
 * throw, so BullMQ retries the job with backoff; every attempt is recorded per channel.
 */
export function createDeliver(deps: DeliverDeps) {
  const { models, clock } = deps;

  async function record(job: DigestJob, reminders: Map<string, Reminder & { _id: string }>, rows: Row[]) {
    if (!rows.length) return;
    const at = clock.now();
    await models.ReminderOutcome.insertMany(
      rows.map((r) => {
        const rem = reminders.get(r.reminderId);
        return { ...r, recipientKey: job.recipientKey, digestId: job.digestId, campaignId: rem?.campaignId, officeId: rem?.officeId, stage: rem?.stage, kind: rem?.kind, at };
      }),
    );
  }

  async function settle(job: DigestJob, ids: string[], campaignOf: (id: string) => Types.ObjectId | undefined | null): Promise<string[]> {
    const docs = ids.map((reminderId) => ({ _id: `${reminderId}|${job.recipientKey}`, reminderId, recipientKey: job.recipientKey, campaignId: campaignOf(reminderId) ?? undefined, digestId: job.digestId, at: clock.now() }));
    return (await insertNew(models.ReminderSettled, docs)).map((d) => d.reminderId);
  }
  async function unsettle(job: DigestJob, ids: string[]) {
    for (const id of ids) await models.ReminderSettled.deleteOne({ _id: `${id}|${job.recipientKey}`, digestId: job.digestId });
  }

  /** Why a reminder should no longer go, or null when it should. */
  async function staleReason(r: Reminder, now: Date): Promise<string | null> {
    if (r.kind === 'nudge') return r.instructorId ? deps.nudgeStillDue(r.instructorId) : 'no_instructor';
    const campaign = r.campaignId ? await deps.campaigns.calendar.byId(r.campaignId) : null;
    if (!campaign || campaign.closed) return 'campaign_closed';
    const stage = r.stage as StageKey;
    const app = r.applicationId ? await deps.campaigns.applications.byId(r.applicationId) : r.enterpriseId ? await deps.campaigns.applications.find(campaign._id, r.enterpriseId) : null;
    if (app) {
      const steps = await deps.campaigns.applications.stepsOf(app._id);
      if (steps.has('withdrawn')) return 'withdrawn';
      if (steps.has(stage)) return 'stage_done';
    } else if (stage !== 'apply') return 'no_application';
    const deadlines = await deps.campaigns.calendar.deadlinesFor(campaign, r.officeId);
    if (deadlines[stage].getTime() !== r.deadline?.getTime()) return 'deadline_changed';
    if (r.kind === 'deadline' && r.deadline.getTime() <= now.getTime()) return 'deadline_passed';
    return null;
  }

  async function itemOf(r: Reminder): Promise<DigestItem> {
    if (r.kind === 'nudge') return { kind: 'nudge', text: r.text ?? '' };
    const campaign = r.campaignId ? await deps.campaigns.calendar.byId(r.campaignId) : null;
    return { kind: r.kind, campaignName: campaign?.name, enterpriseName: r.enterpriseId ? await deps.enterpriseName(r.enterpriseId) : undefined, stage: r.stage as StageKey, deadline: r.deadline ?? undefined };
  }

  return async function deliverDigest(job: DigestJob): Promise<DeliveryResult> {
    const now = clock.now();
    const loaded = new Map<string, Reminder & { _id: string }>();
    for (const id of job.reminderIds) {
      const r = (await models.Reminder.findById(id).lean()) as (Reminder & { _id: string }) | null;
      if (r) loaded.set(id, r);
    }
    const campaignOf = (id: string) => loaded.get(id)?.campaignId;
    if (isQuiet(now, deps.quietHours, deps.timeZone)) {
      const until = nextAllowedMinute(now, deps.quietHours, deps.timeZone);
      await record(job, loaded, [...loaded.keys()].map((reminderId) => ({ reminderId, outcome: 'deferred' as const, reason: `quiet_hours until ${until.toISOString()}` })));
      return { status: 'deferred', until, reason: 'quiet_hours' };
    }

    const live: string[] = [];
    const stale: Row[] = [];
    for (const [id, r] of loaded) {
      const reason = await staleReason(r, now);
      if (reason) stale.push({ reminderId: id, outcome: 'skipped', reason });
      else live.push(id);
    }
    // Skipped pairs are settled too, so a sweep does not plan them again; only those this call settles are recorded.
    const staleSettled = new Set(await settle(job, stale.map((s) => s.reminderId), campaignOf));
    await record(job, loaded, stale.filter((s) => staleSettled.has(s.reminderId)));

    const mine = await settle(job, live, campaignOf);
    if (!mine.length) return { status: 'done', sent: 0, skipped: stale.length };
    const recipient = await deps.resolve(job.recipientKey);
    if (!recipient) {
      await record(job, loaded, mine.map((reminderId) => ({ reminderId, outcome: 'unreachable' as const, reason: 'recipient_gone' })));
      return { status: 'done', sent: 0, skipped: stale.length };
    }
    const items = await Promise.all(mine.map((id) => itemOf(loaded.get(id)!)));
    const message = renderDigest(`rem:${job.digestId}`, items, now, deps.timeZone);

    const rows: Row[] = [];
    const each = (outcome: Outcome, channel: string, extra: Partial<Row> = {}) => mine.map((reminderId) => ({ reminderId, outcome, channel, ...extra }));
    // A channel's refusal is 'fell_back' when another channel is tried after it, 'failed' when it was the last.
    let refused: Row[] = [];
    let tried: string | undefined;
    try {
      for (const channel of deps.channels) {
        if (!(await channel.canReach(recipient))) continue;
        rows.push(...refused.map((r) => ({ ...r, outcome: 'fell_back' as const })));
        refused = [];
        tried = channel.name;
        const result = await channel.send(recipient, message);
        if (result.outcome === 'sent') {
          await record(job, loaded, [...rows, ...each('sent', channel.name, result.handoff ? { handoff: result.handoff } : {})]);
          return { status: 'done', sent: mine.length, channel: channel.name, skipped: stale.length };
        }
        if (result.outcome === 'deferred') {
          await unsettle(job, mine);
          await record(job, loaded, [...rows, ...each('deferred', channel.name, { reason: result.reason })]);
          return { status: 'deferred', until: result.retryAt, reason: result.reason };
        }
        refused = each('failed', channel.name, { errcode: result.errcode, reason: result.reason });
      }
    } catch (err) {
      // Nothing went out on this try: the pairs are free again for BullMQ's retry.
      await unsettle(job, mine);
      await record(job, loaded, [...rows, ...refused, ...each('failed', tried ?? '', { reason: `transient: ${(err as Error).message}`.slice(0, 200) })]);
      throw err;
    }
    await record(job, loaded, [...rows, ...refused, ...(tried ? [] : each('unreachable', '', { reason: 'no_channel' }))]);
    return { status: 'done', sent: 0, skipped: stale.length };
  };
}

export type DeliverDigest = ReturnType<typeof createDeliver>;
