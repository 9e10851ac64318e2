import { Types } from 'mongoose';
import type { Models } from '../models';
import { systemClock } from '../clock';
import { issueBindCode, reissueBindCode } from '../binding/service';
import { seedCsrCourse } from './csr-course';
import type { OfficeLevel } from '../offices/model';
import { createOffice, findOfficeByCode } from '../offices/service';
import type { Office } from '../offices/model';
import { createStaff } from '../staff/service';
import type { StaffRole } from '../staff/model';

/** The programme's city (Ningbo, from the seed notice) with a few districts and towns. */
const OFFICES: { code: string; name: string; level: OfficeLevel; parent?: string }[] = [
  { code: 'NB', name: '宁波市和谐企业创建工作领导小组办公室', level: 'city' },
  { code: 'NB-HS', name: '海曙区和创办', level: 'district', parent: 'NB' },
  { code: 'NB-JB', name: '江北区和创办', level: 'district', parent: 'NB' },
  { code: 'NB-YZ', name: '鄞州区和创办', level: 'district', parent: 'NB' },
  { code: 'NB-HS-NM', name: '南门街道', level: 'town', parent: 'NB-HS' },
  { code: 'NB-HS-GL', name: '鼓楼街道', level: 'town', parent: 'NB-HS' },
  { code: 'NB-YZ-ZGM', name: '钟公庙街道', level: 'town', parent: 'NB-YZ' },
  { code: 'NB-YZ-HPK', name: '鄞州经济开发区', level: 'park', parent: 'NB-YZ' },
];

export const DEMO_PASSWORD = 'demo-password-2026';
const STAFF: { username: string; name: string; role: StaffRole; office: string }[] = [
  { username: 'city-admin', name: '市和创办管理员', role: 'admin', office: 'NB' },
  { username: 'haishu-admin', name: '海曙区管理员', role: 'admin', office: 'NB-HS' },
  { username: 'haishu-editor', name: '海曙区编辑', role: 'editor', office: 'NB-HS' },
  { username: 'yinzhou-viewer', name: '鄞州区查看员', role: 'viewer', office: 'NB-YZ' },
];

/** Idempotent: running it twice leaves the same data. Tests that need only the office tree skip the course. */
export async function seedDemo(models: Models, options: { course?: boolean } = {}): Promise<{ offices: number; staff: typeof STAFF; sampleCode: string }> {
  const byCode = new Map<string, Office>();
  for (const spec of OFFICES) {
    const existing = await findOfficeByCode(models.Office, spec.code);
    const parent = spec.parent ? byCode.get(spec.parent)! : null;
    byCode.set(spec.code, existing ?? (await createOffice(models.Office, { code: spec.code, name: spec.name, level: spec.level, parent })));
  }
  for (const s of STAFF) {
    if (await models.Staff.exists({ username: s.username })) continue;
    await createStaff(models.Staff, { username: s.username, name: s.name, role: s.role, officeId: byCode.get(s.office)!._id, password: DEMO_PASSWORD });
  }
  if (options.course ?? true) await seedCsrCourse(models, byCode.get('NB')!._id);
  const sampleCode = await seedSampleInstructor(models, byCode.get('NB-HS')!);
  return { offices: OFFICES.length, staff: STAFF, sampleCode };
}

/** One instructor whose code is fresh on every demo start, so the demo chat can bind with it. */
async function seedSampleInstructor(models: Models, office: Office): Promise<string> {
  const existing = await models.Instructor.findOne({ phone: '13800000001' }).lean();
  if (!existing) {
    const _id = new Types.ObjectId();
    const bindCode = await issueBindCode({ BindCode: models.BindCode, clock: systemClock }, 'instructor', _id);
    await models.Instructor.create({ _id, name: '王晓燕', phone: '13800000001', employer: '宁波海曙示范企业有限公司', officeId: office._id, cohort: '2026年第一期', bindCode });
    return bindCode;
  }
  const code = await reissueBindCode({ BindCode: models.BindCode, clock: systemClock }, 'instructor', existing._id);
  await models.Instructor.updateOne({ _id: existing._id }, { $set: { bindCode: code } });
  return code;
}
