import { createHash } from 'node:crypto';
import type { StageKey } from '../campaigns/kinds';
import type { Recipient } from './channels/types';
import type { ReminderKind } from './kinds';

/**
 * What a delivery job carries. Reminders are insert-only, so what a message says is copied into
 * the job when it is planned (no read per reminder when it goes); whether it should still go
 * (stage done, deadline moved) is checked against MongoDB when it goes.
 */

export interface PlannedItem {
  reminderId: string;
  kind: ReminderKind;
  officeId: string;
  campaignId?: string;
  applicationId?: string;
  enterpriseId?: string;
  enterpriseName?: string;
  instructorId?: string;
  stage?: StageKey;
  /** ISO time. */
  deadline?: string;
  /** For nudges: the sentence itself. */
  text?: string;
}

/** One person's digest: the reminders planned for them in one scan, fixed when made (a retry never merges more in). */
export interface DigestJob {
  digestId: string;
  recipient: Recipient;
  items: PlannedItem[];
}

/** One delivery job: digests of one office (they share the reads that check them), at most BATCH_DIGESTS. */
export interface DeliveryBatch {
  digests: DigestJob[];
}

/** Digests per delivery job: large enough that the checks' reads are shared, small enough for a short job. */
export const BATCH_DIGESTS = 100;

type ReminderDoc = {
  _id: string;
  kind: ReminderKind;
  officeId: unknown;
  campaignId?: unknown;
  applicationId?: unknown;
  enterpriseId?: unknown;
  enterpriseName?: string | null;
  instructorId?: unknown;
  stage?: string | null;
  deadline?: Date | null;
  text?: string | null;
};

const idOf = (v: unknown) => (v == null ? undefined : String(v));

export function plannedItem(r: ReminderDoc): PlannedItem {
  const item: PlannedItem = { reminderId: r._id, kind: r.kind, officeId: String(r.officeId) };
  const set = <K extends keyof PlannedItem>(k: K, v: PlannedItem[K] | undefined) => {
    if (v !== undefined && v !== null) item[k] = v;
  };
  set('campaignId', idOf(r.campaignId));
  set('applicationId', idOf(r.applicationId));
  set('enterpriseId', idOf(r.enterpriseId));
  set('enterpriseName', r.enterpriseName ?? undefined);
  set('instructorId', idOf(r.instructorId));
  set('stage', (r.stage ?? undefined) as StageKey | undefined);
  set('deadline', r.deadline?.toISOString());
  set('text', r.text ?? undefined);
  return item;
}

/**
 * Groups (reminder, person) pairs into one digest per person. The digest id comes from the person
 * and the exact reminders, so planning the same pairs twice makes the same digest (and job id).
 */
export function digestsOf(pairs: { item: PlannedItem; recipient: Recipient }[]): DigestJob[] {
  const byRecipient = new Map<string, { recipient: Recipient; items: Map<string, PlannedItem> }>();
  for (const p of pairs) {
    const entry = byRecipient.get(p.recipient.key) ?? { recipient: p.recipient, items: new Map() };
    entry.items.set(p.item.reminderId, p.item);
    byRecipient.set(p.recipient.key, entry);
  }
  return [...byRecipient.values()].map(({ recipient, items }) => {
    const sorted = [...items.values()].sort((a, b) => (a.reminderId < b.reminderId ? -1 : 1));
    const digestId = `${recipient.key}-${createHash('sha1').update(sorted.map((i) => i.reminderId).join('\n')).digest('base64url').slice(0, 16)}`;
    return { digestId, recipient, items: sorted };
  });
}

/**
 * Delivery jobs: digests grouped by office and campaign (or nudges) of their first reminder, in
 * digest-id order, BATCH_DIGESTS at most each. The same pending digests always make the same
 * batches, so a sweep that finds what a scan has just queued makes the same job ids (one job each).
 */
export function batchesOf(digests: DigestJob[], size = BATCH_DIGESTS): DeliveryBatch[] {
  const groups = new Map<string, DigestJob[]>();
  for (const d of digests) {
    const first = d.items[0];
    const key = `${first?.officeId ?? ''}:${first?.kind === 'nudge' ? 'nudge' : (first?.campaignId ?? '')}`;
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  const out: DeliveryBatch[] = [];
  for (const group of groups.values()) {
    group.sort((a, b) => (a.digestId < b.digestId ? -1 : 1));
    for (let i = 0; i < group.length; i += size) out.push({ digests: group.slice(i, i + size) });
  }
  return out;
}

/** The job id of a batch: its digests', so the same batch planned twice is one job. */
export function batchId(batch: DeliveryBatch): string {
  return createHash('sha1').update(batch.digests.map((d) => d.digestId).sort().join('\n')).digest('base64url');
}
