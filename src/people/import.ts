import { Types } from 'mongoose';
import { z } from 'zod';
import type { Actor, AuditInput } from '../audit/use-cases';
import { bulkWriteInBatches, isDuplicateKey } from '../db/mongo';
import { InvalidHeaders } from '../imports/errors';
import type { Table, TableRow } from '../imports/table';
import type { TemplateColumn } from '../imports/templates';
import type { Scope } from '../scope';
import { ENTERPRISE_LEVEL_NAMES, ENTERPRISE_LEVELS, type Enterprise, type Instructor } from './model';
import { creditCode, personName, phone } from './schemas';
import { moveContactsWith, type PeopleDeps } from './service';

/** One line of the per-row report; `row` is the row number Excel shows. */
export interface RowReport {
  row: number;
  status: 'created' | 'updated' | 'unchanged' | 'skipped' | 'rejected';
  id?: string;
  field?: string;
  reason?: string;
}

export interface ImportReport {
  total: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  rows: RowReport[];
}

/** The column headers offices write, in Chinese, with their template example and note. */
export const INSTRUCTOR_COLUMNS = {
  name: { header: '姓名', example: '张三', note: '必填' },
  phone: { header: '手机号', example: '13800000000', note: '必填，11位手机号；同一手机号再次导入即更新' },
  employer: { header: '工作单位', example: '宁波某某有限公司', note: '选填' },
  office: { header: '所属和创办代码', example: 'NB-HS', note: '选填，留空则为导入人所在和创办' },
  cohort: { header: '培训批次', example: '2026年第一期', note: '选填' },
} satisfies Record<string, TemplateColumn>;

export const ENTERPRISE_COLUMNS = {
  name: { header: '企业名称', example: '宁波某某有限公司', note: '必填' },
  creditCode: { header: '统一社会信用代码', example: '91330200MA2AAAAA1X', note: '必填，18位，含校验位；再次导入即更新' },
  office: { header: '所属和创办代码', example: 'NB-HS', note: '选填，留空则为导入人所在和创办' },
  industry: { header: '行业', example: '制造业', note: '选填' },
  hasUnion: { header: '是否建会', example: '是', note: '是 / 否' },
  level: { header: '和谐企业等级', example: '无', note: '无 / 乡镇级 / 区县级 / 市级' },
  stars: { header: '星级', example: '0', note: '0 到 5' },
  contactName: { header: '联系人姓名', example: '李四', note: '选填；填写则与联系人手机一起导入' },
  contactPhone: { header: '联系人手机', example: '13900000000', note: '选填' },
  contactRole: { header: '联系人职务', example: '工会主席', note: '选填' },
} satisfies Record<string, TemplateColumn>;

type Columns = Record<string, TemplateColumn>;

function requireHeaders(table: Table, columns: Columns, required: string[]): void {
  const missing = required.map((k) => columns[k].header).filter((h) => !table.headers.includes(h));
  if (missing.length) throw new InvalidHeaders(`Missing column(s): ${missing.join(', ')}. Use the template.`, { missing });
}

/** The template's example row, left in by the user, is reported as skipped rather than imported. */
const isExampleRow = (row: TableRow, columns: Columns) =>
  Object.values(columns).every((c) => (row.values[c.header] ?? '') === (c.example ?? '') || (row.values[c.header] ?? '') === '');

/** Validates one row; the first problem is reported with the Chinese header of its column. */
function parseRow<T extends z.ZodRawShape>(row: TableRow, columns: Columns, shape: T): { ok: true; value: z.infer<z.ZodObject<T>> } | { ok: false; report: RowReport } {
  const input = Object.fromEntries(Object.keys(shape).map((key) => [key, row.values[columns[key]?.header ?? ''] ?? '']));
  const parsed = z.object(shape).safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  const key = String(issue.path[0]);
  return { ok: false, report: { row: row.rowNumber, status: 'rejected', field: columns[key]?.header ?? key, reason: issue.message } };
}

