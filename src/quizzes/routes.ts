import { z } from 'zod';
import type { ParameterizedContext } from 'koa';
import { ApiRouter, parseBody, parseParams, parseQuery } from '../http/api-router';
import { idParams, objectId, page, pagination, searchText } from '../http/schemas';
import type { RouteDeps } from '../deps';
import { canRead, canWrite, requireStaff, type StaffState } from '../auth/staff-guard';
import { getCourseInScope } from '../courses/authoring';
import { readUpload } from '../imports/upload';
import { buildTemplateCsv, buildTemplateXlsx } from '../imports/templates';
import * as authoring from './authoring';
import { bankInput, bankPatch, questionInput, questionPatch, quizInput, quizPatch, type QuizAuthoringDeps } from './authoring';
import { importQuestions, QUESTION_COLUMNS } from './bank-import';
import { GRADING_METHODS, QUESTION_TYPES, REVIEW_POLICIES } from './model';

const bankOut = z.object({ id: z.string(), code: z.string(), title: z.string(), officeId: z.string(), questionCount: z.number() });
const questionOut = z.object({ id: z.string(), bankId: z.string(), type: z.enum(QUESTION_TYPES), stem: z.string(), options: z.array(z.string()), answer: z.array(z.number()), explanation: z.string() });
const bankDetailOut = bankOut.extend({ questions: z.array(questionOut) });
export const quizOut = z.object({
  id: z.string(),
  courseId: z.string(),
  moduleId: z.string().nullable(),
  title: z.string(),
  draws: z.array(z.object({ bankId: z.string(), count: z.number() })),
  questionCount: z.number(),
  shuffleQuestions: z.boolean(),
  shuffleOptions: z.boolean(),
  timeLimitMinutes: z.number(),
  maxAttempts: z.number(),
  passMark: z.number(),
  grading: z.enum(GRADING_METHODS),
  review: z.enum(REVIEW_POLICIES),
});
const importReportOut = z.object({
  total: z.number(),
  created: z.number(),
  rejected: z.number(),
  rows: z.array(z.object({ row: z.number(), status: z.enum(['created', 'rejected', 'skipped']), id: z.string().optional(), field: z.string().optional(), reason: z.string().optional() })),
});

const bankQuery = z.object({ q: searchText.optional(), officeId: objectId.optional(), ...pagination }).strict();
const questionParams = z.object({ id: objectId, questionId: objectId });
const templateQuery = z.object({ format: z.enum(['xlsx', 'csv']).default('xlsx') }).strict();
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const TEMPLATE_NAME = '题库导入模板';

const errors = { 400: { description: 'Invalid input' }, 401: { description: 'Not signed in' }, 403: { description: 'Role not allowed' }, 404: { description: 'Not found in your scope' } };

function sendFile(ctx: ParameterizedContext, data: Buffer, filename: string, type: string) {
  ctx.type = type;
  // RFC 5987 keeps the Chinese file name intact in every browser.
  ctx.set('Content-Disposition', `attachment; filename="${filename.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(filename)}`);
  ctx.body = data;
}

/**
 * Question banks (owned by an office of the scope), their questions with answers (staff only),
 * bank import, and quizzes (in scope through their course). Editors and admins write, viewers read.
 */
