import { Schema, Types, type Connection, type InferSchemaType } from 'mongoose';

/** A course, owned by an office (its editors author it) and opened to offices and/or cohorts. */
const courseSchema = new Schema(
  {
    code: { type: String, required: true },
    title: { type: String, required: true },
    description: { type: String, default: '' },
    officeId: { type: Schema.Types.ObjectId, required: true },
    /** Open to instructors of these offices' subtrees, and/or of these cohorts. Both empty: closed. */
    openToOfficeIds: { type: [Schema.Types.ObjectId], default: [] },
    openToCohorts: { type: [String], default: [] },
    deadline: { type: Date, default: null },
    published: { type: Boolean, default: false },
  },
  { timestamps: true, versionKey: false, collection: 'courses' },
);
courseSchema.index({ code: 1 }, { unique: true });
courseSchema.index({ officeId: 1 });

const moduleSchema = new Schema(
  {
    courseId: { type: Schema.Types.ObjectId, required: true },
    order: { type: Number, required: true },
    code: { type: String, required: true },
    title: { type: String, required: true },
    summary: { type: String, default: '' },
  },
  { timestamps: true, versionKey: false, collection: 'course_modules' },
);
moduleSchema.index({ courseId: 1, order: 1 });
moduleSchema.index({ courseId: 1, code: 1 }, { unique: true });

const lessonSchema = new Schema(
  {
    courseId: { type: Schema.Types.ObjectId, required: true },
    moduleId: { type: Schema.Types.ObjectId, required: true },
    order: { type: Number, required: true },
    title: { type: String, required: true },
    body: { type: String, required: true },
    videoUrl: { type: String, default: null },
    minutes: { type: Number, required: true },
  },
  { timestamps: true, versionKey: false, collection: 'lessons' },
);
lessonSchema.index({ courseId: 1, moduleId: 1, order: 1 });

/** Insert-only: one per (learner, lesson); the _id is that pair, so marking twice is harmless. */
const lessonCompletionSchema = new Schema(
  {
    _id: { type: String, required: true },
    learnerId: { type: Schema.Types.ObjectId, required: true },
    courseId: { type: Schema.Types.ObjectId, required: true },
    lessonId: { type: Schema.Types.ObjectId, required: true },
    at: { type: Date, required: true },
  },
  { versionKey: false, collection: 'lesson_completions' },
);
lessonCompletionSchema.index({ learnerId: 1, courseId: 1 });

export type Course = InferSchemaType<typeof courseSchema> & { _id: Types.ObjectId };
export type CourseModule = InferSchemaType<typeof moduleSchema> & { _id: Types.ObjectId };
export type Lesson = InferSchemaType<typeof lessonSchema> & { _id: Types.ObjectId };

const defineCourse = (c: Connection) => c.model('Course', courseSchema);
const defineModule = (c: Connection) => c.model('CourseModule', moduleSchema);
const defineLesson = (c: Connection) => c.model('Lesson', lessonSchema);
const defineCompletion = (c: Connection) => c.model('LessonCompletion', lessonCompletionSchema);
export type CourseModel = ReturnType<typeof defineCourse>;
export type CourseModuleModel = ReturnType<typeof defineModule>;
export type LessonModel = ReturnType<typeof defineLesson>;
export type LessonCompletionModel = ReturnType<typeof defineCompletion>;
export const courseModel = (c: Connection): CourseModel => (c.models.Course as CourseModel | undefined) ?? defineCourse(c);
export const courseModuleModel = (c: Connection): CourseModuleModel => (c.models.CourseModule as CourseModuleModel | undefined) ?? defineModule(c);
export const lessonModel = (c: Connection): LessonModel => (c.models.Lesson as LessonModel | undefined) ?? defineLesson(c);
export const lessonCompletionModel = (c: Connection): LessonCompletionModel =>
  (c.models.LessonCompletion as LessonCompletionModel | undefined) ?? defineCompletion(c);
