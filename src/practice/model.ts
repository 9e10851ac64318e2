import { Schema, type Connection, type InferSchemaType, type Types } from 'mongoose';
import { BOOK_SOURCES, OUTCOMES, PROMPT_KINDS } from './kinds';

/**
 * One question put to a learner outside a quiz: a practice question, or a due question of their
 * wrong-answer book (from the review page, `错题` in chat or the day's nudge). Insert-only. The chat
 * answers the newest unanswered one, so no chat session is kept anywhere; its answer's key is
 * derived from it, so a prompt is answered once however often the answer is sent.
 */
const promptSchema = new Schema(
  {
    _id: { type: String, required: true },
    learnerId: { type: Schema.Types.ObjectId, required: true },
    questionId: { type: Schema.Types.ObjectId, required: true },
    kind: { type: String, enum: PROMPT_KINDS, required: true },
    courseId: { type: Schema.Types.ObjectId, required: true },
    /** Null for a question from the final exam. */
    moduleId: { type: Schema.Types.ObjectId, default: null },
    /** For a review: the review's event key (see schedule.ts), so an answer from any channel counts once. */
    slot: { type: String },
    via: { type: String, enum: ['mp', 'chat', 'nudge'], required: true },
    askedAt: { type: Date, required: true },
  },
  { versionKey: false, collection: 'practice_prompts' },
);
promptSchema.index({ learnerId: 1 });

/**
 * The wrong-answer book as an event log: one record per answer that concerns it (every practice
 * and review answer, every wrong answer of a graded quiz or exam), never updated. `_id` is the
 * event's unique key: `p:<prompt>` for a practice answer, `g:<attempt>:<question>` for a graded
 * attempt's wrong answer, the review slot for a review, so a retried or concurrent answer is
 * recorded once. What is in the book, and when it is due, is computed from these (schedule.ts).
 */
const bookEventSchema = new Schema(
  {
    _id: { type: String, required: true },
    learnerId: { type: Schema.Types.ObjectId, required: true },
    /** The learner's office when they answered, for the offices' figures. */
    officeId: { type: Schema.Types.ObjectId, required: true },
    questionId: { type: Schema.Types.ObjectId, required: true },
    courseId: { type: Schema.Types.ObjectId, required: true },
    /** Null for a question from the final exam. */
    moduleId: { type: Schema.Types.ObjectId, default: null },
    /** The quiz or exam whose graded attempt it came from. */
    quizId: { type: Schema.Types.ObjectId, default: null },
    source: { type: String, enum: BOOK_SOURCES, required: true },
    outcome: { type: String, enum: OUTCOMES, required: true },
    /** False when the quiz's review policy shows only the score: the book then hides the answer and explanation. */
    reveal: { type: Boolean, required: true },
    /** Original option indexes chosen. */
    choice: { type: [Number], default: [] },
    at: { type: Date, required: true },
  },
  { versionKey: false, collection: 'wrong_book_events' },
);
bookEventSchema.index({ learnerId: 1 });
bookEventSchema.index({ courseId: 1, outcome: 1 });

export type PracticePrompt = InferSchemaType<typeof promptSchema> & { _id: string; learnerId: Types.ObjectId; questionId: Types.ObjectId };
export type BookEvent = InferSchemaType<typeof bookEventSchema> & { _id: string };

const definePrompt = (c: Connection) => c.model('PracticePrompt', promptSchema);
const defineEvent = (c: Connection) => c.model('WrongBookEvent', bookEventSchema);
export type PracticePromptModel = ReturnType<typeof definePrompt>;
export type WrongBookEventModel = ReturnType<typeof defineEvent>;

export function practiceModels(c: Connection) {
  return {
    PracticePrompt: (c.models.PracticePrompt as PracticePromptModel | undefined) ?? definePrompt(c),
    WrongBookEvent: (c.models.WrongBookEvent as WrongBookEventModel | undefined) ?? defineEvent(c),
  };
}
export type PracticeModels = ReturnType<typeof practiceModels>;
