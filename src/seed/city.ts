import type { Types } from 'mongoose';
import { issueBindCodes } from '../binding/service';
import type { PersonType } from '../binding/kinds';
import { yearIn } from '../certificates/service';
import type { Models } from '../models';
import type { PaperItem } from '../quizzes/paper';
import { seedDemo } from './demo';
import { loadCourseShape, planLearning, type CertificatePlan, type LearningPlan, type PlannedLearner } from './city-learning';
import { CITY_DISTRICTS, CITY_UNITS, seedCityOffices, type CityOffices } from './city-offices';
import { planEnterprises, planInstructors, type EnterprisePlan, type InstructorPlan } from './city-people';
import { CITY_SEED_NAMESPACE, seededObjectId } from './city-random';
import { planCityCampaign } from './city-campaign';
import { planCityBroadcasts } from './city-broadcasts';
import { chunk, describe, inParallel, INSERT_BATCH, INSERT_CONCURRENCY, insertBatch, insertMissing, keysIn, Meter, PhaseMarkers, type InsertCount, type Progress, type SeedModel } from './city-store';

/**
 * `npm run seed:city`: a city-scale data set in the demo database, on top of seedDemo (its staff,
 * offices and CSR course). At scale 1:
 *
 * - offices: 宁波 (NB), its 10 districts and counties and their 166 towns, streets and parks (city-offices.ts);
 * - 10,000 enterprises with valid credit codes and ~15,000 contacts, each contact with a bind code;
 * - 1,000 instructors in four cohorts (2026年第一期…第四期), each with a bind code; 800 bound
 *   (Binding, and the code's `bind-code:<code>` claim in once_keys as a real bind leaves it);
 * - their history on the CSR course (city-learning.ts): 300 finished (every lesson, every quiz and
 *   the final exam passed, a certificate), 300 halfway, 200 just started, 200 unbound with nothing;
 *   about 8,600 lessons read, 5,350 attempts and 29,200 saved answers. The course's quizzes cap
 *   the answers at 114 a learner (six 5-question quizzes of 3 tries, a 12-question final of 2), so
 *   even 600 learners who all failed to the limit would leave fewer than 70,000.
 * - every date falls in 2026, before CITY_SEED_UNTIL (30 November): the same data on every run.
 *
 * For benchmarks (all pure, no database needed; city-people.ts):
 * - `cityRoster(scale)` lists the instructors in seed order: `m`, `_id`, phone, cohort, `state`
 *   ('finished' | 'halfway' | 'started' | 'unbound', also `instructorStateOf(m)`) and `identity`.
 * - A bound instructor signs in to the mini-program as openid `cityOpenId(m)` (`city-openid-<m>`),
 *   except the ~12% bound in chat (kind 'bot', contact id `cityBotContactId(m)`, `city-wxid-<m>`).
 * - The unbound ones' bind codes are on their instructor records (`bindCode`), still unclaimed.
 *
 * Idempotent and resumable: every document has a deterministic key (seeded ObjectIds, phones,
 * credit codes, lesson-completion and claim keys), each phase inserts only what its collection
 * lacks, and a finished phase leaves a marker (`<CITY_SEED_MARKER_PREFIX>x<scale>:<phase>` in
 * once_keys) so a later run skips it without reading. One scale per database: markers and plans
 * are per scale.
 *
 * Certificates are numbered after the highest number MongoDB holds for their year, as the
 * certificates service counts; its Redis counter, still behind, meets the first seeded number
 * as a duplicate on the next live issue and resyncs to MongoDB's highest (certificates/service.ts).
 */

export { CITY_COHORTS, CITY_OPENID_PREFIX, CITY_SEED_UNTIL, CITY_SIZES, cityBotContactId, cityOpenId, INSTRUCTOR_STATES, instructorStateOf, sizesAt } from './city-people';
export type { InstructorPlan, InstructorState } from './city-people';

export const CITY_SEED_MARKER_PREFIX = `seed-city:${CITY_SEED_NAMESPACE}:`;
const markerPrefix = (scale: number) => `${CITY_SEED_MARKER_PREFIX}x${scale}:`;

/** Certificate years are counted in the programme's time zone (TIME_ZONE's default). */
const CITY_TIME_ZONE = 'Asia/Shanghai';

