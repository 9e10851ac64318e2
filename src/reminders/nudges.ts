import type { Types } from 'mongoose';
import type { Clock } from '../clock';
import { insertNew } from '../db/mongo';
import { localDay, localParts, minutesOfDay } from '../zoned-time';
import type { DigestJob } from './deliver';
import { digestsOf, plannedItem } from './planned';
import type { OpenDirectory } from './directory';
import type { ReminderModels } from './model';

/** What learning (and the wrong-answer book, 'wrong_book': one due question) says an instructor should be nudged about today, if anything. */
export type StudyNudge = { reason: 'deadline_1d' | 'deadline_7d' | 'inactive' | 'wrong_book'; text: string; officeId: Types.ObjectId } | null;

export interface NudgeDeps {
  clock: Clock;
  timeZone: string;
  models: ReminderModels;
  directory: OpenDirectory;
  binding: { identitiesOfType(type: 'instructor'): Promise<{ personId: Types.ObjectId }[]> };
  /** Learning's view: unfinished modules and idle for `inactiveDays`, or a course deadline 7 or 1 days away. */
  nudgeFor: (instructorId: Types.ObjectId, now: Date, inactiveDays: number) => Promise<StudyNudge>;
  inactiveDays: number;
  /** Local time from which the day's nudges go (NUDGE_AT). */
  at: string;
  enqueue: (digests: DigestJob[]) => Promise<void>;
}

/**
 * Study nudges through the same engine as deadline reminders. At most one per instructor per day:
 * the reminder's key is (instructor, local day). 退订 stops them, 订阅 resumes (insert-only, the latest wins).
 */
export function createNudges(deps: NudgeDeps) {
  const { models, clock } = deps;

  async function subscribed(instructorIds?: Types.ObjectId[]): Promise<(id: Types.ObjectId | string) => boolean> {
    const rows = instructorIds?.length === 1 ? await models.NudgePref.find({ instructorId: instructorIds[0] }).lean() : await models.NudgePref.find({}).lean();
    const latest = new Map<string, { on: boolean; at: Date }>();
    for (const r of rows) {
      const seen = latest.get(String(r.instructorId));
      if (!seen || seen.at.getTime() <= r.at.getTime()) latest.set(String(r.instructorId), r);
    }
    return (id) => latest.get(String(id))?.on ?? true;
  }

  return {
    /** Who takes nudges now (one read), for a delivery batch. */
    async subscribedNow(): Promise<(instructorId: string) => boolean> {
      return subscribed();
    },
    async setSubscribed(instructorId: Types.ObjectId, on: boolean): Promise<void> {
      await models.NudgePref.create({ instructorId, on, at: clock.now() });
    },
    async isSubscribed(instructorId: Types.ObjectId): Promise<boolean> {
      return (await subscribed([instructorId]))(instructorId);
    },
    /** Today's nudges, once a day from NUDGE_AT; a second run the same day plans nothing new. */
    async plan(): Promise<{ planned: number }> {
      const now = clock.now();
      const p = localParts(now, deps.timeZone);
      if (p.hour * 60 + p.minute < minutesOfDay(deps.at)) return { planned: 0 };
      const day = localDay(now, deps.timeZone);
      const markerId = `n:${day}`;
      if (await models.ReminderBatch.exists({ _id: markerId })) return { planned: 0 };
      const ids = [...new Map((await deps.binding.identitiesOfType('instructor')).map((b) => [String(b.personId), b.personId])).values()];
      const isOn = await subscribed();
      const docs = [];
      for (const id of ids) {
        if (!isOn(id)) continue;
        const nudge = await deps.nudgeFor(id, now, deps.inactiveDays);
        if (!nudge) continue;
        docs.push({ _id: `n:${String(id)}:${day}`, kind: 'nudge' as const, instructorId: id, officeId: nudge.officeId, offset: nudge.reason, dueAt: now, plannedAt: now, recipients: [`instructor:${String(id)}`], text: nudge.text });
      }
      const fresh = await insertNew(models.Reminder, docs);
      const dir = deps.directory();
      const pairs = [];
      for (const d of fresh) {
        const recipient = await dir.person('instructor', String(d.instructorId));
        if (recipient) pairs.push({ item: plannedItem(d), recipient });
      }
      await deps.enqueue(digestsOf(pairs));
      await insertNew(models.ReminderBatch, [{ _id: markerId, kind: 'nudge', offset: 'day', dueAt: now, result: 'planned', reminders: fresh.length, at: now }]);
      return { planned: fresh.length };
    },
  };
}

export type Nudges = ReturnType<typeof createNudges>;
