import { Types } from 'mongoose';
import type { Clock } from '../clock';
import { insertNew } from '../db/mongo';
import type { StageKey } from '../campaigns/kinds';
import { isQuiet, nextAllowedMinute, type QuietHours } from '../zoned-time';
import type { Channel, Recipient } from './channels/types';
import type { Outcome, ReminderKind } from './kinds';
import type { ReminderModels } from './model';
import type { DeliveryBatch, DigestJob, PlannedItem } from './planned';
import { renderDigest, type DigestItem } from './render';
import type { Staleness } from './staleness';

export type { DeliveryBatch, DigestJob } from './planned';

export type DeliveryResult =
  | { status: 'done'; sent: number; skipped: number; channels: Record<string, number>; deferred?: { digests: DigestJob[]; until: Date } }
  /** Not now: quiet hours. The whole batch waits until `until`; nothing is dropped. */
  | { status: 'deferred'; until: Date; reason: string };

export interface DeliverDeps {
  clock: Clock;
  timeZone: string;
  quietHours: QuietHours;
  models: ReminderModels;
  staleness: Staleness;
  channels: Channel[];
  /** Sends in flight at once within a batch (WeChat calls are the slow part). */
  parallel?: number;
}

type Row = { reminderId: string; recipientKey: string; digestId: string; outcome: Outcome; channel?: string; errcode?: number; reason?: string; handoff?: unknown };

/** A send that failed for now: thrown after the rest of the batch went, so BullMQ retries the batch (what went is settled). */
export class TransientDeliveryError extends Error {
  constructor(readonly failures: number, readonly first: unknown) {
    super(`${failures} reminder message(s) could not be sent for now: ${(first as Error)?.message ?? String(first)}`);
    this.name = 'TransientDeliveryError';
  }
}

async function eachLimited<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await work(items[next++]);
  }));
}

/**
 * Sends one batch of digests, at most once per (reminder, person), ever: every pair is settled by
 * a unique insert before its send (one insert for the whole batch). Reminders gone stale (stage
 * done, withdrawn, deadline moved or past) are settled as skipped with their reason. A transient
 * channel error gives that digest's pairs back; once the rest of the batch is done the error is
 * thrown, so BullMQ retries the batch and only what did not go goes then. Every attempt is
 * recorded per (reminder, person, channel), in one insert.
 */
