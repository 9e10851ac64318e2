import type { Types } from 'mongoose';
import type { BindingArea } from '../binding/use-cases';
import type { Campaigns } from '../campaigns/use-cases';
import type { Clock } from '../clock';
import type { Config } from '../config';
import { findByEach } from '../db/mongo';
import type { Offices } from '../offices/use-cases';
import type { People } from '../people/use-cases';
import type { Channel, ChannelName, Handoff } from './channels/types';
import type { OaFollowers } from './channels/oa-followers';
import { createCredits } from './credits';
import { createDeliver } from './deliver';
import type { DigestJob } from './planned';
import { createDirectory } from './directory';
import { createStaleness } from './staleness';
import type { ReminderModels } from './model';
import { createNudges, type StudyNudge } from './nudges';
import { createScan } from './scan';
import { createReminderViews } from './views';

export type { DeliveryBatch, DeliveryResult } from './deliver';
export type { DigestJob } from './planned';

export interface RemindersDeps {
  config: Pick<Config, 'TIME_ZONE' | 'QUIET_HOURS' | 'REMINDER_CHANNELS' | 'ESCALATE_CONTACTS_AFTER_H' | 'ESCALATE_OFFICE_AFTER_H' | 'NUDGE_INACTIVE_DAYS' | 'NUDGE_AT'>;
  clock: Clock;
  models: ReminderModels;
  campaigns: Pick<Campaigns, 'calendar' | 'applications'>;
  offices: Pick<Offices, 'scopeOf' | 'withAncestors'>;
  people: Pick<People, 'rosterOfOffice' | 'contactsDirectory'>;
  binding: Pick<BindingArea, 'identitiesOfType'>;
  staffOfOffice: (officeId: Types.ObjectId) => Promise<Types.ObjectId[]>;
  staffById: (id: Types.ObjectId) => Promise<{ name: string; wecomUserId?: string | null } | null>;
  nudgeFor: (instructorId: Types.ObjectId, now: Date, inactiveDays: number) => Promise<StudyNudge>;
  /** The channels that exist in this deployment, by name; REMINDER_CHANNELS gives their order. */
  channels: (credits: ReturnType<typeof createCredits>) => Partial<Record<ChannelName, Channel>>;
  /** Queues digests for delivery (jobs/ provides it; the digest id is the job id). */
  enqueue: (digests: DigestJob[]) => Promise<void>;
  /** Who follows the Official Account (its follow events), for the template channel. */
  oaFollowers: OaFollowers;
  /** The bot outbox: whether it sent a message (its once-only key), and handing one to it again. */
  handoffs: { sent(key: string): Promise<boolean>; requeue(handoff: Handoff): Promise<void> };
}

/** Deadline reminders, escalations and study nudges: planned from MongoDB, delivered once per person. */
export function createReminders(deps: RemindersDeps) {
  const { config, clock, models } = deps;
  const credits = createCredits({ SubscribeCredit: models.SubscribeCredit, clock });
  const available = deps.channels(credits);
  const channels = config.REMINDER_CHANNELS.map((name) => available[name]).filter((c): c is Channel => Boolean(c));
  const hours = (h: number) => h * 3600_000;
  const directory = createDirectory({ binding: deps.binding, staffById: deps.staffById });
  const scan = createScan({
    clock,
    timeZone: config.TIME_ZONE,
    models,
    calendar: deps.campaigns.calendar,
    applications: deps.campaigns.applications,
    offices: deps.offices,
    people: deps.people,
    directory,
    staffOfOffice: deps.staffOfOffice,
    escalateContactsAfterMs: hours(config.ESCALATE_CONTACTS_AFTER_H),
    escalateOfficeAfterMs: hours(config.ESCALATE_OFFICE_AFTER_H),
    enqueue: deps.enqueue,
    handoffs: deps.handoffs,
  });
  const nudges = createNudges({ clock, timeZone: config.TIME_ZONE, models, binding: deps.binding, directory, nudgeFor: deps.nudgeFor, inactiveDays: config.NUDGE_INACTIVE_DAYS, at: config.NUDGE_AT, enqueue: deps.enqueue });
  const deliver = createDeliver({
    clock,
    timeZone: config.TIME_ZONE,
    quietHours: config.QUIET_HOURS,
    models,
    staleness: createStaleness({ calendar: deps.campaigns.calendar, applications: deps.campaigns.applications, nudgesOn: () => nudges.subscribedNow() }),
    channels,
  });
  const views = createReminderViews({ clock, timeZone: config.TIME_ZONE, models, calendar: deps.campaigns.calendar, applications: deps.campaigns.applications, offices: deps.offices });
  return {
    credits,
    /** Who is bound and how, for a fan-out (one read per kind). */
    openDirectory: directory,
    oaFollowers: deps.oaFollowers,
    channelOrder: channels.map((c) => c.name),
    /** The minute's scan: deadline reminders and escalations due, then today's nudges. */
    async scan(options: { campaignIds?: string[] } = {}) {
      const report = await scan.scan(options);
      const { planned } = await nudges.plan();
      return { ...report, nudges: planned };
    },
    sweep: () => scan.sweep(),
    deliver,
    nudges,
    list: views.list,
    stats: views.stats,
    /** What became of each delivery attempt under these offices in [from, to), for figures across a subtree (reports). */
    outcomesBetween: (officeIds: readonly Types.ObjectId[], from: Date, to: Date) =>
      findByEach<{ officeId: Types.ObjectId; channel?: string | null; outcome: string; kind?: string | null; at: Date }>(models.ReminderOutcome, 'officeId', officeIds, { at: { $gte: from, $lt: to } }, { channel: 1, outcome: 1, kind: 1, at: 1 }),
  };
}

export type Reminders = ReturnType<typeof createReminders>;
