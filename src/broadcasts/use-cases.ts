import { Types } from 'mongoose';
import type { Actor, Audit } from '../audit/use-cases';
import type { BindingArea } from '../binding/use-cases';
import type { Clock } from '../clock';
import { Conflict, Forbidden, NotFound } from '../errors';
import type { Offices } from '../offices/use-cases';
import type { People } from '../people/use-cases';
import type { EnterpriseLevel } from '../people/kinds';
import { maskName } from '../privacy';
import type { Scope } from '../scope';
import type { StaffRole } from '../staff/kinds';
import type { AudienceKind, BroadcastState } from './kinds';
import type { Broadcast, BroadcastModel } from './model';
import { findSensitiveWords } from './sensitive-words';
import type { Standing, Transitions } from './transitions';
import { audienceOf, membersOf } from './audience';
import type { Rooms } from './rooms';

export class SensitiveWordsFound extends Conflict {
  override readonly code = 'sensitive_words';
}
export class AudienceOutOfScope extends Forbidden {
  override readonly code = 'audience_out_of_scope';
}

export interface BroadcastInput {
  title: string;
  summary: string;
  body: string;
  coverUrl: string | null;
  link: string | null;
  audience: { officeIds: string[]; kinds: AudienceKind[]; industry?: string | null; level?: EnterpriseLevel | null; cohort?: string | null; hasUnion?: boolean | null };
  public: boolean;
  urgent: boolean;
  scheduledAt: Date | null;
}

/** Staff as the broadcast rules need them: who, their role, and the subtree they act in. */
export interface StaffActor extends Actor {
  role: StaffRole;
}

export interface BroadcastsDeps {
  clock: Clock;
  Broadcast: BroadcastModel;
  offices: Pick<Offices, 'scopeOf' | 'getInScope'>;
  people: Pick<People, 'audienceIn'>;
  rooms: Pick<Rooms, 'ofOffices'>;
  binding: Pick<BindingArea, 'identitiesOfType'>;
  audit: Audit;
  sensitiveWords: readonly string[];
  transitions: Transitions;
  /** Starts it now, or schedules it (its time; the morning after quiet hours unless urgent). */
  afterApproval: (b: Broadcast) => Promise<void>;
}

export interface BroadcastView {
  id: string;
  officeId: string;
  /** The author and who submitted it: neither may approve it (the console hides its approve button for them). */
  authorId: string;
  authorName: string;
  submittedById: string | null;
  title: string;
  summary: string;
  body: string;
  coverUrl: string | null;
  link: string | null;
  audience: { officeIds: string[]; kinds: AudienceKind[]; industry: string | null; level: string | null; cohort: string | null; hasUnion: boolean | null };
  public: boolean;
  urgent: boolean;
  scheduledAt: string | null;
  flaggedWords: string[];
  state: BroadcastState;
  reason: string | null;
  history: { to: BroadcastState; byName: string; reason: string | null; at: string }[];
}

function toView(b: Broadcast, s: Standing): BroadcastView {
  const a = audienceOf(b);
  return {
    id: String(b._id),
    officeId: String(b.officeId),
    authorId: String(b.authorId),
    authorName: b.authorName,
    submittedById: s.submittedById,
    title: b.title,
    summary: b.summary,
    body: b.body,
    coverUrl: b.coverUrl ?? null,
    link: b.link ?? null,
    audience: { officeIds: a.officeIds.map(String), kinds: a.kinds, industry: a.industry, level: a.level, cohort: a.cohort, hasUnion: a.hasUnion },
    public: b.public,
    urgent: b.urgent,
    scheduledAt: b.scheduledAt?.toISOString() ?? null,
    flaggedWords: [...b.flaggedWords],
    state: s.state,
    reason: s.reason,
    history: s.history.map((h) => ({ ...h, at: h.at.toISOString() })),
  };
}

/**
 * Broadcasts (publicity pushes): authored by an office's editors for audiences in their subtree,
 * checked for sensitive words, approved by an admin of the same or a parent office who is not the
 * author (four eyes). Every move is an insert-only transition and is audited.
 */
