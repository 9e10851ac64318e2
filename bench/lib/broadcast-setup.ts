import { randomBytes } from 'node:crypto';
import type { Types } from 'mongoose';
import { ensureIndexes } from '../../src/db/mongo';
import type { Broadcast } from '../../src/broadcasts/model';
import type { StaffActor } from '../../src/broadcasts/use-cases';
import type { Models } from '../../src/models';
import type { Scope } from '../../src/scope';
import type { StaffRole } from '../../src/staff/kinds';
import type { ReminderBenchDeps } from './reminders-deps';

/** Emptied before every run: what the last broadcast wrote, and the credit ledger. */
export const BROADCAST_COLLECTIONS = ['broadcasts', 'broadcast_transitions', 'broadcast_deliveries', 'broadcast_results', 'broadcast_published', 'broadcast_reads', 'subscribe_credits'];
const INSERT_BATCH = 500;
const DAY_MS = 24 * 3600_000;

/** The queues a broadcast writes to: its start, its delivery batches, and the bot outbox its chat deliveries go to. */
export const broadcastQueuesOf = (deps: ReminderBenchDeps) => [deps.queues.broadcasts, deps.queues.broadcastDeliveries, deps.queues.botOutbox];

/** The broadcast collections dropped (indexes made again) and the bench's broadcast queues obliterated. */
export async function resetBroadcasts(deps: ReminderBenchDeps): Promise<void> {
  const db = deps.mongo.db!;
  const present = new Set((await db.listCollections({}, { nameOnly: true }).toArray()).map((c) => c.name));
  for (const name of BROADCAST_COLLECTIONS) if (present.has(name)) await db.dropCollection(name);
  await ensureIndexes(deps.mongo);
  for (const queue of broadcastQueuesOf(deps)) await queue.obliterate({ force: true });
}

/**
 * One credit for the news template per mini-program-bound contact, as a tap leaves it
 * (src/reminders/credits.ts), straight into the ledger, a day before `at`.
 */
export async function grantNewsCredits(deps: ReminderBenchDeps, models: Models, templateId: string, at: Date): Promise<number> {
  const openids = (await models.Binding.find({ personType: 'contact', kind: 'mp' }, { identityId: 1 }).lean()).map((b) => b.identityId);
  const grantedAt = new Date(at.getTime() - DAY_MS);
  const rows = openids.map((openid) => ({ _id: `grant:tap:${openid}:${templateId}:bench`, openid, templateId, entry: 'grant', source: 'tap', at: grantedAt }));
  const credits = deps.mongo.db!.collection<{ _id: string }>('subscribe_credits');
  for (let i = 0; i < rows.length; i += INSERT_BATCH) await credits.insertMany(rows.slice(i, i + INSERT_BATCH), { ordered: false });
  return rows.length;
}

export interface CityStaff {
  /** The city office (NB) and its whole subtree. */
  scope: Scope;
  officeId: Types.ObjectId;
  /** seedDemo's city admin: approves. */
  admin: StaffActor;
  /** A city editor of the bench's own (seedDemo has none): writes and submits, so four eyes hold. */
  editor: StaffActor;
}

const BENCH_EDITOR = 'bench-city-editor';

/** The city's staff for the four-eyes flow; the editor is created once through the staff use case, by the admin. */
export async function cityStaff(deps: ReminderBenchDeps, models: Models): Promise<CityStaff> {
  const city = await models.Office.findOne({ code: 'NB' }).lean();
  if (!city) throw new Error('no office NB: the city was not seeded');
  const scope = await deps.areas.offices.scopeOf(city._id);
  const actorOf = (s: { _id: Types.ObjectId; name: string; role: string }): StaffActor => ({ id: s._id, name: s.name, role: s.role as StaffRole });
  const admin = await models.Staff.findOne({ username: 'city-admin' }).lean();
  if (!admin) throw new Error('no staff "city-admin": seedDemo did not run');
  if (!(await models.Staff.exists({ username: BENCH_EDITOR }))) {
    await deps.areas.staff.create(actorOf(admin), scope, { username: BENCH_EDITOR, name: '市和创办编辑（压测）', role: 'editor', officeId: String(city._id), password: randomBytes(12).toString('base64url') });
  }
  const editor = (await models.Staff.findOne({ username: BENCH_EDITOR }).lean())!;
  return { scope, officeId: city._id, admin: actorOf(admin), editor: actorOf(editor) };
}

/**
 * A broadcast to every contact in the city, the way staff make one: written and submitted by the
 * editor, approved by the admin (which queues its start job). Returns it as stored.
 */
export async function approvedCityBroadcast(deps: ReminderBenchDeps, staff: CityStaff): Promise<Broadcast> {
  const { broadcasts } = deps.areas;
  const draft = await broadcasts.create(staff.editor, staff.scope, {
    title: '关于开展年度和谐企业创建评价工作的通知',
    summary: '请各企业于月底前完成自查自评',
    body: '各企业：\n\n本年度和谐企业创建评价工作已启动，请按时在小程序中完成自查自评。',
    coverUrl: null,
    link: null,
    audience: { officeIds: [String(staff.officeId)], kinds: ['contacts'] },
    public: true,
    urgent: false,
    scheduledAt: null,
  });
  await broadcasts.submit(staff.editor, await broadcasts.get(staff.scope, draft.id));
  const approved = await broadcasts.approve(staff.admin, staff.scope, await broadcasts.get(staff.scope, draft.id));
  if (approved.state !== 'approved') throw new Error(`the broadcast is ${approved.state} after approval, not approved`);
  return broadcasts.get(staff.scope, draft.id);
}
