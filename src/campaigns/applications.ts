import { Types } from 'mongoose';
import type { Actor, Audit } from '../audit/use-cases';
import type { Clock } from '../clock';
import { findByEach, isDuplicateKey } from '../db/mongo';
import { Conflict, Forbidden, Invalid, NotFound } from '../errors';
import type { Scope } from '../scope';
import { STAFF_STAGES, STAGE_KEYS, STAGE_NAMES, type StageKey } from './kinds';
import type { Application, ApplicationModel, ApplicationStepModel, Campaign } from './model';
import type { Calendar } from './calendar';
import { standing, type Deadlines, type Standing } from './schedule';
import { formatLocal } from '../zoned-time';

/** Enterprises' applications and what has happened to each, stage by stage. */

export type By = { kind: 'staff'; actor: Actor } | { kind: 'contact'; contactId: Types.ObjectId; name: string };

export interface ApplicationsDeps {
  clock: Clock;
  /** Deadlines are shown in the programme's time zone. */
  timeZone: string;
  Application: ApplicationModel;
  ApplicationStep: ApplicationStepModel;
  calendar: Calendar;
  audit: Audit;
}

export class StageOutOfOrder extends Conflict {
  override readonly code = 'stage_out_of_order';
}
export class ApplicationWithdrawn extends Conflict {
  override readonly code = 'application_withdrawn';
}

const byOf = (by: By) => (by.kind === 'staff' ? { kind: 'staff' as const, id: String(by.actor.id), name: by.actor.name } : { kind: 'contact' as const, id: String(by.contactId), name: by.name });

export interface ApplicationView {
  id: string;
  campaignId: string;
  campaignName: string;
  enterpriseId: string;
  officeId: string;
  appliedAt: string;
  current: StageKey | null;
  currentName: string | null;
  withdrawn: boolean;
  nextStep: string;
  stages: { key: StageKey; name: string; deadline: string; deadlineText: string; done: boolean; doneAt: string | null; late: boolean }[];
}

export function toApplicationView(app: Application, campaign: Campaign, s: Standing, timeZone: string): ApplicationView {
  return {
    id: String(app._id),
    campaignId: String(campaign._id),
    campaignName: campaign.name,
    enterpriseId: String(app.enterpriseId),
    officeId: String(app.officeId),
    appliedAt: app.appliedAt.toISOString(),
    current: s.current,
    currentName: s.current ? STAGE_NAMES[s.current] : null,
    withdrawn: s.withdrawn,
    nextStep: s.nextStep,
    stages: s.stages.map((st) => ({ ...st, deadline: st.deadline.toISOString(), deadlineText: formatLocal(st.deadline, timeZone), doneAt: st.doneAt?.toISOString() ?? null })),
  };
}

