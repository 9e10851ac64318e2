import { Types } from 'mongoose';
import { z } from 'zod';
import type { Actor, Audit } from '../audit/use-cases';
import { bulkWriteInBatches, isDuplicateKey } from '../db/mongo';
import { Conflict, Invalid, NotFound } from '../errors';
import { escapeRegex, objectId } from '../validation';
import type { Scope } from '../scope';
import type { Course, CourseModel, CourseModule, CourseModuleModel, Lesson, LessonCompletionModel, LessonModel } from './model';

/**
 * What a course's authoring must know of its quizzes, which belong to the quizzes area: their
 * views for the course detail, and whether learners attempted them before a delete.
 */
export interface CourseQuizzes {
  views(courseId: Types.ObjectId): Promise<{ id: string; moduleId: string | null }[]>;
  hasAttempts(filter: { courseId: Types.ObjectId } | { courseId: Types.ObjectId; moduleId: Types.ObjectId }): Promise<boolean>;
  remove(filter: { courseId: Types.ObjectId } | { courseId: Types.ObjectId; moduleId: Types.ObjectId }): Promise<void>;
}

export interface CourseAuthoringDeps {
  Course: CourseModel;
  CourseModule: CourseModuleModel;
  Lesson: LessonModel;
  LessonCompletion: LessonCompletionModel;
  audit: Audit;
  quizzes: CourseQuizzes;
}

const code = z.string().trim().regex(/^[A-Za-z0-9-]{2,40}$/, '2 to 40 letters, digits or -');
const courseShape = {
  code,
  title: z.string().trim().min(1).max(100),
  description: z.string().trim().max(5000),
  openToOfficeIds: z.array(objectId).max(200),
  openToCohorts: z.array(z.string().trim().min(1).max(40)).max(100),
  deadline: z.iso.datetime({ offset: true }).nullable(),
  published: z.boolean(),
};
/** officeId (the owning office) defaults to the author's own office. */
export const courseInput = z
  .object({
    ...courseShape,
    officeId: objectId.optional(),
    description: courseShape.description.default(''),
    openToOfficeIds: courseShape.openToOfficeIds.default([]),
    openToCohorts: courseShape.openToCohorts.default([]),
    deadline: courseShape.deadline.default(null),
    published: courseShape.published.default(false),
  })
  .strict();
export const coursePatch = z.object(courseShape).partial().strict();

const moduleShape = { code: z.string().trim().regex(/^[A-Za-z0-9-]{1,20}$/, '1 to 20 letters, digits or -'), title: z.string().trim().min(1).max(100), summary: z.string().trim().max(1000) };
export const moduleInput = z.object({ ...moduleShape, summary: moduleShape.summary.default('') }).strict();
export const modulePatch = z.object(moduleShape).partial().strict();

const lessonShape = {
  title: z.string().trim().min(1).max(100),
  body: z.string().trim().min(1).max(20000, 'at most 20000 characters'),
  videoUrl: z.url({ protocol: /^https?$/, message: 'an http(s) link' }).max(500).nullable(),
  minutes: z.number().int().min(1).max(240),
};
export const lessonInput = z.object({ ...lessonShape, videoUrl: lessonShape.videoUrl.default(null) }).strict();
export const lessonPatch = z.object(lessonShape).partial().strict();

/** The whole new order: every id of the parent's modules (or lessons) exactly once. */
export const reorderInput = z.object({ ids: z.array(objectId).min(1).max(200) }).strict();

// --- views ---

export const toCourseView = (c: Course) => ({
  id: String(c._id),
  code: c.code,
  title: c.title,
  description: c.description ?? '',
  officeId: String(c.officeId),
  openToOfficeIds: c.openToOfficeIds.map(String),
  openToCohorts: [...c.openToCohorts],
  deadline: c.deadline ? new Date(c.deadline).toISOString() : null,
  published: c.published,
});

export const toModuleView = (m: CourseModule) => ({ id: String(m._id), code: m.code, title: m.title, summary: m.summary ?? '', order: m.order });

export const toLessonView = (l: Lesson) => ({
  id: String(l._id),
  moduleId: String(l.moduleId),
  order: l.order,
  title: l.title,
  body: l.body,
  videoUrl: l.videoUrl ?? null,
  minutes: l.minutes,
});

