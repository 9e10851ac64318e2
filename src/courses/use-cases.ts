import { Types } from 'mongoose';
import type { Actor } from '../audit/use-cases';
import { anyOf, isDuplicateKey } from '../db/mongo';
import { createVersionedCache, reloadsAfter, type ContentCacheSettings } from '../db/versioned-cache';
import type { Scope } from '../scope';
import * as authoring from './authoring';
import type { Course, CourseModule, Lesson } from './model';

type Input<T extends (...args: never[]) => unknown, N extends number> = Parameters<T>[N];

/** Who a course is open to: published, opened to one of these offices, or to this cohort by one of them. */
export interface Audience {
  officeIds: Types.ObjectId[];
  cohort: string;
}

/** Opened to one of the audience's offices, or to its cohort by one of them. */
function opensTo(course: Course, audience: Audience): boolean {
  const offices = new Set(audience.officeIds.map(String));
  return course.published && (course.openToOfficeIds.some((o) => offices.has(String(o))) || (audience.cohort !== '' && course.openToCohorts.includes(audience.cohort) && offices.has(String(course.officeId))));
}

/** A lesson without its body: what outlines and progress show. */
export type LessonMeta = Omit<Lesson, 'body'>;

/** Published courses with their modules and lessons in order: what every learner request reads. */
interface Catalogue {
  courses: Course[];
  byId: Map<string, Course>;
  outlines: Map<string, { modules: CourseModule[]; lessons: LessonMeta[] }>;
  lessons: Map<string, LessonMeta>;
}

