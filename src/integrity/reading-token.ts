import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * A reading token ties heartbeats to one reading of one lesson by one learner: the lesson GET
 * hands it out, each heartbeat carries it back. It is `<start, base36 ms>.<HMAC-SHA256 over
 * learner, lesson and start with AUTH_SECRET>`, so nobody can make one for another learner or
 * lesson, or move its start earlier.
 */
const mac = (secret: string, learnerId: string, lessonId: string, startMs: number) =>
  createHmac('sha256', secret).update(`reading|${learnerId}|${lessonId}|${startMs}`).digest('base64url');

export function signReadingToken(secret: string, learnerId: string, lessonId: string, start: Date): string {
  const startMs = start.getTime();
  return `${startMs.toString(36)}.${mac(secret, learnerId, lessonId, startMs)}`;
}

/** The reading's start, or null when the token is not this learner's for this lesson. */
export function readingStart(secret: string, learnerId: string, lessonId: string, token: string): Date | null {
  const m = /^([0-9a-z]{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!m) return null;
  const startMs = parseInt(m[1], 36);
  const expected = Buffer.from(mac(secret, learnerId, lessonId, startMs));
  const given = Buffer.from(m[2]);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  return new Date(startMs);
}
