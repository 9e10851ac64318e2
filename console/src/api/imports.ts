import { api, type Answer } from './client';

export type RosterKind = 'instructors' | 'enterprises';
export type ImportReport = Answer<'/api/admin/instructors/import', 'post'>;
export type ImportRow = ImportReport['rows'][number];

const IMPORT_PATH = { instructors: '/api/admin/instructors/import', enterprises: '/api/admin/enterprises/import' } as const;
const TEMPLATE_PATH = { instructors: '/api/admin/instructors/import-template', enterprises: '/api/admin/enterprises/import-template' } as const;
export const ROSTER_NAMES: Record<RosterKind, string> = { instructors: '学员', enterprises: '企业' };

/** A roster file (CSV in UTF-8 or GBK, or XLSX) as multipart `file`; the answer is the per-row report. */
export function importRoster(kind: RosterKind, file: File): Promise<ImportReport> {
  const form = new FormData();
  form.append('file', file, file.name);
  return api.post(IMPORT_PATH[kind], { form }) as Promise<ImportReport>;
}

export function downloadTemplate(kind: RosterKind, format: 'xlsx' | 'csv'): Promise<void> {
  return api.download(TEMPLATE_PATH[kind], { query: { format }, fallbackName: `${ROSTER_NAMES[kind]}导入模板.${format}` });
}