export function createBroadcasts(deps: BroadcastsDeps) {
  const { Broadcast, audit } = deps;
  const { transitions } = deps;

  /** The audience's offices must lie in the author's subtree: a district does not push to another district. */
  function checkAudience(scope: Scope, audience: BroadcastInput['audience']) {
    const outside = audience.officeIds.filter((id) => !scope.has(id));
    if (outside.length) throw new AudienceOutOfScope('广播对象只能是本单位及下属单位', { offices: outside });
  }

  const fields = (input: BroadcastInput, words: string[]) => ({
    title: input.title,
    summary: input.summary,
    body: input.body,
    coverUrl: input.coverUrl,
    link: input.link,
    audience: { ...input.audience, officeIds: input.audience.officeIds.map((id) => new Types.ObjectId(id)) },
    public: input.public,
    urgent: input.urgent,
    scheduledAt: input.scheduledAt,
    flaggedWords: words,
  });
  const wordsIn = (input: Pick<BroadcastInput, 'title' | 'summary' | 'body' | 'link'>) => findSensitiveWords([input.title, input.summary, input.body, input.link], deps.sensitiveWords);

  async function move(actor: StaffActor, b: Broadcast, to: BroadcastState, reason?: string) {
    const before = await transitions.standing(b._id);
    await transitions.move(b._id, before, to, { id: String(actor.id), name: actor.name }, reason);
    await audit.record(actor, { officeId: b.officeId, action: `broadcast.${to}`, entity: 'broadcast', entityId: String(b._id), before: { state: before.state }, after: { state: to, ...(reason ? { reason } : {}) } });
    return toView(b, await transitions.standing(b._id));
  }

  const broadcasts = {
    async create(actor: StaffActor, scope: Scope, input: BroadcastInput): Promise<BroadcastView> {
      checkAudience(scope, input.audience);
      const words = wordsIn(input);
      const created = (await Broadcast.create({ officeId: scope.rootId, authorId: new Types.ObjectId(String(actor.id)), authorName: actor.name, ...fields(input, words) })).toObject() as Broadcast;
      await audit.record(actor, { officeId: scope.rootId, action: 'broadcast.create', entity: 'broadcast', entityId: String(created._id), after: { title: created.title, flaggedWords: words } });
      return toView(created, await transitions.standing(created._id));
    },

    async get(scope: Scope, id: string): Promise<Broadcast> {
      const found = Types.ObjectId.isValid(id) ? ((await Broadcast.findById(id).lean()) as Broadcast | null) : null;
      if (!found || !scope.has(found.officeId)) throw new NotFound('Broadcast not found');
      return found;
    },
    async view(b: Broadcast): Promise<BroadcastView> {
      return toView(b, await transitions.standing(b._id));
    },
    async list(scope: Scope, filter: { state?: BroadcastState }): Promise<BroadcastView[]> {
      const rows: Broadcast[] = [];
      for (const officeId of scope.officeIds) rows.push(...((await Broadcast.find({ officeId }).lean()) as Broadcast[]));
      const views = await Promise.all(rows.map((b) => broadcasts.view(b)));
      return views.filter((v) => !filter.state || v.state === filter.state).sort((a, b) => (a.id < b.id ? 1 : -1));
    },

    /** Edits while a draft (or rejected, back to a draft); the sensitive-word check runs again. */
    async update(actor: StaffActor, scope: Scope, before: Broadcast, input: BroadcastInput): Promise<BroadcastView> {
      const s = await transitions.standing(before._id);
      if (s.state !== 'draft' && s.state !== 'rejected') throw new Conflict(`“${s.state}”状态的广播不能修改`, { state: s.state });
      checkAudience(scope, input.audience);
      const words = wordsIn(input);
      const after = (await Broadcast.findByIdAndUpdate(before._id, { $set: fields(input, words) }, { returnDocument: 'after' }).lean()) as Broadcast;
      await audit.record(actor, { officeId: before.officeId, action: 'broadcast.update', entity: 'broadcast', entityId: String(before._id), before: { title: before.title }, after: { title: after.title, flaggedWords: words } });
      if (s.state === 'rejected') return move(actor, after, 'draft');
      return toView(after, s);
    },

    submit: (actor: StaffActor, b: Broadcast) => move(actor, b, 'submitted'),

    /** Four eyes: an admin of the broadcast's office or one above it, never its author, and no sensitive words left. */
    async approve(actor: StaffActor, scope: Scope, b: Broadcast): Promise<BroadcastView> {
      if (actor.role !== 'admin') throw new Forbidden('只有管理员可以审批广播');
      if (!scope.has(b.officeId)) throw new NotFound('Broadcast not found');
      const s = await transitions.standing(b._id);
      if (String(b.authorId) === String(actor.id) || s.submittedById === String(actor.id)) throw new Forbidden('不能审批自己撰写或提交的广播');
      if (b.flaggedWords.length) throw new SensitiveWordsFound(`广播含有敏感词：${b.flaggedWords.join('、')}，请修改后再提交`, { words: b.flaggedWords });
      await move(actor, b, 'approved');
      await deps.afterApproval(b);
      return broadcasts.view(b);
    },
    async reject(actor: StaffActor, scope: Scope, b: Broadcast, reason: string): Promise<BroadcastView> {
      if (actor.role !== 'admin') throw new Forbidden('只有管理员可以驳回广播');
      if (!scope.has(b.officeId)) throw new NotFound('Broadcast not found');
      if (String(b.authorId) === String(actor.id)) throw new Forbidden('不能驳回自己撰写的广播');
      return move(actor, b, 'rejected', reason);
    },
    cancel: (actor: StaffActor, b: Broadcast) => move(actor, b, 'cancelled'),

    /** Who it would reach, per kind and by what they are bound with, and a few of them (masked), before anything is sent. */
    async previewAudience(b: Broadcast) {
      const { offices: officeCount, kinds, members, rooms } = await membersOf(deps, b);
      const found = { instructors: members.filter((m) => m.type === 'instructor'), contacts: members.filter((m) => m.type === 'contact') };
      const count = async (type: 'instructor' | 'contact', people: { id: string; name: string; officeId: Types.ObjectId }[]) => {
        const ids = new Map<string, Set<string>>();
        for (const row of await deps.binding.identitiesOfType(type)) ids.set(String(row.personId), (ids.get(String(row.personId)) ?? new Set()).add(row.kind));
        const by = { total: people.length, miniProgram: 0, chat: 0, unreachable: 0 };
        for (const p of people) {
          const has = ids.get(p.id);
          if (has?.has('mp')) by.miniProgram++;
          if (has?.has('bot')) by.chat++;
          if (!has) by.unreachable++;
        }
        return { ...by, sample: people.slice(0, 5).map((p) => ({ maskedName: maskName(p.name), officeId: String(p.officeId) })) };
      };
      return {
        offices: officeCount,
        instructors: kinds.has('instructors') ? await count('instructor', found.instructors) : null,
        contacts: kinds.has('contacts') ? await count('contact', found.contacts) : null,
        rooms: kinds.has('rooms') ? { total: members.filter((m) => m.type === 'room').length, wecomRobot: members.filter((m) => m.type === 'room' && rooms.get(m.id)?.wecomWebhook).length } : null,
      };
    },
  };
  return broadcasts;
}

export type Broadcasts = ReturnType<typeof createBroadcasts>;
