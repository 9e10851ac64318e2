import { createHash } from 'node:crypto';
import type { DigestJob } from './deliver';

/**
 * Groups (reminder, recipient) pairs into one digest per recipient. The digest id comes from the
 * recipient and its exact reminders, so planning the same pairs twice makes the same job (BullMQ
 * keeps one), while a digest never grows once made: a retry sends what it was made with.
 */
export function digestsOf(pairs: { reminderId: string; recipientKey: string }[]): DigestJob[] {
  const byRecipient = new Map<string, Set<string>>();
  for (const p of pairs) byRecipient.set(p.recipientKey, (byRecipient.get(p.recipientKey) ?? new Set()).add(p.reminderId));
  return [...byRecipient].map(([recipientKey, ids]) => {
    const reminderIds = [...ids].sort();
    const digestId = `${recipientKey}-${createHash('sha1').update(reminderIds.join('\n')).digest('base64url').slice(0, 16)}`;
    return { digestId, recipientKey, reminderIds };
  });
}