export function quizAdminRoutes(deps: RouteDeps): ApiRouter<StaffState> {
  const m = deps.models;
  const d: QuizAuthoringDeps = { clock: deps.clock, Course: m.Course, CourseModule: m.CourseModule, QuestionBank: m.QuestionBank, Question: m.Question, Quiz: m.Quiz, Attempt: m.Attempt, Audit: m.Audit };
  const staff = requireStaff({ config: deps.config, clock: deps.clock, Staff: m.Staff, Office: m.Office });
  const router = new ApiRouter<StaffState>('/api/admin');
  const loadBank = (ctx: ParameterizedContext<StaffState>) => authoring.getBankInScope(d, ctx.state.scope, parseParams(ctx, idParams).id);
  const loadQuestion = async (ctx: ParameterizedContext<StaffState>) => {
    const { questionId } = parseParams(ctx, questionParams);
    const bank = await loadBank(ctx);
    return { bank, question: await authoring.getQuestion(d, bank, questionId) };
  };
  const loadQuiz = (ctx: ParameterizedContext<StaffState>) => authoring.getQuizInScope(d, ctx.state.scope, parseParams(ctx, idParams).id);

  // Fixed paths before /banks/:id.
  router.get(
    '/banks/import-template',
    { summary: 'Download the question import template (XLSX or CSV; JSON arrays are accepted too)', tags: ['banks'], auth: 'staff', query: templateQuery, responses: { 200: { description: 'Template file', contentType: XLSX_TYPE }, ...errors } },
    staff,
    canRead,
    async function bankTemplateRoute(ctx) {
      const { format } = parseQuery(ctx, templateQuery);
      const columns = Object.values(QUESTION_COLUMNS);
      if (format === 'csv') sendFile(ctx, buildTemplateCsv(columns), `${TEMPLATE_NAME}.csv`, 'text/csv; charset=utf-8');
      else sendFile(ctx, await buildTemplateXlsx(columns, '题库'), `${TEMPLATE_NAME}.xlsx`, XLSX_TYPE);
    },
  );
  router.get(
    '/banks',
    { summary: 'List the question banks of my subtree', tags: ['banks'], auth: 'staff', query: bankQuery, responses: { 200: { description: 'A page', schema: page(bankOut) }, ...errors } },
    staff,
    canRead,
    async function listBanksRoute(ctx) {
      ctx.body = await authoring.listBanks(d, ctx.state.scope, parseQuery(ctx, bankQuery));
    },
  );
  router.post(
    '/banks',
    { summary: 'Create a question bank owned by an office of my subtree (default: mine)', tags: ['banks'], auth: 'staff', body: bankInput, responses: { 201: { description: 'Created', schema: bankOut }, 409: { description: 'Code already used' }, ...errors } },
    staff,
    canWrite,
    async function createBankRoute(ctx) {
      const bank = await authoring.createBank(d, ctx.state.actor, ctx.state.scope, parseBody(ctx, bankInput));
      ctx.status = 201;
      ctx.body = authoring.toBankView(bank, 0);
    },
  );
  router.get(
    '/banks/:id',
    { summary: 'One bank with all its questions and their answers', tags: ['banks'], auth: 'staff', params: idParams, responses: { 200: { description: 'The bank', schema: bankDetailOut }, ...errors } },
    staff,
    canRead,
    async function getBankRoute(ctx) {
      ctx.body = await authoring.bankDetail(d, await loadBank(ctx));
    },
  );
  router.patch(
    '/banks/:id',
    { summary: "Change a bank's code or title", tags: ['banks'], auth: 'staff', params: idParams, body: bankPatch, responses: { 200: { description: 'Updated', schema: bankOut }, 409: { description: 'Code already used' }, ...errors } },
    staff,
    canWrite,
    async function updateBankRoute(ctx) {
      const before = await loadBank(ctx);
      const after = await authoring.updateBank(d, ctx.state.actor, before, parseBody(ctx, bankPatch));
      ctx.body = authoring.toBankView(after, (await authoring.questionCounts(d, [after._id])).get(String(after._id)) ?? 0);
    },
  );
  router.delete(
    '/banks/:id',
    { summary: 'Delete a bank and its questions (refused while a quiz draws from it)', tags: ['banks'], auth: 'staff', params: idParams, responses: { 204: { description: 'Deleted' }, 409: { description: 'In use by a quiz or an attempt' }, ...errors } },
    staff,
    canWrite,
    async function deleteBankRoute(ctx) {
      await authoring.deleteBank(d, ctx.state.actor, await loadBank(ctx));
      ctx.status = 204;
    },
  );
  router.post(
    '/banks/:id/import',
    {
      summary: 'Import questions from XLSX/CSV (题型, 题干, 选项A–E, 答案, 解析) or a JSON array; keeps the valid rows; per-row report',
      tags: ['banks'],
      auth: 'staff',
      params: idParams,
      upload: 'file',
      responses: { 200: { description: 'Per-row report', schema: importReportOut }, 413: { description: 'File too large' }, ...errors },
    },
    staff,
    canWrite,
    async function importQuestionsRoute(ctx) {
      // The upload is read first: answering while the client is still sending stalls the connection.
      const file = await readUpload(ctx, { field: 'file', maxBytes: deps.config.IMPORT_MAX_BYTES });
      const bank = await loadBank(ctx);
      ctx.body = await importQuestions(d, ctx.state.actor, bank, file, { maxRows: deps.config.IMPORT_MAX_ROWS });
    },
  );
  router.post(
    '/banks/:id/questions',
    { summary: 'Add a question to a bank', tags: ['banks'], auth: 'staff', params: idParams, body: questionInput, responses: { 201: { description: 'Created', schema: questionOut }, ...errors } },
    staff,
    canWrite,
    async function createQuestionRoute(ctx) {
      const bank = await loadBank(ctx);
      ctx.status = 201;
      ctx.body = authoring.toQuestionView(await authoring.createQuestion(d, ctx.state.actor, bank, parseBody(ctx, questionInput)));
    },
  );
  router.patch(
    '/banks/:id/questions/:questionId',
    { summary: 'Change a question (the result is checked as a whole)', tags: ['banks'], auth: 'staff', params: questionParams, body: questionPatch, responses: { 200: { description: 'Updated', schema: questionOut }, 409: { description: 'Already drawn: type and option count are fixed' }, ...errors } },
    staff,
    canWrite,
    async function updateQuestionRoute(ctx) {
      const { bank, question } = await loadQuestion(ctx);
      ctx.body = authoring.toQuestionView(await authoring.updateQuestion(d, ctx.state.actor, bank, question, parseBody(ctx, questionPatch)));
    },
  );
  router.delete(
    '/banks/:id/questions/:questionId',
    { summary: 'Delete a question (refused once drawn, or when a quiz needs it to fill its draw)', tags: ['banks'], auth: 'staff', params: questionParams, responses: { 204: { description: 'Deleted' }, 409: { description: 'In use' }, ...errors } },
    staff,
    canWrite,
    async function deleteQuestionRoute(ctx) {
      const { bank, question } = await loadQuestion(ctx);
      await authoring.deleteQuestion(d, ctx.state.actor, bank, question);
      ctx.status = 204;
    },
  );

  router.post(
    '/quizzes',
    {
      summary: 'Create a module quiz (moduleId) or the final exam (moduleId null); one of each per module / course',
      tags: ['quizzes'],
      auth: 'staff',
      body: quizInput,
      responses: { 201: { description: 'Created', schema: quizOut }, 409: { description: 'The module or course already has one' }, ...errors },
    },
    staff,
    canWrite,
    async function createQuizRoute(ctx) {
      const input = parseBody(ctx, quizInput);
      const course = await getCourseInScope(d, ctx.state.scope, input.courseId);
      ctx.status = 201;
      ctx.body = authoring.toQuizView(await authoring.createQuiz(d, ctx.state.actor, ctx.state.scope, course, input));
    },
  );
  router.get(
    '/quizzes/:id',
    { summary: 'One quiz and its settings', tags: ['quizzes'], auth: 'staff', params: idParams, responses: { 200: { description: 'The quiz', schema: quizOut }, ...errors } },
    staff,
    canRead,
    async function getQuizRoute(ctx) {
      ctx.body = authoring.toQuizView((await loadQuiz(ctx)).quiz);
    },
  );
  router.patch(
    '/quizzes/:id',
    { summary: "Change a quiz's title, draws or settings (running attempts keep their paper)", tags: ['quizzes'], auth: 'staff', params: idParams, body: quizPatch, responses: { 200: { description: 'Updated', schema: quizOut }, ...errors } },
    staff,
    canWrite,
    async function updateQuizRoute(ctx) {
      const { quiz, course } = await loadQuiz(ctx);
      ctx.body = authoring.toQuizView(await authoring.updateQuiz(d, ctx.state.actor, ctx.state.scope, course, quiz, parseBody(ctx, quizPatch)));
    },
  );
  router.delete(
    '/quizzes/:id',
    { summary: 'Delete a quiz nobody has attempted', tags: ['quizzes'], auth: 'staff', params: idParams, responses: { 204: { description: 'Deleted' }, 409: { description: 'Learners have attempted it' }, ...errors } },
    staff,
    canWrite,
    async function deleteQuizRoute(ctx) {
      const { quiz, course } = await loadQuiz(ctx);
      await authoring.deleteQuiz(d, ctx.state.actor, course, quiz);
      ctx.status = 204;
    },
  );
  return router;
}
