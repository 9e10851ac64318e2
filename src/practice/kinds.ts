/** Where an answer in the wrong-answer book came from (kept apart from the models, so edges can name them). */
export const BOOK_SOURCES = ['practice', 'quiz', 'exam', 'review'] as const;
export type BookSource = (typeof BOOK_SOURCES)[number];
export const OUTCOMES = ['wrong', 'right'] as const;
export type Outcome = (typeof OUTCOMES)[number];
/** A practice question of a module, or a wrong-answer book question that is due. */
export const PROMPT_KINDS = ['practice', 'review'] as const;
export type PromptKind = (typeof PROMPT_KINDS)[number];

/** A question comes back this many local days after it went into the book, then weekly. */
export const REVIEW_DAYS = [1, 3, 7] as const;
/** Right answers in a row that take a question out of the book. */
export const RIGHTS_TO_LEAVE = 2;