/** A lesson as listed in its course: no body. */
const toLessonItem = (l: Lesson) => ({ id: String(l._id), order: l.order, title: l.title, minutes: l.minutes, videoUrl: l.videoUrl ?? null });

// --- courses ---

/** A course outside the scope is reported as missing (never confirmed to exist). */
export async function getCourseInScope(deps: Pick<CourseAuthoringDeps, 'Course'>, scope: Scope, id: string): Promise<Course> {
  const found = Types.ObjectId.isValid(id) ? ((await deps.Course.findById(id).lean()) as Course | null) : null;
  if (!found || !scope.has(found.officeId)) throw new NotFound('Course not found');
  return found;
}

function checkOpenTo(scope: Scope, officeIds: string[] | undefined): Types.ObjectId[] | undefined {
  if (!officeIds) return undefined;
  if (officeIds.some((id) => !scope.has(id))) throw new NotFound('Office not found', [{ path: 'openToOfficeIds', message: 'Every office must be in your scope' }]);
  return [...new Set(officeIds)].map((id) => new Types.ObjectId(id));
}

export async function listCourses(deps: CourseAuthoringDeps, scope: Scope, query: { q?: string; officeId?: string; published?: boolean; page: number; pageSize: number }) {
  if (query.officeId && !scope.has(query.officeId)) throw new NotFound('Office not found');
  const filter = {
    officeId: query.officeId ? new Types.ObjectId(query.officeId) : { $in: scope.officeIds },
    ...(query.published !== undefined ? { published: query.published } : {}),
    ...(query.q ? { $or: ['code', 'title'].map((f) => ({ [f]: { $regex: escapeRegex(query.q!), $options: 'i' } })) } : {}),
  };
  const [items, total] = await Promise.all([
    deps.Course.find(filter).sort({ _id: 1 }).skip((query.page - 1) * query.pageSize).limit(query.pageSize).lean() as Promise<Course[]>,
    deps.Course.countDocuments(filter),
  ]);
  return { total, page: query.page, pageSize: query.pageSize, items: items.map(toCourseView) };
}

/** The course with its modules in order, each with its lessons (no bodies) and quiz, and all its quizzes. */
export async function courseDetail(deps: CourseAuthoringDeps, course: Course) {
  const [modules, lessons, quizzes] = await Promise.all([
    deps.CourseModule.find({ courseId: course._id }).sort({ order: 1, _id: 1 }).lean() as Promise<CourseModule[]>,
    deps.Lesson.find({ courseId: course._id }).sort({ order: 1, _id: 1 }).lean() as Promise<Lesson[]>,
    deps.quizzes.views(course._id),
  ]);
  const quizOf = (moduleId: Types.ObjectId | null) => quizzes.find((q) => String(q.moduleId ?? null) === String(moduleId ?? null));
  return {
    ...toCourseView(course),
    modules: modules.map((m) => ({
      ...toModuleView(m),
      lessons: lessons.filter((l) => String(l.moduleId) === String(m._id)).map(toLessonItem),
      quizId: quizOf(m._id)?.id ?? null,
    })),
    finalExamId: quizOf(null)?.id ?? null,
    quizzes,
  };
}

const duplicateCourseCode = (value: string) => new Conflict(`Course code ${value} is already used`);

export async function createCourse(deps: CourseAuthoringDeps, actor: Actor, scope: Scope, input: z.infer<typeof courseInput>): Promise<Course> {
  const officeId = input.officeId ?? String(scope.rootId);
  if (!scope.has(officeId)) throw new NotFound('Office not found');
  let created: Course;
  try {
    created = (
      await deps.Course.create({ ...input, officeId, openToOfficeIds: checkOpenTo(scope, input.openToOfficeIds), deadline: input.deadline ? new Date(input.deadline) : null })
    ).toObject() as Course;
  } catch (err) {
    if (isDuplicateKey(err)) throw duplicateCourseCode(input.code);
    throw err;
  }
  await deps.audit.record(actor, { officeId: created.officeId, action: 'course.create', entity: 'course', entityId: String(created._id), after: toCourseView(created) });
  return created;
}