export function createDeliver(deps: DeliverDeps) {
  const { models, clock } = deps;
  const parallel = deps.parallel ?? 8;

  return async function deliverBatch(batch: DeliveryBatch): Promise<DeliveryResult> {
    const now = clock.now();
    const rows: Row[] = [];
    const meta = new Map<string, PlannedItem>();
    for (const d of batch.digests) for (const i of d.items) meta.set(i.reminderId, i);
    const record = async () => {
      if (!rows.length) return;
      const at = clock.now();
      await models.ReminderOutcome.collection.insertMany(
        rows.map((r) => {
          const m = meta.get(r.reminderId);
          return { ...r, ...(m?.campaignId ? { campaignId: oid(m.campaignId) } : {}), officeId: m ? oid(m.officeId) : undefined, stage: m?.stage, kind: m?.kind as ReminderKind, at };
        }),
      );
    };

    if (isQuiet(now, deps.quietHours, deps.timeZone)) {
      const until = nextAllowedMinute(now, deps.quietHours, deps.timeZone);
      for (const d of batch.digests) for (const i of d.items) rows.push({ reminderId: i.reminderId, recipientKey: d.recipient.key, digestId: d.digestId, outcome: 'deferred', reason: `quiet_hours until ${until.toISOString()}` });
      await record();
      return { status: 'deferred', until, reason: 'quiet_hours' };
    }

    const check = deps.staleness();
    const live = new Map<string, PlannedItem[]>();
    const stale: { digest: DigestJob; item: PlannedItem; reason: string }[] = [];
    for (const d of batch.digests) {
      for (const item of d.items) {
        const reason = await check.reason(item, now);
        if (reason) stale.push({ digest: d, item, reason });
        else live.set(d.digestId, [...(live.get(d.digestId) ?? []), item]);
      }
    }
    // One insert settles every pair of the batch; the pairs it inserts are this call's (a duplicate job or a retry finds them taken).
    const pairKey = (digest: DigestJob, item: PlannedItem) => `${item.reminderId}|${digest.recipient.key}`;
    const docs = [
      ...stale.map((s) => ({ digest: s.digest, item: s.item })),
      ...batch.digests.flatMap((d) => (live.get(d.digestId) ?? []).map((item) => ({ digest: d, item }))),
    ].map(({ digest, item }) => ({ _id: pairKey(digest, item), reminderId: item.reminderId, recipientKey: digest.recipient.key, ...(item.campaignId ? { campaignId: oid(item.campaignId) } : {}), digestId: digest.digestId, at: now }));
    const mine = new Set((await insertNew(models.ReminderSettled, docs)).map((d) => d._id));
    for (const s of stale) if (mine.has(pairKey(s.digest, s.item))) rows.push({ reminderId: s.item.reminderId, recipientKey: s.digest.recipient.key, digestId: s.digest.digestId, outcome: 'skipped', reason: s.reason });

    const result = { status: 'done' as const, sent: 0, skipped: rows.length, channels: {} as Record<string, number> };
    const deferred: { digests: DigestJob[]; until: Date } = { digests: [], until: now };
    const transient: unknown[] = [];
    const work = batch.digests
      .map((d) => ({ digest: d, items: (live.get(d.digestId) ?? []).filter((i) => mine.has(pairKey(d, i))) }))
      .filter((w) => w.items.length);

    await eachLimited(work, parallel, async ({ digest, items }) => {
      const each = (outcome: Outcome, channel: string, extra: Partial<Row> = {}) => items.map((i) => ({ reminderId: i.reminderId, recipientKey: digest.recipient.key, digestId: digest.digestId, outcome, channel, ...extra }));
      const campaignNames = new Map<string, string>();
      for (const i of items) if (i.campaignId) campaignNames.set(i.campaignId, (await check.campaign(i.campaignId))?.name ?? '');
      const message = renderDigest(`rem:${digest.digestId}`, items.map((i) => digestItem(i, campaignNames)), now, deps.timeZone);
      const unsettle = () => Promise.all(items.map((i) => models.ReminderSettled.deleteOne({ _id: pairKey(digest, i), digestId: digest.digestId })));
      let refused: Row[] = [];
      let tried: string | undefined;
      try {
        for (const channel of deps.channels) {
          if (!(await channel.canReach(digest.recipient))) continue;
          const sent = await channel.send(digest.recipient, message);
          if (sent.outcome === 'unreachable') continue;
          rows.push(...refused.map((r) => ({ ...r, outcome: 'fell_back' as const })));
          refused = [];
          tried = channel.name;
          if (sent.outcome === 'sent') {
            rows.push(...each('sent', channel.name, sent.handoff ? { handoff: sent.handoff } : {}));
            result.sent += items.length;
            result.channels[channel.name] = (result.channels[channel.name] ?? 0) + 1;
            return;
          }
          if (sent.outcome === 'deferred') {
            await unsettle();
            rows.push(...each('deferred', channel.name, { reason: sent.reason }));
            deferred.digests.push(digest);
            if (sent.retryAt.getTime() > deferred.until.getTime()) deferred.until = sent.retryAt;
            return;
          }
          refused = each('failed', channel.name, { errcode: sent.errcode, reason: sent.reason });
        }
        rows.push(...refused, ...(tried ? [] : each('unreachable', '', { reason: 'no_channel' })));
      } catch (err) {
        // Nothing went out on this try: the pairs are free again for BullMQ's retry of the batch.
        await unsettle();
        rows.push(...refused, ...each('failed', tried ?? '', { reason: `transient: ${(err as Error).message}`.slice(0, 200) }));
        transient.push(err);
      }
    });
    await record();
    if (transient.length) throw new TransientDeliveryError(transient.length, transient[0]);
    return deferred.digests.length ? { ...result, deferred } : result;
  };
}

function digestItem(i: PlannedItem, campaignNames: Map<string, string>): DigestItem {
  if (i.kind === 'nudge') return { kind: 'nudge', text: i.text ?? '' };
  return { kind: i.kind, campaignName: i.campaignId ? campaignNames.get(i.campaignId) : undefined, enterpriseName: i.enterpriseName, stage: i.stage as StageKey, deadline: i.deadline ? new Date(i.deadline) : undefined };
}

export type DeliverBatch = ReturnType<typeof createDeliver>;
export type { Recipient };

const oid = (id: string) => new Types.ObjectId(id);
