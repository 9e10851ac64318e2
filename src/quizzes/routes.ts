import { z } from 'zod';
import type { ParameterizedContext } from 'koa';
import { ApiRouter, parseBody, parseParams, parseQuery } from '../http/api-router';
import { idParams, objectId, page, pagination, searchText } from '../http/schemas';
import type { RouteDeps } from '../deps';
import type { StaffState } from '../http/guards';
import { sendFile, XLSX_TYPE } from '../http/send-file';
import { readUpload } from '../imports/upload';
import { buildTemplateCsv, buildTemplateXlsx } from '../imports/templates';
import { CAN_READ, CAN_WRITE } from '../staff/kinds';
import * as views from './authoring';
import { bankInput, bankPatch, questionInput, questionPatch, quizInput, quizPatch } from './authoring';
import { QUESTION_COLUMNS } from './bank-import';
import { QUESTION_TYPES, QUESTION_USES } from './kinds';
import { quizOut } from './schemas';

const bankOut = z.object({ id: z.string(), code: z.string(), title: z.string(), officeId: z.string(), questionCount: z.number(), practiceCount: z.number() });
const questionOut = z.object({ id: z.string(), bankId: z.string(), type: z.enum(QUESTION_TYPES), stem: z.string(), options: z.array(z.string()), answer: z.array(z.number()), explanation: z.string(), use: z.enum(QUESTION_USES) });
const bankDetailOut = bankOut.extend({ questions: z.array(questionOut) });
const importReportOut = z.object({
  total: z.number(),
  created: z.number(),
  rejected: z.number(),
  rows: z.array(z.object({ row: z.number(), status: z.enum(['created', 'rejected', 'skipped']), id: z.string().optional(), field: z.string().optional(), reason: z.string().optional() })),
});

const bankQuery = z.object({ q: searchText.optional(), officeId: objectId.optional(), ...pagination }).strict();
const questionParams = z.object({ id: objectId, questionId: objectId });
const templateQuery = z.object({ format: z.enum(['xlsx', 'csv']).default('xlsx') }).strict();
const TEMPLATE_NAME = '题库导入模板';

const errors = { 400: { description: 'Invalid input' }, 401: { description: 'Not signed in' }, 403: { description: 'Role not allowed' }, 404: { description: 'Not found in your scope' } };

/**
 * Question banks (owned by an office of the scope), their questions with answers (staff only),
 * bank import, and quizzes (in scope through their course). Editors and admins write, viewers read.
 */