export async function updateCourse(deps: CourseAuthoringDeps, actor: Actor, scope: Scope, before: Course, changes: z.infer<typeof coursePatch>): Promise<Course> {
  const { openToOfficeIds, deadline, ...rest } = changes;
  const set = {
    ...rest,
    ...(openToOfficeIds ? { openToOfficeIds: checkOpenTo(scope, openToOfficeIds) } : {}),
    ...(deadline !== undefined ? { deadline: deadline ? new Date(deadline) : null } : {}),
  };
  try {
    await deps.Course.updateOne({ _id: before._id }, { $set: set });
  } catch (err) {
    if (isDuplicateKey(err)) throw duplicateCourseCode(changes.code ?? '');
    throw err;
  }
  const after = { ...before, ...set } as Course;
  await deps.audit.record(actor, { officeId: before.officeId, action: 'course.update', entity: 'course', entityId: String(before._id), before: toCourseView(before), after: toCourseView(after) });
  return after;
}

/**
 * Only a course nobody has attempted can go: attempts, grades and certificates hang off it. The
 * check and the deletes are not atomic (FerretDB has no transactions); an attempt started in
 * between would be left pointing at a deleted quiz. Banks stay: they belong to an office, not the course.
 */
export async function deleteCourse(deps: CourseAuthoringDeps, actor: Actor, course: Course): Promise<void> {
  if (await deps.quizzes.hasAttempts({ courseId: course._id })) throw new Conflict('Learners have attempted this course; it cannot be deleted (unpublish it instead)');
  await deps.quizzes.remove({ courseId: course._id });
  await deps.LessonCompletion.deleteMany({ courseId: course._id });
  await deps.Lesson.deleteMany({ courseId: course._id });
  await deps.CourseModule.deleteMany({ courseId: course._id });
  await deps.Course.deleteOne({ _id: course._id });
  await deps.audit.record(actor, { officeId: course.officeId, action: 'course.delete', entity: 'course', entityId: String(course._id), before: toCourseView(course) });
}

// --- modules ---

export async function getModule(deps: Pick<CourseAuthoringDeps, 'CourseModule'>, course: Course, id: string): Promise<CourseModule> {
  const found = Types.ObjectId.isValid(id) ? ((await deps.CourseModule.findById(id).lean()) as CourseModule | null) : null;
  if (!found || String(found.courseId) !== String(course._id)) throw new NotFound('Module not found');
  return found;
}

/** One past the last; two editors adding at once may tie, which a reorder settles. */
const nextOrder = (last: { order: number } | null) => (last?.order ?? 0) + 1;

const duplicateModuleCode = (value: string) => new Conflict(`This course already has a module with code ${value}`);

export async function createModule(deps: CourseAuthoringDeps, actor: Actor, course: Course, input: z.infer<typeof moduleInput>): Promise<CourseModule> {
  let created: CourseModule;
  try {
    const order = nextOrder(await deps.CourseModule.findOne({ courseId: course._id }).sort({ order: -1 }).lean());
    created = (await deps.CourseModule.create({ ...input, courseId: course._id, order })).toObject() as CourseModule;
  } catch (err) {
    if (isDuplicateKey(err)) throw duplicateModuleCode(input.code);
    throw err;
  }
  await deps.audit.record(actor, { officeId: course.officeId, action: 'module.create', entity: 'module', entityId: String(created._id), after: toModuleView(created) });
  return created;
}

export async function updateModule(deps: CourseAuthoringDeps, actor: Actor, course: Course, before: CourseModule, changes: z.infer<typeof modulePatch>): Promise<CourseModule> {
  try {
    await deps.CourseModule.updateOne({ _id: before._id }, { $set: changes });
  } catch (err) {
    if (isDuplicateKey(err)) throw duplicateModuleCode(changes.code ?? '');
    throw err;
  }
  const after = { ...before, ...changes };
  await deps.audit.record(actor, { officeId: course.officeId, action: 'module.update', entity: 'module', entityId: String(before._id), before: toModuleView(before), after: toModuleView(after) });
  return after;
}

/** Takes the module's lessons (and their completions) and its quiz with it, unless the quiz has attempts. */
export async function deleteModule(deps: CourseAuthoringDeps, actor: Actor, course: Course, module: CourseModule): Promise<void> {
  const ofModule = { courseId: course._id, moduleId: module._id };
  if (await deps.quizzes.hasAttempts(ofModule)) throw new Conflict("Learners have attempted this module's quiz; it cannot be deleted");
  const lessons = (await deps.Lesson.find({ moduleId: module._id }).lean()) as Lesson[];
  await deps.quizzes.remove(ofModule);
  await deps.LessonCompletion.deleteMany({ lessonId: { $in: lessons.map((l) => l._id) } });
  await deps.Lesson.deleteMany({ moduleId: module._id });
  await deps.CourseModule.deleteOne({ _id: module._id });
  await deps.audit.record(actor, {
    officeId: course.officeId,
    action: 'module.delete',
    entity: 'module',
    entityId: String(module._id),
    before: { ...toModuleView(module), lessons: lessons.map(toLessonView) },
  });
}

