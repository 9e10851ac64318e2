import { localDay } from '../zoned-time';
import { REVIEW_DAYS, RIGHTS_TO_LEAVE, type BookSource, type Outcome } from './kinds';

/** What the schedule reads of an event. */
export interface ScheduleEvent {
  _id: string;
  questionId: { toString(): string };
  source: BookSource | string;
  outcome: Outcome | string;
  reveal: boolean;
  at: Date;
}

/** One question in a learner's book now. */
export interface BookEntry<E extends ScheduleEvent = ScheduleEvent> {
  questionId: string;
  /** The wrong answer that put it in the book this time. */
  entry: E;
  /** The latest wrong answer to it. */
  lastWrong: E;
  /** Local day it went in (YYYY-MM-DD). */
  enteredDay: string;
  /** Review answers since it went in. */
  reviews: number;
  /** Right answers in a row since the last wrong one. */
  streak: number;
  /** Wrong answers since it went in. */
  wrongs: number;
  /** The local day the next review is due. */
  dueDay: string;
  /** The local day of the latest review answer ('' before any). */
  lastReviewDay: string;
  /** The key the next review answer is recorded under: one per review, so two answers to it count once. */
  slot: string;
  /**
   * Whether the answer and explanation may be shown: every wrong answer that put or kept it here
   * came from somewhere that shows them (practice, a quiz with full review), or the learner has
   * since answered it right in review.
   */
  revealed: boolean;
}

/** 2026-12-07 + 3 → 2026-12-10 (calendar days, no time zone involved). */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Days after going into the book that the n-th review (0-based) is due: 1, 3, 7, then weekly. */
export function reviewOffset(n: number): number {
  return n < REVIEW_DAYS.length ? REVIEW_DAYS[n] : REVIEW_DAYS[REVIEW_DAYS.length - 1] * (n - REVIEW_DAYS.length + 2);
}

const byTime = (a: ScheduleEvent, b: ScheduleEvent) => a.at.getTime() - b.at.getTime() || (a._id < b._id ? -1 : a._id > b._id ? 1 : 0);

/**
 * A learner's book from their events, replayed in order. A wrong answer puts a question in (the
 * calendar starts that local day); reviews come due 1, 3 and 7 days after, then weekly, whatever
 * their answers (at most one a day); a wrong answer only breaks the run of right ones; two right
 * answers in a row take it out. A later wrong answer puts it back in with a new calendar.
 */
export function bookOf<E extends ScheduleEvent>(learnerId: string, events: readonly E[], timeZone: string): Map<string, BookEntry<E>> {
  const book = new Map<string, BookEntry<E>>();
  for (const e of [...events].sort(byTime)) {
    const q = String(e.questionId);
    let item = book.get(q);
    if (e.outcome === 'wrong') {
      if (!item) {
        const enteredDay = localDay(e.at, timeZone);
        item = { questionId: q, entry: e, lastWrong: e, enteredDay, reviews: 0, streak: 0, wrongs: 1, dueDay: enteredDay, lastReviewDay: '', slot: '', revealed: e.reveal };
        book.set(q, item);
      } else {
        item.streak = 0;
        item.wrongs++;
        item.lastWrong = e;
        item.revealed = item.revealed && e.reveal;
        if (e.source === 'review') {
          item.reviews++;
          item.lastReviewDay = localDay(e.at, timeZone);
        }
      }
    } else {
      if (!item) continue;
      item.streak++;
      if (e.source === 'review') {
        item.reviews++;
        item.lastReviewDay = localDay(e.at, timeZone);
        item.revealed = true;
      }
      if (item.streak >= RIGHTS_TO_LEAVE) book.delete(q);
    }
  }
  for (const item of book.values()) {
    // A review answered late (day 5 for day 1's) does not make the next one due the same day.
    const scheduled = addDays(item.enteredDay, reviewOffset(item.reviews));
    const nextAfterLast = item.lastReviewDay ? addDays(item.lastReviewDay, 1) : '';
    item.dueDay = scheduled > nextAfterLast ? scheduled : nextAfterLast;
    item.slot = `r:${learnerId}:${item.questionId}:${item.entry._id}:${item.reviews}`;
  }
  return book;
}

/** Due today (or overdue), soonest first; then the rest by due day. */
export function ordered<E extends ScheduleEvent>(book: Map<string, BookEntry<E>>): BookEntry<E>[] {
  return [...book.values()].sort((a, b) => (a.dueDay < b.dueDay ? -1 : a.dueDay > b.dueDay ? 1 : a.entry.at.getTime() - b.entry.at.getTime()));
}

export const isDue = (item: Pick<BookEntry, 'dueDay'>, today: string) => item.dueDay <= today;
