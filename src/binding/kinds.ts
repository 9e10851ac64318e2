/** Who can be bound (roster people, and staff for the bot's admin commands) and through which WeChat channel. */
export const PERSON_TYPES = ['instructor', 'contact', 'staff'] as const;
export type PersonType = (typeof PERSON_TYPES)[number];
export const IDENTITY_KINDS = ['bot', 'mp'] as const;
export type IdentityKind = (typeof IDENTITY_KINDS)[number];
