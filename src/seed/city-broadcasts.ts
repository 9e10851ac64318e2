import type { Types } from 'mongoose';
import { CITY_DISTRICTS } from './city-offices';
import type { EnterprisePlan, InstructorPlan } from './city-people';
import type { CampaignPlan } from './city-campaign';
import { rngFor, seededObjectId } from './city-random';

/**
 * A year of broadcasts for `seed:city` (2026): each month one to the city's instructors and one to
 * a district's enterprise contacts, all sent, with a delivery per recipient (sent through the
 * channel the recipient is bound by, unreachable when not bound) and reads by about a third of
 * the mini-program users. Deterministic, like the rest of the seed.
 */

const TOPICS = ['创建评价工作动员', '自查自评材料报送提示', '检查审核安排', '第三方评价机构公示', '社会责任指导员培训开班', '和谐劳动关系典型案例', '标兵单位推荐', '通报命名结果', '企业文化建设交流', '工会组建指导', '劳动争议调解提示', '年度工作总结'];

type Doc = { _id: unknown; [field: string]: unknown };

export interface BroadcastPlan {
  broadcasts: Doc[];
  transitions: Doc[];
  published: Doc[];
  deliveries: Doc[];
  results: Doc[];
  reads: Doc[];
}

export function planCityBroadcasts(
  enterprises: readonly EnterprisePlan[],
  instructors: readonly InstructorPlan[],
  contactBindings: CampaignPlan['bindings'],
  officeId: (code: string) => Types.ObjectId,
  authors: { city: Types.ObjectId; approver: Types.ObjectId },
): BroadcastPlan {
  const plan: BroadcastPlan = { broadcasts: [], transitions: [], published: [], deliveries: [], results: [], reads: [] };
  const contactBinding = new Map(contactBindings.map((b) => [String(b.contactId), b]));
  const add = (key: string, at: Date, office: Types.ObjectId, title: string, kinds: string[], audienceOffice: Types.ObjectId, recipients: { key: string; officeId: Types.ObjectId; kind: 'mp' | 'bot' | null }[]) => {
    const _id = seededObjectId(`broadcast:${key}`, at);
    const rng = rngFor(`broadcast:${key}`);
    plan.broadcasts.push({ _id, officeId: office, authorId: authors.city, authorName: '城市样本编辑', title, summary: `${title}：请相关单位和人员及时了解。`, body: `${title}。\n\n详见附件与各区县（市）和创办通知。`, coverUrl: null, link: null, audience: { officeIds: [audienceOffice], kinds, industry: null, level: null, cohort: null, hasUnion: null }, public: true, urgent: false, scheduledAt: null, flaggedWords: [], createdAt: at, updatedAt: at });
    ['submitted', 'approved', 'sending', 'sent'].forEach((to, seq, all) =>
      plan.transitions.push({ _id: `${String(_id)}:${seq}`, broadcastId: _id, seq, from: seq ? all[seq - 1] : 'draft', to, byId: seq === 1 ? String(authors.approver) : seq === 0 ? String(authors.city) : 'system', byName: seq === 1 ? '城市样本审核' : seq === 0 ? '城市样本编辑' : '系统', reason: null, at: new Date(at.getTime() + seq * 600_000) }),
    );
    plan.published.push({ _id, officeId: office, public: true, at: new Date(at.getTime() + 1_800_000) });
    for (const r of recipients) {
      const id = `${String(_id)}|${r.key}`;
      const sentAt = new Date(at.getTime() + 1_800_000 + rng.int(0, 3600) * 1000);
      plan.deliveries.push({ _id: id, broadcastId: _id, officeId: r.officeId, recipientKey: r.key, at: sentAt });
      plan.results.push({ _id: id, broadcastId: _id, officeId: r.officeId, outcome: r.kind ? 'sent' : 'unreachable', channel: r.kind === 'mp' ? 'mp_subscribe' : r.kind === 'bot' ? 'bot_chat' : null, errcode: null, reason: r.kind ? null : 'no_channel', at: sentAt });
      if (r.kind === 'mp' && rng.chance(0.33)) plan.reads.push({ _id: `${String(_id)}|${r.key}`, broadcastId: _id, officeId: r.officeId, at: new Date(sentAt.getTime() + rng.int(60, 5 * 24 * 3600) * 1000) });
    }
  };
  const city = officeId('NB');
  for (let month = 1; month <= 12; month++) {
    const at = new Date(Date.UTC(2026, month - 1, 8, 2, 0));
    const topic = TOPICS[month - 1];
    add(`city:${month}`, at, city, `宁波市${topic}`, ['instructors'], city, instructors.map((i) => ({ key: `instructor:${String(i._id)}`, officeId: officeId(i.officeCode), kind: i.identity?.kind ?? null })));
    const district = CITY_DISTRICTS[(month - 1) % CITY_DISTRICTS.length];
    const contacts = enterprises.filter((e) => e.district === district).flatMap((e) => e.contacts.map((c) => ({ key: `contact:${String(c._id)}`, officeId: officeId(e.officeCode), kind: contactBinding.get(String(c._id))?.kind ?? null })));
    add(`district:${month}`, new Date(at.getTime() + 7 * 24 * 3600_000), officeId(district.code), `${district.name}${topic}`, ['contacts'], officeId(district.code), contacts);
  }
  return plan;
}
