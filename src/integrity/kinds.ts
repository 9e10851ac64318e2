/** What the integrity checks flag (src/integrity/detection.ts). */
export const FLAG_KINDS = ['fast_answers', 'shared_pattern'] as const;
export type FlagKind = (typeof FLAG_KINDS)[number];
