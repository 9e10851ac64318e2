/** The fixed vocabularies of questions and quizzes (kept apart from the models, so edges can name them). */
export const QUESTION_TYPES = ['single', 'multiple', 'truefalse'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];
/** What a question is for: drawn into quiz and exam papers, or only asked in practice (answers shown at once). */
export const QUESTION_USES = ['exam', 'practice'] as const;
export type QuestionUse = (typeof QUESTION_USES)[number];
/** Questions stored before practice existed have no `use`: they are exam questions. */
export const isPracticeQuestion = (q: { use?: string | null }) => q.use === 'practice';
export const GRADING_METHODS = ['highest', 'last', 'average'] as const;
export type GradingMethod = (typeof GRADING_METHODS)[number];
export const REVIEW_POLICIES = ['score', 'full'] as const;
export type ReviewPolicy = (typeof REVIEW_POLICIES)[number];
