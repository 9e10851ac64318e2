import { Types } from 'mongoose';
import type { BindingArea } from '../binding/use-cases';
import type { Sending } from '../broadcasts/sending';
import type { Campaigns } from '../campaigns/use-cases';
import type { Certificates } from '../certificates/use-cases';
import type { Campaign } from '../campaigns/model';
import { STAGE_KEYS, STAGE_NAMES, type StageKey } from '../campaigns/kinds';
import type { Deadlines } from '../campaigns/schedule';
import type { Clock } from '../clock';
import type { Courses } from '../courses/use-cases';
import { Forbidden, Invalid, NotFound } from '../errors';
import type { Offices } from '../offices/use-cases';
import type { People } from '../people/use-cases';
import { maskName, maskPhone } from '../privacy';
import type { Quizzes } from '../quizzes/use-cases';
import type { Reminders } from '../reminders/use-cases';
import type { Scope } from '../scope';
import { itemAnalysis, type AttemptMarks, type Figure } from './item-stats';
import type { ReportFilters, ReportKind } from './kinds';
import { rollup, tally, type OfficeRow } from './tree';

/** The programme's targets (SPEC "The programme behind it"). */
export const PARTICIPATION_TARGET = 0.9;
export const LEVEL_TARGET = 0.06;
/** How many instructors each funnel step names as stuck longest. */
export const STUCK_TOP = 10;

export const FUNNEL_STEPS = [
  { key: 'imported', name: '已导入' },
  { key: 'bound', name: '已绑定' },
  { key: 'lessons', name: '课时全部学完' },
  { key: 'moduleQuizzes', name: '模块测验全部通过' },
  { key: 'finalExam', name: '结业考试通过' },
  { key: 'certificate', name: '已获证书' },
] as const;
export type FunnelStep = (typeof FUNNEL_STEPS)[number]['key'];
const STEP_KEYS = FUNNEL_STEPS.map((s) => s.key) as FunnelStep[];

export const LEVELS = ['town', 'district', 'city'] as const;

export class OfficeOutOfScope extends Forbidden {
  override readonly code = 'office_out_of_scope';
}

/**
 * The areas' use cases the reports read through: each area's bulk reads of its own collections,
 * one equality per office of the subtree (or one read of the table for a city), nothing written.
 */
export interface ReportsDeps {
  clock: Clock;
  offices: Pick<Offices, 'scopeOf' | 'list'>;
  campaigns: Pick<Campaigns, 'calendar' | 'applications'>;
  courses: Pick<Courses, 'byId' | 'outline' | 'listPublished' | 'completionsOfCourse'>;
  quizzes: Pick<Quizzes, 'quizzesOfCourse' | 'forReports'>;
  people: Pick<People, 'instructorsUnder' | 'enterprisesUnder' | 'contactsUnder'>;
  binding: Pick<BindingArea, 'bindingsUnder'>;
  certificates: Pick<Certificates, 'ofCourse'>;
  reminders: Pick<Reminders, 'outcomesBetween'>;
  broadcasts: Pick<Sending, 'deliveriesBetween'>;
}

/** Told the share (0–1) of a report's reads done as each one finishes; a report job turns it into its progress. */
export type OnProgress = (share: number) => Promise<void> | void;

/** Counts a report's reads as they finish, out of `total`. */
function tracker(total: number, onProgress?: OnProgress) {
  let done = 0;
  return async function counted<T>(read: Promise<T>): Promise<T> {
    const value = await read;
    done++;
    await onProgress?.(Math.min(1, done / total));
    return value;
  };
}

/** Who asks: their scope, and whether they see phones in clear (admins and editors). */
export interface Reader {
  scope: Scope;
  phonesVisible: boolean;
}

