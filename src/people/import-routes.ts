import { z } from 'zod';
import type { ParameterizedContext } from 'koa';
import { ApiRouter, parseQuery } from '../http/api-router';
import type { RouteDeps } from '../deps';
import { adminOnly, canRead, canWrite, requireStaff, type StaffState } from '../auth/staff-guard';
import { readUpload } from '../imports/upload';
import { parseTable } from '../imports/table';
import { buildTemplateCsv, buildTemplateXlsx, buildXlsx, type TemplateColumn } from '../imports/templates';
import { ENTERPRISE_COLUMNS, INSTRUCTOR_COLUMNS, importEnterprises, importInstructors, type ImportDeps } from './import';
import { ENTERPRISE_LEVEL_NAMES, type EnterpriseLevel } from './model';
import { peopleDeps, instructorQuery, enterpriseQuery } from './routes';
import * as people from './service';

const reportOut = z.object({
  total: z.number(),
  created: z.number(),
  updated: z.number(),
  unchanged: z.number(),
  rejected: z.number(),
  rows: z.array(z.object({ row: z.number(), status: z.enum(['created', 'updated', 'unchanged', 'skipped', 'rejected']), id: z.string().optional(), field: z.string().optional(), reason: z.string().optional() })),
});
const templateQuery = z.object({ format: z.enum(['xlsx', 'csv']).default('xlsx') }).strict();
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const errors = { 400: { description: 'Not CSV/XLSX, malformed, missing columns, too many rows' }, 401: { description: 'Not signed in' }, 403: { description: 'Role not allowed' }, 413: { description: 'File too large' } };
const exportLimit = 20000;

function sendFile(ctx: ParameterizedContext, data: Buffer, filename: string, type: string) {
  ctx.type = type;
  // RFC 5987 keeps the Chinese file name intact in every browser.
  ctx.set('Content-Disposition', `attachment; filename="${filename.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(filename)}`);
  ctx.body = data;
}

/**
 * Roster import, its template and the XLSX export, for instructors and enterprises. Mounted before
 * the CRUD routers so /import-template and /export are not taken for an :id.
 */
export function rosterRoutes(deps: RouteDeps): ApiRouter<StaffState> {
  const d: ImportDeps = { ...peopleDeps(deps), Office: deps.models.Office };
  const staff = requireStaff({ config: deps.config, clock: deps.clock, Staff: deps.models.Staff, Office: deps.models.Office });
  const router = new ApiRouter<StaffState>('/api/admin');
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
    { summary: 'Import instructors from CSV (UTF-8 or GBK) or XLSX; upserts by phone; per-row report', tags: ['instructors'], auth: 'staff', upload: 'file', responses: { 200: { description: 'Per-row report', schema: reportOut }, ...errors } },
    staff,
    canWrite,
    async function importInstructorsRoute(ctx) {
      ctx.body = await importInstructors(d, ctx.state.actor, ctx.state.scope, await readTable(ctx));
    },
  );
  router.get(
    '/instructors/import-template',
    { summary: 'Download the instructor roster template (XLSX or CSV)', tags: ['instructors'], auth: 'staff', query: templateQuery, responses: { 200: { description: 'Template file', contentType: XLSX_TYPE } } },
    staff,
    canRead,
    template(INSTRUCTOR_COLUMNS, '学员'),
  );
  router.get(
    '/instructors/export',
    { summary: 'Export instructors of my subtree as XLSX, same filters as the list (admin)', tags: ['instructors'], auth: 'staff', query: instructorQuery.omit({ page: true, pageSize: true }), responses: { 200: { description: 'XLSX file', contentType: XLSX_TYPE } } },
    staff,
    adminOnly,
    async function exportInstructorsRoute(ctx) {
      const query = parseQuery(ctx, instructorQuery);
      const { items } = await people.listInstructors(d, ctx.state.scope, { ...query, page: 1 }, exportLimit);
      const officeCodes = await codesOf(d, items.map((i) => i.officeId));
      const C = INSTRUCTOR_COLUMNS;
      const rows = items.map((i) => [i.name, i.phone, i.employer, officeCodes.get(String(i.officeId)) ?? '', i.cohort, i.bindCode]);
      sendFile(ctx, await buildXlsx('学员', [C.name.header, C.phone.header, C.employer.header, C.office.header, C.cohort.header, '绑定码'], rows), '学员名单.xlsx', XLSX_TYPE);
    },
  );
  router.post(
    '/enterprises/import',
    { summary: 'Import enterprises (and one contact per row) from CSV or XLSX; upserts by credit code; per-row report', tags: ['enterprises'], auth: 'staff', upload: 'file', responses: { 200: { description: 'Per-row report', schema: reportOut }, ...errors } },
    staff,
    canWrite,
    async function importEnterprisesRoute(ctx) {
      ctx.body = await importEnterprises(d, ctx.state.actor, ctx.state.scope, await readTable(ctx));
    },
  );
  router.get(
    '/enterprises/import-template',
    { summary: 'Download the enterprise roster template (XLSX or CSV)', tags: ['enterprises'], auth: 'staff', query: templateQuery, responses: { 200: { description: 'Template file', contentType: XLSX_TYPE } } },
    staff,
    canRead,
    template(ENTERPRISE_COLUMNS, '企业'),
  );
  router.get(
    '/enterprises/export',
    { summary: 'Export enterprises of my subtree as XLSX, same filters as the list (admin)', tags: ['enterprises'], auth: 'staff', query: enterpriseQuery.omit({ page: true, pageSize: true }), responses: { 200: { description: 'XLSX file', contentType: XLSX_TYPE } } },
    staff,
    adminOnly,
    async function exportEnterprisesRoute(ctx) {
      const query = parseQuery(ctx, enterpriseQuery);
      const { items } = await people.listEnterprises(d, ctx.state.scope, { ...query, page: 1 }, exportLimit);
      const officeCodes = await codesOf(d, items.map((e) => e.officeId));
      const C = ENTERPRISE_COLUMNS;
      const rows = items.map((e) => [e.name, e.creditCode, officeCodes.get(String(e.officeId)) ?? '', e.industry, e.hasUnion ? '是' : '否', ENTERPRISE_LEVEL_NAMES[e.level as EnterpriseLevel], e.stars]);
      const headers = [C.name.header, C.creditCode.header, C.office.header, C.industry.header, C.hasUnion.header, C.level.header, C.stars.header];
      sendFile(ctx, await buildXlsx('企业', headers, rows), '企业名单.xlsx', XLSX_TYPE);
    },
  );
  return router;
}

async function codesOf(d: ImportDeps, officeIds: unknown[]) {
  const offices = await d.Office.find({ _id: { $in: [...new Set(officeIds.map(String))] } }, { code: 1 }).lean();
  return new Map(offices.map((o) => [String(o._id), o.code]));
}
