import type { Types } from 'mongoose';
import type { Offices } from '../offices/use-cases';
import type { People } from '../people/use-cases';
import type { EnterpriseLevel } from '../people/kinds';
import type { AudienceKind } from './kinds';
import type { Broadcast } from './model';
import type { Rooms } from './rooms';

/** A broadcast's audience as stored, with its defaults filled in. */
export const audienceOf = (b: Pick<Broadcast, 'audience'>) => ({
  officeIds: b.audience?.officeIds ?? [],
  kinds: [...(b.audience?.kinds ?? [])] as AudienceKind[],
  industry: b.audience?.industry ?? null,
  level: (b.audience?.level ?? null) as EnterpriseLevel | null,
  cohort: b.audience?.cohort ?? null,
  hasUnion: b.audience?.hasUnion ?? null,
});

export interface AudienceMember {
  /** `instructor:<id>`, `contact:<id>` or `room:<id>`. */
  key: string;
  type: 'instructor' | 'contact' | 'room';
  id: string;
  name: string;
  officeId: Types.ObjectId;
}

/** Everyone the broadcast is for: the chosen offices' subtrees, the chosen kinds, the filters; in key order (so a resumed fan-out cuts the same batches). */
export async function membersOf(deps: { offices: Pick<Offices, 'scopeOf'>; people: Pick<People, 'audienceIn'>; rooms: Pick<Rooms, 'ofOffices'> }, b: Pick<Broadcast, 'audience'>) {
  const audience = audienceOf(b);
  const officeIds = new Map<string, Types.ObjectId>();
  for (const id of audience.officeIds) for (const o of (await deps.offices.scopeOf(id)).officeIds) officeIds.set(String(o), o);
  const kinds = new Set(audience.kinds);
  const found = await deps.people.audienceIn([...officeIds.values()], { instructors: kinds.has('instructors'), contacts: kinds.has('contacts') }, audience);
  const members: AudienceMember[] = [
    ...found.instructors.map((p) => ({ key: `instructor:${String(p._id)}`, type: 'instructor' as const, id: String(p._id), name: p.name, officeId: p.officeId })),
    ...found.contacts.map((p) => ({ key: `contact:${String(p._id)}`, type: 'contact' as const, id: String(p._id), name: p.name, officeId: p.officeId })),
  ];
  const rooms = kinds.has('rooms') ? await deps.rooms.ofOffices([...officeIds.values()]) : [];
  members.push(...rooms.map((r) => ({ key: `room:${r._id}`, type: 'room' as const, id: r._id, name: r.topic, officeId: r.officeId! })));
  members.sort((a, b) => (a.key < b.key ? -1 : 1));
  return { offices: officeIds.size, kinds, members, rooms: new Map(rooms.map((r) => [r._id, r])) };
}
