/** What a reminder is about, and what became of a delivery attempt (kept apart from the models, for the edges). */
export const REMINDER_KINDS = ['deadline', 'escalation', 'nudge'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

export const OUTCOMES = ['sent', 'deferred', 'failed', 'fell_back', 'unreachable', 'skipped'] as const;
export type Outcome = (typeof OUTCOMES)[number];