export function createApplications(deps: ApplicationsDeps) {
  const { Application, ApplicationStep, calendar, clock } = deps;

  async function stepsOf(applicationId: Types.ObjectId): Promise<Map<string, Date>> {
    const rows = await ApplicationStep.find({ applicationId }).lean();
    return new Map(rows.map((r) => [r.step, r.at]));
  }

  /** Inserts a step; true when this call recorded it, false when it was there already. */
  async function insertStep(app: Application, step: StageKey | 'withdrawn', by: By): Promise<boolean> {
    try {
      await ApplicationStep.create({ _id: `${String(app._id)}:${step}`, applicationId: app._id, campaignId: app.campaignId, officeId: app.officeId, step, at: clock.now(), by: byOf(by) });
      return true;
    } catch (err) {
      if (isDuplicateKey(err)) return false;
      throw err;
    }
  }

  const applications = {
    async standingOf(app: Application, campaign: Campaign, deadlines?: Deadlines): Promise<Standing> {
      return standing(deadlines ?? (await calendar.deadlinesFor(campaign, app.officeId)), await stepsOf(app._id), clock.now());
    },
    async view(app: Application, campaign: Campaign): Promise<ApplicationView> {
      return toApplicationView(app, campaign, await applications.standingOf(app, campaign), deps.timeZone);
    },

    /**
     * The enterprise applies (the first stage, done by applying). One application per enterprise per
     * campaign, by its unique key: a second call, or two at once, find the one that exists.
     */
    async apply(campaign: Campaign, enterprise: { _id: Types.ObjectId; officeId: Types.ObjectId }, by: By): Promise<{ application: Application; created: boolean }> {
      if (campaign.closed) throw new Conflict('This campaign is closed');
      const deadlines = await calendar.deadlinesFor(campaign, enterprise.officeId);
      const existing = await applications.find(campaign._id, enterprise._id);
      if (existing) return { application: existing, created: false };
      // Staff may still register a late application; the contact's own is refused after the deadline.
      if (by.kind === 'contact' && clock.now().getTime() > deadlines.apply.getTime()) throw new Conflict(`自愿申请已于截止时间结束`, { deadline: deadlines.apply.toISOString() });
      let application: Application;
      let created = true;
      try {
        application = (await Application.create({ campaignId: campaign._id, enterpriseId: enterprise._id, officeId: enterprise.officeId, appliedAt: clock.now(), appliedBy: byOf(by) })).toObject() as Application;
      } catch (err) {
        if (!isDuplicateKey(err)) throw err;
        application = (await applications.find(campaign._id, enterprise._id))!;
        created = false;
      }
      await insertStep(application, 'apply', by);
      if (created && by.kind === 'staff') {
        await deps.audit.record(by.actor, { officeId: enterprise.officeId, action: 'application.create', entity: 'application', entityId: String(application._id), after: { campaignId: String(campaign._id), enterpriseId: String(enterprise._id) } });
      }
      return { application, created };
    },

    async find(campaignId: Types.ObjectId, enterpriseId: Types.ObjectId): Promise<Application | null> {
      return (await Application.findOne({ campaignId, enterpriseId }).lean()) as Application | null;
    },
    async byId(id: string | Types.ObjectId): Promise<Application | null> {
      return Types.ObjectId.isValid(String(id)) ? ((await Application.findById(id).lean()) as Application | null) : null;
    },
    async getInScope(scope: Scope, campaign: Campaign, id: string): Promise<Application> {
      const app = await applications.byId(id);
      if (!app || !scope.has(app.officeId) || String(app.campaignId) !== String(campaign._id)) throw new NotFound('Application not found');
      return app;
    },
    async ofEnterprise(enterpriseId: Types.ObjectId): Promise<Application[]> {
      return (await Application.find({ enterpriseId }).lean()) as Application[];
    },

    /**
     * Marks a stage done: staff for review, evaluation, notice and naming; the contact for the
     * self-assessment. In order: a stage waits for the ones before it. Done twice is done once.
     */
    async markDone(app: Application, campaign: Campaign, stage: StageKey, by: By): Promise<{ standing: Standing; recorded: boolean }> {
      if (stage === 'apply') throw new Invalid('Applying is done by creating the application');
      if (by.kind === 'contact' && STAFF_STAGES.includes(stage)) throw new Forbidden(`${STAGE_NAMES[stage]}由和创办工作人员确认`);
      const before = await applications.standingOf(app, campaign);
      if (before.withdrawn) throw new ApplicationWithdrawn('申报已撤回');
      const i = STAGE_KEYS.indexOf(stage);
      const waiting = before.stages.slice(0, i).filter((s) => !s.done);
      if (waiting.length && !before.stages[i].done) throw new StageOutOfOrder(`请先完成：${waiting.map((s) => s.name).join('、')}`, { waiting: waiting.map((s) => s.key) });
      const recorded = await insertStep(app, stage, by);
      if (recorded && by.kind === 'staff') {
        await deps.audit.record(by.actor, { officeId: app.officeId, action: 'application.stage', entity: 'application', entityId: String(app._id), after: { stage } });
      }
      return { standing: await applications.standingOf(app, campaign), recorded };
    },

    async withdraw(app: Application, by: By): Promise<void> {
      const recorded = await insertStep(app, 'withdrawn', by);
      if (recorded && by.kind === 'staff') await deps.audit.record(by.actor, { officeId: app.officeId, action: 'application.withdraw', entity: 'application', entityId: String(app._id) });
    },

    /** One office's applications in a campaign and their steps, for the reminder scan (equalities only: pushed down on FerretDB). */
    async ofOffice(campaignId: Types.ObjectId, officeId: Types.ObjectId) {
      const [apps, steps] = await Promise.all([
        Application.find({ campaignId, officeId }).lean() as Promise<Application[]>,
        ApplicationStep.find({ campaignId, officeId }, { applicationId: 1, step: 1, at: 1 }).lean(),
      ]);
      const byApp = new Map<string, Map<string, Date>>();
      for (const s of steps) {
        const m = byApp.get(String(s.applicationId)) ?? new Map<string, Date>();
        m.set(s.step, s.at);
        byApp.set(String(s.applicationId), m);
      }
      return apps.map((a) => ({ application: a, steps: byApp.get(String(a._id)) ?? new Map<string, Date>() }));
    },
    /**
     * A campaign's applications and their steps under these offices, for figures across a subtree
     * (reports): the campaign and one office by equality each, or the campaign alone for a city.
     */
    async underOffices(campaignId: Types.ObjectId, officeIds: readonly Types.ObjectId[]) {
      const [apps, steps] = await Promise.all([
        findByEach<Pick<Application, '_id' | 'officeId' | 'enterpriseId'>>(Application, 'officeId', officeIds, { campaignId }, { enterpriseId: 1 }),
        findByEach<{ applicationId: Types.ObjectId; officeId: Types.ObjectId; step: string; at: Date }>(ApplicationStep, 'officeId', officeIds, { campaignId }, { applicationId: 1, step: 1, at: 1 }),
      ]);
      return { applications: apps, steps };
    },
    stepsOf,
  };
  return applications;
}

export type Applications = ReturnType<typeof createApplications>;