function summarize(rows: RowReport[]): ImportReport {
  const count = (s: RowReport['status']) => rows.filter((r) => r.status === s).length;
  return { total: rows.length, created: count('created'), updated: count('updated'), unchanged: count('unchanged'), rejected: count('rejected'), rows };
}

const optionalText = (max: number) => z.string().trim().max(max, `最多${max}个字`);
const required = (schema: z.ZodString) => z.string().trim().min(1, '必填').pipe(schema);

export type ImportDeps = PeopleDeps;

/** Upserts instructors by phone. Valid rows are kept even when others are rejected. */
export async function importInstructors(deps: ImportDeps, actor: Actor, scope: Scope, table: Table): Promise<ImportReport> {
  const C = INSTRUCTOR_COLUMNS;
  requireHeaders(table, C, ['name', 'phone']);
  const reports: RowReport[] = [];
  const offices = await deps.offices.idsByCode(scope, table.rows.map((r) => r.values[C.office.header] ?? ''));
  const firstRowOfPhone = new Map<string, number>();
  const valid: { row: number; fields: { name: string; phone: string; employer: string; cohort: string; officeId: Types.ObjectId } }[] = [];

  for (const row of table.rows) {
    if (isExampleRow(row, C)) {
      reports.push({ row: row.rowNumber, status: 'skipped', reason: '模板示例行' });
      continue;
    }
    const parsed = parseRow(row, C, { name: required(personName), phone: required(phone), employer: optionalText(100), cohort: optionalText(40), office: optionalText(32) });
    if (!parsed.ok) {
      reports.push(parsed.report);
      continue;
    }
    const { office, ...fields } = parsed.value;
    const officeId = office ? offices.get(office) : scope.rootId;
    if (!officeId) {
      reports.push({ row: row.rowNumber, status: 'rejected', field: C.office.header, reason: `和创办代码 ${office} 不存在或不在您的管辖范围内` });
      continue;
    }
    const earlier = firstRowOfPhone.get(fields.phone);
    if (earlier !== undefined) {
      reports.push({ row: row.rowNumber, status: 'rejected', field: C.phone.header, reason: `与第${earlier}行手机号重复` });
      continue;
    }
    firstRowOfPhone.set(fields.phone, row.rowNumber);
    valid.push({ row: row.rowNumber, fields: { ...fields, officeId } });
  }

  const existing = new Map(
    ((await deps.Instructor.find({ phone: { $in: valid.map((v) => v.fields.phone) } }).lean()) as Instructor[]).map((i) => [i.phone, i]),
  );
  const updates: { row: number; before: Instructor; set: Partial<Instructor> }[] = [];
  const inserts: { row: number; doc: Record<string, unknown> & { _id: Types.ObjectId; officeId: Types.ObjectId } }[] = [];
  for (const v of valid) {
    const before = existing.get(v.fields.phone);
    if (!before) {
      inserts.push({ row: v.row, doc: { _id: new Types.ObjectId(), ...v.fields } });
    } else if (!scope.has(before.officeId)) {
      reports.push({ row: v.row, status: 'rejected', field: C.phone.header, reason: '该手机号已由其他和创办登记' });
    } else {
      const set = Object.fromEntries(Object.entries(v.fields).filter(([k, value]) => String(before[k as keyof Instructor]) !== String(value)));
      if (Object.keys(set).length) updates.push({ row: v.row, before, set });
      else reports.push({ row: v.row, status: 'unchanged', id: String(before._id) });
    }
  }

  if (updates.length) {
    await bulkWriteInBatches(deps.Instructor, updates.map((u) => ({ updateOne: { filter: { _id: u.before._id }, update: { $set: u.set } } })));
    for (const u of updates) reports.push({ row: u.row, status: 'updated', id: String(u.before._id) });
  }
  const inserted = await insertNew(deps, 'instructor', inserts, C.phone.header, reports);
  const moved = updates.filter((u) => u.set.officeId && String(u.set.officeId) !== String(u.before.officeId)).map((u) => u.before._id);
  if (moved.length) await deps.onInstructorsChanged(moved);
  await auditImport(deps, actor, [
    ...updates.map((u) => ({ officeId: (u.set.officeId as Types.ObjectId | undefined) ?? u.before.officeId, id: u.before._id, before: u.before, after: { ...u.before, ...u.set }, action: 'instructor.import_update' })),
    ...inserted.map((d) => ({ officeId: d.officeId, id: d._id, before: null, after: d, action: 'instructor.import_create' })),
  ]);
  return summarize(reports.sort((a, b) => a.row - b.row));
}

