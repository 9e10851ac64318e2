import { Types } from 'mongoose';
import type { BindingArea } from '../binding/use-cases';
import type { Recipient } from './channels/types';

export interface DirectoryDeps {
  binding: Pick<BindingArea, 'identitiesOfType'>;
  staffById: (id: Types.ObjectId) => Promise<{ name: string; wecomUserId?: string | null } | null>;
}

/**
 * Who can be reached, and how, for one scan or sweep: every identity bound to contacts (one read),
 * to instructors (one read, when a nudge needs it) and the staff asked for. The digest carries the
 * recipient as found here, so a delivery reads no binding.
 */
export function createDirectory(deps: DirectoryDeps) {
  return function openDirectory() {
    const byType = new Map<'contact' | 'instructor', Promise<Map<string, Recipient>>>();
    const staff = new Map<string, Promise<Recipient | null>>();

    function load(type: 'contact' | 'instructor') {
      let found = byType.get(type);
      if (!found) {
        found = deps.binding.identitiesOfType(type).then((rows) => {
          const out = new Map<string, Recipient>();
          for (const b of rows) {
            const id = String(b.personId);
            const r = out.get(id) ?? { key: `${type}:${id}`, personType: type, personId: id, name: '' };
            if (b.kind === 'mp') r.mpOpenid = b.identityId;
            if (b.kind === 'bot') r.botContactId = b.identityId;
            if (b.unionid) r.unionid = b.unionid;
            out.set(id, r);
          }
          return out;
        });
        byType.set(type, found);
      }
      return found;
    }

    return {
      /** A bound person (contact or instructor), or null when nothing is bound to them. */
      async person(type: 'contact' | 'instructor', id: string, extra: { wecomUserId?: string | null } = {}): Promise<Recipient | null> {
        const r = (await load(type)).get(id);
        if (!r) return extra.wecomUserId ? { key: `${type}:${id}`, personType: type, personId: id, name: '', wecomUserId: extra.wecomUserId } : null;
        return extra.wecomUserId ? { ...r, wecomUserId: extra.wecomUserId } : r;
      },
      /** Everyone bound among contacts: their ids. */
      async boundContacts(): Promise<Set<string>> {
        return new Set((await load('contact')).keys());
      },
      /** A staff member, reachable where the roster gives a WeCom id (else a recipient with no channel: recorded unreachable). */
      staff(id: string): Promise<Recipient | null> {
        let found = staff.get(id);
        if (!found) {
          found = deps.staffById(new Types.ObjectId(id)).then((s) => (s ? { key: `staff:${id}`, personType: 'staff' as const, personId: id, name: s.name, ...(s.wecomUserId ? { wecomUserId: s.wecomUserId } : {}) } : null));
          staff.set(id, found);
        }
        return found;
      },
      /** The recipient for a key as stored on a reminder (contact:<id>, instructor:<id>, staff:<id>). */
      async byKey(key: string, extra: { wecomUserId?: string | null } = {}): Promise<Recipient | null> {
        const [type, id] = key.split(':');
        if (!Types.ObjectId.isValid(id)) return null;
        if (type === 'staff') return this.staff(id);
        if (type === 'contact' || type === 'instructor') return this.person(type, id, extra);
        return null;
      },
    };
  };
}

export type OpenDirectory = ReturnType<typeof createDirectory>;
export type Directory = ReturnType<OpenDirectory>;
