import type { Types } from 'mongoose';
import type { IdentityKind } from '../binding/kinds';
import type { EnterpriseLevel } from '../people/kinds';
import { seededCreditCode, seededPhone } from './city-codes';
import { COMPANY_FORMS, CONTACT_ROLES, INDUSTRIES, personName, TRADE_NAMES } from './city-names';
import { CITY_DISTRICTS, unitsOf, type CityDistrict } from './city-offices';
import { rngFor, seededObjectId, type Rng } from './city-random';

/**
 * The city's people as plain data, computed from indexes alone (no database): enterprises with
 * their contacts, and instructors with their cohort, course state and WeChat identity. Office
 * references are codes; the seed turns them into ids once the offices exist. A benchmark can
 * call the same functions to know who is who without reading anything.
 */

/** At scale 1; `scale` multiplies both. About 1.5 contacts per enterprise. */
export const CITY_SIZES = { enterprises: 10_000, instructors: 1_000 } as const;

export const sizesAt = (scale: number) => ({
  enterprises: Math.round(CITY_SIZES.enterprises * scale),
  instructors: Math.round(CITY_SIZES.instructors * scale),
});

const DAY = 86_400_000;
/** 09:30 in Shanghai, as a UTC instant on the given day. */
const shanghaiMorning = (isoDay: string) => new Date(`${isoDay}T01:30:00Z`);

/** The training plan's four intakes of 2026; each roster is imported a week before it starts. */
export const CITY_COHORTS = [
  { name: '2026年第一期', startsAt: shanghaiMorning('2026-03-16') },
  { name: '2026年第二期', startsAt: shanghaiMorning('2026-05-18') },
  { name: '2026年第三期', startsAt: shanghaiMorning('2026-07-13') },
  { name: '2026年第四期', startsAt: shanghaiMorning('2026-09-14') },
] as const;

/** Nothing seeded happens after this (21:00 on 30 November 2026, Shanghai): a fixed calendar keeps every run identical. */
export const CITY_SEED_UNTIL = new Date('2026-11-30T13:00:00Z');

/** Enterprise rosters: each district's first import, then weekly top-ups. */
const ENTERPRISE_IMPORTS_FROM = shanghaiMorning('2026-02-23');

export const INSTRUCTOR_STATES = ['finished', 'halfway', 'started', 'unbound'] as const;
export type InstructorState = (typeof INSTRUCTOR_STATES)[number];

/**
 * The course state of the m-th instructor: 30% finished, 30% halfway, 20% just started, 20%
 * unbound (and so nothing done), interleaved so every prefix of the roster has the same mix.
 */
const STATE_CYCLE: readonly InstructorState[] = ['finished', 'halfway', 'started', 'unbound', 'finished', 'halfway', 'started', 'finished', 'halfway', 'unbound'];
export const instructorStateOf = (m: number): InstructorState => STATE_CYCLE[m % STATE_CYCLE.length];

/** The mini-program openid a bound instructor signed in with (kind 'mp'); benchmarks sign in as it. */
export const CITY_OPENID_PREFIX = 'city-openid-';
export const cityOpenId = (m: number) => `${CITY_OPENID_PREFIX}${m}`;
/** The bot contact id of an instructor bound in chat (kind 'bot'), and their weixin id. */
export const cityBotContactId = (m: number) => `city-wxid-${m}`;

export interface EnterprisePlan {
  n: number;
  _id: Types.ObjectId;
  name: string;
  creditCode: string;
  officeCode: string;
  district: CityDistrict;
  industry: string;
  hasUnion: boolean;
  level: EnterpriseLevel;
  stars: number;
  /** When the row was imported: the enterprise's and its contacts' createdAt, the codes' issuedAt. */
  importedAt: Date;
  contacts: ContactPlan[];
}

export interface ContactPlan {
  _id: Types.ObjectId;
  name: string;
  phone: string;
  role: string;
}

export interface InstructorPlan {
  m: number;
  _id: Types.ObjectId;
  name: string;
  phone: string;
  employer: string;
  officeCode: string;
  cohort: string;
  state: InstructorState;
  importedAt: Date;
  /** Null for the unbound. */
  identity: { kind: IdentityKind; identityId: string; weixin?: string; displayName?: string; boundAt: Date } | null;
}

const districtWeights = CITY_DISTRICTS.map((d) => [d, d.weight] as const);
const industryWeights = INDUSTRIES.map((i) => [i, i.weight] as const);

/** Parks hold more firms than a town or street of the same district. */
const UNIT_WEIGHTS = new Map(CITY_DISTRICTS.map((d) => [d, unitsOf(d).map((u) => [u.code, u.level === 'park' ? 3 : 1] as const)]));

function unitOf(rng: Rng, district: CityDistrict): string {
  if (rng.chance(0.06)) return district.code;
  return rng.weighted(UNIT_WEIGHTS.get(district)!);
}

function companyName(rng: Rng, district: CityDistrict, trades: readonly string[]): string {
  const isDistrictOfCity = district.name.endsWith('区');
  const region = isDistrictOfCity ? rng.weighted([['宁波', 30], ['宁波市', 10], [district.short, 60]] as const) : rng.weighted([[district.short, 70], ['宁波', 30]] as const);
  return `${region}${rng.pick(TRADE_NAMES)}${rng.pick(trades)}${rng.weighted(COMPANY_FORMS)}`;
}