/** Inserts new people with fresh binding codes; a duplicate from a concurrent import rejects just that row. */
async function insertNew(
  deps: ImportDeps,
  personType: 'instructor' | 'contact',
  inserts: { row: number; doc: Record<string, unknown> & { _id: Types.ObjectId; officeId: Types.ObjectId } }[],
  keyHeader: string,
  reports: RowReport[],
) {
  if (!inserts.length) return [];
  const codes = await deps.binding.issueCodes(personType, inserts.map((i) => i.doc._id));
  const docs = inserts.map((i) => ({ ...i.doc, bindCode: codes.get(String(i.doc._id))! }));
  const failed = new Set<number>();
  const Model = personType === 'instructor' ? deps.Instructor : deps.Contact;
  try {
    await (Model as typeof deps.Instructor).insertMany(docs, { ordered: false });
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
    for (const w of (err as { writeErrors?: { index: number }[] }).writeErrors ?? []) failed.add(w.index);
  }
  inserts.forEach((i, n) =>
    reports.push(
      failed.has(n)
        ? { row: i.row, status: 'rejected', field: keyHeader, reason: '记录已存在（可能被同时导入），请重新导入以更新' }
        : { row: i.row, status: 'created', id: String(i.doc._id) },
    ),
  );
  return docs.filter((_, n) => !failed.has(n));
}

/** Through the one audit use case, like every other write; the office is the one after the change. */
async function auditImport(
  deps: ImportDeps,
  actor: Actor,
  changes: { officeId: Types.ObjectId; id: Types.ObjectId; before: unknown; after: unknown; action: string }[],
) {
  const inputs: AuditInput[] = changes.map((c) => ({ officeId: c.officeId, action: c.action, entity: c.action.split('.')[0], entityId: String(c.id), before: c.before, after: c.after }));
  await deps.audit.recordMany(actor, inputs);
}

const yesNo = z.string().trim().transform((v, ctx) => {
  if (v === '' || v === '否' || v.toLowerCase() === 'n' || v.toLowerCase() === 'no') return false;
  if (v === '是' || v.toLowerCase() === 'y' || v.toLowerCase() === 'yes') return true;
  ctx.addIssue({ code: 'custom', message: '请填写“是”或“否”' });
  return z.NEVER;
});
const levelByName = new Map(ENTERPRISE_LEVELS.map((l) => [ENTERPRISE_LEVEL_NAMES[l], l]));
const levelCell = z.string().trim().transform((v, ctx) => {
  const level = v === '' ? 'none' : (levelByName.get(v) ?? (ENTERPRISE_LEVELS as readonly string[]).find((l) => l === v));
  if (!level) ctx.addIssue({ code: 'custom', message: '请填写 无 / 乡镇级 / 区县级 / 市级' });
  return (level ?? 'none') as (typeof ENTERPRISE_LEVELS)[number];
});
const starsCell = z.string().trim().transform((v, ctx) => {
  const n = v === '' ? 0 : Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 5) ctx.addIssue({ code: 'custom', message: '星级应为0到5的整数' });
  return n;
});

