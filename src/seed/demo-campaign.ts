import { Types } from 'mongoose';
import type { Models } from '../models';
import { systemClock, type Clock } from '../clock';
import { issueBindCode, reissueBindCode } from '../binding/service';
import { creditCodeCheckChar } from '../people/credit-code';
import { STAGE_KEYS } from '../campaigns/kinds';
import { localParts, zonedDate } from '../zoned-time';

const DAY = 24 * 3600_000;
export const DEMO_CAMPAIGN_NAME = '2026年度和谐企业创建（演示批次）';
export const SAMPLE_ENTERPRISE = '宁波海曙示范企业有限公司';

const creditCode = (n: number) => {
  const body = `91330203MA2D${String(n).padStart(5, '0')}`;
  return body + creditCodeCheckChar(body)!;
};

/** 17:00 local on the day `days` from `at` (the programme's deadlines fall at the end of a working day). */
function fivePm(at: Date, days: number, timeZone: string): Date {
  const p = localParts(new Date(at.getTime() + days * DAY), timeZone);
  return zonedDate({ ...p, hour: 17, minute: 0 }, timeZone);
}

/**
 * The demo's campaign, with deadlines around today on every start: applying closed five days ago,
 * the self-assessment due three days and thirty seconds from now, so its 3-day reminder comes due
 * half a minute after the demo starts. The sample enterprise has applied and not yet submitted its
 * self-assessment (a step an earlier demo recorded is cleared), and its contact gets a fresh binding
 * code, for the demo chat to bind, receive the reminder and answer 已提交. Idempotent.
 */
export async function seedDemoCampaign(models: Models, timeZone: string, clock: Clock = systemClock): Promise<{ campaignId: Types.ObjectId; contactCode: string }> {
  const now = clock.now();
  const city = (await models.Office.findOne({ code: 'NB' }).lean())!;
  const town = (await models.Office.findOne({ code: 'NB-HS-NM' }).lean())!;
  const selfCheck = new Date(now.getTime() + 3 * DAY + 30_000);
  const deadlines = [fivePm(now, -5, timeZone), selfCheck, ...[10, 20, 30, 40].map((d) => fivePm(selfCheck, d, timeZone))];
  const stages = STAGE_KEYS.map((key, i) => ({ key, deadline: deadlines[i] }));
  const existing = await models.Campaign.findOne({ name: DEMO_CAMPAIGN_NAME }, { _id: 1 }).lean();
  const campaign = { _id: existing?._id ?? new Types.ObjectId() };
  if (!existing) await models.Campaign.create({ _id: campaign._id, name: DEMO_CAMPAIGN_NAME, year: 2026, officeId: city._id, opensAt: new Date(now.getTime() - 30 * DAY), stages, offsets: { daysBefore: [7, 3, 1], onTheDayAt: '09:00' } });
  else await models.Campaign.updateOne({ _id: campaign._id }, { $set: { stages, opensAt: new Date(now.getTime() - 30 * DAY), closed: false } });

  const enterprises = [
    { n: 1, name: SAMPLE_ENTERPRISE, contact: { name: '陈晓明', phone: '13800000002', role: '法定代表人' }, applied: true, selfCheckDone: false },
    { n: 2, name: '宁波南门精密机械有限公司', contact: { name: '刘芳', phone: '13800000003', role: '工会主席' }, applied: true, selfCheckDone: true },
    { n: 3, name: '宁波鼓楼文化传媒有限公司', contact: { name: '黄伟', phone: '13800000004', role: '人事经理' }, applied: false, selfCheckDone: false },
  ];
  let contactCode = '';
  for (const e of enterprises) {
    const foundEnt = await models.Enterprise.findOne({ creditCode: creditCode(e.n) }, { _id: 1 }).lean();
    const ent = { _id: foundEnt?._id ?? new Types.ObjectId(), officeId: town._id };
    if (!foundEnt) await models.Enterprise.create({ _id: ent._id, name: e.name, creditCode: creditCode(e.n), officeId: town._id, industry: '制造业', hasUnion: true, level: 'none' });
    const foundContact = await models.Contact.findOne({ enterpriseId: ent._id, phone: e.contact.phone }, { _id: 1 }).lean();
    const contact = { _id: foundContact?._id ?? new Types.ObjectId(), name: e.contact.name };
    const bindDeps = { BindCode: models.BindCode, clock };
    if (!foundContact) await models.Contact.create({ _id: contact._id, enterpriseId: ent._id, officeId: ent.officeId, ...e.contact, bindCode: await issueBindCode(bindDeps, 'contact', contact._id) });
    if (e.n === 1) {
      // The demo's mock contact is new on every start: the old binding points at nobody.
      await models.Binding.deleteMany({ personType: 'contact', personId: contact._id });
      contactCode = await reissueBindCode(bindDeps, 'contact', contact._id);
      await models.Contact.updateOne({ _id: contact._id }, { $set: { bindCode: contactCode } });
    }
    if (!e.applied) continue;
    const foundApp = await models.Application.findOne({ campaignId: campaign._id, enterpriseId: ent._id }, { _id: 1 }).lean();
    const app = { _id: foundApp?._id ?? new Types.ObjectId() };
    if (!foundApp) await models.Application.create({ _id: app._id, campaignId: campaign._id, enterpriseId: ent._id, officeId: ent.officeId, appliedAt: new Date(now.getTime() - 10 * DAY), appliedBy: { kind: 'contact', id: String(contact._id), name: contact.name } });
    const step = (s: string) => ({ _id: `${String(app._id)}:${s}`, applicationId: app._id, campaignId: campaign._id, officeId: ent.officeId, step: s, at: new Date(now.getTime() - 10 * DAY), by: { kind: 'contact', id: String(contact._id), name: contact.name } });
    await models.ApplicationStep.updateOne({ _id: step('apply')._id }, { $setOnInsert: step('apply') }, { upsert: true });
    if (e.selfCheckDone) await models.ApplicationStep.updateOne({ _id: step('self_check')._id }, { $setOnInsert: step('self_check') }, { upsert: true });
    else await models.ApplicationStep.deleteOne({ _id: step('self_check')._id });
  }
  return { campaignId: campaign._id, contactCode };
}
