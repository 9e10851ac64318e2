import type { Redis } from 'ioredis';
import { Types } from 'mongoose';
import type { Clock } from '../clock';
import type { LessonTime } from './lesson-time';

/** A chat reading left this long is forgotten; 学习 starts the lesson again (the presence stays). */
export const CHAT_READING_TTL_S = 24 * 3600;

/** Where a learner is in a lesson the bot sends in pieces: a chat session, kept in Redis. */
interface Cursor {
  lessonId: string;
  minutes: number;
  /** Characters of each piece, so each piece's share of the lesson's minutes is known. */
  lengths: number[];
  /** The piece last sent (0-based). */
  part: number;
  sentAt: number;
}

/** The piece to send next, or `done` once the last piece has been read (then the lesson may be marked read). */
export interface ReadOn {
  lessonId: string;
  part: number;
  parts: number;
  done: boolean;
}

/**
 * Reading in chat: 学习 sends a lesson's first piece and remembers it; each 继续 credits the time
 * since the last piece (up to that piece's share of the lesson's minutes) as presence, the same
 * slots the mini-program's heartbeats fill, and moves on. Nothing here is the only copy of
 * anything: a lost cursor means 学习 again, the presence is in MongoDB.
 */
export function createChatReading(deps: { redis: Redis; prefix: string; clock: Clock; lessonTime: LessonTime }) {
  const key = (learnerId: Types.ObjectId) => `${deps.prefix}:reading:${String(learnerId)}`;
  const save = (learnerId: Types.ObjectId, c: Cursor) => deps.redis.set(key(learnerId), JSON.stringify(c), 'EX', CHAT_READING_TTL_S);

  return {
    async begin(learnerId: Types.ObjectId, lesson: { _id: Types.ObjectId; minutes: number }, lengths: number[]): Promise<void> {
      await save(learnerId, { lessonId: String(lesson._id), minutes: lesson.minutes, lengths, part: 0, sentAt: deps.clock.now().getTime() });
    },

    /** Credits the piece just read and says what comes next; null when no lesson is being read in chat. */
    async readOn(learnerId: Types.ObjectId): Promise<ReadOn | null> {
      const raw = await deps.redis.get(key(learnerId));
      if (!raw) return null;
      const c = JSON.parse(raw) as Cursor;
      const total = c.lengths.reduce((a, b) => a + b, 0) || 1;
      const cap = Math.max(deps.lessonTime.heartbeatSeconds, (c.minutes * 60 * (c.lengths[c.part] ?? 0)) / total);
      await deps.lessonTime.creditChat(learnerId, new Types.ObjectId(c.lessonId), new Date(c.sentAt), cap);
      const next = Math.min(c.part + 1, c.lengths.length);
      const done = next >= c.lengths.length;
      // At the end the cursor stays on the last piece: a learner told to read on is credited again from now.
      await save(learnerId, { ...c, part: done ? c.part : next, sentAt: deps.clock.now().getTime() });
      return { lessonId: c.lessonId, part: done ? c.lengths.length : next, parts: c.lengths.length, done };
    },

    async finish(learnerId: Types.ObjectId): Promise<void> {
      await deps.redis.del(key(learnerId));
    },
  };
}

export type ChatReading = ReturnType<typeof createChatReading>;
