import type { Types } from 'mongoose';
import { STAGE_KEYS, type StageKey } from '../campaigns/kinds';
import type { EnterprisePlan } from './city-people';
import { rngFor, seededObjectId } from './city-random';

/**
 * The city's evaluation round for `seed:city`: one campaign run by 宁波 with its six deadlines, two
 * districts with an earlier self-assessment deadline of their own, and an application from every
 * enterprise, spread over the stages. One contact of most enterprises is bound (in the
 * mini-program, some in chat), so reminders have someone to reach. Deterministic, like the rest.
 */

export const CITY_CAMPAIGN_NAME = '2026年度宁波市和谐企业创建暨企业社会责任评价';
const at = (iso: string) => new Date(iso);
/** Deadlines at 17:00 Asia/Shanghai. */
export const CITY_CAMPAIGN_DEADLINES: Record<StageKey, Date> = {
  apply: at('2026-10-30T09:00:00Z'),
  self_check: at('2026-12-11T09:00:00Z'),
  review: at('2027-01-15T09:00:00Z'),
  evaluation: at('2027-03-12T09:00:00Z'),
  notice: at('2027-04-09T09:00:00Z'),
  naming: at('2027-04-30T09:00:00Z'),
};
/** Districts (by code) whose self-assessment closes earlier for their subtree. */
export const CITY_OVERRIDES: { district: string; selfCheck: Date }[] = [
  { district: 'NB-HS', selfCheck: at('2026-12-04T09:00:00Z') },
  { district: 'NB-YZ', selfCheck: at('2026-12-08T09:00:00Z') },
];
const OPENS = at('2026-09-01T01:00:00Z');
const APPLIED_FROM = at('2026-09-05T02:00:00Z');

/** How far each application has got: the share of enterprises whose last done stage is this one. */
const REACHED: readonly (readonly [StageKey | 'withdrawn', number])[] = [
  ['apply', 55],
  ['self_check', 30],
  ['review', 10],
  ['evaluation', 3],
  ['withdrawn', 2],
];

export const cityContactOpenId = (n: number) => `city-contact-openid-${n}`;
export const cityContactBotId = (n: number) => `city-contact-wxid-${n}`;

export interface CampaignPlan {
  campaign: object & { _id: Types.ObjectId };
  overrides: (object & { _id: string })[];
  applications: { _id: Types.ObjectId; [field: string]: unknown }[];
  steps: { _id: string; [field: string]: unknown }[];
  /** First contact of 80% of enterprises: 90% in the mini-program, 10% in chat. */
  bindings: { contactId: Types.ObjectId; officeId: Types.ObjectId; kind: 'mp' | 'bot'; identityId: string; n: number }[];
}

export function planCityCampaign(enterprises: readonly EnterprisePlan[], officeId: (code: string) => Types.ObjectId, cityId: Types.ObjectId): CampaignPlan {
  const campaignId = seededObjectId('campaign:2026', OPENS);
  const campaign = {
    _id: campaignId,
    name: CITY_CAMPAIGN_NAME,
    year: 2026,
    officeId: cityId,
    opensAt: OPENS,
    stages: STAGE_KEYS.map((key) => ({ key, deadline: CITY_CAMPAIGN_DEADLINES[key] })),
    offsets: { daysBefore: [7, 3, 1], onTheDayAt: '09:00' },
    scheduleVersion: 1,
    closed: false,
    createdAt: OPENS,
    updatedAt: OPENS,
  };
  const overrides = CITY_OVERRIDES.map((o) => ({ _id: `${String(campaignId)}:${String(officeId(o.district))}`, campaignId, officeId: officeId(o.district), stages: [{ key: 'self_check', deadline: o.selfCheck }], createdAt: OPENS, updatedAt: OPENS }));
  const applications: CampaignPlan['applications'] = [];
  const steps: CampaignPlan['steps'] = [];
  const bindings: CampaignPlan['bindings'] = [];
  for (const e of enterprises) {
    const rng = rngFor(`campaign-application:${e.n}`);
    const appliedAt = new Date(APPLIED_FROM.getTime() + rng.int(0, 50) * 24 * 3600_000 + rng.int(0, 8 * 3600) * 1000);
    const office = officeId(e.officeCode);
    const _id = seededObjectId(`application:${e.n}`, appliedAt);
    const by = { kind: 'staff', id: 'seed:city', name: '城市样本' };
    applications.push({ _id, campaignId, enterpriseId: e._id, officeId: office, appliedAt, appliedBy: by });
    const reached = rng.weighted(REACHED);
    const done = reached === 'withdrawn' ? ['apply'] : STAGE_KEYS.slice(0, STAGE_KEYS.indexOf(reached) + 1);
    if (reached === 'withdrawn') done.push('withdrawn' as never);
    done.forEach((step, k) => steps.push({ _id: `${String(_id)}:${step}`, applicationId: _id, campaignId, officeId: office, step, at: new Date(appliedAt.getTime() + k * 9 * 24 * 3600_000), by }));
    const contact = e.contacts[0];
    if (contact && rng.chance(0.8)) {
      const kind = rng.chance(0.9) ? 'mp' : 'bot';
      bindings.push({ contactId: contact._id, officeId: office, kind, identityId: kind === 'mp' ? cityContactOpenId(e.n) : cityContactBotId(e.n), n: e.n });
    }
  }
  return { campaign, overrides, applications, steps, bindings };
}
