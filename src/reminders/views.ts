import type { Types } from 'mongoose';
import { offsetsOf } from '../campaigns/calendar';
import type { Calendar } from '../campaigns/calendar';
import type { Applications } from '../campaigns/applications';
import { STAGE_KEYS, STAGE_NAMES, type StageKey } from '../campaigns/kinds';
import type { Campaign } from '../campaigns/model';
import { deadlinesOf, effectiveDeadlines, type Deadlines } from '../campaigns/schedule';
import type { Clock } from '../clock';
import type { Offices } from '../offices/use-cases';
import type { Scope } from '../scope';
import type { ReminderModels, Outcome } from './model';
import { fireTimes } from './offsets';

/** What staff see of a campaign's reminders and progress, within their scope. Reads only. */

export interface ReminderQuery {
  stage?: StageKey;
  outcome?: Outcome | 'pending';
  officeId?: string;
  kind?: 'deadline' | 'escalation';
  page: number;
  pageSize: number;
}

export function createReminderViews(deps: { clock: Clock; timeZone: string; models: ReminderModels; calendar: Calendar; applications: Applications; offices: Pick<Offices, 'withAncestors'> }) {
  const { models } = deps;

  async function deadlinesByOffice(campaign: Campaign, officeIds: Types.ObjectId[]) {
    const overrides = await deps.calendar.overrides(campaign);
    const city = deadlinesOf(campaign.stages) as Deadlines;
    const out = new Map<string, Deadlines>();
    for (const id of officeIds) {
      const [self, ...rootFirst] = await deps.offices.withAncestors(id);
      out.set(String(id), effectiveDeadlines(city, [String(self), ...rootFirst.reverse().map(String)], overrides));
    }
    return out;
  }

  return {
    async list(scope: Scope, campaign: Campaign, q: ReminderQuery) {
      const now = deps.clock.now();
      const officeIds = q.officeId ? scope.officeIds.filter((id) => String(id) === q.officeId) : scope.officeIds;
      const inScope = new Set(officeIds.map(String));
      const filter = q.officeId ? { campaignId: campaign._id, officeId: officeIds[0] } : { campaignId: campaign._id };
      const [reminders, outcomes, batches] = await Promise.all([
        models.Reminder.find(filter).lean(),
        models.ReminderOutcome.find(filter).lean(),
        models.ReminderBatch.find(filter).lean(),
      ]);
      const byReminder = new Map<string, typeof outcomes>();
      for (const o of outcomes) byReminder.set(o.reminderId, [...(byReminder.get(o.reminderId) ?? []), o]);
      const rows = reminders
        .filter((r) => inScope.has(String(r.officeId)) && (!q.stage || r.stage === q.stage) && (!q.kind || r.kind === q.kind))
        .map((r) => {
          const seen = (byReminder.get(r._id) ?? []).sort((a, b) => a.at.getTime() - b.at.getTime());
          return {
            id: r._id,
            kind: r.kind,
            stage: r.stage ?? null,
            stageName: r.stage ? STAGE_NAMES[r.stage as StageKey] : null,
            officeId: String(r.officeId),
            enterpriseId: r.enterpriseId ? String(r.enterpriseId) : null,
            offset: r.offset,
            deadline: r.deadline?.toISOString() ?? null,
            dueAt: r.dueAt.toISOString(),
            recipients: r.recipients.length,
            outcome: (seen.at(-1)?.outcome ?? 'pending') as Outcome | 'pending',
            outcomes: seen.map((o) => ({ recipient: o.recipientKey, channel: o.channel || null, outcome: o.outcome, errcode: o.errcode ?? null, reason: o.reason ?? null, at: o.at.toISOString() })),
          };
        })
        .filter((r) => !q.outcome || r.outcome === q.outcome || r.outcomes.some((o) => o.outcome === q.outcome))
        .sort((a, b) => b.dueAt.localeCompare(a.dueAt) || a.id.localeCompare(b.id));
      const skipped = batches
        .filter((b) => b.result === 'skipped' && inScope.has(String(b.officeId)) && (!q.stage || b.stage === q.stage))
        .map((b) => ({ officeId: String(b.officeId), stage: b.stage ?? null, offset: b.offset, deadline: b.deadline?.toISOString() ?? null, dueAt: b.dueAt.toISOString(), reason: b.reason ?? null }));
      // Upcoming: each office's next offsets still ahead, from the calendar as it stands now.
      const offsets = offsetsOf(campaign);
      const upcoming = [];
      for (const [officeId, d] of await deadlinesByOffice(campaign, officeIds)) {
        for (const stage of STAGE_KEYS) {
          if (q.stage && q.stage !== stage) continue;
          for (const f of fireTimes(d[stage], offsets, deps.timeZone)) if (f.fireAt.getTime() > now.getTime()) upcoming.push({ officeId, stage, stageName: STAGE_NAMES[stage], offset: f.offset, deadline: d[stage].toISOString(), dueAt: f.fireAt.toISOString() });
        }
      }
      upcoming.sort((a, b) => a.dueAt.localeCompare(b.dueAt));
      const start = (q.page - 1) * q.pageSize;
      return { total: rows.length, page: q.page, pageSize: q.pageSize, items: rows.slice(start, start + q.pageSize), upcoming: upcoming.slice(0, 100), skippedBatches: skipped.slice(0, 100) };
    },

    /** Per stage and office: enterprises done, open (deadline ahead) and late (deadline passed undone). */
    async stats(scope: Scope, campaign: Campaign) {
      const now = deps.clock.now();
      const deadlines = await deadlinesByOffice(campaign, scope.officeIds);
      const rows = [];
      for (const officeId of scope.officeIds) {
        const apps = await deps.applications.ofOffice(campaign._id, officeId);
        if (!apps.length) continue;
        const d = deadlines.get(String(officeId))!;
        for (const stage of STAGE_KEYS) {
          let done = 0;
          let open = 0;
          let late = 0;
          for (const a of apps) {
            if (a.steps.has('withdrawn')) continue;
            if (a.steps.has(stage)) done++;
            else if (d[stage].getTime() < now.getTime()) late++;
            else open++;
          }
          rows.push({ officeId: String(officeId), stage, stageName: STAGE_NAMES[stage], deadline: d[stage].toISOString(), done, open, late });
        }
      }
      return { items: rows };
    },
  };
}