/** Upserts enterprises by credit code, and each row's contact (if given) by phone within it. */
export async function importEnterprises(deps: ImportDeps, actor: Actor, scope: Scope, table: Table): Promise<ImportReport> {
  const C = ENTERPRISE_COLUMNS;
  requireHeaders(table, C, ['name', 'creditCode']);
  const reports: RowReport[] = [];
  const offices = await deps.offices.idsByCode(scope, table.rows.map((r) => r.values[C.office.header] ?? ''));
  const firstRowOfCode = new Map<string, number>();
  type Row = {
    row: number;
    fields: { name: string; creditCode: string; industry: string; hasUnion: boolean; level: (typeof ENTERPRISE_LEVELS)[number]; stars: number; officeId: Types.ObjectId };
    contact?: { name: string; phone: string; role: string };
  };
  const valid: Row[] = [];
  for (const row of table.rows) {
    if (isExampleRow(row, C)) {
      reports.push({ row: row.rowNumber, status: 'skipped', reason: '模板示例行' });
      continue;
    }
    const parsed = parseRow(row, C, {
      name: required(z.string().max(100)),
      creditCode: required(z.string()).pipe(creditCode),
      office: optionalText(32),
      industry: optionalText(40),
      hasUnion: yesNo,
      level: levelCell,
      stars: starsCell,
      contactName: optionalText(40),
      contactPhone: z.union([z.literal(''), phone]),
      contactRole: optionalText(40),
    });
    if (!parsed.ok) {
      reports.push(parsed.report);
      continue;
    }
    const { office, contactName, contactPhone, contactRole, ...fields } = parsed.value;
    if (Boolean(contactName) !== Boolean(contactPhone)) {
      reports.push({ row: row.rowNumber, status: 'rejected', field: contactName ? C.contactPhone.header : C.contactName.header, reason: '联系人姓名和手机需同时填写' });
      continue;
    }
    const officeId = office ? offices.get(office) : scope.rootId;
    if (!officeId) {
      reports.push({ row: row.rowNumber, status: 'rejected', field: C.office.header, reason: `和创办代码 ${office} 不存在或不在您的管辖范围内` });
      continue;
    }
    const earlier = firstRowOfCode.get(fields.creditCode);
    if (earlier !== undefined) {
      reports.push({ row: row.rowNumber, status: 'rejected', field: C.creditCode.header, reason: `与第${earlier}行统一社会信用代码重复` });
      continue;
    }
    firstRowOfCode.set(fields.creditCode, row.rowNumber);
    valid.push({ row: row.rowNumber, fields: { ...fields, officeId }, contact: contactPhone ? { name: contactName, phone: contactPhone, role: contactRole } : undefined });
  }

  const existing = new Map(
    ((await deps.Enterprise.find({ creditCode: { $in: valid.map((v) => v.fields.creditCode) } }).lean()) as Enterprise[]).map((e) => [e.creditCode, e]),
  );
  const changes: Parameters<typeof auditImport>[2] = [];
  const kept: { row: Row; enterpriseId: Types.ObjectId; officeId: Types.ObjectId }[] = [];
  const newOnes: Row[] = [];
  const enterpriseUpdates: { updateOne: { filter: { _id: Types.ObjectId }; update: { $set: Record<string, unknown> } } }[] = [];
  for (const v of valid) {
    const before = existing.get(v.fields.creditCode);
    if (!before) {
      newOnes.push(v);
      continue;
    }
    if (!scope.has(before.officeId)) {
      reports.push({ row: v.row, status: 'rejected', field: C.creditCode.header, reason: '该企业已由其他和创办登记' });
      continue;
    }
    const set = Object.fromEntries(Object.entries(v.fields).filter(([k, value]) => String(before[k as keyof Enterprise]) !== String(value)));
    if (Object.keys(set).length) {
      enterpriseUpdates.push({ updateOne: { filter: { _id: before._id }, update: { $set: set } } });
      changes.push({ officeId: v.fields.officeId, id: before._id, before, after: { ...before, ...set }, action: 'enterprise.import_update' });
      reports.push({ row: v.row, status: 'updated', id: String(before._id) });
    } else {
      reports.push({ row: v.row, status: 'unchanged', id: String(before._id) });
    }
    kept.push({ row: v, enterpriseId: before._id, officeId: v.fields.officeId });
  }
  await bulkWriteInBatches(deps.Enterprise, enterpriseUpdates);
  const movedEnterprises = enterpriseUpdates.flatMap((u) => (u.updateOne.update.$set.officeId ? [{ enterpriseId: u.updateOne.filter._id, officeId: u.updateOne.update.$set.officeId as Types.ObjectId }] : []));
  if (newOnes.length) {
    const docs = newOnes.map((v) => ({ _id: new Types.ObjectId(), ...v.fields }));
    const failed = new Set<number>();
    try {
      await deps.Enterprise.insertMany(docs, { ordered: false });
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      for (const w of (err as { writeErrors?: { index: number }[] }).writeErrors ?? []) failed.add(w.index);
    }
    newOnes.forEach((v, n) => {
      if (failed.has(n)) {
        reports.push({ row: v.row, status: 'rejected', field: C.creditCode.header, reason: '记录已存在（可能被同时导入），请重新导入以更新' });
        return;
      }
      reports.push({ row: v.row, status: 'created', id: String(docs[n]._id) });
      changes.push({ officeId: v.fields.officeId, id: docs[n]._id, before: null, after: docs[n], action: 'enterprise.import_create' });
      kept.push({ row: v, enterpriseId: docs[n]._id, officeId: v.fields.officeId });
    });
  }

  // Contacts: existing ones (same enterprise and phone) are updated in place, new ones get codes.
  // Moved enterprises take their contacts along first, so the comparison below sees the new office.
  await moveContactsWith(deps, actor, movedEnterprises);
  const withContact = kept.filter((k) => k.row.contact);
  const existingContacts = await deps.Contact.find({ enterpriseId: { $in: withContact.map((k) => k.enterpriseId) } }).lean();
  const contactKey = (enterpriseId: Types.ObjectId, p: string) => `${String(enterpriseId)}:${p}`;
  const contactByKey = new Map(existingContacts.map((c) => [contactKey(c.enterpriseId, c.phone), c]));
  const contactUpdates: { updateOne: { filter: { _id: Types.ObjectId }; update: { $set: Record<string, unknown> } } }[] = [];
  const contactInserts: { row: number; doc: Record<string, unknown> & { _id: Types.ObjectId; officeId: Types.ObjectId } }[] = [];
  for (const k of withContact) {
    const c = k.row.contact!;
    const found = contactByKey.get(contactKey(k.enterpriseId, c.phone));
    if (found) {
      if (found.name !== c.name || found.role !== c.role || String(found.officeId) !== String(k.officeId)) {
        contactUpdates.push({ updateOne: { filter: { _id: found._id }, update: { $set: { name: c.name, role: c.role, officeId: k.officeId } } } });
        changes.push({ officeId: k.officeId, id: found._id, before: found, after: { ...found, ...c, officeId: k.officeId }, action: 'contact.import_update' });
      }
    } else {
      contactInserts.push({ row: k.row.row, doc: { _id: new Types.ObjectId(), enterpriseId: k.enterpriseId, officeId: k.officeId, ...c } });
    }
  }
  await bulkWriteInBatches(deps.Contact, contactUpdates);
  const contactReports: RowReport[] = [];
  const insertedContacts = await insertNew(deps, 'contact', contactInserts, C.contactPhone.header, contactReports);
  // The enterprise row already has its status; a contact that could not be added is reported beside it.
  reports.push(...contactReports.filter((r) => r.status === 'rejected'));
  for (const d of insertedContacts) changes.push({ officeId: d.officeId, id: d._id, before: null, after: d, action: 'contact.import_create' });
  await auditImport(deps, actor, changes);
  return summarize(reports.sort((a, b) => a.row - b.row));
}
