import { z } from 'zod';
import type { ParameterizedContext } from 'koa';
import { ApiRouter, parseBody, parseParams, parseQuery } from '../http/api-router';
import { idParams, objectId, page, pagination, searchText } from '../http/schemas';
import type { RouteDeps } from '../deps';
import { canRead, canWrite, requireStaff, type StaffState } from '../auth/staff-guard';
import { quizOut } from '../quizzes/routes';
import * as authoring from './authoring';
import { coursePatch, courseInput, lessonInput, lessonPatch, moduleInput, modulePatch, reorderInput, type CourseAuthoringDeps } from './authoring';

const courseOut = z.object({
  id: z.string(),
  code: z.string(),
  title: z.string(),
  description: z.string(),
  officeId: z.string(),
  openToOfficeIds: z.array(z.string()),
  openToCohorts: z.array(z.string()),
  deadline: z.string().nullable(),
  published: z.boolean(),
});
const moduleOut = z.object({ id: z.string(), code: z.string(), title: z.string(), summary: z.string(), order: z.number() });
const lessonOut = z.object({ id: z.string(), moduleId: z.string(), order: z.number(), title: z.string(), body: z.string(), videoUrl: z.string().nullable(), minutes: z.number() });
const courseDetailOut = courseOut.extend({
  modules: z.array(
    moduleOut.extend({
      lessons: z.array(z.object({ id: z.string(), order: z.number(), title: z.string(), minutes: z.number(), videoUrl: z.string().nullable() })),
      quizId: z.string().nullable(),
    }),
  ),
  finalExamId: z.string().nullable(),
  quizzes: z.array(quizOut),
});

const courseQuery = z
  .object({ q: searchText.optional(), officeId: objectId.optional(), published: z.enum(['true', 'false']).transform((v) => v === 'true').optional(), ...pagination })
  .strict();
const moduleParams = z.object({ id: objectId, moduleId: objectId });
const lessonParams = z.object({ id: objectId, moduleId: objectId, lessonId: objectId });

const errors = { 400: { description: 'Invalid input' }, 401: { description: 'Not signed in' }, 403: { description: 'Role not allowed' }, 404: { description: 'Not found in your scope' } };

/**
 * Course authoring: a course belongs to course.officeId and is reached only from that office's
 * subtree; editors and admins write, viewers read. Quizzes are authored under /api/admin/quizzes.
 */