/** The instructors the seed writes at this scale, with their course state and WeChat identity. */
export function cityRoster(scale = 1): InstructorPlan[] {
  return planInstructors(scale, planEnterprises(scale));
}

export interface SeedCityOptions {
  /** Multiplies every count (default 1); tests seed 0.02. The office tree is always whole. */
  scale?: number;
  /** Progress lines: phase, n/total, rate. */
  onProgress?: Progress;
}

export interface SeedCityResult {
  scale: number;
  seconds: number;
  /** The seed's own documents per collection, as a finished seed holds them (the demo's few come on top). */
  seeded: Record<string, number>;
  /** Documents this run wrote, per collection. */
  inserted: Record<string, number>;
  /**
   * What each collection holds, counted exactly once this run has written anything; null when it
   * wrote nothing (every count reads the whole table on FerretDB, about 8 s in all at scale 1).
   */
  held: Record<string, number> | null;
  /** Phases an earlier run had finished. */
  skipped: string[];
  /** Documents refused as duplicates of data this seed did not write (0 on a database of its own). */
  taken: number;
}

export async function seedCity(models: Models, options: SeedCityOptions = {}): Promise<SeedCityResult> {
  const scale = options.scale ?? 1;
  const progress = options.onProgress ?? (() => undefined);
  const started = Date.now();
  const markers = await PhaseMarkers.load(models.OnceKey, markerPrefix(scale));
  const inserted: Record<string, number> = {};
  const skipped: string[] = [];
  let taken = 0;
  const tally = (collection: string, count: Pick<InsertCount, 'inserted' | 'taken'>) => {
    inserted[collection] = (inserted[collection] ?? 0) + count.inserted;
    taken += count.taken;
  };
  const write = async (model: SeedModel, docs: readonly ({ _id: unknown } & object)[]) => tally(model.collection.collectionName, await insertMissing(model, docs, progress));
  const phase = async (name: string, run: () => Promise<void>) => {
    if (markers.isDone(name)) {
      skipped.push(name);
      return;
    }
    await run();
    await markers.markDone(name, `seed:city scale ${scale}, finished`);
  };

  // seedDemo reissues its sample instructor's code on every call, so it runs only until the tree stands.
  const officesBefore = markers.isDone('offices') ? 0 : await models.Office.countDocuments();
  if (!markers.isDone('offices')) {
    await seedDemo(models);
    progress('demo: seedDemo done (staff accounts, demo offices, CSR course)');
  }
  const { offices } = await seedCityOffices(models);
  await phase('offices', async () => {
    tally('offices', { inserted: offices.size - officesBefore, taken: 0 });
    progress(`offices: ${offices.size - officesBefore} created, ${offices.size} in the tree`);
  });

  const enterprises = planEnterprises(scale);
  const instructors = planInstructors(scale, enterprises);
  progress(`plan: ${enterprises.length} enterprises, ${enterprises.reduce((s, e) => s + e.contacts.length, 0)} contacts, ${instructors.length} instructors (scale ${scale})`);
  const officeId = officeIdsOf(offices);

  await phase('enterprises', () => write(models.Enterprise, enterprises.map((e) => enterpriseDoc(e, officeId))));
  await phase('contacts', async () => {
    const people = enterprises.flatMap((e) => e.contacts.map((c) => ({ doc: { ...c, enterpriseId: e._id, officeId: officeId(e.officeCode), createdAt: e.importedAt, updatedAt: e.importedAt }, issuedAt: e.importedAt })));
    await insertPeopleWithCodes(models, models.Contact, 'contact', people, progress, tally);
  });
  await phase('instructors', async () => {
    const people = instructors.map((i) => ({
      doc: { _id: i._id, name: i.name, phone: i.phone, employer: i.employer, officeId: officeId(i.officeCode), cohort: i.cohort, createdAt: i.importedAt, updatedAt: i.importedAt },
      issuedAt: i.importedAt,
    }));
    await insertPeopleWithCodes(models, models.Instructor, 'instructor', people, progress, tally);
  });
  await phase('bindings', async () => {
    const codeOf = new Map((await models.Instructor.find({}, { bindCode: 1 }).lean()).map((i) => [String(i._id), i.bindCode]));
    const bound = instructors.filter((i) => i.identity && codeOf.has(String(i._id)));
    await write(models.Binding, bound.map((i) => bindingDoc(i, officeId, codeOf.get(String(i._id))!)));
    // bindWithCode claims the code this way: the seeded bindings' codes cannot bind anyone else.
    await write(models.OnceKey, bound.map((i) => ({ _id: `bind-code:${codeOf.get(String(i._id))}`, claimedAt: i.identity!.boundAt, note: `instructor ${String(i._id)} bound` })));
  });

  let learning: LearningPlan | undefined;
  const learningPlan = async () => (learning ??= await planCityLearning(models, instructors, officeId, !markers.isDone('attempts'), progress));
  await phase('lessons', async () => write(models.LessonCompletion, (await learningPlan()).completions));
  await phase('attempts', async () => {
    const plan = await learningPlan();
    await write(models.Attempt, plan.attempts);
    await write(models.AttemptAnswer, plan.answers);
    await write(models.AttemptGrade, plan.grades);
  });
  await phase('certificates', async () => write(models.Certificate, await numberCertificates(models, (await learningPlan()).certificates)));

  const campaignPlan = planCityCampaign(enterprises, officeId, officeId('NB'));
  await phase('campaign', async () => {
    await write(models.Campaign, [campaignPlan.campaign]);
    await write(models.CampaignOverride, campaignPlan.overrides);
    await write(models.Application, campaignPlan.applications);
    await write(models.ApplicationStep, campaignPlan.steps);
  });
  await phase('contact-bindings', async () => {
    const codeOf = new Map((await models.Contact.find({}, { bindCode: 1 }).lean()).map((c) => [String(c._id), c.bindCode]));
    const bound = campaignPlan.bindings.filter((b) => codeOf.has(String(b.contactId)));
    const boundAt = new Date('2026-09-20T02:00:00Z');
    await write(
      models.Binding,
      bound.map((b) => ({ _id: seededObjectId(`contact-binding:${b.n}`, boundAt), personType: 'contact', personId: b.contactId, officeId: b.officeId, kind: b.kind, identityId: b.identityId, code: codeOf.get(String(b.contactId))!, boundAt })),
    );
    await write(models.OnceKey, bound.map((b) => ({ _id: `bind-code:${codeOf.get(String(b.contactId))}`, claimedAt: boundAt, note: `contact ${String(b.contactId)} bound` })));
  });
  const staffIds = async () => {
    const city = await models.Staff.findOne({ username: 'city-admin' }, { _id: 1 }).lean();
    const editor = await models.Staff.findOne({ username: 'haishu-editor' }, { _id: 1 }).lean();
    return { city: editor!._id, approver: city!._id };
  };
  let broadcastPlan: ReturnType<typeof planCityBroadcasts> | undefined;
  const broadcastsPlanned = async () => (broadcastPlan ??= planCityBroadcasts(enterprises, instructors, campaignPlan.bindings, officeId, await staffIds()));
  await phase('broadcasts', async () => {
    const p = await broadcastsPlanned();
    await write(models.Broadcast, p.broadcasts);
    await write(models.BroadcastTransition, p.transitions);
    await write(models.BroadcastPublished, p.published);
    await write(models.BroadcastDelivery, p.deliveries);
    await write(models.BroadcastResult, p.results);
    await write(models.BroadcastRead, p.reads);
  });

  const seeded = seededCounts(models, enterprises, instructors, await learningPlan(), campaignPlan, await broadcastsPlanned());
  const wroteAnything = Object.values(inserted).some((n) => n > 0);
  const held = wroteAnything ? await countCollections(models, Object.keys(seeded)) : null;
  return { scale, seconds: (Date.now() - started) / 1000, seeded, inserted, held, skipped, taken };
}

