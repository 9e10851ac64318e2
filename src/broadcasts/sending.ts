import { Types } from 'mongoose';
import type { Redis } from 'ioredis';
import type { Clock } from '../clock';
import { bulkWriteInBatches, findByEach, insertNew } from '../db/mongo';
import type { OnceGuard } from '../db/once';
import type { Offices } from '../offices/use-cases';
import type { People } from '../people/use-cases';
import type { Channel, ReminderMessage } from '../reminders/channels/types';
import type { OpenDirectory } from '../reminders/directory';
import { formatLocal, isQuiet, nextAllowedMinute, type QuietHours } from '../zoned-time';
import { membersOf } from './audience';
import { roomRecipient, type Rooms } from './rooms';
import type { DeliveryJob } from './delivery-job';
import type { BroadcastDeliveryModels } from './delivery-model';
import type { Broadcast, BroadcastModel, BroadcastPublishedModel } from './model';
import type { Transitions } from './transitions';

export type { DeliveryJob } from './delivery-job';

const SYSTEM = { id: 'system', name: '系统' };
/** How often a batch in flight looks whether the broadcast was cancelled. */
const CANCEL_CHECK_MS = 1000;

export class TransientBroadcastError extends Error {
  constructor(readonly failures: number, first: unknown) {
    super(`${failures} broadcast message(s) could not be sent for now: ${(first as Error)?.message ?? String(first)}`);
    this.name = 'TransientBroadcastError';
  }
}

export interface SendingDeps {
  clock: Clock;
  timeZone: string;
  quietHours: QuietHours;
  Broadcast: BroadcastModel;
  BroadcastPublished: BroadcastPublishedModel;
  delivery: BroadcastDeliveryModels;
  transitions: Transitions;
  once: OnceGuard;
  offices: Pick<Offices, 'scopeOf'>;
  people: Pick<People, 'audienceIn'>;
  rooms: Pick<Rooms, 'ofOffices'>;
  directory: OpenDirectory;
  /** The person channels in order (the reminders' channel interface, with the news template). */
  channels: Channel[];
  /** Queues the start of a broadcast at a time (jobs/ provides it). */
  scheduleStart: (broadcastId: string, at: Date) => Promise<void>;
  /** Queues delivery batches (job id per broadcast and batch number). */
  enqueueDeliveries: (jobs: DeliveryJob[]) => Promise<void>;
  /** Deliveries per job (BROADCAST_BATCH_SIZE). */
  batchSize: number;
  /** Holds each broadcast's tally of settled deliveries (a hint; MongoDB decides). */
  redis: Redis;
  cachePrefix: string;
  parallel?: number;
}

export function newsMessage(b: Pick<Broadcast, '_id' | 'title' | 'summary' | 'link'>, key: string, now: Date, timeZone: string): ReminderMessage {
  const page = `pages/news/detail?id=${String(b._id)}`;
  return {
    key,
    text: [`【${b.title}】`, b.summary, b.link ? `详情：${b.link}` : '详情请在小程序“新闻”中查看。'].filter(Boolean).join('\n'),
    title: b.title,
    stageName: '新闻通知',
    deadline: now,
    deadlineText: formatLocal(now, timeZone),
    note: b.summary || b.title,
    page,
  };
}

/**
 * Sending a broadcast: started at its time (quiet hours wait for the morning unless urgent), fanned
 * out into one delivery per recipient (a unique key each, in batches, resumable), and delivered
 * batch by batch through the reminders' channels, each delivery at most once (its result is
 * inserted before the send). Cancelling stops every delivery not yet sent.
 */
