import { z } from 'zod';
import type { ParameterizedContext } from 'koa';
import { ApiRouter, parseQuery } from '../http/api-router';
import type { RouteDeps } from '../deps';
import type { StaffState } from '../http/guards';
import { sendFile, XLSX_TYPE } from '../http/send-file';
import { readUpload } from '../imports/upload';
import { parseTable } from '../imports/table';
import { buildTemplateCsv, buildTemplateXlsx, buildXlsx, type TemplateColumn } from '../imports/templates';
import { ADMIN_ONLY, CAN_READ, CAN_WRITE } from '../staff/kinds';
import { ENTERPRISE_COLUMNS, INSTRUCTOR_COLUMNS } from './import';
import { ENTERPRISE_LEVEL_NAMES, type EnterpriseLevel } from './kinds';
import { instructorQuery, enterpriseQuery } from './routes';

const reportOut = z.object({
  total: z.number(),
  created: z.number(),
  updated: z.number(),
  unchanged: z.number(),
  rejected: z.number(),
  rows: z.array(z.object({ row: z.number(), status: z.enum(['created', 'updated', 'unchanged', 'skipped', 'rejected']), id: z.string().optional(), field: z.string().optional(), reason: z.string().optional() })),
});
const templateQuery = z.object({ format: z.enum(['xlsx', 'csv']).default('xlsx') }).strict();
const errors = { 400: { description: 'Not CSV/XLSX, malformed, missing columns, too many rows' }, 401: { description: 'Not signed in' }, 403: { description: 'Role not allowed' }, 413: { description: 'File too large' } };
const read = { staff: CAN_READ };
const write = { staff: CAN_WRITE };
const admin = { staff: ADMIN_ONLY };

/**
 * Roster import, its template and the XLSX export, for instructors and enterprises. Mounted before
 * the CRUD routers so /import-template and /export are not taken for an :id.
 */
export function rosterRoutes(deps: RouteDeps): ApiRouter<StaffState> {
  const { people } = deps.areas;
  const router = new ApiRouter<StaffState>('/api/admin', deps.guards);
  const readTable = async (ctx: ParameterizedContext<StaffState>) => {
    const file = await readUpload(ctx, { field: 'file', maxBytes: deps.config.IMPORT_MAX_BYTES });
    return parseTable(file.data, file.filename, { maxRows: deps.config.IMPORT_MAX_ROWS });
  };
  const template = (columns: Record<string, TemplateColumn>, name: string) =>
    async function templateRoute(ctx: ParameterizedContext<StaffState>) {
      const { format } = parseQuery(ctx, templateQuery);
      const cols = Object.values(columns);
      if (format === 'csv') sendFile(ctx, buildTemplateCsv(cols), `${name}导入模板.csv`, 'text/csv; charset=utf-8');
      else sendFile(ctx, await buildTemplateXlsx(cols, name), `${name}导入模板.xlsx`, XLSX_TYPE);
    };

  router.post(
    '/instructors/import',
    { summary: 'Import instructors from CSV (UTF-8 or GBK) or XLSX; upserts by phone; per-row report', tags: ['instructors'], auth: write, upload: 'file', responses: { 200: { description: 'Per-row report', schema: reportOut }, ...errors } },
    async function importInstructorsRoute(ctx) {
      ctx.body = await people.importInstructors(ctx.state.actor, ctx.state.scope, await readTable(ctx));
    },
  );
  router.get(
    '/instructors/import-template',
    { summary: 'Download the instructor roster template (XLSX or CSV)', tags: ['instructors'], auth: read, query: templateQuery, responses: { 200: { description: 'Template file', contentType: XLSX_TYPE } } },
    template(INSTRUCTOR_COLUMNS, '学员'),
  );
  router.get(
    '/instructors/export',
    { summary: 'Export instructors of my subtree as XLSX, same filters as the list (admin)', tags: ['instructors'], auth: admin, query: instructorQuery.omit({ page: true, pageSize: true }), responses: { 200: { description: 'XLSX file', contentType: XLSX_TYPE } } },
    async function exportInstructorsRoute(ctx) {
      const { page: _page, pageSize: _pageSize, ...query } = parseQuery(ctx, instructorQuery);
      const { items, officeCodes } = await people.exportInstructors(ctx.state.scope, query);
      const C = INSTRUCTOR_COLUMNS;
      const rows = items.map((i) => [i.name, i.phone, i.employer, officeCodes.get(String(i.officeId)) ?? '', i.cohort, i.bindCode]);
      sendFile(ctx, await buildXlsx('学员', [C.name.header, C.phone.header, C.employer.header, C.office.header, C.cohort.header, '绑定码'], rows), '学员名单.xlsx', XLSX_TYPE);
    },
  );
  router.post(
    '/enterprises/import',
    { summary: 'Import enterprises (and one contact per row) from CSV or XLSX; upserts by credit code; per-row report', tags: ['enterprises'], auth: write, upload: 'file', responses: { 200: { description: 'Per-row report', schema: reportOut }, ...errors } },
    async function importEnterprisesRoute(ctx) {
      ctx.body = await people.importEnterprises(ctx.state.actor, ctx.state.scope, await readTable(ctx));
    },
  );
  router.get(
    '/enterprises/import-template',
    { summary: 'Download the enterprise roster template (XLSX or CSV)', tags: ['enterprises'], auth: read, query: templateQuery, responses: { 200: { description: 'Template file', contentType: XLSX_TYPE } } },
    template(ENTERPRISE_COLUMNS, '企业'),
  );
  router.get(
    '/enterprises/export',
    { summary: 'Export enterprises of my subtree as XLSX, same filters as the list (admin)', tags: ['enterprises'], auth: admin, query: enterpriseQuery.omit({ page: true, pageSize: true }), responses: { 200: { description: 'XLSX file', contentType: XLSX_TYPE } } },
    async function exportEnterprisesRoute(ctx) {
      const { page: _page, pageSize: _pageSize, ...query } = parseQuery(ctx, enterpriseQuery);
      const { items, officeCodes } = await people.exportEnterprises(ctx.state.scope, query);
      const C = ENTERPRISE_COLUMNS;
      const rows = items.map((e) => [e.name, e.creditCode, officeCodes.get(String(e.officeId)) ?? '', e.industry, e.hasUnion ? '是' : '否', ENTERPRISE_LEVEL_NAMES[e.level as EnterpriseLevel], e.stars]);
      const headers = [C.name.header, C.creditCode.header, C.office.header, C.industry.header, C.hasUnion.header, C.level.header, C.stars.header];
      sendFile(ctx, await buildXlsx('企业', headers, rows), '企业名单.xlsx', XLSX_TYPE);
    },
  );
  return router;
}
