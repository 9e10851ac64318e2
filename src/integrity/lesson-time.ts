import type { Types } from 'mongoose';
import type { Clock } from '../clock';
import { insertNew } from '../db/mongo';
import { LessonTimeShort, ReadingTokenInvalid } from './errors';
import type { IntegrityModels } from './model';
import { readingStart, signReadingToken } from './reading-token';

/** A reading token serves one sitting: a page left open overnight fetches the lesson (and a new token) again. */
export const READING_TOKEN_TTL_MS = 12 * 3600_000;
/** A phone's clock and ours may disagree a little about when a reading began. */
const START_SKEW_MS = 60_000;
/** A heartbeat may arrive this much early (a timer firing a little before the full interval). */
const EARLY_TOLERANCE = 0.9;

export interface LessonTimeSettings {
  /** Share of a lesson's estimated minutes a learner must be present for; 0 turns the gate off. */
  share: number;
  heartbeatS: number;
  secret: string;
}

/** What lesson time needs of a lesson. */
export interface LessonRef {
  _id: Types.ObjectId;
  minutes: number;
}

/** How far a learner's reading of a lesson has come, in seconds of presence. */
export interface ReadingStatus {
  presentSeconds: number;
  requiredSeconds: number;
  canComplete: boolean;
}

/**
 * Lesson time: presence is counted from heartbeats, one per (learner, lesson, time slot), so
 * nothing a client sends faster than the slot length, or twice, counts more than once, and
 * presence can never run ahead of the clock by more than one slot. Heartbeats come from the
 * mini-program page (signed by the reading token) and from the chat (the server itself credits the
 * time between two pieces of a lesson, see creditChat).
 */
export function createLessonTime(deps: { models: Pick<IntegrityModels, 'LessonHeartbeat'>; clock: Clock; settings: LessonTimeSettings }) {
  const { LessonHeartbeat } = deps.models;
  const { share, heartbeatS, secret } = deps.settings;
  const intervalMs = heartbeatS * 1000;
  const slotOf = (ms: number) => Math.floor(ms / intervalMs);
  const beat = (learnerId: Types.ObjectId, lessonId: Types.ObjectId, slot: number, via: 'mp' | 'chat') => ({
    _id: `${String(learnerId)}:${String(lessonId)}:${slot}`,
    learnerId,
    lessonId,
    slot,
    at: deps.clock.now(),
    via,
  });
  const requiredOf = (lesson: LessonRef) => Math.ceil(share * lesson.minutes * 60);

  async function presentSeconds(learnerId: Types.ObjectId, lessonId: Types.ObjectId): Promise<number> {
    return (await LessonHeartbeat.countDocuments({ learnerId, lessonId })) * heartbeatS;
  }

  /** Nothing is required of a lesson already read (before this gate existed, too) or while the gate is off. */
  async function status(learnerId: Types.ObjectId, lesson: LessonRef, alreadyRead: () => Promise<boolean>): Promise<ReadingStatus> {
    if (share <= 0 || (await alreadyRead())) return { presentSeconds: 0, requiredSeconds: 0, canComplete: true };
    const present = await presentSeconds(learnerId, lesson._id);
    const required = requiredOf(lesson);
    return { presentSeconds: present, requiredSeconds: required, canComplete: present >= required };
  }

  return {
    gateOn: share > 0,
    heartbeatSeconds: heartbeatS,
    status,

    /** A new reading of the lesson: its token (for the heartbeats) and where the learner stands. */
    async startReading(learnerId: Types.ObjectId, lesson: LessonRef, alreadyRead: () => Promise<boolean>) {
      const token = signReadingToken(secret, String(learnerId), String(lesson._id), deps.clock.now());
      return { token, heartbeatSeconds: heartbeatS, ...(await status(learnerId, lesson, alreadyRead)) };
    },

    /**
     * One heartbeat from the mini-program. It counts when its token is this learner's for this
     * lesson, it comes at least one interval after the reading began, and its time slot has none
     * yet. A heartbeat that does not count is no error (`counted: false`): the page just goes on.
     */
    async heartbeat(learnerId: Types.ObjectId, lesson: LessonRef, token: string, alreadyRead: () => Promise<boolean>): Promise<ReadingStatus & { counted: boolean }> {
      const now = deps.clock.now().getTime();
      const start = readingStart(secret, String(learnerId), String(lesson._id), token)?.getTime();
      if (start === undefined || start > now + START_SKEW_MS) throw new ReadingTokenInvalid('阅读凭证无效，请重新打开课时');
      if (now - start > READING_TOKEN_TTL_MS) throw new ReadingTokenInvalid('阅读凭证已过期，请重新打开课时');
      let counted = false;
      if (now - start >= intervalMs * EARLY_TOLERANCE) counted = (await insertNew(LessonHeartbeat, [beat(learnerId, lesson._id, slotOf(now), 'mp')])).length > 0;
      return { counted, ...(await status(learnerId, lesson, alreadyRead)) };
    },

    /**
     * The chat's heartbeats: a learner who asks for the next piece of a lesson was reading from
     * the moment the last piece was sent. That time, up to `capSeconds` (the piece's share of the
     * lesson's minutes), is credited as the slots it covers; slots already held count once.
     */
    async creditChat(learnerId: Types.ObjectId, lessonId: Types.ObjectId, from: Date, capSeconds: number): Promise<number> {
      const to = deps.clock.now().getTime();
      const begin = Math.max(from.getTime(), to - capSeconds * 1000);
      const beats = [];
      for (let slot = slotOf(begin) + 1; slot <= slotOf(to); slot++) beats.push(beat(learnerId, lessonId, slot, 'chat'));
      return beats.length ? (await insertNew(LessonHeartbeat, beats)).length : 0;
    },

    /** Refuses to mark a lesson read before the learner was present long enough, saying how long is left. */
    async requireTime(learnerId: Types.ObjectId, lesson: LessonRef, alreadyRead: () => Promise<boolean>): Promise<void> {
      if (share <= 0) return;
      const s = await status(learnerId, lesson, alreadyRead);
      if (s.canComplete) return;
      const left = Math.max(1, Math.ceil((s.requiredSeconds - s.presentSeconds) / 60));
      throw new LessonTimeShort(
        `本课时预计阅读 ${lesson.minutes} 分钟，需累计阅读满 ${Math.ceil(s.requiredSeconds / 60)} 分钟才能标记为已学，还需阅读约 ${left} 分钟。`,
        { presentSeconds: s.presentSeconds, requiredSeconds: s.requiredSeconds, remainingMinutes: left },
      );
    },
  };
}

export type LessonTime = ReturnType<typeof createLessonTime>;
