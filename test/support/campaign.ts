import { Types } from 'mongoose';
import request from 'supertest';
import { signToken } from '../../src/auth/tokens';
import { STAGE_KEYS, type StageKey } from '../../src/campaigns/kinds';
import type { Campaign } from '../../src/campaigns/model';
import { createContact, createEnterprise } from '../../src/people/service';
import type { DeliveryBatch, DeliveryResult } from '../../src/reminders/deliver';
import { seedAdminWorld } from './admin';
import type { TestContext } from './context';
import { creditCodeCheckChar } from './admin';
import { peopleDepsFor } from './people';

export const DAY = 24 * 3600_000;
const actor = { id: new Types.ObjectId(), name: 'test' };
let serial = 0;

export function creditCode(n: number): string {
  const body = `91330203MA${String(n).padStart(7, '0')}`;
  return body + creditCodeCheckChar(body)!;
}

/** Deadlines `gapDays` apart from `first`, stage by stage (at 17:00 Asia/Shanghai when first is). */
export function stagesFrom(first: Date, gapDays = 10): { key: StageKey; deadline: Date }[] {
  return STAGE_KEYS.map((key, i) => ({ key, deadline: new Date(first.getTime() + i * gapDays * DAY) }));
}

/**
 * The demo office tree and staff (seedAdminWorld), plus helpers to add enterprises with contacts
 * bound in the mini-program and/or in chat, and a campaign run by the city.
 */
export async function campaignWorld(ctx: TestContext) {
  const world = await seedAdminWorld(ctx);
  const { areas } = ctx;
  const cityScope = await areas.offices.scopeOf(world.offices.city._id);

  async function campaign(stages: { key: StageKey; deadline: Date }[], extra: Partial<{ name: string; opensAt: Date; offsets: { daysBefore: number[]; onTheDayAt: string | null } }> = {}): Promise<Campaign> {
    return areas.campaigns.calendar.create(actor, cityScope, { name: extra.name ?? '2026年度和谐企业创建', year: 2026, opensAt: extra.opensAt ?? new Date(stages[0].deadline.getTime() - 60 * DAY), stages, ...(extra.offsets ? { offsets: extra.offsets } : {}) });
  }

  /** An enterprise under `officeId` with contacts; each contact bound as asked ('mp', 'bot', both or none). */
  async function enterprise(officeId: Types.ObjectId, contacts: { name: string; role?: string; bind?: ('mp' | 'bot')[] }[] = [{ name: '张经理', bind: ['bot'] }], name?: string) {
    const n = ++serial;
    const created = await createEnterprise(peopleDepsFor(ctx), actor, { name: name ?? `宁波测试企业${n}有限公司`, creditCode: creditCode(n), officeId: String(officeId), industry: '制造业', hasUnion: true, level: 'none', stars: 0 });
    const ent = created;
    const people = [];
    for (const [k, c] of contacts.entries()) {
      const contact = await createContact(peopleDepsFor(ctx), actor, ent, { name: c.name, phone: `139${String(n).padStart(4, '0')}${String(k).padStart(4, '0')}`, role: c.role ?? '' });
      const ids: { openid?: string; botId?: string } = {};
      let code = contact.bindCode;
      for (const kind of c.bind ?? []) {
        const id = `${kind}-${String(contact._id)}`;
        await areas.binding.bindWithCode(code, kind === 'mp' ? { kind: 'mp', id } : { kind: 'bot', id, displayName: c.name });
        if (kind === 'mp') ids.openid = id;
        else ids.botId = id;
        // A code binds once; a second identity needs a fresh one.
        code = await areas.binding.reissueCode('contact', contact._id);
      }
      people.push({ contact, ...ids });
    }
    return { enterprise: ent, contacts: people };
  }

  async function apply(c: Campaign, ent: { _id: Types.ObjectId; officeId: Types.ObjectId }) {
    return (await areas.campaigns.applications.apply(c, ent, { kind: 'staff', actor })).application;
  }

  async function markDone(c: Campaign, applicationId: Types.ObjectId, stage: StageKey) {
    const app = (await areas.campaigns.applications.byId(applicationId))!;
    await areas.campaigns.applications.markDone(app, c, stage, { kind: 'staff', actor });
  }

  /** Takes every waiting delivery batch off the real queue and delivers it with the test's clock; returns what each did. */
  async function drain(): Promise<{ job: DeliveryBatch; result: DeliveryResult }[]> {
    const out = [];
    for (;;) {
      const jobs = await ctx.queues.reminderDeliveries.getJobs(['waiting', 'prioritized', 'delayed'], 0, 200);
      if (!jobs.length) return out;
      for (const job of jobs) {
        const result = await areas.reminders.deliver(job.data);
        await job.remove();
        out.push({ job: job.data, result });
      }
    }
  }

  /** Bot messages queued to one chat contact, in order. */
  async function chatTo(botId: string): Promise<string[]> {
    const jobs = await ctx.queues.botOutbox.getJobs(['waiting', 'delayed', 'completed', 'active', 'prioritized'], 0, 1000);
    return jobs.filter((j) => j.data.to.id === botId).sort((a, b) => a.timestamp - b.timestamp || (a.data.key < b.data.key ? -1 : 1)).map((j) => j.data.text);
  }

  const sentOutcomes = () => ctx.models.ReminderOutcome.find({ outcome: 'sent' }).lean();

  const mpClient = (openid: string) => {
    const auth = { Authorization: `Bearer ${signToken({ sub: openid, kind: 'mp' }, ctx.config.AUTH_SECRET, 3600, ctx.clock.now())}` };
    const http = () => request(ctx.app().app.callback());
    return { get: (url: string) => http().get(url).set(auth), post: (url: string, body?: object) => http().post(url).set(auth).send(body) };
  };

  return { ...world, cityScope, actor, campaign, enterprise, apply, markDone, drain, chatTo, sentOutcomes, mpClient };
}

export type CampaignWorld = Awaited<ReturnType<typeof campaignWorld>>;