/** How many documents of each collection the seed itself writes, from the plans (no reading). */
function seededCounts(models: Models, enterprises: EnterprisePlan[], instructors: InstructorPlan[], plan: LearningPlan, campaign: ReturnType<typeof planCityCampaign>, news: ReturnType<typeof planCityBroadcasts>): Record<string, number> {
  const contacts = enterprises.reduce((sum, e) => sum + e.contacts.length, 0);
  const bound = instructors.filter((i) => i.identity).length;
  const counts: [SeedModel, number][] = [
    [models.Office, 1 + CITY_DISTRICTS.length + CITY_UNITS.length],
    [models.Enterprise, enterprises.length],
    [models.Contact, contacts],
    [models.Instructor, instructors.length],
    [models.BindCode, contacts + instructors.length],
    [models.Binding, bound + campaign.bindings.length],
    // The claims of the bound instructors' and contacts' codes; the phase markers come on top.
    [models.OnceKey, bound + campaign.bindings.length],
    [models.LessonCompletion, plan.completions.length],
    [models.Attempt, plan.attempts.length],
    [models.AttemptAnswer, plan.answers.length],
    [models.AttemptGrade, plan.grades.length],
    [models.Certificate, plan.certificates.length],
    [models.Campaign, 1],
    [models.CampaignOverride, campaign.overrides.length],
    [models.Application, campaign.applications.length],
    [models.ApplicationStep, campaign.steps.length],
    [models.Broadcast, news.broadcasts.length],
    [models.BroadcastTransition, news.transitions.length],
    [models.BroadcastPublished, news.published.length],
    [models.BroadcastDelivery, news.deliveries.length],
    [models.BroadcastResult, news.results.length],
    [models.BroadcastRead, news.reads.length],
  ];
  return Object.fromEntries(counts.map(([model, n]) => [model.collection.collectionName, n]));
}