export function courseAdminRoutes(deps: RouteDeps): ApiRouter<StaffState> {
  const m = deps.models;
  const d: CourseAuthoringDeps = { clock: deps.clock, Course: m.Course, CourseModule: m.CourseModule, Lesson: m.Lesson, LessonCompletion: m.LessonCompletion, Quiz: m.Quiz, Attempt: m.Attempt, Audit: m.Audit };
  const staff = requireStaff({ config: deps.config, clock: deps.clock, Staff: m.Staff, Office: m.Office });
  const router = new ApiRouter<StaffState>('/api/admin/courses');
  const tags = ['courses'];
  const loadCourse = (ctx: ParameterizedContext<StaffState>) => authoring.getCourseInScope(d, ctx.state.scope, parseParams(ctx, idParams).id);
  const loadModule = async (ctx: ParameterizedContext<StaffState>) => {
    const { moduleId } = parseParams(ctx, moduleParams);
    const course = await loadCourse(ctx);
    return { course, module: await authoring.getModule(d, course, moduleId) };
  };
  const loadLesson = async (ctx: ParameterizedContext<StaffState>) => {
    const { lessonId } = parseParams(ctx, lessonParams);
    const { course, module } = await loadModule(ctx);
    return { course, module, lesson: await authoring.getLesson(d, module, lessonId) };
  };

  router.get(
    '/',
    { summary: 'List the courses of my subtree', tags, auth: 'staff', query: courseQuery, responses: { 200: { description: 'A page', schema: page(courseOut) }, ...errors } },
    staff,
    canRead,
    async function listCoursesRoute(ctx) {
      ctx.body = await authoring.listCourses(d, ctx.state.scope, parseQuery(ctx, courseQuery));
    },
  );
  router.post(
    '/',
    { summary: 'Create a course owned by an office of my subtree (default: mine)', tags, auth: 'staff', body: courseInput, responses: { 201: { description: 'Created', schema: courseOut }, 409: { description: 'Code already used' }, ...errors } },
    staff,
    canWrite,
    async function createCourseRoute(ctx) {
      const course = await authoring.createCourse(d, ctx.state.actor, ctx.state.scope, parseBody(ctx, courseInput));
      ctx.status = 201;
      ctx.body = authoring.toCourseView(course);
    },
  );
  router.get(
    '/:id',
    { summary: 'One course with its modules, lessons (no bodies) and quizzes', tags, auth: 'staff', params: idParams, responses: { 200: { description: 'The course', schema: courseDetailOut }, ...errors } },
    staff,
    canRead,
    async function getCourseRoute(ctx) {
      ctx.body = await authoring.courseDetail(d, await loadCourse(ctx));
    },
  );
  router.patch(
    '/:id',
    { summary: 'Change a course: texts, audience, deadline, published', tags, auth: 'staff', params: idParams, body: coursePatch, responses: { 200: { description: 'Updated', schema: courseOut }, 409: { description: 'Code already used' }, ...errors } },
    staff,
    canWrite,
    async function updateCourseRoute(ctx) {
      const before = await loadCourse(ctx);
      ctx.body = authoring.toCourseView(await authoring.updateCourse(d, ctx.state.actor, ctx.state.scope, before, parseBody(ctx, coursePatch)));
    },
  );
  router.delete(
    '/:id',
    { summary: 'Delete a course nobody has attempted, with its modules, lessons and quizzes', tags, auth: 'staff', params: idParams, responses: { 204: { description: 'Deleted' }, 409: { description: 'Learners have attempted it' }, ...errors } },
    staff,
    canWrite,
    async function deleteCourseRoute(ctx) {
      await authoring.deleteCourse(d, ctx.state.actor, await loadCourse(ctx));
      ctx.status = 204;
    },
  );

  router.post(
    '/:id/modules',
    { summary: 'Add a module at the end of a course', tags, auth: 'staff', params: idParams, body: moduleInput, responses: { 201: { description: 'Created', schema: moduleOut }, 409: { description: 'Module code already used in this course' }, ...errors } },
    staff,
    canWrite,
    async function createModuleRoute(ctx) {
      const course = await loadCourse(ctx);
      ctx.status = 201;
      ctx.body = authoring.toModuleView(await authoring.createModule(d, ctx.state.actor, course, parseBody(ctx, moduleInput)));
    },
  );
  router.post(
    '/:id/modules/reorder',
    { summary: "Put a course's modules in a new order (every module id once)", tags, auth: 'staff', params: idParams, body: reorderInput, responses: { 204: { description: 'Reordered' }, ...errors } },
    staff,
    canWrite,
    async function reorderModulesRoute(ctx) {
      const course = await loadCourse(ctx);
      await authoring.reorderModules(d, ctx.state.actor, course, parseBody(ctx, reorderInput).ids);
      ctx.status = 204;
    },
  );
  router.patch(
    '/:id/modules/:moduleId',
    { summary: 'Change a module', tags, auth: 'staff', params: moduleParams, body: modulePatch, responses: { 200: { description: 'Updated', schema: moduleOut }, 409: { description: 'Module code already used in this course' }, ...errors } },
    staff,
    canWrite,
    async function updateModuleRoute(ctx) {
      const { course, module } = await loadModule(ctx);
      ctx.body = authoring.toModuleView(await authoring.updateModule(d, ctx.state.actor, course, module, parseBody(ctx, modulePatch)));
    },
  );
  router.delete(
    '/:id/modules/:moduleId',
    { summary: 'Delete a module with its lessons and quiz (refused once its quiz has attempts)', tags, auth: 'staff', params: moduleParams, responses: { 204: { description: 'Deleted' }, 409: { description: 'Its quiz has attempts' }, ...errors } },
    staff,
    canWrite,
    async function deleteModuleRoute(ctx) {
      const { course, module } = await loadModule(ctx);
      await authoring.deleteModule(d, ctx.state.actor, course, module);
      ctx.status = 204;
    },
  );

  router.post(
    '/:id/modules/:moduleId/lessons',
    { summary: 'Add a lesson at the end of a module', tags, auth: 'staff', params: moduleParams, body: lessonInput, responses: { 201: { description: 'Created', schema: lessonOut }, ...errors } },
    staff,
    canWrite,
    async function createLessonRoute(ctx) {
      const { course, module } = await loadModule(ctx);
      ctx.status = 201;
      ctx.body = authoring.toLessonView(await authoring.createLesson(d, ctx.state.actor, course, module, parseBody(ctx, lessonInput)));
    },
  );
  router.post(
    '/:id/modules/:moduleId/lessons/reorder',
    { summary: "Put a module's lessons in a new order (every lesson id once)", tags, auth: 'staff', params: moduleParams, body: reorderInput, responses: { 204: { description: 'Reordered' }, ...errors } },
    staff,
    canWrite,
    async function reorderLessonsRoute(ctx) {
      const { course, module } = await loadModule(ctx);
      await authoring.reorderLessons(d, ctx.state.actor, course, module, parseBody(ctx, reorderInput).ids);
      ctx.status = 204;
    },
  );
  router.get(
    '/:id/modules/:moduleId/lessons/:lessonId',
    { summary: 'One lesson with its body', tags, auth: 'staff', params: lessonParams, responses: { 200: { description: 'The lesson', schema: lessonOut }, ...errors } },
    staff,
    canRead,
    async function getLessonRoute(ctx) {
      ctx.body = authoring.toLessonView((await loadLesson(ctx)).lesson);
    },
  );
  router.patch(
    '/:id/modules/:moduleId/lessons/:lessonId',
    { summary: 'Change a lesson', tags, auth: 'staff', params: lessonParams, body: lessonPatch, responses: { 200: { description: 'Updated', schema: lessonOut }, ...errors } },
    staff,
    canWrite,
    async function updateLessonRoute(ctx) {
      const { course, lesson } = await loadLesson(ctx);
      ctx.body = authoring.toLessonView(await authoring.updateLesson(d, ctx.state.actor, course, lesson, parseBody(ctx, lessonPatch)));
    },
  );
  router.delete(
    '/:id/modules/:moduleId/lessons/:lessonId',
    { summary: 'Delete a lesson (and the record of who read it)', tags, auth: 'staff', params: lessonParams, responses: { 204: { description: 'Deleted' }, ...errors } },
    staff,
    canWrite,
    async function deleteLessonRoute(ctx) {
      const { course, lesson } = await loadLesson(ctx);
      await authoring.deleteLesson(d, ctx.state.actor, course, lesson);
      ctx.status = 204;
    },
  );
  return router;
}
