import type { Types } from 'mongoose';
import { maskPhone } from '../privacy';
import type { Contact, Enterprise, Instructor } from './model';

/** Viewers see phones masked and no binding codes (SPEC, "Security and privacy"). */
export interface ViewOptions {
  revealPrivate: boolean;
  boundIds?: Set<string>;
}

const phoneFor = (phone: string, o: ViewOptions) => (o.revealPrivate ? phone : maskPhone(phone));
const idOf = (id: Types.ObjectId) => String(id);

export function instructorView(i: Instructor, o: ViewOptions) {
  return {
    id: idOf(i._id),
    name: i.name,
    phone: phoneFor(i.phone, o),
    employer: i.employer,
    officeId: idOf(i.officeId),
    cohort: i.cohort,
    bindCode: o.revealPrivate ? i.bindCode : undefined,
    bound: o.boundIds?.has(idOf(i._id)) ?? false,
  };
}

export function enterpriseView(e: Enterprise) {
  return {
    id: idOf(e._id),
    name: e.name,
    creditCode: e.creditCode,
    officeId: idOf(e.officeId),
    industry: e.industry,
    hasUnion: e.hasUnion,
    level: e.level,
    stars: e.stars,
  };
}

export function contactView(c: Contact, o: ViewOptions) {
  return {
    id: idOf(c._id),
    enterpriseId: idOf(c.enterpriseId),
    name: c.name,
    phone: phoneFor(c.phone, o),
    role: c.role,
    bindCode: o.revealPrivate ? c.bindCode : undefined,
    bound: o.boundIds?.has(idOf(c._id)) ?? false,
  };
}