function officeIdsOf(offices: CityOffices): (code: string) => Types.ObjectId {
  return (code) => {
    const office = offices.get(code);
    if (!office) throw new Error(`No office ${code}: the city tree was not seeded`);
    return office._id;
  };
}

const enterpriseDoc = (e: EnterprisePlan, officeId: (code: string) => Types.ObjectId) => ({
  _id: e._id,
  name: e.name,
  creditCode: e.creditCode,
  officeId: officeId(e.officeCode),
  industry: e.industry,
  hasUnion: e.hasUnion,
  level: e.level,
  stars: e.stars,
  createdAt: e.importedAt,
  updatedAt: e.importedAt,
});

const bindingDoc = (i: InstructorPlan, officeId: (code: string) => Types.ObjectId, code: string) => {
  const identity = i.identity!;
  return {
    _id: seededObjectId(`binding:${i.m}`, identity.boundAt),
    personType: 'instructor',
    personId: i._id,
    officeId: officeId(i.officeCode),
    kind: identity.kind,
    identityId: identity.identityId,
    ...(identity.weixin ? { weixin: identity.weixin } : {}),
    ...(identity.displayName ? { displayName: identity.displayName } : {}),
    code,
    boundAt: identity.boundAt,
  };
};

/**
 * Roster people with their bind codes, the way an import issues them (issueBindCodes: random codes,
 * one insertMany, collisions redrawn), in batches of one import date each. Codes are issued just
 * before their people are written; a person whose code an interrupted run already issued keeps it,
 * so nobody ends up with two.
 */
async function insertPeopleWithCodes(
  models: Models,
  model: SeedModel,
  personType: PersonType,
  people: { doc: { _id: Types.ObjectId } & object; issuedAt: Date }[],
  progress: Progress,
  tally: (collection: string, count: Pick<InsertCount, 'inserted' | 'taken'>) => void,
): Promise<void> {
  const label = model.collection.collectionName;
  const held = await keysIn(model);
  const missing = people.filter((p) => !held.has(String(p.doc._id)));
  const codeOf = new Map<string, string>();
  if (missing.length) {
    for (const c of await models.BindCode.find({ personType, revoked: false }, { personId: 1 }).lean()) codeOf.set(String(c.personId), c._id);
  }
  const byImport = new Map<number, typeof missing>();
  for (const p of missing) {
    const group = byImport.get(p.issuedAt.getTime()) ?? [];
    group.push(p);
    byImport.set(p.issuedAt.getTime(), group);
  }
  const batches = [...byImport.values()].flatMap((group) => chunk(group, INSERT_BATCH));
  const meter = new Meter(label, people.length, progress);
  meter.add(people.length - missing.length);
  let codesIssued = 0;
  let refused = 0;
  await inParallel(batches, INSERT_CONCURRENCY, async (batch) => {
    const lacking = batch.filter((p) => !codeOf.has(String(p.doc._id))).map((p) => p.doc._id);
    if (lacking.length) {
      const issuedAt = batch[0].issuedAt;
      const codes = await issueBindCodes({ BindCode: models.BindCode, clock: { now: () => issuedAt } }, personType, lacking);
      for (const [personId, code] of codes) codeOf.set(personId, code);
      codesIssued += codes.size;
    }
    const result = await insertBatch(model, batch.map((p) => ({ ...p.doc, bindCode: codeOf.get(String(p.doc._id))! })));
    refused += result.taken;
    meter.add(batch.length);
  });
  const count = { inserted: missing.length - refused, existing: people.length - missing.length, taken: refused };
  meter.finish([describe(count), `${codesIssued} bind codes issued`].filter(Boolean).join(', '));
  tally(label, count);
  tally(models.BindCode.collection.collectionName, { inserted: codesIssued, taken: 0 });
}