export function quizAdminRoutes({ areas: { quizzes }, guards, config }: RouteDeps): ApiRouter<StaffState> {
  const router = new ApiRouter<StaffState>('/api/admin', guards);
  const read = { staff: CAN_READ };
  const write = { staff: CAN_WRITE };
  const loadBank = (ctx: ParameterizedContext<StaffState>) => quizzes.getBankInScope(ctx.state.scope, parseParams(ctx, idParams.passthrough()).id);
  const loadQuestion = async (ctx: ParameterizedContext<StaffState>) => {
    const { questionId } = parseParams(ctx, questionParams);
    const bank = await loadBank(ctx);
    return { bank, question: await quizzes.getQuestion(bank, questionId) };
  };
  const loadQuiz = (ctx: ParameterizedContext<StaffState>) => quizzes.getQuizInScope(ctx.state.scope, parseParams(ctx, idParams).id);

  // Fixed paths before /banks/:id.
  router.get(
    '/banks/import-template',
    { summary: 'Download the question import template (XLSX or CSV; JSON arrays are accepted too)', tags: ['banks'], auth: read, query: templateQuery, responses: { 200: { description: 'Template file', contentType: XLSX_TYPE }, ...errors } },
    async function bankTemplateRoute(ctx) {
      const { format } = parseQuery(ctx, templateQuery);
      const columns = Object.values(QUESTION_COLUMNS);
      if (format === 'csv') sendFile(ctx, buildTemplateCsv(columns), `${TEMPLATE_NAME}.csv`, 'text/csv; charset=utf-8');
      else sendFile(ctx, await buildTemplateXlsx(columns, '题库'), `${TEMPLATE_NAME}.xlsx`, XLSX_TYPE);
    },
  );
  router.get(
    '/banks',
    { summary: 'List the question banks of my subtree', tags: ['banks'], auth: read, query: bankQuery, responses: { 200: { description: 'A page', schema: page(bankOut) }, ...errors } },
    async function listBanksRoute(ctx) {
      ctx.body = await quizzes.listBanks(ctx.state.scope, parseQuery(ctx, bankQuery));
    },
  );
  router.post(
    '/banks',
    { summary: 'Create a question bank owned by an office of my subtree (default: mine)', tags: ['banks'], auth: write, body: bankInput, responses: { 201: { description: 'Created', schema: bankOut }, 409: { description: 'Code already used' }, ...errors } },
    async function createBankRoute(ctx) {
      const bank = await quizzes.createBank(ctx.state.actor, ctx.state.scope, parseBody(ctx, bankInput));
      ctx.body = views.toBankView(bank, 0);
      ctx.status = 201;
    },
  );
  router.get(
    '/banks/:id',
    { summary: 'One bank with all its questions and their answers', tags: ['banks'], auth: read, params: idParams, responses: { 200: { description: 'The bank', schema: bankDetailOut }, ...errors } },
    async function getBankRoute(ctx) {
      ctx.body = await quizzes.bankDetail(await loadBank(ctx));
    },
  );
  router.patch(
    '/banks/:id',
    { summary: "Change a bank's code or title", tags: ['banks'], auth: write, params: idParams, body: bankPatch, responses: { 200: { description: 'Updated', schema: bankOut }, 409: { description: 'Code already used' }, ...errors } },
    async function updateBankRoute(ctx) {
      ctx.body = await quizzes.updateBank(ctx.state.actor, await loadBank(ctx), parseBody(ctx, bankPatch));
    },
  );
  router.delete(
    '/banks/:id',
    { summary: 'Delete a bank and its questions (refused while a quiz draws from it)', tags: ['banks'], auth: write, params: idParams, responses: { 204: { description: 'Deleted' }, 409: { description: 'In use by a quiz or an attempt' }, ...errors } },
    async function deleteBankRoute(ctx) {
      await quizzes.deleteBank(ctx.state.actor, await loadBank(ctx));
      ctx.status = 204;
    },
  );
  router.post(
    '/banks/:id/import',
    {
      summary: 'Import questions from XLSX/CSV (题型, 题干, 选项A–E, 答案, 解析, 用途 考试/练习) or a JSON array (use: exam | practice); keeps the valid rows; per-row report',
      tags: ['banks'],
      auth: write,
      params: idParams,
      upload: 'file',
      responses: { 200: { description: 'Per-row report', schema: importReportOut }, 413: { description: 'File too large' }, ...errors },
    },
    async function importQuestionsRoute(ctx) {
      // The upload is read first: answering while the client is still sending stalls the connection.
      const file = await readUpload(ctx, { field: 'file', maxBytes: config.IMPORT_MAX_BYTES });
      const bank = await loadBank(ctx);
      ctx.body = await quizzes.importQuestions(ctx.state.actor, bank, file, { maxRows: config.IMPORT_MAX_ROWS });
    },
  );
  router.post(
    '/banks/:id/questions',
    { summary: 'Add a question to a bank', tags: ['banks'], auth: write, params: idParams, body: questionInput, responses: { 201: { description: 'Created', schema: questionOut }, ...errors } },
    async function createQuestionRoute(ctx) {
      const bank = await loadBank(ctx);
      ctx.status = 201;
      ctx.body = views.toQuestionView(await quizzes.createQuestion(ctx.state.actor, bank, parseBody(ctx, questionInput)));
    },
  );
  router.patch(
    '/banks/:id/questions/:questionId',
    { summary: 'Change a question (the result is checked as a whole)', tags: ['banks'], auth: write, params: questionParams, body: questionPatch, responses: { 200: { description: 'Updated', schema: questionOut }, 409: { description: 'Already drawn: type and option count are fixed' }, ...errors } },
    async function updateQuestionRoute(ctx) {
      const { bank, question } = await loadQuestion(ctx);
      ctx.body = views.toQuestionView(await quizzes.updateQuestion(ctx.state.actor, bank, question, parseBody(ctx, questionPatch)));
    },
  );
  router.delete(
    '/banks/:id/questions/:questionId',
    { summary: 'Delete a question (refused once drawn, or when a quiz needs it to fill its draw)', tags: ['banks'], auth: write, params: questionParams, responses: { 204: { description: 'Deleted' }, 409: { description: 'In use' }, ...errors } },
    async function deleteQuestionRoute(ctx) {
      const { bank, question } = await loadQuestion(ctx);
      await quizzes.deleteQuestion(ctx.state.actor, bank, question);
      ctx.status = 204;
    },
  );

  router.post(
    '/quizzes',
    {
      summary: 'Create a module quiz (moduleId) or the final exam (moduleId null); one of each per module / course',
      tags: ['quizzes'],
      auth: write,
      body: quizInput,
      responses: { 201: { description: 'Created', schema: quizOut }, 409: { description: 'The module or course already has one' }, ...errors },
    },
    async function createQuizRoute(ctx) {
      ctx.body = views.toQuizView(await quizzes.createQuiz(ctx.state.actor, ctx.state.scope, parseBody(ctx, quizInput)));
      ctx.status = 201;
    },
  );
  router.get(
    '/quizzes/:id',
    { summary: 'One quiz and its settings', tags: ['quizzes'], auth: read, params: idParams, responses: { 200: { description: 'The quiz', schema: quizOut }, ...errors } },
    async function getQuizRoute(ctx) {
      ctx.body = views.toQuizView((await loadQuiz(ctx)).quiz);
    },
  );
  router.patch(
    '/quizzes/:id',
    { summary: "Change a quiz's title, draws or settings (running attempts keep their paper)", tags: ['quizzes'], auth: write, params: idParams, body: quizPatch, responses: { 200: { description: 'Updated', schema: quizOut }, ...errors } },
    async function updateQuizRoute(ctx) {
      const { quiz, course } = await loadQuiz(ctx);
      ctx.body = views.toQuizView(await quizzes.updateQuiz(ctx.state.actor, ctx.state.scope, course, quiz, parseBody(ctx, quizPatch)));
    },
  );
  router.delete(
    '/quizzes/:id',
    { summary: 'Delete a quiz nobody has attempted', tags: ['quizzes'], auth: write, params: idParams, responses: { 204: { description: 'Deleted' }, 409: { description: 'Learners have attempted it' }, ...errors } },
    async function deleteQuizRoute(ctx) {
      const { quiz, course } = await loadQuiz(ctx);
      await quizzes.deleteQuiz(ctx.state.actor, course, quiz);
      ctx.status = 204;
    },
  );
  return router;
}