const DAY_MS = 24 * 3600_000;
const ratio = (a: number, b: number) => (b ? Math.round((a / b) * 10000) / 10000 : null);
const round2 = (n: number | null) => (n === null ? null : Math.round(n * 100) / 100);
const fig = (f: Figure) => ({ value: round2(f.value), low: round2(f.interval?.low ?? null), high: round2(f.interval?.high ?? null) });
const latest = (...dates: (Date | null | undefined)[]) => dates.reduce<Date | null>((a, d) => (d && (!a || d.getTime() > a.getTime()) ? d : a), null);

/**
 * The reports of the programme's figures for staff: every figure within the caller's subtree, for an
 * office of it (default: the caller's own) and that office's child offices, each rolled up over its
 * subtree. Reads only; the figures are computed here from sums and counts (FerretDB has no $avg,
 * $min, $max or $lookup), and records of different collections are joined here by id.
 */
export function createReports(deps: ReportsDeps) {
  const { offices, clock, people, binding } = deps;

  async function target(scope: Scope, officeId?: string) {
    if (officeId && !scope.has(officeId)) throw new OfficeOutOfScope('This office is not in your subtree');
    const rootId = officeId ?? String(scope.rootId);
    const sub = await offices.scopeOf(rootId);
    const tree = rollup(await offices.list(sub), rootId);
    return { sub, ...tree };
  }

  async function campaignFor(scope: Scope, campaignId?: string): Promise<Campaign> {
    if (campaignId) return deps.campaigns.calendar.get(scope, campaignId);
    const open = (await deps.campaigns.calendar.list(scope)).filter((c) => !c.closed);
    if (!open.length) throw new NotFound('No open campaign reaches your office');
    // Newest first: by year, then by creation (list sorts so).
    return open[0];
  }

  async function courseFor(courseId?: string) {
    if (courseId) {
      const found = await deps.courses.byId(courseId);
      if (!found) throw new NotFound('Course not found');
      return found;
    }
    const published = await deps.courses.listPublished();
    if (!published.length) throw new NotFound('No published course');
    const newest = published.map((c) => String(c._id)).sort().at(-1)!;
    return (await deps.courses.byId(newest))!;
  }

  const campaignView = (c: Campaign) => ({ id: String(c._id), name: c.name, year: c.year, closed: c.closed });
  const rowView = (r: OfficeRow) => ({ officeId: r.officeId, code: r.code, name: r.name, kind: r.kind });

  /** Unionised enterprises, those taking part (an application not withdrawn) and their levels, per row. */
  async function enterpriseFigures(scope: Scope, q: { officeId?: string; campaignId?: string }, onProgress?: OnProgress) {
    const [t, campaign] = await Promise.all([target(scope, q.officeId), campaignFor(scope, q.campaignId)]);
    const counted = tracker(2, onProgress);
    const [enterprises, { applications: apps, steps }] = await Promise.all([
      counted(people.enterprisesUnder(t.sub.officeIds, ['hasUnion', 'level'])),
      counted(deps.campaigns.applications.underOffices(campaign._id, t.sub.officeIds)),
    ]);
    const withdrawn = new Set(steps.filter((s) => s.step === 'withdrawn').map((s) => String(s.applicationId)));
    const taking = new Set(apps.filter((a) => !withdrawn.has(String(a._id))).map((a) => String(a.enterpriseId)));
    const counts = tally(t.rows, t.rowsOf, ['unionised', 'participating', 'town', 'district', 'city'] as const);
    for (const e of enterprises) {
      if (!e.hasUnion) continue;
      const office = String(e.officeId);
      counts.add(office, 'unionised');
      if (!taking.has(String(e._id))) continue;
      counts.add(office, 'participating');
      if ((LEVELS as readonly string[]).includes(e.level)) counts.add(office, e.level as (typeof LEVELS)[number]);
    }
    return { campaign: campaignView(campaign), rows: t.rows.map((r) => ({ row: r, counts: counts.get(r.officeId) })) };
  }

  const reports = {
    /** 1. Unionised enterprises taking part in a campaign, against the 90% target. */
    async participation(scope: Scope, q: { officeId?: string; campaignId?: string }, onProgress?: OnProgress) {
      const { campaign, rows } = await enterpriseFigures(scope, q, onProgress);
      return {
        campaign,
        target: PARTICIPATION_TARGET,
        rows: rows.map(({ row, counts }) => {
          const r = ratio(counts.participating, counts.unionised);
          return { ...rowView(row), unionised: counts.unionised, participating: counts.participating, ratio: r, target: PARTICIPATION_TARGET, meetsTarget: r !== null && r >= PARTICIPATION_TARGET };
        }),
      };
    },

    /** 2. Among participating enterprises, the share at town, district or city level, against 6%. */
    async levels(scope: Scope, q: { officeId?: string; campaignId?: string }, onProgress?: OnProgress) {
      const { campaign, rows } = await enterpriseFigures(scope, q, onProgress);
      return {
        campaign,
        target: LEVEL_TARGET,
        rows: rows.map(({ row, counts }) => {
          const levelled = counts.town + counts.district + counts.city;
          const share = ratio(levelled, counts.participating);
          return { ...rowView(row), participating: counts.participating, town: counts.town, district: counts.district, city: counts.city, levelled, share, target: LEVEL_TARGET, meetsTarget: share !== null && share >= LEVEL_TARGET };
        }),
      };
    },

    /** 3. The training funnel of a course, per office row and per cohort, with who is stuck longest at each step. */
    async funnel(reader: Reader, q: { officeId?: string; courseId?: string }, onProgress?: OnProgress) {
      const [t, course] = await Promise.all([target(reader.scope, q.officeId), courseFor(q.courseId)]);
      const [{ lessons }, quizzes] = await Promise.all([deps.courses.outline(course._id), deps.quizzes.quizzesOfCourse(course._id)]);
      const counted = tracker(5, onProgress);
      const [instructors, bindings, completions, grades, certificates] = await Promise.all([
        counted(people.instructorsUnder(t.sub.officeIds, ['name', 'phone', 'cohort', 'createdAt'])),
        counted(binding.bindingsUnder('instructor', t.sub.officeIds)),
        counted(deps.courses.completionsOfCourse(course._id)),
        counted(deps.quizzes.forReports.gradesOfCourse(course._id)),
        counted(deps.certificates.ofCourse(course._id)),
      ]);
      const lessonIds = new Set(lessons.map((l) => String(l._id)));
      const moduleQuizIds = quizzes.filter((qz) => qz.moduleId).map((qz) => String(qz._id));
      const finalId = quizzes.find((qz) => !qz.moduleId)?._id;
      type Trace = { boundAt: Date | null; read: Set<string>; lastRead: Date | null; passed: Set<string>; lastGraded: Date | null; certified: Date | null };
      const traces = new Map<string, Trace>(instructors.map((i) => [String(i._id), { boundAt: null, read: new Set<string>(), lastRead: null, passed: new Set<string>(), lastGraded: null, certified: null }]));
      for (const b of bindings) {
        const tr = traces.get(String(b.personId));
        if (tr && (!tr.boundAt || b.boundAt.getTime() < tr.boundAt.getTime())) tr.boundAt = b.boundAt;
      }
      for (const c of completions) {
        const tr = traces.get(String(c.learnerId));
        if (!tr || !lessonIds.has(String(c.lessonId))) continue;
        tr.read.add(String(c.lessonId));
        tr.lastRead = latest(tr.lastRead, c.at);
      }
      for (const g of grades) {
        const tr = traces.get(String(g.learnerId));
        if (!tr) continue;
        if (g.passed) tr.passed.add(String(g.quizId));
        tr.lastGraded = latest(tr.lastGraded, g.gradedAt);
      }
      for (const c of certificates) {
        const tr = traces.get(String(c.learnerId));
        if (tr && !c.revokedAt) tr.certified = c.issuedAt;
      }
      /** How far each instructor got: the index of the last step reached, in order (a step counts only after the ones before it). */
      const reachedOf = (tr: Trace): number => {
        const checks = [true, tr.boundAt !== null, tr.read.size === lessonIds.size, moduleQuizIds.every((id) => tr.passed.has(id)), finalId ? tr.passed.has(String(finalId)) : false, tr.certified !== null];
        let k = 0;
        while (k + 1 < checks.length && checks[k + 1]) k++;
        return k;
      };
      const byOffice = tally(t.rows, t.rowsOf, STEP_KEYS);
      const byCohort = new Map<string, Record<FunnelStep, number>>();
      const stuck: { step: number; since: Date; i: (typeof instructors)[number] }[] = [];
      for (const i of instructors) {
        const tr = traces.get(String(i._id))!;
        const reached = reachedOf(tr);
        const cohort = byCohort.get(i.cohort) ?? (Object.fromEntries(STEP_KEYS.map((k) => [k, 0])) as Record<FunnelStep, number>);
        for (let k = 0; k <= reached; k++) {
          byOffice.add(String(i.officeId), STEP_KEYS[k]);
          cohort[STEP_KEYS[k]]++;
        }
        byCohort.set(i.cohort, cohort);
        if (reached + 1 < STEP_KEYS.length) stuck.push({ step: reached + 1, since: latest(i.createdAt, tr.boundAt, tr.lastRead, tr.lastGraded) ?? i.createdAt, i });
      }
      const withConversion = (counts: Record<FunnelStep, number>) => ({
        counts,
        conversion: Object.fromEntries(STEP_KEYS.slice(1).map((k, n) => [k, ratio(counts[k], counts[STEP_KEYS[n]])])) as Record<Exclude<FunnelStep, 'imported'>, number | null>,
      });
      const now = clock.now().getTime();
      return {
        course: { id: String(course._id), title: course.title },
        steps: FUNNEL_STEPS.map((s) => ({ ...s })),
        byOffice: t.rows.map((r) => ({ ...rowView(r), ...withConversion(byOffice.get(r.officeId)) })),
        byCohort: [...byCohort.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([cohort, counts]) => ({ cohort, ...withConversion(counts) })),
        stuck: FUNNEL_STEPS.slice(1).map((s, n) => ({
          step: s.key,
          stepName: s.name,
          total: stuck.filter((x) => x.step === n + 1).length,
          instructors: stuck
            .filter((x) => x.step === n + 1)
            .sort((a, b) => a.since.getTime() - b.since.getTime() || String(a.i._id).localeCompare(String(b.i._id)))
            .slice(0, STUCK_TOP)
            .map((x) => ({
              id: String(x.i._id),
              maskedName: maskName(x.i.name),
              phone: reader.phonesVisible ? x.i.phone : maskPhone(x.i.phone),
              officeId: String(x.i.officeId),
              officeName: t.nameOf(String(x.i.officeId)),
              cohort: x.i.cohort,
              since: x.since.toISOString(),
              days: Math.floor((now - x.since.getTime()) / DAY_MS),
            })),
        })),
      };
    },

    /** 4. A campaign's stages: done, open and late per stage and office row; the late enterprises and whether their contacts can be reached. */
    async stages(reader: Reader, q: { officeId?: string; campaignId?: string }, onProgress?: OnProgress) {
      const [t, campaign] = await Promise.all([target(reader.scope, q.officeId), campaignFor(reader.scope, q.campaignId)]);
      const ids = t.sub.officeIds;
      const counted = tracker(4, onProgress);
      const [{ applications: apps, steps }, enterprises, contacts, bindings, overrides] = await Promise.all([
        counted(deps.campaigns.applications.underOffices(campaign._id, ids)),
        counted(people.enterprisesUnder(ids, ['name'])),
        counted(people.contactsUnder(ids, ['enterpriseId', 'name', 'phone'])),
        counted(binding.bindingsUnder('contact', ids)),
        deps.campaigns.calendar.overrides(campaign),
      ]);
      const now = clock.now();
      const stepsOf = new Map<string, Map<string, Date>>();
      for (const s of steps) {
        const m = stepsOf.get(String(s.applicationId)) ?? new Map<string, Date>();
        m.set(s.step, s.at);
        stepsOf.set(String(s.applicationId), m);
      }
      const deadlines = new Map<string, Deadlines>();
      for (const officeId of new Set(apps.map((a) => String(a.officeId)))) deadlines.set(officeId, await deps.campaigns.calendar.deadlinesFor(campaign, new Types.ObjectId(officeId), overrides));
      const fields = STAGE_KEYS.flatMap((k) => [`${k}.done`, `${k}.open`, `${k}.late`] as const);
      const counts = tally(t.rows, t.rowsOf, fields);
      const lateApps: { enterpriseId: string; officeId: string; stage: StageKey; deadline: Date }[] = [];
      // The rule of the reminders' stage counts (GET /api/admin/campaigns/:id/stats): withdrawn applications count nowhere.
      for (const a of apps) {
        const done = stepsOf.get(String(a._id)) ?? new Map<string, Date>();
        if (done.has('withdrawn')) continue;
        const office = String(a.officeId);
        const d = deadlines.get(office)!;
        for (const stage of STAGE_KEYS) counts.add(office, done.has(stage) ? (`${stage}.done` as const) : d[stage].getTime() < now.getTime() ? (`${stage}.late` as const) : (`${stage}.open` as const));
        const current = STAGE_KEYS.find((k) => !done.has(k));
        if (current && d[current].getTime() < now.getTime()) lateApps.push({ enterpriseId: String(a.enterpriseId), officeId: office, stage: current, deadline: d[current] });
      }
      const enterpriseName = new Map(enterprises.map((e) => [String(e._id), e.name]));
      const kindsOf = new Map<string, Set<string>>();
      for (const b of bindings) kindsOf.set(String(b.personId), (kindsOf.get(String(b.personId)) ?? new Set()).add(b.kind));
      const contactsOf = new Map<string, typeof contacts>();
      for (const c of contacts) contactsOf.set(String(c.enterpriseId), [...(contactsOf.get(String(c.enterpriseId)) ?? []), c]);
      const reachOf = (kinds: Set<string> | undefined) => (kinds?.has('mp') ? 'mp' : kinds?.has('bot') ? 'bot' : 'none') as 'mp' | 'bot' | 'none';
      const late = lateApps
        .map((l) => {
          const people = (contactsOf.get(l.enterpriseId) ?? []).map((c) => ({
            name: c.name,
            phone: reader.phonesVisible ? c.phone : maskPhone(c.phone),
            miniProgram: kindsOf.get(String(c._id))?.has('mp') ?? false,
            bot: kindsOf.get(String(c._id))?.has('bot') ?? false,
            reach: reachOf(kindsOf.get(String(c._id))),
          }));
          const reach = people.some((p) => p.reach === 'mp') ? 'mp' : people.some((p) => p.reach === 'bot') ? 'bot' : 'none';
          return {
            enterpriseId: l.enterpriseId,
            enterpriseName: enterpriseName.get(l.enterpriseId) ?? '',
            officeId: l.officeId,
            officeName: t.nameOf(l.officeId),
            stage: l.stage,
            stageName: STAGE_NAMES[l.stage],
            deadline: l.deadline.toISOString(),
            daysLate: Math.floor((now.getTime() - l.deadline.getTime()) / DAY_MS),
            reach: reach as 'mp' | 'bot' | 'none',
            contacts: people,
          };
        })
        .sort((a, b) => b.daysLate - a.daysLate || a.enterpriseId.localeCompare(b.enterpriseId));
      return {
        campaign: campaignView(campaign),
        rows: t.rows.flatMap((r) => {
          const c = counts.get(r.officeId);
          return STAGE_KEYS.map((stage) => ({ ...rowView(r), stage, stageName: STAGE_NAMES[stage], done: c[`${stage}.done`], open: c[`${stage}.open`], late: c[`${stage}.late`] }));
        }),
        late: {
          total: late.length,
          byReach: { mp: late.filter((l) => l.reach === 'mp').length, bot: late.filter((l) => l.reach === 'bot').length, none: late.filter((l) => l.reach === 'none').length },
          items: late,
        },
      };
    },

    /** 5. Reminders and broadcast deliveries per outcome and channel, and broadcast reads per office row, in [from, to). */
    async deliveries(scope: Scope, q: { officeId?: string; from: Date; to: Date }, onProgress?: OnProgress) {
      const t = await target(scope, q.officeId);
      const ids = t.sub.officeIds;
      const counted = tracker(2, onProgress);
      const [outcomes, { deliveries, results, reads: readRows }] = await Promise.all([counted(deps.reminders.outcomesBetween(ids, q.from, q.to)), counted(deps.broadcasts.deliveriesBetween(ids, q.from, q.to))]);
      const breakdown = (rows: { outcome: string; channel?: string | null }[]) => {
        const byOutcome = new Map<string, number>();
        const byChannel = new Map<string, number>();
        for (const r of rows) {
          byOutcome.set(r.outcome, (byOutcome.get(r.outcome) ?? 0) + 1);
          const key = `${r.channel || '-'}|${r.outcome}`;
          byChannel.set(key, (byChannel.get(key) ?? 0) + 1);
        }
        return {
          total: rows.length,
          byOutcome: [...byOutcome.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([outcome, count]) => ({ outcome, count })),
          byChannel: [...byChannel.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([key, count]) => ({ channel: key.split('|')[0], outcome: key.split('|')[1], count })),
        };
      };
      const perOffice = tally(t.rows, t.rowsOf, ['deliveries', 'sent', 'reads'] as const);
      for (const d of deliveries) perOffice.add(String(d.officeId), 'deliveries');
      for (const r of results) if (r.outcome === 'sent') perOffice.add(String(r.officeId), 'sent');
      for (const r of readRows) perOffice.add(String(r.officeId), 'reads');
      return {
        from: q.from.toISOString(),
        to: q.to.toISOString(),
        reminders: breakdown(outcomes),
        broadcasts: { deliveries: deliveries.length, ...breakdown(results) },
        reads: t.rows.map((r) => {
          const c = perOffice.get(r.officeId);
          return { ...rowView(r), deliveries: c.deliveries, sent: c.sent, reads: c.reads, readRate: ratio(c.reads, c.sent) };
        }),
      };
    },

    /**
     * 6. Question quality per quiz of a course, from each learner's first graded attempt (Moodle's
     * "first attempt": a learner's later tries have seen the questions), learners of the office's subtree.
     */
    async questions(scope: Scope, q: { officeId?: string; courseId?: string; quizId?: string }, onProgress?: OnProgress) {
      const [t, course] = await Promise.all([target(scope, q.officeId), courseFor(q.courseId)]);
      const quizzes = (await deps.quizzes.quizzesOfCourse(course._id)).filter((qz) => !q.quizId || String(qz._id) === q.quizId);
      if (q.quizId && !quizzes.length) throw new NotFound('Quiz not found in this course');
      const counted = tracker(quizzes.length + 1, onProgress);
      const learners = new Set((await counted(people.instructorsUnder(t.sub.officeIds, []))).map((i) => String(i._id)));
      const out = [];
      for (const quiz of quizzes) {
        const { attempts, withoutAnswers, stems } = await counted(deps.quizzes.forReports.firstGradedAttempts(quiz, (id) => learners.has(id)));
        const marks: AttemptMarks[] = attempts.map((a) => ({ items: a.items.map((i) => ({ questionId: i.questionId, position: i.position, mark: i.correct ? 1 : 0, max: 1 })) }));
        const analysis = itemAnalysis(marks);
        out.push({
          quizId: String(quiz._id),
          title: quiz.title,
          kind: quiz.moduleId ? ('module' as const) : ('final' as const),
          attempts: marks.length,
          skippedWithoutAnswers: withoutAnswers,
          quiz: {
            attempts: analysis.quiz.attempts,
            positions: analysis.quiz.positions,
            meanTotal: round2(analysis.quiz.meanTotal),
            sdTotal: round2(analysis.quiz.sdTotal),
            alpha: fig(analysis.quiz.alpha),
            errorRatio: fig(analysis.quiz.errorRatio),
            standardError: fig(analysis.quiz.standardError),
            fewAttempts: analysis.quiz.fewAttempts,
          },
          questions: analysis.questions
            .map((s) => ({
              questionId: s.questionId,
              stem: (stems.get(s.questionId) ?? '').slice(0, 80),
              attempts: s.attempts,
              facility: fig(s.facility),
              sd: fig(s.sd),
              discrimination: fig(s.discrimination),
              efficiency: fig(s.efficiency),
              flagged: s.flagged,
              reasons: s.reasons,
              fewAttempts: s.fewAttempts,
            }))
            .sort((a, b) => Number(b.flagged) - Number(a.flagged) || a.questionId.localeCompare(b.questionId)),
        });
      }
      return { course: { id: String(course._id), title: course.title }, attemptsUsed: 'first' as const, quizzes: out };
    },
  };

  return {
    ...reports,
    /** What a report job would refuse, checked when it is asked for: the office in scope, the campaign, course and quiz in reach. */
    async check(kind: ReportKind, scope: Scope, f: ReportFilters): Promise<void> {
      await target(scope, f.officeId);
      if (kind === 'participation' || kind === 'levels' || kind === 'stages') await campaignFor(scope, f.campaignId);
      if (kind === 'funnel' || kind === 'questions') {
        const course = await courseFor(f.courseId);
        if (f.quizId && !(await deps.quizzes.quizzesOfCourse(course._id)).some((qz) => String(qz._id) === f.quizId)) throw new NotFound('Quiz not found in this course');
      }
    },
    /** Builds a report of any kind with a job's filters (what the report job runs). */
    async build(kind: ReportKind, reader: Reader, f: ReportFilters, onProgress?: OnProgress) {
      const { officeId, campaignId, courseId, quizId } = f;
      switch (kind) {
        case 'participation':
          return reports.participation(reader.scope, { officeId, campaignId }, onProgress);
        case 'levels':
          return reports.levels(reader.scope, { officeId, campaignId }, onProgress);
        case 'funnel':
          return reports.funnel(reader, { officeId, courseId }, onProgress);
        case 'stages':
          return reports.stages(reader, { officeId, campaignId }, onProgress);
        case 'deliveries':
          if (!f.from || !f.to) throw new Invalid('A deliveries report needs `from` and `to`');
          return reports.deliveries(reader.scope, { officeId, from: new Date(f.from), to: new Date(f.to) }, onProgress);
        case 'questions':
          return reports.questions(reader.scope, { officeId, courseId, quizId }, onProgress);
      }
    },
  };
}

/** [from, to) of a deliveries report: `to` defaults to now, `from` to 30 days before `to`. */
export function deliveryRange(q: { from?: string; to?: string }, now: Date): { from: Date; to: Date } {
  const to = q.to ? new Date(q.to) : now;
  const from = q.from ? new Date(q.from) : new Date(to.getTime() - 30 * DAY_MS);
  if (from.getTime() >= to.getTime()) throw new Invalid('`from` must be before `to`');
  return { from, to };
}

export type Reports = ReturnType<typeof createReports>;
/** A finished report of any kind, as its GET answers it. */
export type ReportBody = Awaited<ReturnType<Reports['build']>>;