async function planCityLearning(models: Models, instructors: InstructorPlan[], officeId: (code: string) => Types.ObjectId, withStoredPapers: boolean, progress: Progress): Promise<LearningPlan> {
  const course = await loadCourseShape(models);
  // A resumed run keeps the papers its attempts were written with (drawPaper would draw others).
  const papers = new Map<string, PaperItem[]>();
  if (withStoredPapers) {
    for (const a of await models.Attempt.find({ courseId: course.courseId }, { paper: 1 }).lean()) papers.set(String(a._id), a.paper as PaperItem[]);
  }
  const learners: PlannedLearner[] = instructors.flatMap((i) => (i.identity ? [{ m: i.m, _id: i._id, name: i.name, state: i.state, officeId: officeId(i.officeCode), boundAt: i.identity.boundAt }] : []));
  const plan = planLearning(learners, course, papers);
  progress(`plan: ${plan.completions.length} lessons read, ${plan.attempts.length} attempts, ${plan.answers.length} answers, ${plan.certificates.length} certificates`);
  return plan;
}

/**
 * Numbers the certificates not held yet, in order of issue, after the highest number MongoDB holds
 * for each year (CSR-YYYY-NNNNNN); a learner who already holds one (issued live) keeps theirs.
 */
async function numberCertificates(models: Models, planned: CertificatePlan[]) {
  const held = await models.Certificate.find({}, { learnerId: 1, courseId: 1, number: 1 }).lean();
  const holders = new Set(held.map((c) => `${String(c.learnerId)}:${String(c.courseId)}`));
  const highest = new Map<number, number>();
  for (const c of held) {
    const match = /^CSR-(\d{4})-(\d{6})$/.exec(c.number);
    if (match) highest.set(Number(match[1]), Math.max(highest.get(Number(match[1])) ?? 0, Number(match[2])));
  }
  return planned
    .filter((c) => !holders.has(`${String(c.learnerId)}:${String(c.courseId)}`))
    .sort((a, b) => a.issuedAt.getTime() - b.issuedAt.getTime())
    .map((c) => {
      const year = yearIn(c.issuedAt, CITY_TIME_ZONE);
      const seq = (highest.get(year) ?? 0) + 1;
      highest.set(year, seq);
      return { ...c, number: `CSR-${year}-${String(seq).padStart(6, '0')}`, revokedAt: null, revokedReason: null };
    });
}

/**
 * The collections the seed writes to, counted exactly. On FerretDB every count reads the whole
 * table (about 2.5 s for the attempts, whose papers it decodes), so two run at a time; its
 * `$collStats` count is quick but only PostgreSQL's estimate (-1 before the table is analysed).
 */
async function countCollections(models: Models, names: string[]): Promise<Record<string, number>> {
  const byName = new Map<string, { countDocuments(): PromiseLike<number> }>(Object.values(models).map((m) => [m.collection.collectionName, m]));
  const counts = new Map<string, number>();
  await inParallel(names, INSERT_CONCURRENCY, async (name) => {
    counts.set(name, await byName.get(name)!.countDocuments());
  });
  return Object.fromEntries(names.map((name) => [name, counts.get(name)!]));
}
