/** Who can be bound (roster people) and through which WeChat channel. */
export const PERSON_TYPES = ['instructor', 'contact'] as const;
export type PersonType = (typeof PERSON_TYPES)[number];
export const IDENTITY_KINDS = ['bot', 'mp'] as const;
export type IdentityKind = (typeof IDENTITY_KINDS)[number];
