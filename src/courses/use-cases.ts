import { Types } from 'mongoose';
import type { Actor } from '../audit/use-cases';
import { isDuplicateKey } from '../db/mongo';
import type { Scope } from '../scope';
import * as authoring from './authoring';
import type { Course, CourseModule, Lesson } from './model';

type Input<T extends (...args: never[]) => unknown, N extends number> = Parameters<T>[N];

/** Who a course is open to: published, opened to one of these offices, or to this cohort by one of them. */
export interface Audience {
  officeIds: Types.ObjectId[];
  cohort: string;
}

const openFilter = (audience: Audience) => ({
  published: true,
  $or: [{ openToOfficeIds: { $in: audience.officeIds } }, ...(audience.cohort ? [{ openToCohorts: audience.cohort, officeId: { $in: audience.officeIds } }] : [])],
});

/** Courses, their modules and lessons, and who has read which lesson. */
export function createCourses(deps: authoring.CourseAuthoringDeps) {
  const { Course, CourseModule, Lesson, LessonCompletion } = deps;
  return {
    // --- authoring ---
    getInScope: (scope: Scope, id: string) => authoring.getCourseInScope(deps, scope, id),
    list: (scope: Scope, query: Input<typeof authoring.listCourses, 2>) => authoring.listCourses(deps, scope, query),
    detail: (course: Course) => authoring.courseDetail(deps, course),
    create: (actor: Actor, scope: Scope, input: Input<typeof authoring.createCourse, 3>) => authoring.createCourse(deps, actor, scope, input),
    update: (actor: Actor, scope: Scope, before: Course, changes: Input<typeof authoring.updateCourse, 4>) => authoring.updateCourse(deps, actor, scope, before, changes),
    remove: (actor: Actor, course: Course) => authoring.deleteCourse(deps, actor, course),
    getModule: (course: Course, id: string) => authoring.getModule(deps, course, id),
    createModule: (actor: Actor, course: Course, input: Input<typeof authoring.createModule, 3>) => authoring.createModule(deps, actor, course, input),
    updateModule: (actor: Actor, course: Course, before: CourseModule, changes: Input<typeof authoring.updateModule, 4>) => authoring.updateModule(deps, actor, course, before, changes),
    removeModule: (actor: Actor, course: Course, module: CourseModule) => authoring.deleteModule(deps, actor, course, module),
    reorderModules: (actor: Actor, course: Course, ids: string[]) => authoring.reorderModules(deps, actor, course, ids),
    getLesson: (module: CourseModule, id: string) => authoring.getLesson(deps, module, id),
    createLesson: (actor: Actor, course: Course, module: CourseModule, input: Input<typeof authoring.createLesson, 4>) => authoring.createLesson(deps, actor, course, module, input),
    updateLesson: (actor: Actor, course: Course, before: Lesson, changes: Input<typeof authoring.updateLesson, 4>) => authoring.updateLesson(deps, actor, course, before, changes),
    removeLesson: (actor: Actor, course: Course, lesson: Lesson) => authoring.deleteLesson(deps, actor, course, lesson),
    reorderLessons: (actor: Actor, course: Course, module: CourseModule, ids: string[]) => authoring.reorderLessons(deps, actor, course, module, ids),

    // --- what learning reads ---
    listPublished: async () => (await Course.find({ published: true }, { _id: 1 }).lean()) as { _id: Types.ObjectId }[],
    byId: async (id: Types.ObjectId | string) => (Types.ObjectId.isValid(String(id)) ? ((await Course.findById(id).lean()) as Course | null) : null),
    listOpen: async (audience: Audience) => (await Course.find(openFilter(audience)).sort({ _id: 1 }).lean()) as Course[],
    findOpen: async (audience: Audience, id: Types.ObjectId | string) =>
      Types.ObjectId.isValid(String(id)) ? ((await Course.findOne({ _id: id, ...openFilter(audience) }).lean()) as Course | null) : null,
    /** Modules and lessons of a course, each in order. */
    async outline(courseId: Types.ObjectId) {
      const [modules, lessons] = await Promise.all([
        CourseModule.find({ courseId }).sort({ order: 1, _id: 1 }).lean() as Promise<CourseModule[]>,
        Lesson.find({ courseId }).sort({ order: 1, _id: 1 }).lean() as Promise<Lesson[]>,
      ]);
      return { modules, lessons };
    },
    lessonById: async (id: string) => (Types.ObjectId.isValid(id) ? ((await Lesson.findById(id).lean()) as Lesson | null) : null),
    readLessonIds: async (learnerId: Types.ObjectId, courseId: Types.ObjectId) =>
      new Set((await LessonCompletion.find({ learnerId, courseId }, { lessonId: 1 }).lean()).map((c) => String(c.lessonId))),
    /** Insert-only, keyed by (learner, lesson): reading a lesson twice records it once. */
    async markRead(learnerId: Types.ObjectId, lesson: Lesson, at: Date): Promise<void> {
      try {
        await LessonCompletion.create({ _id: `${String(learnerId)}:${String(lesson._id)}`, learnerId, courseId: lesson.courseId, lessonId: lesson._id, at });
      } catch (err) {
        if (!isDuplicateKey(err)) throw err;
      }
    },
  };
}

export type Courses = ReturnType<typeof createCourses>;
