import { Types } from 'mongoose';
import type { Applications } from '../campaigns/applications';
import type { Calendar } from '../campaigns/calendar';
import { offsetsOf } from '../campaigns/calendar';
import { STAGE_KEYS, type StageKey } from '../campaigns/kinds';
import type { Campaign } from '../campaigns/model';
import { deadlinesOf, effectiveDeadlines, type Deadlines } from '../campaigns/schedule';
import type { Clock } from '../clock';
import { insertNew } from '../db/mongo';
import type { Offices } from '../offices/use-cases';
import type { People } from '../people/use-cases';
import type { DigestJob } from './deliver';
import type { Handoff } from './channels/types';
import { digestsOf, plannedItem } from './planned';
import type { Directory, OpenDirectory } from './directory';
import type { ReminderModels } from './model';
import { dueOffsets } from './offsets';

/**
 * The scan: MongoDB is the truth, so every minute it works out from the campaigns' calendars which
 * reminders have come due, per office and (stage, deadline, offset). A batch is planned once (its
 * marker in reminder_batches); each reminder in it is a record with a unique key written before
 * any send, and the pairs go out as one digest per person. A duplicate scan, a missed one or two at
 * once change nothing: markers and keys are unique inserts, digests have fixed ids.
 */

export interface ScanDeps {
  clock: Clock;
  timeZone: string;
  models: ReminderModels;
  calendar: Calendar;
  applications: Applications;
  offices: Pick<Offices, 'scopeOf' | 'withAncestors'>;
  people: Pick<People, 'rosterOfOffice' | 'contactsDirectory'>;
  /** Who is bound, and how (one read per scan or sweep). */
  directory: OpenDirectory;
  /** Staff to tell when a district's enterprises are late (step 2 of escalation). */
  staffOfOffice: (officeId: Types.ObjectId) => Promise<Types.ObjectId[]>;
  escalateContactsAfterMs: number;
  escalateOfficeAfterMs: number;
  enqueue: (digests: DigestJob[]) => Promise<void>;
  /** Bot messages handed to the outbox: whether the outbox sent one (its once-only key), and handing one over again. */
  handoffs: { sent(key: string): Promise<boolean>; requeue(handoff: Handoff): Promise<void> };
}

/** A handoff older than this is past the outbox's own age limit: the outbox would drop it anyway. */
const HANDOFF_LOOKBACK_MS = 12 * 3600_000;

/** A reminder record as the sweep and the planner hand it on. */
type SweptReminder = {
  _id: string;
  kind: 'deadline' | 'escalation' | 'nudge';
  officeId: Types.ObjectId;
  campaignId?: Types.ObjectId | null;
  applicationId?: Types.ObjectId | null;
  enterpriseId?: Types.ObjectId | null;
  enterpriseName?: string | null;
  instructorId?: Types.ObjectId | null;
  stage?: string | null;
  deadline?: Date | null;
  dueAt: Date;
  plannedAt: Date;
  offset: string;
  recipients: string[];
  text?: string | null;
};

interface Candidate {
  batchId: string;
  officeId: Types.ObjectId;
  stage: StageKey;
  deadline: Date;
  offset: string;
  dueAt: Date;
  kind: 'deadline' | 'escalation';
}

export interface ScanReport {
  campaigns: number;
  batchesPlanned: number;
  batchesSkipped: number;
  reminders: number;
  digests: number;
  unreachable: number;
}

/** Legal representative first, then the union chair, then the rest in roster order. */
const roleRank = (role: string) => (/法定代表人|法人/.test(role) ? 0 : /工会主席/.test(role) ? 1 : 2);

