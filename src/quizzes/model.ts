import { Schema, Types, type Connection, type InferSchemaType } from 'mongoose';

import { GRADING_METHODS, QUESTION_TYPES, QUESTION_USES, REVIEW_POLICIES, type QuestionType } from './kinds';

export { GRADING_METHODS, QUESTION_TYPES, REVIEW_POLICIES };
export type { GradingMethod, QuestionType, QuestionUse, ReviewPolicy } from './kinds';

const bankSchema = new Schema(
  {
    code: { type: String, required: true },
    title: { type: String, required: true },
    officeId: { type: Schema.Types.ObjectId, required: true },
  },
  { timestamps: true, versionKey: false, collection: 'question_banks' },
);
bankSchema.index({ code: 1 }, { unique: true });

const questionSchema = new Schema(
  {
    bankId: { type: Schema.Types.ObjectId, required: true },
    type: { type: String, enum: QUESTION_TYPES, required: true },
    stem: { type: String, required: true },
    options: { type: [String], required: true },
    /** Indexes into options. Never sent to a client before the attempt is graded. */
    answer: { type: [Number], required: true },
    explanation: { type: String, default: '' },
    /**
     * 'practice' questions are never drawn into a quiz or exam paper (drawPaper) and only practice
     * asks them; absent on questions from before practice existed, which are exam questions.
     */
    use: { type: String, enum: QUESTION_USES, default: 'exam' },
  },
  { timestamps: true, versionKey: false, collection: 'questions' },
);
questionSchema.index({ bankId: 1 });

/** A module quiz (moduleId set) or the course's final exam (moduleId null). */
const quizSchema = new Schema(
  {
    courseId: { type: Schema.Types.ObjectId, required: true },
    moduleId: { type: Schema.Types.ObjectId, default: null },
    title: { type: String, required: true },
    draws: { type: [{ _id: false, bankId: { type: Schema.Types.ObjectId, required: true }, count: { type: Number, required: true } }], required: true },
    shuffleQuestions: { type: Boolean, default: true },
    shuffleOptions: { type: Boolean, default: true },
    timeLimitMinutes: { type: Number, required: true },
    maxAttempts: { type: Number, required: true },
    /** Percent, 0–100. */
    passMark: { type: Number, required: true },
    grading: { type: String, enum: GRADING_METHODS, default: 'highest' },
    review: { type: String, enum: REVIEW_POLICIES, default: 'full' },
  },
  { timestamps: true, versionKey: false, collection: 'quizzes' },
);
// One quiz per module, and (moduleId null) one final exam per course.
quizSchema.index({ courseId: 1, moduleId: 1 }, { unique: true });

/**
 * One try at a quiz. The paper is drawn and frozen at start. (learner, quiz, number) is unique:
 * that is what stops two concurrent starts from both taking the last allowed attempt.
 */
const attemptSchema = new Schema(
  {
    learnerId: { type: Schema.Types.ObjectId, required: true },
    quizId: { type: Schema.Types.ObjectId, required: true },
    courseId: { type: Schema.Types.ObjectId, required: true },
    number: { type: Number, required: true },
    startedAt: { type: Date, required: true },
    deadline: { type: Date, required: true },
    /**
     * True until graded, so the overdue scan reads only open attempts (an equality FerretDB pushes
     * down). Set false after the grade exists; the grade, not this flag, is the "graded once" guard,
     * so a lost or repeated write of it changes no result.
     */
    open: { type: Boolean, default: true },
    paper: {
      // The question type rides along so saving an answer needs no read of the question.
      type: [{ _id: false, questionId: { type: Schema.Types.ObjectId, required: true }, optionOrder: { type: [Number], required: true }, type: { type: String, enum: QUESTION_TYPES, required: true } }],
      required: true,
    },
  },
  { versionKey: false, collection: 'attempts' },
);
attemptSchema.index({ learnerId: 1, quizId: 1, number: 1 }, { unique: true });
attemptSchema.index({ open: 1, deadline: 1 });

/** One per (attempt, question): answers to different questions never overwrite each other. */
const answerSchema = new Schema(
  {
    attemptId: { type: Schema.Types.ObjectId, required: true },
    questionId: { type: Schema.Types.ObjectId, required: true },
    /** Original option indexes (not the shuffled display order). */
    choice: { type: [Number], required: true },
    savedAt: { type: Date, required: true },
  },
  { versionKey: false, collection: 'attempt_answers' },
);
answerSchema.index({ attemptId: 1, questionId: 1 }, { unique: true });

