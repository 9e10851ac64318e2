import { Types } from 'mongoose';
import type { Actor, Audit } from '../audit/use-cases';
import { Forbidden, NotFound } from '../errors';
import type { Offices } from '../offices/use-cases';
import type { Scope } from '../scope';
import { DEFAULT_OFFSETS, STAGE_KEYS, type ReminderOffsets, type StageKey } from './kinds';
import type { Campaign, CampaignModel, CampaignOverrideModel } from './model';
import { checkCityStages, checkOverride, deadlinesOf, effectiveDeadlines, type Deadlines } from './schedule';

/** Campaigns and their calendars: the city's deadlines and each district's own, every edit audited. */

export interface CalendarDeps {
  Campaign: CampaignModel;
  CampaignOverride: CampaignOverrideModel;
  offices: Offices;
  audit: Audit;
  /** A deadline changed: the reminder scan should look again at once. */
  onScheduleChanged: (campaignId: Types.ObjectId) => Promise<void>;
}

export interface CampaignInput {
  name: string;
  year: number;
  opensAt: Date;
  stages: { key: StageKey; deadline: Date }[];
  offsets?: ReminderOffsets;
}

export interface CampaignView {
  id: string;
  name: string;
  year: number;
  officeId: string;
  opensAt: string;
  stages: { key: StageKey; deadline: string }[];
  offsets: ReminderOffsets;
  closed: boolean;
}

export const toCampaignView = (c: Campaign): CampaignView => ({
  id: String(c._id),
  name: c.name,
  year: c.year,
  officeId: String(c.officeId),
  opensAt: c.opensAt.toISOString(),
  stages: c.stages.map((s) => ({ key: s.key as StageKey, deadline: s.deadline.toISOString() })),
  offsets: offsetsOf(c),
  closed: c.closed,
});

export const offsetsOf = (c: Pick<Campaign, 'offsets'>): ReminderOffsets => ({
  daysBefore: c.offsets?.daysBefore?.length ? [...c.offsets.daysBefore] : DEFAULT_OFFSETS.daysBefore,
  onTheDayAt: c.offsets?.onTheDayAt === undefined || c.offsets.onTheDayAt === null ? DEFAULT_OFFSETS.onTheDayAt : c.offsets.onTheDayAt || null,
});

/** Stored with '' for "no reminder on the day" (null would read back as the default). */
const storedOffsets = (o: ReminderOffsets) => ({ daysBefore: o.daysBefore, onTheDayAt: o.onTheDayAt ?? '' });

const sortStages = (stages: { key: StageKey; deadline: Date }[]) => [...stages].sort((a, b) => STAGE_KEYS.indexOf(a.key) - STAGE_KEYS.indexOf(b.key));
const overrideId = (campaignId: Types.ObjectId | string, officeId: Types.ObjectId | string) => `${String(campaignId)}:${String(officeId)}`;

