/** The fixed vocabularies of questions and quizzes (kept apart from the models, so edges can name them). */
export const QUESTION_TYPES = ['single', 'multiple', 'truefalse'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];
export const GRADING_METHODS = ['highest', 'last', 'average'] as const;
export type GradingMethod = (typeof GRADING_METHODS)[number];
export const REVIEW_POLICIES = ['score', 'full'] as const;
export type ReviewPolicy = (typeof REVIEW_POLICIES)[number];
