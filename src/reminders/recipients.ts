import { Types } from 'mongoose';
import type { BindingArea } from '../binding/use-cases';
import type { People } from '../people/use-cases';
import type { Recipient } from './channels/types';

/** Who is behind a recipient key, with every identity they are bound by, read when a message goes (a binding made since the plan counts). */
export function createRecipients(deps: {
  people: Pick<People, 'contactById' | 'instructorById'>;
  binding: Pick<BindingArea, 'identitiesOfPeople'>;
  staffById: (id: Types.ObjectId) => Promise<{ name: string; wecomUserId?: string | null } | null>;
}) {
  return async function resolve(key: string): Promise<Recipient | null> {
    const [type, id] = key.split(':') as ['contact' | 'instructor' | 'staff', string];
    if (!Types.ObjectId.isValid(id)) return null;
    const oid = new Types.ObjectId(id);
    if (type === 'staff') {
      const staff = await deps.staffById(oid);
      return staff ? { key, personType: 'staff', personId: id, name: staff.name, ...(staff.wecomUserId ? { wecomUserId: staff.wecomUserId } : {}) } : null;
    }
    const person = type === 'contact' ? await deps.people.contactById(oid) : type === 'instructor' ? await deps.people.instructorById(oid) : null;
    if (!person) return null;
    const recipient: Recipient = { key, personType: type, personId: id, name: person.name };
    const wecom = (person as { wecomUserId?: string | null }).wecomUserId;
    if (wecom) recipient.wecomUserId = wecom;
    for (const b of await deps.binding.identitiesOfPeople(type, [oid])) {
      if (b.kind === 'mp') recipient.mpOpenid = b.identityId;
      if (b.kind === 'bot') recipient.botContactId = b.identityId;
      if (b.unionid) recipient.unionid = b.unionid;
    }
    return recipient;
  };
}

export type ResolveRecipient = ReturnType<typeof createRecipients>;