/** Courses, their modules and lessons, and who has read which lesson. */
export function createCourses(deps: authoring.CourseAuthoringDeps & { contentCache: ContentCacheSettings }) {
  const { Course, CourseModule, Lesson, LessonCompletion } = deps;
  const ordered = { order: 1, _id: 1 } as const;

  async function loadCatalogue(): Promise<Catalogue> {
    const courses = (await Course.find({ published: true }).sort({ _id: 1 }).lean()) as Course[];
    const ids = courses.map((c) => c._id);
    const [modules, lessons] = ids.length
      ? await Promise.all([
          CourseModule.find({ courseId: anyOf(ids) }).sort(ordered).lean() as Promise<CourseModule[]>,
          Lesson.find({ courseId: anyOf(ids) }, { body: 0 }).sort(ordered).lean() as Promise<LessonMeta[]>,
        ])
      : [[], []];
    const outlines = new Map(ids.map((id) => [String(id), { modules: modules.filter((m) => String(m.courseId) === String(id)), lessons: lessons.filter((l) => String(l.courseId) === String(id)) }]));
    return { courses, byId: new Map(courses.map((c) => [String(c._id), c])), outlines, lessons: new Map(lessons.map((l) => [String(l._id), l])) };
  }
  const catalogue = createVersionedCache({ redis: deps.contentCache.redis, key: `${deps.contentCache.prefix}:content:courses`, ttlMs: deps.contentCache.ttlMs,
    now: deps.contentCache.now, load: loadCatalogue });
  const changing = reloadsAfter(catalogue);
  const byId = async (id: Types.ObjectId | string): Promise<Course | null> => {
    if (!Types.ObjectId.isValid(String(id))) return null;
    return (await catalogue.get()).byId.get(String(id)) ?? ((await Course.findById(id).lean()) as Course | null);
  };

  return {
    // --- authoring ---
    getInScope: (scope: Scope, id: string) => authoring.getCourseInScope(deps, scope, id),
    list: (scope: Scope, query: Input<typeof authoring.listCourses, 2>) => authoring.listCourses(deps, scope, query),
    detail: (course: Course) => authoring.courseDetail(deps, course),
    create: changing((actor: Actor, scope: Scope, input: Input<typeof authoring.createCourse, 3>) => authoring.createCourse(deps, actor, scope, input)),
    update: changing((actor: Actor, scope: Scope, before: Course, changes: Input<typeof authoring.updateCourse, 4>) => authoring.updateCourse(deps, actor, scope, before, changes)),
    remove: changing((actor: Actor, course: Course) => authoring.deleteCourse(deps, actor, course)),
    getModule: (course: Course, id: string) => authoring.getModule(deps, course, id),
    createModule: changing((actor: Actor, course: Course, input: Input<typeof authoring.createModule, 3>) => authoring.createModule(deps, actor, course, input)),
    updateModule: changing((actor: Actor, course: Course, before: CourseModule, changes: Input<typeof authoring.updateModule, 4>) => authoring.updateModule(deps, actor, course, before, changes)),
    removeModule: changing((actor: Actor, course: Course, module: CourseModule) => authoring.deleteModule(deps, actor, course, module)),
    reorderModules: changing((actor: Actor, course: Course, ids: string[]) => authoring.reorderModules(deps, actor, course, ids)),
    getLesson: (module: CourseModule, id: string) => authoring.getLesson(deps, module, id),
    createLesson: changing((actor: Actor, course: Course, module: CourseModule, input: Input<typeof authoring.createLesson, 4>) => authoring.createLesson(deps, actor, course, module, input)),
    updateLesson: changing((actor: Actor, course: Course, before: Lesson, changes: Input<typeof authoring.updateLesson, 4>) => authoring.updateLesson(deps, actor, course, before, changes)),
    removeLesson: changing((actor: Actor, course: Course, lesson: Lesson) => authoring.deleteLesson(deps, actor, course, lesson)),
    reorderLessons: changing((actor: Actor, course: Course, module: CourseModule, ids: string[]) => authoring.reorderLessons(deps, actor, course, module, ids)),

    // --- what learning reads ---
    listPublished: async () => (await Course.find({ published: true }, { _id: 1 }).lean()) as { _id: Types.ObjectId }[],
    byId,
    listOpen: async (audience: Audience) => (await catalogue.get()).courses.filter((c) => opensTo(c, audience)),
    async findOpen(audience: Audience, id: Types.ObjectId | string): Promise<Course | null> {
      const course = (await catalogue.get()).byId.get(String(id));
      return course && opensTo(course, audience) ? course : null;
    },
    /** Modules and lessons (without their bodies) of a course, each in order. */
    async outline(courseId: Types.ObjectId): Promise<{ modules: CourseModule[]; lessons: LessonMeta[] }> {
      const cached = (await catalogue.get()).outlines.get(String(courseId));
      if (cached) return cached;
      // Not published: read it (authors preview drafts).
      const [modules, lessons] = await Promise.all([
        CourseModule.find({ courseId }).sort(ordered).lean() as Promise<CourseModule[]>,
        Lesson.find({ courseId }, { body: 0 }).sort(ordered).lean() as Promise<LessonMeta[]>,
      ]);
      return { modules, lessons };
    },
    lessonById: async (id: string) => (Types.ObjectId.isValid(id) ? ((await Lesson.findById(id).lean()) as Lesson | null) : null),
    /** A lesson without its body (marking it read needs no more): from memory when its course is published. */
    async lessonMeta(id: string): Promise<LessonMeta | null> {
      if (!Types.ObjectId.isValid(id)) return null;
      return (await catalogue.get()).lessons.get(id) ?? ((await Lesson.findById(id, { body: 0 }).lean()) as LessonMeta | null);
    },
    /** When the learner last read a lesson, in any course (study nudges). */
    async lastReadAt(learnerId: Types.ObjectId): Promise<Date | null> {
      const rows = await LessonCompletion.find({ learnerId }, { at: 1 }).lean();
      return rows.length ? new Date(Math.max(...rows.map((r) => r.at.getTime()))) : null;
    },
    readLessonIds: async (learnerId: Types.ObjectId, courseId: Types.ObjectId) =>
      new Set((await LessonCompletion.find({ learnerId, courseId }, { lessonId: 1 }).lean()).map((c) => String(c.lessonId))),
    /** Every lesson read of a course (one equality on the course), for the training funnel (reports). */
    completionsOfCourse: async (courseId: Types.ObjectId) => LessonCompletion.find({ courseId }, { learnerId: 1, lessonId: 1, at: 1 }).lean(),
    /** Insert-only, keyed by (learner, lesson): reading a lesson twice records it once. */
    async markRead(learnerId: Types.ObjectId, lesson: Pick<Lesson, '_id' | 'courseId'>, at: Date): Promise<void> {
      try {
        await LessonCompletion.create({ _id: `${String(learnerId)}:${String(lesson._id)}`, learnerId, courseId: lesson.courseId, lessonId: lesson._id, at });
      } catch (err) {
        if (!isDuplicateKey(err)) throw err;
      }
    },
  };
}

export type Courses = ReturnType<typeof createCourses>;

/** A lesson as the use cases hand it out (the chat reads its body piece by piece). */
export type { Lesson } from './model';