async function reorder(
  model: { find(filter: object): { lean(): PromiseLike<unknown> }; bulkWrite(ops: never[], options?: { ordered?: boolean }): Promise<unknown> },
  filter: object,
  ids: string[],
): Promise<{ before: string[]; after: string[] }> {
  const current = ((await model.find(filter).lean()) as { _id: Types.ObjectId; order: number }[]).sort((a, b) => a.order - b.order);
  const before = current.map((c) => String(c._id));
  if (ids.length !== before.length || new Set(ids).size !== ids.length || ids.some((id) => !before.includes(id))) {
    throw new Invalid('Invalid order', [{ path: 'ids', message: `List each of the ${before.length} ids exactly once` }]);
  }
  const ops = ids.map((id, i) => ({ updateOne: { filter: { _id: new Types.ObjectId(id) }, update: { $set: { order: i + 1 } } } }));
  await bulkWriteInBatches(model, ops as never[]);
  return { before, after: ids };
}

export async function reorderModules(deps: CourseAuthoringDeps, actor: Actor, course: Course, ids: string[]): Promise<void> {
  const { before, after } = await reorder(deps.CourseModule, { courseId: course._id }, ids);
  await deps.audit.record(actor, { officeId: course.officeId, action: 'module.reorder', entity: 'course', entityId: String(course._id), before: { moduleIds: before }, after: { moduleIds: after } });
}

// --- lessons ---

export async function getLesson(deps: Pick<CourseAuthoringDeps, 'Lesson'>, module: CourseModule, id: string): Promise<Lesson> {
  const found = Types.ObjectId.isValid(id) ? ((await deps.Lesson.findById(id).lean()) as Lesson | null) : null;
  if (!found || String(found.moduleId) !== String(module._id)) throw new NotFound('Lesson not found');
  return found;
}

export async function createLesson(deps: CourseAuthoringDeps, actor: Actor, course: Course, module: CourseModule, input: z.infer<typeof lessonInput>): Promise<Lesson> {
  const order = nextOrder(await deps.Lesson.findOne({ moduleId: module._id }).sort({ order: -1 }).lean());
  const created = (await deps.Lesson.create({ ...input, courseId: course._id, moduleId: module._id, order })).toObject() as Lesson;
  await deps.audit.record(actor, { officeId: course.officeId, action: 'lesson.create', entity: 'lesson', entityId: String(created._id), after: toLessonView(created) });
  return created;
}

export async function updateLesson(deps: CourseAuthoringDeps, actor: Actor, course: Course, before: Lesson, changes: z.infer<typeof lessonPatch>): Promise<Lesson> {
  await deps.Lesson.updateOne({ _id: before._id }, { $set: changes });
  const after = { ...before, ...changes };
  await deps.audit.record(actor, { officeId: course.officeId, action: 'lesson.update', entity: 'lesson', entityId: String(before._id), before: toLessonView(before), after: toLessonView(after) });
  return after;
}

export async function deleteLesson(deps: CourseAuthoringDeps, actor: Actor, course: Course, lesson: Lesson): Promise<void> {
  await deps.LessonCompletion.deleteMany({ lessonId: lesson._id });
  await deps.Lesson.deleteOne({ _id: lesson._id });
  await deps.audit.record(actor, { officeId: course.officeId, action: 'lesson.delete', entity: 'lesson', entityId: String(lesson._id), before: toLessonView(lesson) });
}

export async function reorderLessons(deps: CourseAuthoringDeps, actor: Actor, course: Course, module: CourseModule, ids: string[]): Promise<void> {
  const { before, after } = await reorder(deps.Lesson, { moduleId: module._id }, ids);
  await deps.audit.record(actor, { officeId: course.officeId, action: 'lesson.reorder', entity: 'module', entityId: String(module._id), before: { lessonIds: before }, after: { lessonIds: after } });
}