export function createSending(deps: SendingDeps) {
  const { transitions, delivery, clock } = deps;
  const parallel = deps.parallel ?? 8;

  /**
   * Moves a broadcast whose every delivery has an outcome to sent. Counting both collections is a
   * full read on FerretDB, so it runs only once the Redis tally of settled deliveries reaches the
   * fan-out's total (or when the tally is gone, after a flush): MongoDB still decides.
   */
  async function finishIfDone(broadcastId: Types.ObjectId, settledNow = 0): Promise<void> {
    const tally = `${deps.cachePrefix}:broadcast:${String(broadcastId)}`;
    const [tallied, total] = await Promise.all([settledNow ? deps.redis.hincrby(tally, 'settled', settledNow) : deps.redis.hget(tally, 'settled').then(Number), deps.redis.hget(tally, 'total')]);
    if (total !== null && Number(tallied) < Number(total)) return;
    if (!(await deps.once.claimed(`broadcast-fanout:${String(broadcastId)}`))) return;
    const [deliveries, done] = await Promise.all([delivery.BroadcastDelivery.countDocuments({ broadcastId }), delivery.BroadcastResult.countDocuments({ broadcastId, outcome: { $ne: 'claimed' } })]);
    if (done < deliveries) return;
    const s = await transitions.standing(broadcastId);
    if (s.state === 'sending') await transitions.move(broadcastId, s, 'sent', SYSTEM).catch(() => undefined);
  }

  const sending = {
    /** Right after approval: now, at its time, or (not urgent, in quiet hours) in the morning. */
    async afterApproval(b: Broadcast): Promise<void> {
      const now = clock.now();
      const at = b.scheduledAt && b.scheduledAt.getTime() > now.getTime() ? b.scheduledAt : b.urgent ? now : nextAllowedMinute(now, deps.quietHours, deps.timeZone);
      const s = await transitions.standing(b._id);
      if (at.getTime() > now.getTime()) {
        await transitions.move(b._id, s, 'scheduled', SYSTEM);
        await deps.scheduleStart(String(b._id), at);
      } else {
        await deps.scheduleStart(String(b._id), now);
      }
    },

    /** The start job: moves it to sending (once) and fans out. Run again after a crash, it resumes. */
    async start(broadcastId: string): Promise<{ deliveries: number; jobs: number } | null> {
      const b = (await deps.Broadcast.findById(broadcastId).lean()) as Broadcast | null;
      if (!b) return null;
      let s = await transitions.standing(b._id);
      const now = clock.now();
      if (s.state === 'scheduled' && b.scheduledAt && b.scheduledAt.getTime() > now.getTime() + 1000) {
        await deps.scheduleStart(broadcastId, b.scheduledAt);
        return null;
      }
      if (s.state === 'approved' || s.state === 'scheduled') {
        if (!b.urgent && isQuiet(now, deps.quietHours, deps.timeZone)) {
          await deps.scheduleStart(broadcastId, nextAllowedMinute(now, deps.quietHours, deps.timeZone));
          return null;
        }
        await transitions.move(b._id, s, 'sending', SYSTEM).catch(() => undefined);
        s = await transitions.standing(b._id);
      }
      if (s.state !== 'sending') return null;
      await insertNew(deps.BroadcastPublished, [{ _id: b._id, officeId: b.officeId, public: b.public, at: now }]);
      return sending.fanOut(b);
    },

    /** One delivery per recipient, in batches, each batch queued under its number; a resumed fan-out repeats nothing. */
    async fanOut(b: Broadcast): Promise<{ deliveries: number; jobs: number }> {
      const { members, rooms } = await membersOf(deps, b);
      const dir = deps.directory();
      const jobs: DeliveryJob[] = [];
      const at = clock.now();
      for (let i = 0; i < members.length; i += deps.batchSize) {
        const chunk = members.slice(i, i + deps.batchSize);
        await insertNew(delivery.BroadcastDelivery, chunk.map((m) => ({ _id: `${String(b._id)}|${m.key}`, broadcastId: b._id, officeId: m.officeId, recipientKey: m.key, at })));
        const items = [];
        for (const m of chunk) {
          const recipient = m.type === 'room' ? roomRecipient(rooms.get(m.id)!) : ((await dir.person(m.type, m.id)) ?? { key: m.key, personType: m.type, personId: m.id, name: '' });
          items.push({ deliveryId: `${String(b._id)}|${m.key}`, officeId: String(m.officeId), recipient });
        }
        jobs.push({ broadcastId: String(b._id), n: i / deps.batchSize, items });
      }
      await deps.enqueueDeliveries(jobs);
      const tally = `${deps.cachePrefix}:broadcast:${String(b._id)}`;
      await deps.redis.hset(tally, 'total', String(members.length));
      await deps.redis.pexpire(tally, 30 * 24 * 3600_000);
      await deps.once.claim(`broadcast-fanout:${String(b._id)}`, `fan-out of broadcast ${String(b._id)}: ${members.length} deliveries`);
      await finishIfDone(b._id);
      return { deliveries: members.length, jobs: jobs.length };
    },

    /** One batch: each delivery claimed once, sent through the first channel that takes it; a cancelled broadcast stops. */
    async deliver(job: DeliveryJob): Promise<{ sent: number; failed: number; unreachable: number; cancelled: number; deferred?: number }> {
      const broadcastId = new Types.ObjectId(job.broadcastId);
      const b = (await deps.Broadcast.findById(broadcastId).lean()) as Broadcast | null;
      const out = { sent: 0, failed: 0, unreachable: 0, cancelled: 0 };
      let checkedAt = 0;
      let cancelled = false;
      const stillOn = async () => {
        if (cancelled) return false;
        if (Date.now() - checkedAt > CANCEL_CHECK_MS) {
          checkedAt = Date.now();
          cancelled = (await transitions.standing(broadcastId)).state !== 'sending';
        }
        return !cancelled;
      };
      if (!b || !(await stillOn())) return { ...out, cancelled: job.items.length };
      const now = clock.now();
      const claims = await insertNew(delivery.BroadcastResult, job.items.map((i) => ({ _id: i.deliveryId, broadcastId, officeId: new Types.ObjectId(i.officeId), outcome: 'claimed', channel: null, errcode: null, reason: null, at: now })));
      const mine = new Set(claims.map((c) => c._id));
      const transient: unknown[] = [];
      // Outcomes are written together at the end of the batch (one command per 20), not one by one.
      const outcomes: { updateOne: { filter: { _id: string }; update: object } }[] = [];
      const deferred: DeliveryJob['items'] = [];
      let deferUntil = 0;
      let next = 0;
      const items = job.items.filter((i) => mine.has(i.deliveryId));
      await Promise.all(
        Array.from({ length: Math.min(parallel, items.length) }, async () => {
          while (next < items.length) {
            const item = items[next++];
            if (!(await stillOn())) {
              // Not sent and will not be: the claim goes, so the stats count it as cancelled.
              await delivery.BroadcastResult.deleteOne({ _id: item.deliveryId, outcome: 'claimed' });
              out.cancelled++;
              continue;
            }
            const settle = async (set: { outcome: string; channel?: string | null; errcode?: number | null; reason?: string | null }) => {
              outcomes.push({ updateOne: { filter: { _id: item.deliveryId }, update: { $set: { ...set, at: clock.now() } } } });
            };
            const message = newsMessage(b, `news:${item.deliveryId}`, now, deps.timeZone);
            let failed: { channel: string; errcode?: number; reason: string } | undefined;
            try {
              let done = false;
              for (const channel of deps.channels) {
                if (!(await channel.canReach(item.recipient))) continue;
                const r = await channel.send(item.recipient, message);
                if (r.outcome === 'unreachable') continue;
                if (r.outcome === 'sent') {
                  await settle({ outcome: 'sent', channel: channel.name });
                  out.sent++;
                  done = true;
                  break;
                }
                if (r.outcome === 'deferred') {
                  // A channel paused or at its cap: the delivery waits in a delayed job of its own (no retry attempt spent).
                  await delivery.BroadcastResult.deleteOne({ _id: item.deliveryId, outcome: 'claimed' });
                  deferred.push(item);
                  if (r.retryAt.getTime() > deferUntil) deferUntil = r.retryAt.getTime();
                  done = true;
                  break;
                }
                failed = { channel: channel.name, errcode: r.errcode, reason: r.reason };
              }
              if (!done) {
                if (failed) {
                  await settle({ outcome: 'failed', channel: failed.channel, errcode: failed.errcode ?? null, reason: failed.reason });
                  out.failed++;
                } else {
                  await settle({ outcome: 'unreachable', reason: 'no_channel' });
                  out.unreachable++;
                }
              }
            } catch (err) {
              await delivery.BroadcastResult.deleteOne({ _id: item.deliveryId, outcome: 'claimed' });
              transient.push(err);
            }
          }
        }),
      );
      await bulkWriteInBatches(delivery.BroadcastResult, outcomes);
      if (deferred.length) await deps.enqueueDeliveries([{ broadcastId: job.broadcastId, n: job.n, items: deferred, notBefore: deferUntil }]);
      // Tallied before a retry is asked for: what was written counts, whatever happens to the rest.
      await finishIfDone(broadcastId, outcomes.length);
      if (transient.length) throw new TransientBroadcastError(transient.length, transient[0]);
      return { ...out, deferred: deferred.length };
    },

    /**
     * Every few minutes: a delivery claimed longer ago than `staleMs` by a worker that died before
     * writing its outcome is marked `unknown` (never sent again), so a broadcast still reaches
     * "sent"; and each broadcast still sending is checked against MongoDB's counts.
     */
    async reconcile(staleMs = 15 * 60_000): Promise<{ checked: number; unknown: number }> {
      const now = clock.now();
      let checked = 0;
      let unknown = 0;
      for (const p of await deps.BroadcastPublished.find({}, { _id: 1 }).lean()) {
        if ((await transitions.standing(p._id)).state !== 'sending') continue;
        checked++;
        const stale = (await delivery.BroadcastResult.find({ broadcastId: p._id, outcome: 'claimed' }, { at: 1 }).lean()).filter((r) => now.getTime() - r.at.getTime() > staleMs);
        await bulkWriteInBatches(
          delivery.BroadcastResult,
          stale.map((r) => ({ updateOne: { filter: { _id: r._id, outcome: 'claimed' }, update: { $set: { outcome: 'unknown', reason: 'interrupted: the worker stopped between claim and outcome', at: now } } } })),
        );
        unknown += stale.length;
        await finishIfDone(p._id, stale.length);
      }
      return { checked, unknown };
    },

    /**
     * Deliveries, their outcomes and the news reads under these offices in [from, to), for figures
     * across a subtree (reports): one equality per office, or one read of each table for a city.
     */
    async deliveriesBetween(officeIds: readonly Types.ObjectId[], from: Date, to: Date) {
      const at = { $gte: from, $lt: to };
      const [deliveries, results, reads] = await Promise.all([
        findByEach<{ officeId: Types.ObjectId; at: Date }>(delivery.BroadcastDelivery, 'officeId', officeIds, { at }, { at: 1 }),
        findByEach<{ officeId: Types.ObjectId; channel?: string | null; outcome: string; at: Date }>(delivery.BroadcastResult, 'officeId', officeIds, { at }, { channel: 1, outcome: 1, at: 1 }),
        findByEach<{ officeId: Types.ObjectId; at: Date }>(delivery.BroadcastRead, 'officeId', officeIds, { at }, { at: 1 }),
      ]);
      return { deliveries, results, reads };
    },

    /** Counts per state and channel, and reads per office. */
    async stats(b: Broadcast) {
      const [deliveries, results, reads, s] = await Promise.all([
        delivery.BroadcastDelivery.countDocuments({ broadcastId: b._id }),
        delivery.BroadcastResult.find({ broadcastId: b._id }, { outcome: 1, channel: 1 }).lean(),
        delivery.BroadcastRead.find({ broadcastId: b._id }, { officeId: 1 }).lean(),
        transitions.standing(b._id),
      ]);
      const byState: Record<string, number> = { sent: 0, failed: 0, unreachable: 0, unknown: 0, sending: 0 };
      const byChannel: Record<string, number> = {};
      for (const r of results) {
        const state = r.outcome === 'claimed' ? 'sending' : r.outcome;
        byState[state] = (byState[state] ?? 0) + 1;
        if (r.outcome === 'sent' && r.channel) byChannel[r.channel] = (byChannel[r.channel] ?? 0) + 1;
      }
      const pending = deliveries - results.length;
      byState[s.state === 'cancelled' ? 'cancelled' : 'pending'] = pending;
      const readsByOffice: Record<string, number> = {};
      for (const r of reads) readsByOffice[String(r.officeId)] = (readsByOffice[String(r.officeId)] ?? 0) + 1;
      return { state: s.state, deliveries, byState, byChannel, reads: reads.length, readsByOffice };
    },
  };
  return sending;
}

export type Sending = ReturnType<typeof createSending>;
