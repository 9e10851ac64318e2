import { Types } from 'mongoose';
import { issueBindCode } from '../binding/service';
import { systemClock } from '../clock';
import { isDuplicateKey } from '../db/mongo';
import type { Models } from '../models';

/**
 * Two mini-program users bound from the start, so the mini-program can be tried in DevTools
 * through the development login (WECHAT_APPID unset): the code `demo-learner` signs in as the
 * sample instructor and `demo-contact` as the sample enterprise's contact. Any other code is a new
 * user who binds with a code the office issues. Safe to run on every demo start.
 */
export const DEMO_MP_USERS = [
  { openid: 'demo-learner', personType: 'instructor' as const, phone: '13800000001', who: '王晓燕 (学员)' },
  { openid: 'demo-contact', personType: 'contact' as const, phone: '13800000002', who: '陈晓明 (企业联系人)' },
];

export async function seedDemoMiniProgramUsers(models: Models): Promise<typeof DEMO_MP_USERS> {
  for (const user of DEMO_MP_USERS) {
    const person =
      user.personType === 'instructor'
        ? await models.Instructor.findOne({ phone: user.phone }, { officeId: 1 }).lean()
        : await models.Contact.findOne({ phone: user.phone }, { officeId: 1 }).lean();
    if (!person) continue;
    try {
      await models.Binding.create({ personType: user.personType, personId: person._id, officeId: person.officeId, kind: 'mp', identityId: user.openid, code: 'demo-seed', boundAt: new Date() });
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
    }
  }
  return DEMO_MP_USERS;
}

/** A sample instructor who finished the course, so the demo has a certificate poster to look at. */
export const DEMO_CERTIFICATE_CODE = 'DEMOPOSTER';

export async function seedDemoCertificate(models: Models): Promise<string> {
  const office = await models.Office.findOne({ code: 'NB-HS' }, { _id: 1 }).lean();
  const course = await models.Course.findOne({}, { _id: 1, title: 1 }).sort({ _id: 1 }).lean();
  if (!office || !course) return DEMO_CERTIFICATE_CODE;
  let holder = await models.Instructor.findOne({ phone: '13800000009' }, { _id: 1 }).lean();
  if (!holder) {
    const _id = new Types.ObjectId();
    const bindCode = await issueBindCode({ BindCode: models.BindCode, clock: systemClock }, 'instructor', _id);
    holder = await models.Instructor.create({ _id, name: '张丽华', phone: '13800000009', employer: '宁波南门精密机械有限公司', officeId: office._id, cohort: '2026年第一期', bindCode });
  }
  try {
    await models.Certificate.create({ learnerId: holder._id, courseId: course._id, officeId: office._id, number: 'CSR-2026-900001', code: DEMO_CERTIFICATE_CODE, learnerName: '张丽华', courseTitle: course.title, issuedAt: new Date('2026-11-20T06:30:00Z') });
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
  }
  return DEMO_CERTIFICATE_CODE;
}
