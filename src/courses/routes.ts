import { z } from 'zod';
import type { ParameterizedContext } from 'koa';
import { ApiRouter, parseBody, parseParams, parseQuery } from '../http/api-router';
import { idParams, objectId, page, pagination, searchText } from '../http/schemas';
import type { RouteDeps } from '../deps';
import type { StaffState } from '../http/guards';
import { quizOut } from '../quizzes/schemas';
import { CAN_READ, CAN_WRITE } from '../staff/kinds';
import * as views from './authoring';
import { coursePatch, courseInput, lessonInput, lessonPatch, moduleInput, modulePatch, reorderInput } from './authoring';

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
export function courseAdminRoutes({ areas: { courses }, guards }: RouteDeps): ApiRouter<StaffState> {
  const router = new ApiRouter<StaffState>('/api/admin/courses', guards);
  const tags = ['courses'];
  const read = { staff: CAN_READ };
  const write = { staff: CAN_WRITE };
  const loadCourse = (ctx: ParameterizedContext<StaffState>) => courses.getInScope(ctx.state.scope, parseParams(ctx, idParams.passthrough()).id);
  const loadModule = async (ctx: ParameterizedContext<StaffState>) => {
    const { moduleId } = parseParams(ctx, moduleParams);
    const course = await loadCourse(ctx);
    return { course, module: await courses.getModule(course, moduleId) };
  };
  const loadLesson = async (ctx: ParameterizedContext<StaffState>) => {
    const { lessonId } = parseParams(ctx, lessonParams);
    const { course, module } = await loadModule(ctx);
    return { course, module, lesson: await courses.getLesson(module, lessonId) };
  };

  router.get(
    '/',
    { summary: 'List the courses of my subtree', tags, auth: read, query: courseQuery, responses: { 200: { description: 'A page', schema: page(courseOut) }, ...errors } },
    async function listCoursesRoute(ctx) {
      ctx.body = await courses.list(ctx.state.scope, parseQuery(ctx, courseQuery));
    },
  );
  router.post(
    '/',
    { summary: 'Create a course owned by an office of my subtree (default: mine)', tags, auth: write, body: courseInput, responses: { 201: { description: 'Created', schema: courseOut }, 409: { description: 'Code already used' }, ...errors } },
    async function createCourseRoute(ctx) {
      const course = await courses.create(ctx.state.actor, ctx.state.scope, parseBody(ctx, courseInput));
      ctx.status = 201;
      ctx.body = views.toCourseView(course);
    },
  );
  router.get(
    '/:id',
    { summary: 'One course with its modules, lessons (no bodies) and quizzes', tags, auth: read, params: idParams, responses: { 200: { description: 'The course', schema: courseDetailOut }, ...errors } },
    async function getCourseRoute(ctx) {
      ctx.body = await courses.detail(await loadCourse(ctx));
    },
  );
  router.patch(
    '/:id',
    { summary: 'Change a course: texts, audience, deadline, published', tags, auth: write, params: idParams, body: coursePatch, responses: { 200: { description: 'Updated', schema: courseOut }, 409: { description: 'Code already used' }, ...errors } },
    async function updateCourseRoute(ctx) {
      const before = await loadCourse(ctx);
      ctx.body = views.toCourseView(await courses.update(ctx.state.actor, ctx.state.scope, before, parseBody(ctx, coursePatch)));
    },
  );
  router.delete(
    '/:id',
    { summary: 'Delete a course nobody has attempted, with its modules, lessons and quizzes', tags, auth: write, params: idParams, responses: { 204: { description: 'Deleted' }, 409: { description: 'Learners have attempted it' }, ...errors } },
    async function deleteCourseRoute(ctx) {
      await courses.remove(ctx.state.actor, await loadCourse(ctx));
      ctx.status = 204;
    },
  );

  router.post(
    '/:id/modules',
    { summary: 'Add a module at the end of a course', tags, auth: write, params: idParams, body: moduleInput, responses: { 201: { description: 'Created', schema: moduleOut }, 409: { description: 'Module code already used in this course' }, ...errors } },
    async function createModuleRoute(ctx) {
      const course = await loadCourse(ctx);
      ctx.status = 201;
      ctx.body = views.toModuleView(await courses.createModule(ctx.state.actor, course, parseBody(ctx, moduleInput)));
    },
  );
  router.post(
    '/:id/modules/reorder',
    { summary: "Put a course's modules in a new order (every module id once)", tags, auth: write, params: idParams, body: reorderInput, responses: { 204: { description: 'Reordered' }, ...errors } },
    async function reorderModulesRoute(ctx) {
      const course = await loadCourse(ctx);
      await courses.reorderModules(ctx.state.actor, course, parseBody(ctx, reorderInput).ids);
      ctx.status = 204;
    },
  );
  router.patch(
    '/:id/modules/:moduleId',
    { summary: 'Change a module', tags, auth: write, params: moduleParams, body: modulePatch, responses: { 200: { description: 'Updated', schema: moduleOut }, 409: { description: 'Module code already used in this course' }, ...errors } },
    async function updateModuleRoute(ctx) {
      const { course, module } = await loadModule(ctx);
      ctx.body = views.toModuleView(await courses.updateModule(ctx.state.actor, course, module, parseBody(ctx, modulePatch)));
    },
  );
  router.delete(
    '/:id/modules/:moduleId',
    { summary: 'Delete a module with its lessons and quiz (refused once its quiz has attempts)', tags, auth: write, params: moduleParams, responses: { 204: { description: 'Deleted' }, 409: { description: 'Its quiz has attempts' }, ...errors } },
    async function deleteModuleRoute(ctx) {
      const { course, module } = await loadModule(ctx);
      await courses.removeModule(ctx.state.actor, course, module);
      ctx.status = 204;
    },
  );

  router.post(
    '/:id/modules/:moduleId/lessons',
    { summary: 'Add a lesson at the end of a module', tags, auth: write, params: moduleParams, body: lessonInput, responses: { 201: { description: 'Created', schema: lessonOut }, ...errors } },
    async function createLessonRoute(ctx) {
      const { course, module } = await loadModule(ctx);
      ctx.status = 201;
      ctx.body = views.toLessonView(await courses.createLesson(ctx.state.actor, course, module, parseBody(ctx, lessonInput)));
    },
  );
  router.post(
    '/:id/modules/:moduleId/lessons/reorder',
    { summary: "Put a module's lessons in a new order (every lesson id once)", tags, auth: write, params: moduleParams, body: reorderInput, responses: { 204: { description: 'Reordered' }, ...errors } },
    async function reorderLessonsRoute(ctx) {
      const { course, module } = await loadModule(ctx);
      await courses.reorderLessons(ctx.state.actor, course, module, parseBody(ctx, reorderInput).ids);
      ctx.status = 204;
    },
  );
  router.get(
    '/:id/modules/:moduleId/lessons/:lessonId',
    { summary: 'One lesson with its body', tags, auth: read, params: lessonParams, responses: { 200: { description: 'The lesson', schema: lessonOut }, ...errors } },
    async function getLessonRoute(ctx) {
      ctx.body = views.toLessonView((await loadLesson(ctx)).lesson);
    },
  );
  router.patch(
    '/:id/modules/:moduleId/lessons/:lessonId',
    { summary: 'Change a lesson', tags, auth: write, params: lessonParams, body: lessonPatch, responses: { 200: { description: 'Updated', schema: lessonOut }, ...errors } },
    async function updateLessonRoute(ctx) {
      const { course, lesson } = await loadLesson(ctx);
      ctx.body = views.toLessonView(await courses.updateLesson(ctx.state.actor, course, lesson, parseBody(ctx, lessonPatch)));
    },
  );
  router.delete(
    '/:id/modules/:moduleId/lessons/:lessonId',
    { summary: 'Delete a lesson (and the record of who read it)', tags, auth: write, params: lessonParams, responses: { 204: { description: 'Deleted' }, ...errors } },
    async function deleteLessonRoute(ctx) {
      const { course, lesson } = await loadLesson(ctx);
      await courses.removeLesson(ctx.state.actor, course, lesson);
      ctx.status = 204;
    },
  );
  return router;
}
