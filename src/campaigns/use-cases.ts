import type { Types } from 'mongoose';
import type { Audit } from '../audit/use-cases';
import type { BindingArea } from '../binding/use-cases';
import type { Clock } from '../clock';
import { NotFound } from '../errors';
import type { Offices } from '../offices/use-cases';
import type { People } from '../people/use-cases';
import { maskName } from '../privacy';
import { formatLocal } from '../zoned-time';
import { createApplications, type ApplicationView, type By } from './applications';
import { createCalendar, toCampaignView } from './calendar';
import type { ApplicationModel, ApplicationStepModel, CampaignModel, CampaignOverrideModel } from './model';

export type { By } from './applications';

/** The enterprise contact behind a WeChat identity, as the mini-program and chat routes need them. */
export interface ContactActor {
  contactId: Types.ObjectId;
  enterpriseId: Types.ObjectId;
  officeId: Types.ObjectId;
  name: string;
}

export interface CampaignsDeps {
  clock: Clock;
  timeZone: string;
  Campaign: CampaignModel;
  CampaignOverride: CampaignOverrideModel;
  Application: ApplicationModel;
  ApplicationStep: ApplicationStepModel;
  offices: Offices;
  people: Pick<People, 'contactById' | 'enterpriseById'>;
  binding: Pick<BindingArea, 'require'>;
  audit: Audit;
  onScheduleChanged: (campaignId: Types.ObjectId) => Promise<void>;
}

/** Campaigns (evaluation rounds), their calendars and the enterprises' applications. */
export function createCampaigns(deps: CampaignsDeps) {
  const calendar = createCalendar(deps);
  const applications = createApplications({ ...deps, calendar });

  async function contactActor(personId: Types.ObjectId): Promise<ContactActor> {
    const contact = await deps.people.contactById(personId);
    if (!contact) throw new NotFound('您绑定的企业联系人信息已不存在，请联系所在和创办。');
    return { contactId: contact._id, enterpriseId: contact.enterpriseId, officeId: contact.officeId, name: contact.name };
  }
  const byContact = (c: ContactActor): By => ({ kind: 'contact', contactId: c.contactId, name: c.name });

  return {
    calendar,
    applications,
    toCampaignView,
    byContact,
    async contactForOpenid(openid: string): Promise<ContactActor> {
      return contactActor((await deps.binding.require({ kind: 'mp', id: openid }, 'contact')).personId);
    },
    async contactForChat(talker: { id: string; name: string }): Promise<ContactActor> {
      return contactActor((await deps.binding.require({ kind: 'bot', id: talker.id, displayName: talker.name }, 'contact')).personId);
    },

    /** The contact's applications with stages, deadlines (district's where set), the current stage and what to do next; and the open campaigns not yet applied to. */
    async mine(contact: ContactActor) {
      const enterprise = await deps.people.enterpriseById(contact.enterpriseId);
      if (!enterprise) throw new NotFound('企业信息已不存在，请联系所在和创办。');
      const apps = await applications.ofEnterprise(enterprise._id);
      const views: ApplicationView[] = [];
      for (const app of apps) {
        const campaign = await calendar.byId(app.campaignId);
        if (campaign) views.push(await applications.view(app, campaign));
      }
      const reaching = new Set((await deps.offices.withAncestors(enterprise.officeId)).map(String));
      const applied = new Set(apps.map((a) => String(a.campaignId)));
      const canApply = [];
      for (const c of await calendar.open()) {
        if (!reaching.has(String(c.officeId)) || applied.has(String(c._id))) continue;
        const deadlines = await calendar.deadlinesFor(c, enterprise.officeId);
        if (deadlines.apply.getTime() >= deps.clock.now().getTime()) canApply.push({ campaignId: String(c._id), name: c.name, applyBy: deadlines.apply.toISOString(), applyByText: formatLocal(deadlines.apply, deps.timeZone) });
      }
      return { enterprise: { id: String(enterprise._id), name: enterprise.name }, contact: { maskedName: maskName(contact.name) }, applications: views, canApply };
    },

    /** The contact applies for their enterprise. */
    async applyAsContact(contact: ContactActor, campaignId: string) {
      const enterprise = await deps.people.enterpriseById(contact.enterpriseId);
      const campaign = await calendar.byId(campaignId);
      const reaching = enterprise ? new Set((await deps.offices.withAncestors(enterprise.officeId)).map(String)) : new Set<string>();
      if (!enterprise || !campaign || !reaching.has(String(campaign.officeId))) throw new NotFound('没有找到这一创建评价活动');
      const { application, created } = await applications.apply(campaign, enterprise, byContact(contact));
      return { created, view: await applications.view(application, campaign) };
    },

    /** The contact marks the self-assessment submitted (已提交), on the one application whose current stage it is. */
    async submitSelfCheck(contact: ContactActor, applicationId?: string) {
      const apps = await applications.ofEnterprise(contact.enterpriseId);
      const candidates = applicationId ? apps.filter((a) => String(a._id) === applicationId) : apps;
      if (!candidates.length) throw new NotFound('您的企业还没有申报，请先在小程序中提交自愿申请。');
      for (const app of candidates) {
        const campaign = await calendar.byId(app.campaignId);
        if (!campaign) continue;
        const s = await applications.standingOf(app, campaign);
        if (s.current === 'self_check' || applicationId) {
          const done = await applications.markDone(app, campaign, 'self_check', byContact(contact));
          return { recorded: done.recorded, view: await applications.view(app, campaign) };
        }
      }
      throw new NotFound('您的申报当前不在“自查自评”阶段，无需提交。发送“我的申报”查看进度。');
    },
  };
}

export type Campaigns = ReturnType<typeof createCampaigns>;