export function createCalendar(deps: CalendarDeps) {
  const { Campaign, CampaignOverride, offices, audit } = deps;

  /** A city office's staff run campaigns; a district's staff set their subtree's own deadlines. */
  async function rootLevel(scope: Scope) {
    return (await offices.getInScope(scope, String(scope.rootId))).level;
  }

  async function overridesOf(campaignId: Types.ObjectId): Promise<Map<string, Partial<Deadlines>>> {
    const rows = await CampaignOverride.find({ campaignId }).lean();
    return new Map(rows.map((o) => [String(o.officeId), deadlinesOf(o.stages)]));
  }

  /** The office and its ancestors, nearest first (the nearest override wins). */
  async function chainOf(officeId: Types.ObjectId): Promise<string[]> {
    const [self, ...ancestorsRootFirst] = await offices.withAncestors(officeId);
    return [String(self), ...ancestorsRootFirst.reverse().map(String)];
  }

  const calendar = {
    async create(actor: Actor, scope: Scope, input: CampaignInput): Promise<Campaign> {
      if ((await rootLevel(scope)) !== 'city') throw new Forbidden('Only the city office creates a campaign');
      checkCityStages(input.stages);
      const created = (await Campaign.create({ ...input, stages: sortStages(input.stages), officeId: scope.rootId, offsets: storedOffsets(input.offsets ?? DEFAULT_OFFSETS) })).toObject() as Campaign;
      await audit.record(actor, { officeId: scope.rootId, action: 'campaign.create', entity: 'campaign', entityId: String(created._id), after: toCampaignView(created) });
      return created;
    },

    /** Campaigns that reach this scope: run by an office in it, or by an office above it. */
    async list(scope: Scope): Promise<Campaign[]> {
      const above = new Set((await offices.withAncestors(scope.rootId)).map(String));
      const all = (await Campaign.find({}).sort({ year: -1, _id: -1 }).lean()) as Campaign[];
      return all.filter((c) => scope.has(c.officeId) || above.has(String(c.officeId)));
    },

    async get(scope: Scope, id: string): Promise<Campaign> {
      const found = Types.ObjectId.isValid(id) ? ((await Campaign.findById(id).lean()) as Campaign | null) : null;
      if (!found) throw new NotFound('Campaign not found');
      const above = new Set((await offices.withAncestors(scope.rootId)).map(String));
      if (!scope.has(found.officeId) && !above.has(String(found.officeId))) throw new NotFound('Campaign not found');
      return found;
    },

    async byId(id: Types.ObjectId | string): Promise<Campaign | null> {
      return (await Campaign.findById(id).lean()) as Campaign | null;
    },

    /** Campaigns still running, for the reminder scan. */
    async open(): Promise<Campaign[]> {
      return (await Campaign.find({ closed: false }).lean()) as Campaign[];
    },

    /** Name, dates, offsets or closing: the city's staff only. A deadline change is audited with before and after. */
    async update(actor: Actor, scope: Scope, before: Campaign, changes: Partial<CampaignInput> & { closed?: boolean }): Promise<Campaign> {
      if (!scope.has(before.officeId)) throw new Forbidden('Only the office that runs this campaign may change it');
      const stages = changes.stages ? mergeStages(before, changes.stages) : undefined;
      if (stages) checkCityStages(stages);
      const set = { ...changes, ...(stages ? { stages } : {}), ...(changes.offsets ? { offsets: storedOffsets(changes.offsets) } : {}) };
      const after = (await Campaign.findByIdAndUpdate(before._id, { $set: set, $inc: { scheduleVersion: 1 } }, { returnDocument: 'after' }).lean()) as Campaign;
      await audit.record(actor, { officeId: before.officeId, action: 'campaign.update', entity: 'campaign', entityId: String(before._id), before: toCampaignView(before), after: toCampaignView(after) });
      await deps.onScheduleChanged(before._id);
      return after;
    },

    /**
     * A district's own deadlines for its subtree, each inside the city's window for that stage
     * (400 `outside_city_window` with the allowed range). An empty list removes the override.
     */
    async setOverride(actor: Actor, scope: Scope, campaign: Campaign, officeId: string, stages: { key: StageKey; deadline: Date }[]) {
      await offices.getInScope(scope, officeId);
      if (String(campaign.officeId) === officeId) throw new Forbidden('The city sets its own deadlines on the campaign itself');
      const city = checkCityStages(campaign.stages as { key: StageKey; deadline: Date }[]);
      const chain = await chainOf(new Types.ObjectId(officeId));
      const all = await overridesOf(campaign._id);
      all.delete(officeId);
      checkOverride(city, campaign.opensAt, stages, effectiveDeadlines(city, chain.slice(1), all));
      const _id = overrideId(campaign._id, officeId);
      const before = await CampaignOverride.findById(_id).lean();
      await CampaignOverride.updateOne({ _id }, { $set: { campaignId: campaign._id, officeId: new Types.ObjectId(officeId), stages: sortStages(stages) } }, { upsert: true });
      const view = (rows: { key: string; deadline: Date }[] | undefined) => (rows ? rows.map((s) => ({ key: s.key, deadline: s.deadline.toISOString() })) : null);
      await audit.record(actor, {
        officeId: new Types.ObjectId(officeId),
        action: 'campaign.override',
        entity: 'campaign',
        entityId: String(campaign._id),
        before: { officeId, stages: view(before?.stages) },
        after: { officeId, stages: view(sortStages(stages)) },
      });
      await deps.onScheduleChanged(campaign._id);
      return calendar.deadlinesFor(campaign, new Types.ObjectId(officeId));
    },

    async overrides(campaign: Campaign) {
      return overridesOf(campaign._id);
    },

    /** The deadlines that apply to an office's enterprises. */
    async deadlinesFor(campaign: Campaign, officeId: Types.ObjectId, known?: Map<string, Partial<Deadlines>>): Promise<Deadlines> {
      const city = deadlinesOf(campaign.stages) as Deadlines;
      return effectiveDeadlines(city, await chainOf(officeId), known ?? (await overridesOf(campaign._id)));
    },
  };
  return calendar;
}

function mergeStages(before: Campaign, changed: { key: StageKey; deadline: Date }[]) {
  const byKey = new Map(before.stages.map((s) => [s.key as StageKey, s.deadline]));
  for (const s of changed) byKey.set(s.key, s.deadline);
  return sortStages([...byKey].map(([key, deadline]) => ({ key, deadline })));
}

export type Calendar = ReturnType<typeof createCalendar>;