function levelAndStars(rng: Rng, hasUnion: boolean): { level: EnterpriseLevel; stars: number } {
  // The plan's target: 6% of unionised firms at one of the three levels; the demo city does a little better.
  const level: EnterpriseLevel = hasUnion ? rng.weighted([['none', 91.5], ['town', 5], ['district', 2.5], ['city', 1]] as const) : 'none';
  const stars = { none: rng.weighted([[0, 70], [1, 20], [2, 10]] as const), town: rng.int(1, 3), district: rng.int(2, 4), city: rng.int(3, 5) }[level];
  return { level, stars };
}

/** Contacts are numbered three to an enterprise for their phone numbers; instructors after all of them. */
const MAX_CONTACTS = 3;
const INSTRUCTOR_PHONE_BASE = 400_000;

export function planEnterprises(scale: number): EnterprisePlan[] {
  const { enterprises: count } = sizesAt(scale);
  const names = new Set<string>();
  const plans: EnterprisePlan[] = [];
  for (let n = 0; n < count; n++) {
    const rng = rngFor(`enterprise:${n}`);
    const district = rng.weighted(districtWeights);
    const industry = rng.weighted(industryWeights);
    let name = companyName(rng, district, industry.trades);
    // Two firms of one name would be one firm registered twice; draw again (the same way every run).
    while (names.has(name)) name = companyName(rng, district, industry.trades);
    names.add(name);
    const hasUnion = rng.chance(industry.name === '制造业' ? 0.74 : 0.6);
    const importedAt = new Date(ENTERPRISE_IMPORTS_FROM.getTime() + CITY_DISTRICTS.indexOf(district) * 2 * DAY + rng.weighted([[0, 60], [1, 15], [2, 10], [3, 8], [4, 7]] as const) * 7 * DAY);
    const contactCount = rng.weighted([[1, 55], [2, 40], [3, 5]] as const);
    const contacts = Array.from({ length: contactCount }, (_, k): ContactPlan => {
      const crng = rngFor(`contact:${n}:${k}`);
      const role = k === 0 && hasUnion && crng.chance(0.5) ? '工会主席' : crng.weighted(CONTACT_ROLES);
      return { _id: seededObjectId(`contact:${n}:${k}`, importedAt), name: personName(crng), phone: seededPhone(n * MAX_CONTACTS + k, crng), role };
    });
    plans.push({
      n,
      _id: seededObjectId(`enterprise:${n}`, importedAt),
      name,
      creditCode: seededCreditCode(n, district.division, rng.chance(0.55)),
      officeCode: unitOf(rng, district),
      district,
      industry: industry.name,
      hasUnion,
      ...levelAndStars(rng, hasUnion),
      importedAt,
      contacts,
    });
  }
  return plans;
}

/** Finished instructors come mostly from the early intakes, the just-started from the late ones. */
const COHORT_WEIGHTS: Record<InstructorState, readonly number[]> = {
  finished: [4, 3, 2, 0.6],
  halfway: [1, 2, 3, 3],
  started: [0.3, 1, 2, 4],
  unbound: [1, 1, 1, 1],
};

/** Where a CSR instructor works: a union or labour office, or one of the enterprises in their district. */
function employerOf(rng: Rng, district: CityDistrict, officeCode: string, firmsOfDistrict: readonly EnterprisePlan[]): string {
  const unit = unitsOf(district).find((u) => u.code === officeCode);
  const place = unit?.name ?? district.name;
  return rng.weighted([
    [() => (firmsOfDistrict.length ? rng.pick(firmsOfDistrict).name : `${place}总工会`), 55],
    [() => `${place}总工会`, 25],
    [() => (unit ? `${unit.name}劳动保障服务所` : `${district.name}劳动关系协调指导中心`), 12],
    [() => `${district.name}人力资源和社会保障局`, 8],
  ] as const)();
}

export function planInstructors(scale: number, enterprises: readonly EnterprisePlan[]): InstructorPlan[] {
  const { instructors: count } = sizesAt(scale);
  const firmsByDistrict = new Map<CityDistrict, EnterprisePlan[]>();
  for (const e of enterprises) {
    const firms = firmsByDistrict.get(e.district) ?? [];
    firms.push(e);
    firmsByDistrict.set(e.district, firms);
  }
  return Array.from({ length: count }, (_, m): InstructorPlan => {
    const rng = rngFor(`instructor:${m}`);
    const state = instructorStateOf(m);
    const cohort = CITY_COHORTS[rng.weighted(COHORT_WEIGHTS[state].map((w, i) => [i, w] as const))];
    const importedAt = new Date(cohort.startsAt.getTime() - 7 * DAY);
    const district = rng.weighted(districtWeights);
    const officeCode = rng.chance(0.45) ? district.code : rng.pick(unitsOf(district)).code;
    const name = personName(rng);
    const phone = seededPhone(INSTRUCTOR_PHONE_BASE + m, rng);
    const employer = employerOf(rng, district, officeCode, firmsByDistrict.get(district) ?? []);
    let identity: InstructorPlan['identity'] = null;
    if (state !== 'unbound') {
      // Bound in the first days of the intake, in working hours.
      const boundAt = new Date(cohort.startsAt.getTime() + rng.int(0, 9) * DAY + rng.int(0, 11 * 60) * 60_000);
      identity = rng.chance(0.12)
        ? { kind: 'bot', identityId: cityBotContactId(m), weixin: `wxid_city${m}`, displayName: name, boundAt }
        : { kind: 'mp', identityId: cityOpenId(m), boundAt };
    }
    return { m, _id: seededObjectId(`instructor:${m}`, importedAt), name, phone, employer, officeCode, cohort: cohort.name, state, importedAt, identity };
  });
}