/** The grade of an attempt; _id is the attempt id, so an attempt is graded once, ever. */
const gradeSchema = new Schema(
  {
    _id: { type: Schema.Types.ObjectId, required: true },
    learnerId: { type: Schema.Types.ObjectId, required: true },
    quizId: { type: Schema.Types.ObjectId, required: true },
    courseId: { type: Schema.Types.ObjectId, required: true },
    number: { type: Number, required: true },
    correct: { type: Number, required: true },
    total: { type: Number, required: true },
    score: { type: Number, required: true },
    passed: { type: Boolean, required: true },
    gradedAt: { type: Date, required: true },
    /** Graded by the deadline job rather than submitted by the learner. */
    auto: { type: Boolean, default: false },
    /**
     * The choices this grade counted. Views of a graded attempt show these, so a save that slipped
     * in while grading ran can never make the review disagree with the score. Older grades lack it
     * (views then read the saved answers).
     */
    answers: { type: [{ _id: false, questionId: { type: Schema.Types.ObjectId, required: true }, choice: { type: [Number], required: true } }], default: undefined },
  },
  { versionKey: false, collection: 'attempt_grades' },
);
gradeSchema.index({ learnerId: 1, quizId: 1 });
// The integrity scan reads the grades since its last run (an index scan on MongoDB; FerretDB reads the table).
gradeSchema.index({ gradedAt: 1 });

export type QuestionBank = InferSchemaType<typeof bankSchema> & { _id: Types.ObjectId };
export type Question = InferSchemaType<typeof questionSchema> & { _id: Types.ObjectId };
export type Quiz = Omit<InferSchemaType<typeof quizSchema>, 'draws'> & { _id: Types.ObjectId; draws: { bankId: Types.ObjectId; count: number }[] };
export type Attempt = Omit<InferSchemaType<typeof attemptSchema>, 'paper'> & { _id: Types.ObjectId; paper: { questionId: Types.ObjectId; optionOrder: number[]; type: QuestionType }[] };
export type AttemptAnswer = InferSchemaType<typeof answerSchema> & { _id: Types.ObjectId };
export type AttemptGrade = Omit<InferSchemaType<typeof gradeSchema>, 'answers'> & { answers?: { questionId: Types.ObjectId; choice: number[] }[] };

const defineBank = (c: Connection) => c.model('QuestionBank', bankSchema);
const defineQuestion = (c: Connection) => c.model('Question', questionSchema);
const defineQuiz = (c: Connection) => c.model('Quiz', quizSchema);
const defineAttempt = (c: Connection) => c.model('Attempt', attemptSchema);
const defineAnswer = (c: Connection) => c.model('AttemptAnswer', answerSchema);
const defineGrade = (c: Connection) => c.model('AttemptGrade', gradeSchema);
export type QuestionBankModel = ReturnType<typeof defineBank>;
export type QuestionModel = ReturnType<typeof defineQuestion>;
export type QuizModel = ReturnType<typeof defineQuiz>;
export type AttemptModel = ReturnType<typeof defineAttempt>;
export type AttemptAnswerModel = ReturnType<typeof defineAnswer>;
export type AttemptGradeModel = ReturnType<typeof defineGrade>;
export const questionBankModel = (c: Connection): QuestionBankModel => (c.models.QuestionBank as QuestionBankModel | undefined) ?? defineBank(c);
export const questionModel = (c: Connection): QuestionModel => (c.models.Question as QuestionModel | undefined) ?? defineQuestion(c);
export const quizModel = (c: Connection): QuizModel => (c.models.Quiz as QuizModel | undefined) ?? defineQuiz(c);
export const attemptModel = (c: Connection): AttemptModel => (c.models.Attempt as AttemptModel | undefined) ?? defineAttempt(c);
export const attemptAnswerModel = (c: Connection): AttemptAnswerModel => (c.models.AttemptAnswer as AttemptAnswerModel | undefined) ?? defineAnswer(c);
export const attemptGradeModel = (c: Connection): AttemptGradeModel => (c.models.AttemptGrade as AttemptGradeModel | undefined) ?? defineGrade(c);
