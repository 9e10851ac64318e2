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
