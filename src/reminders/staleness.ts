import { Types } from 'mongoose';
import type { Applications } from '../campaigns/applications';
import type { Calendar } from '../campaigns/calendar';
import type { StageKey } from '../campaigns/kinds';
import type { Campaign } from '../campaigns/model';
import type { Deadlines } from '../campaigns/schedule';
import type { PlannedItem } from './planned';

export interface StalenessDeps {
  calendar: Pick<Calendar, 'byId' | 'overrides' | 'deadlinesFor'>;
  applications: Pick<Applications, 'ofOffice'>;
  /** Whether an instructor still takes study nudges. */
  nudgesOn: () => Promise<(instructorId: string) => boolean>;
}

/**
 * Whether planned reminders should still go, checked against MongoDB when they go, with the reads
 * shared by one delivery batch: each campaign, its overrides and each office's applications and
 * steps are read once (equalities: pushed down on FerretDB), however many reminders ask.
 */
export function createStaleness(deps: StalenessDeps) {
  return function forBatch() {
    const campaigns = new Map<string, Promise<Campaign | null>>();
    const overrides = new Map<string, Promise<Map<string, Partial<Deadlines>>>>();
    const deadlines = new Map<string, Promise<Deadlines>>();
    const offices = new Map<string, Promise<{ steps: Map<string, Map<string, Date>>; applied: Map<string, string> }>>();
    let nudges: Promise<(id: string) => boolean> | undefined;

    const memo = <T>(map: Map<string, Promise<T>>, key: string, load: () => Promise<T>) => {
      let v = map.get(key);
      if (!v) map.set(key, (v = load()));
      return v;
    };
    const campaign = (id: string) => memo(campaigns, id, () => deps.calendar.byId(id));
    const deadlinesOf = (c: Campaign, officeId: string) =>
      memo(deadlines, `${String(c._id)}:${officeId}`, async () => deps.calendar.deadlinesFor(c, new Types.ObjectId(officeId), await memo(overrides, String(c._id), () => deps.calendar.overrides(c))));
    const officeState = (campaignId: Types.ObjectId, officeId: string) =>
      memo(offices, `${String(campaignId)}:${officeId}`, async () => {
        const apps = await deps.applications.ofOffice(campaignId, new Types.ObjectId(officeId));
        return { steps: new Map(apps.map((a) => [String(a.application._id), a.steps])), applied: new Map(apps.map((a) => [String(a.application.enterpriseId), String(a.application._id)])) };
      });

    return {
      campaign,
      /** Why the item should no longer go, or null when it should. */
      async reason(item: PlannedItem, now: Date): Promise<string | null> {
        if (item.kind === 'nudge') return (await (nudges ??= deps.nudgesOn()))(item.instructorId ?? '') ? null : 'unsubscribed';
        const c = item.campaignId ? await campaign(item.campaignId) : null;
        if (!c || c.closed) return 'campaign_closed';
        const stage = item.stage as StageKey;
        const state = await officeState(c._id, item.officeId);
        const appId = item.applicationId ?? (item.enterpriseId ? state.applied.get(item.enterpriseId) : undefined);
        if (appId) {
          const steps = state.steps.get(appId) ?? new Map<string, Date>();
          if (steps.has('withdrawn')) return 'withdrawn';
          if (steps.has(stage)) return 'stage_done';
        } else if (stage !== 'apply') return 'no_application';
        const d = await deadlinesOf(c, item.officeId);
        if (!item.deadline || d[stage].getTime() !== new Date(item.deadline).getTime()) return 'deadline_changed';
        if (item.kind === 'deadline' && d[stage].getTime() <= now.getTime()) return 'deadline_passed';
        return null;
      },
    };
  };
}

export type Staleness = ReturnType<typeof createStaleness>;