export function createScan(deps: ScanDeps) {
  const { models, clock } = deps;

  async function chainOf(officeId: Types.ObjectId): Promise<string[]> {
    const [self, ...rootFirst] = await deps.offices.withAncestors(officeId);
    return [String(self), ...rootFirst.reverse().map(String)];
  }

  /** Everything that has come due for one campaign and is not planned yet. */
  async function candidatesOf(campaign: Campaign, now: Date, only?: Set<string>) {
    const scope = await deps.offices.scopeOf(campaign.officeId);
    const overrides = await deps.calendar.overrides(campaign);
    const city = deadlinesOf(campaign.stages) as Deadlines;
    const offsets = offsetsOf(campaign);
    const marked = new Set((await models.ReminderBatch.find({ campaignId: campaign._id }, { _id: 1 }).lean()).map((b) => b._id));
    const plan: Candidate[] = [];
    const skip: (Candidate & { reason: string })[] = [];
    const cid = String(campaign._id);
    for (const officeId of scope.officeIds) {
      if (only && !only.has(String(officeId))) continue;
      const deadlines = effectiveDeadlines(city, await chainOf(officeId), overrides);
      for (const stage of STAGE_KEYS) {
        const deadline = deadlines[stage];
        for (const due of dueOffsets(deadline, offsets, deps.timeZone, now)) {
          const c: Candidate = { batchId: `d:${cid}:${String(officeId)}:${stage}:${deadline.getTime()}:${due.offset}`, officeId, stage, deadline, offset: due.offset, dueAt: due.fireAt, kind: 'deadline' };
          if (marked.has(c.batchId)) continue;
          if (due.action === 'send') plan.push(c);
          else skip.push({ ...c, reason: due.reason });
        }
        for (const [step, after] of [[1, deps.escalateContactsAfterMs], [2, deps.escalateOfficeAfterMs]] as const) {
          const dueAt = new Date(deadline.getTime() + after);
          const batchId = `e:${cid}:${String(officeId)}:${stage}:${deadline.getTime()}:esc${step}`;
          if (dueAt.getTime() <= now.getTime() && !marked.has(batchId)) plan.push({ batchId, officeId, stage, deadline, offset: `esc${step}`, dueAt, kind: 'escalation' });
        }
      }
    }
    return { plan, skip };
  }

  /** Plans one office's batches: a reminder per enterprise whose stage is open, to its bound contacts. */
  async function planOffice(campaign: Campaign, officeId: Types.ObjectId, batches: Candidate[], bound: Set<string>, now: Date) {
    const [apps, roster] = await Promise.all([deps.applications.ofOffice(campaign._id, officeId), deps.people.rosterOfOffice(officeId)]);
    const appOf = new Map(apps.map((a) => [String(a.application.enterpriseId), a]));
    const contactsOf = new Map<string, { _id: Types.ObjectId; role: string; wecomUserId?: string | null }[]>();
    for (const c of roster.contacts) contactsOf.set(String(c.enterpriseId), [...(contactsOf.get(String(c.enterpriseId)) ?? []), c]);
    // Looked up once an office-level escalation is actually planned, not for every batch that could have one.
    let staff: Types.ObjectId[] | undefined;
    const docs = [];
    for (const b of batches) {
      for (const e of roster.enterprises) {
        const entry = appOf.get(String(e._id));
        if (b.stage !== 'apply' && !entry) continue;
        if (entry && (entry.steps.has('withdrawn') || entry.steps.has(b.stage))) continue;
        // Enterprises that never applied hear only about the application deadline, and are not escalated.
        if (!entry && b.kind === 'escalation') continue;
        const contacts = [...(contactsOf.get(String(e._id)) ?? [])].sort((x, y) => roleRank(x.role) - roleRank(y.role));
        if (b.offset === 'esc2') staff ??= await staffNear(officeId);
        const recipients = b.offset === 'esc2' ? staff!.map((s) => `staff:${String(s)}`) : contacts.filter((c) => bound.has(String(c._id)) || c.wecomUserId).map((c) => `contact:${String(c._id)}`);
        docs.push({
          _id: `${b.kind === 'deadline' ? 'd' : 'e'}:${String(campaign._id)}:${String(e._id)}:${b.stage}:${b.deadline.getTime()}:${b.offset}`,
          kind: b.kind,
          campaignId: campaign._id,
          ...(entry ? { applicationId: entry.application._id } : {}),
          enterpriseId: e._id,
          enterpriseName: e.name,
          officeId,
          stage: b.stage,
          deadline: b.deadline,
          offset: b.offset,
          dueAt: b.dueAt,
          plannedAt: now,
          recipients,
        });
      }
    }
    return docs;
  }

  /**
   * Each (reminder, recipient key) with the recipient as the directory finds them. A recipient no
   * longer there (unbound, removed) is recorded as unreachable, and the pair settled, so it is not
   * planned again.
   */
  async function pairsOf(dir: Directory, wanted: { doc: SweptReminder; recipientKey: string }[], now: Date, wecomOf: (contactId: string) => string | null | undefined = () => undefined) {
    const out = [];
    const gone = [];
    for (const { doc, recipientKey } of wanted) {
      const recipient = await dir.byKey(recipientKey, { wecomUserId: recipientKey.startsWith('contact:') ? wecomOf(recipientKey.slice(8)) : undefined });
      if (recipient) out.push({ item: plannedItem(doc), recipient });
      else gone.push({ doc, recipientKey });
    }
    if (gone.length) {
      const settled = await insertNew(models.ReminderSettled, gone.map((g) => ({ _id: `${g.doc._id}|${g.recipientKey}`, reminderId: g.doc._id, recipientKey: g.recipientKey, ...(g.doc.campaignId ? { campaignId: g.doc.campaignId } : {}), digestId: '-', at: now })));
      const mine = new Set(settled.map((x) => x._id));
      const rows = gone.filter((g) => mine.has(`${g.doc._id}|${g.recipientKey}`));
      if (rows.length) await models.ReminderOutcome.insertMany(rows.map((g) => ({ reminderId: g.doc._id, recipientKey: g.recipientKey, digestId: '-', campaignId: g.doc.campaignId, officeId: g.doc.officeId, stage: g.doc.stage, kind: g.doc.kind, outcome: 'unreachable', reason: 'recipient_gone', at: now })));
    }
    return out;
  }

  /** Bot messages handed to the outbox lately and not sent by it: handed over again (a no-op while the job is still queued). */
  async function rehandOff(now: Date, openCampaigns: Set<string>): Promise<number> {
    const rows = await models.ReminderOutcome.find({ channel: 'bot_chat', outcome: 'sent' }, { handoff: 1, at: 1, campaignId: 1 }).lean();
    const seen = new Set<string>();
    let again = 0;
    for (const row of rows) {
      const h = row.handoff as Handoff | undefined;
      if (!h || seen.has(h.key) || now.getTime() - row.at.getTime() > HANDOFF_LOOKBACK_MS) continue;
      // A closed campaign's reminders no longer matter; nudges belong to no campaign.
      if (row.campaignId && !openCampaigns.has(String(row.campaignId))) continue;
      seen.add(h.key);
      if (await deps.handoffs.sent(h.key)) continue;
      await deps.handoffs.requeue(h);
      again++;
    }
    return again;
  }

  /** The office's staff, or the nearest office above it that has some. */
  async function staffNear(officeId: Types.ObjectId): Promise<Types.ObjectId[]> {
    for (const id of await chainOf(officeId)) {
      const staff = await deps.staffOfOffice(new Types.ObjectId(id));
      if (staff.length) return staff;
    }
    return [];
  }

  return {
    /** One pass over every open campaign (or `campaignIds`). Safe to run twice, or twice at once. */
    async scan(options: { campaignIds?: string[] } = {}): Promise<ScanReport> {
      const now = clock.now();
      const report: ScanReport = { campaigns: 0, batchesPlanned: 0, batchesSkipped: 0, reminders: 0, digests: 0, unreachable: 0 };
      const campaigns = (await deps.calendar.open()).filter((c) => !options.campaignIds || options.campaignIds.includes(String(c._id)));
      const dir = deps.directory();
      let bound: Set<string> | undefined;
      for (const campaign of campaigns) {
        report.campaigns++;
        const { plan, skip } = await candidatesOf(campaign, now);
        if (skip.length) {
          const skipped = await insertNew(models.ReminderBatch, skip.map((s) => ({ _id: s.batchId, campaignId: campaign._id, officeId: s.officeId, kind: s.kind, stage: s.stage, deadline: s.deadline, offset: s.offset, dueAt: s.dueAt, result: 'skipped', reason: s.reason, reminders: 0, at: now })));
          report.batchesSkipped += skipped.length;
        }
        if (!plan.length) continue;
        bound ??= await dir.boundContacts();
        const byOffice = new Map<string, Candidate[]>();
        for (const c of plan) byOffice.set(String(c.officeId), [...(byOffice.get(String(c.officeId)) ?? []), c]);
        const docs = [];
        for (const batches of byOffice.values()) docs.push(...(await planOffice(campaign, batches[0].officeId, batches, bound, now)));
        const fresh = await insertNew(models.Reminder, docs);
        report.reminders += fresh.length;
        // A reminder nobody bound can receive still shows why it was not sent.
        const nobody = fresh.filter((d) => !d.recipients.length);
        if (nobody.length) {
          await models.ReminderOutcome.insertMany(nobody.map((d) => ({ reminderId: d._id, recipientKey: '-', digestId: '-', campaignId: d.campaignId, officeId: d.officeId, stage: d.stage, kind: d.kind, outcome: 'unreachable', reason: 'no_bound_contact', at: now })));
          report.unreachable += nobody.length;
        }
        const digests = digestsOf(await pairsOf(dir, fresh.flatMap((d) => d.recipients.map((recipientKey) => ({ doc: d, recipientKey }))), now));
        await deps.enqueue(digests);
        report.digests += digests.length;
        const counts = new Map<string, number>();
        for (const d of docs) {
          const batchId = `${d.kind === 'deadline' ? 'd' : 'e'}:${String(campaign._id)}:${String(d.officeId)}:${d.stage}:${d.deadline.getTime()}:${d.offset}`;
          counts.set(batchId, (counts.get(batchId) ?? 0) + 1);
        }
        // Markers last: a scan that dies before them is repeated by the next one, which finds the keys taken.
        const marked = await insertNew(models.ReminderBatch, plan.map((c) => ({ _id: c.batchId, campaignId: campaign._id, officeId: c.officeId, kind: c.kind, stage: c.stage, deadline: c.deadline, offset: c.offset, dueAt: c.dueAt, result: 'planned', reminders: counts.get(c.batchId) ?? 0, at: now })));
        report.batchesPlanned += marked.length;
      }
      return report;
    },

    /**
     * The sweep: whatever was planned and is still open but not settled for someone it should reach
     * goes out again as digests: a job lost with a flushed Redis, a worker killed between sends, a
     * contact who bound after the reminder was planned (they get the latest open reminder of each
     * stage). Settled pairs are never planned again, so nothing is sent twice. Bot messages whose
     * outbox job Redis lost are handed to the outbox again under their once-only key.
     */
    async sweep(): Promise<{ digests: number; pairs: number; handoffs: number }> {
      const now = clock.now();
      const pairs: { doc: SweptReminder; recipientKey: string }[] = [];
      const dir = deps.directory();
      const boundByEnterprise = new Map<string, string[]>();
      const contacts = await deps.people.contactsDirectory();
      for (const id of await dir.boundContacts()) {
        const e = contacts.get(id)?.enterpriseId;
        if (e) boundByEnterprise.set(String(e), [...(boundByEnterprise.get(String(e)) ?? []), `contact:${id}`]);
      }
      const campaignIds: (Types.ObjectId | undefined)[] = [...(await deps.calendar.open()).map((c) => c._id), undefined];
      for (const campaignId of campaignIds) {
        const reminders = campaignId
          ? ((await models.Reminder.find({ campaignId }).lean()) as SweptReminder[])
          : ((await models.Reminder.find({ kind: 'nudge' }).lean()) as SweptReminder[]);
        const open = reminders.filter((r) => (r.kind === 'nudge' ? now.getTime() - (r.plannedAt?.getTime() ?? 0) < 24 * 3600_000 : r.kind === 'escalation' || (r.deadline?.getTime() ?? 0) > now.getTime()));
        if (!open.length) continue;
        // The latest reminder of each (enterprise, stage, deadline, kind): the one a newly bound contact should get.
        const latest = new Map<string, (typeof open)[number]>();
        for (const r of open) {
          if (r.kind === 'nudge' || r.offset === 'esc2') continue;
          const k = `${String(r.enterpriseId)}:${r.stage}:${r.deadline?.getTime()}:${r.kind}`;
          if (!latest.has(k) || latest.get(k)!.dueAt.getTime() < r.dueAt.getTime()) latest.set(k, r);
        }
        const latestIds = new Set([...latest.values()].map((r) => r._id));
        const settled = new Set(
          (campaignId ? await models.ReminderSettled.find({ campaignId }, { _id: 1 }).lean() : await models.ReminderSettled.find({ campaignId: null }, { _id: 1 }).lean()).map((s) => s._id),
        );
        for (const r of open) {
          const everyone = latestIds.has(r._id) ? new Set([...r.recipients, ...(boundByEnterprise.get(String(r.enterpriseId)) ?? [])]) : new Set(r.recipients);
          for (const recipientKey of everyone) if (!settled.has(`${r._id}|${recipientKey}`)) pairs.push({ doc: r, recipientKey });
        }
      }
      const digests = digestsOf(await pairsOf(dir, pairs, now, (id) => contacts.get(id)?.wecomUserId));
      await deps.enqueue(digests);
      return { digests: digests.length, pairs: pairs.length, handoffs: await rehandOff(now, new Set(campaignIds.filter(Boolean).map(String))) };
    },
  };
}

export type Scan = ReturnType<typeof createScan>;
