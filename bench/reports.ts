import { performance } from 'node:perf_hooks';
import type { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { Types, type mongo } from 'mongoose';
import { startReportWorker } from '../jobs/reports';
import { STAGE_KEYS } from '../src/campaigns/kinds';
import { deadlinesOf, effectiveDeadlines, type Deadlines } from '../src/campaigns/schedule';
import { isCorrect } from '../src/quizzes/paper';
import { itemAnalysis, type AttemptMarks } from '../src/reports/item-stats';
import { registerModels } from '../src/models';
import { createRedis } from '../src/redis';
import type { ReportJob, ReportKind } from '../src/reports/kinds';
import { seedCity } from '../src/seed/city';
import { createCityDeps } from './lib/city-deps';
import { cleanUp, runBench } from './lib/run';
import type { BenchDeps } from './lib/service-deps';
import { fixed, formatTable } from './lib/table';

/**
 * `npm run bench:reports`: each report of src/reports/ on the seeded city (npm run seed:city; seeded
 * here first when it is not), for the city office (177 offices, all of it) and one district (海曙),
 * against the raw driver computing the same figures on the same engine in the same run: the fewest
 * reads (equalities, `$group` with `$sum` where FerretDB has it) and the join and roll-up in plain
 * code. Ours and raw take turns in A B B A order, BENCH_ROUNDS times (default 3), after one unmeasured
 * warm-up each; the median of each side is shown and `raw ÷ ours` is the ratio (goal ≥ 0.5: a report
 * costs at most twice the floor). Then each city-wide report once as a report job through a real
 * BullMQ worker (jobs/reports.ts): from asking to done, with its progress updates. Nothing else is
 * written to the city; the jobs' runs are deleted at the end.
 */
const CITY_DB = process.env.MONGODB_DB || 'harmony_demo';
const ROUNDS = Number(process.env.BENCH_ROUNDS || 3);
const DAY_MS = 24 * 3600_000;

type Db = mongo.Db;
type Doc = Record<string, unknown> & { _id: unknown };
const key = (v: unknown) => String(v);

/** Each office's subtree roots among the rows: the asked office and the child whose subtree holds it. */
async function rawRollup(db: Db, rootId: Types.ObjectId) {
  const offices = (await db.collection('offices').find({}, { projection: { parentId: 1, ancestors: 1 } }).toArray()) as unknown as { _id: Types.ObjectId; parentId: Types.ObjectId | null; ancestors: Types.ObjectId[] }[];
  const root = key(rootId);
  const rowsOf = new Map<string, string[]>();
  for (const o of offices) {
    const chain = [...o.ancestors.map(key), key(o._id)];
    const at = chain.indexOf(root);
    if (at < 0) continue;
    rowsOf.set(key(o._id), at + 1 < chain.length ? [root, chain[at + 1]] : [root]);
  }
  return { rowsOf, offices };
}

function counter() {
  const m = new Map<string, number>();
  return { add: (rows: string[] | undefined, field: string) => rows?.forEach((r) => m.set(`${r}|${field}`, (m.get(`${r}|${field}`) ?? 0) + 1)), size: () => m.size };
}

function rawReports(db: Db, campaignId: Types.ObjectId, courseId: Types.ObjectId) {
  return {
    async participation(rootId: Types.ObjectId) {
      const [{ rowsOf }, enterprises, apps, withdrawn] = await Promise.all([
        rawRollup(db, rootId),
        db.collection('enterprises').find({ hasUnion: true }, { projection: { officeId: 1, level: 1 } }).toArray(),
        db.collection('applications').find({ campaignId }, { projection: { enterpriseId: 1 } }).toArray(),
        db.collection('application_steps').find({ campaignId, step: 'withdrawn' }, { projection: { applicationId: 1 } }).toArray(),
      ]);
      const out = new Set(withdrawn.map((s) => key(s.applicationId)));
      const taking = new Set(apps.filter((a) => !out.has(key(a._id))).map((a) => key(a.enterpriseId)));
      const c = counter();
      for (const e of enterprises) {
        const rows = rowsOf.get(key(e.officeId));
        c.add(rows, 'unionised');
        if (taking.has(key(e._id))) {
          c.add(rows, 'participating');
          if (e.level !== 'none') c.add(rows, String(e.level));
        }
      }
      return c.size();
    },
    async funnel(rootId: Types.ObjectId) {
      const [{ rowsOf }, instructors, bound, read, passed, certs, quizzes, lessons] = await Promise.all([
        rawRollup(db, rootId),
        db.collection('instructors').find({}, { projection: { officeId: 1, cohort: 1 } }).toArray(),
        db.collection('bindings').aggregate([{ $match: { personType: 'instructor' } }, { $group: { _id: '$personId' } }]).toArray(),
        db.collection('lesson_completions').aggregate([{ $match: { courseId } }, { $group: { _id: '$learnerId', n: { $sum: 1 } } }]).toArray(),
        db.collection('attempt_grades').aggregate([{ $match: { courseId, passed: true } }, { $group: { _id: { l: '$learnerId', q: '$quizId' } } }]).toArray(),
        db.collection('certificates').find({ courseId, revokedAt: null }, { projection: { learnerId: 1 } }).toArray(),
        db.collection('quizzes').find({ courseId }, { projection: { moduleId: 1 } }).toArray(),
        db.collection('lessons').countDocuments({ courseId }),
      ]);
      const isBound = new Set(bound.map((b) => key(b._id)));
      const readAll = new Set(read.filter((r) => r.n === lessons).map((r) => key(r._id)));
      const passes = new Map<string, Set<string>>();
      for (const p of passed) passes.set(key(p._id.l), (passes.get(key(p._id.l)) ?? new Set()).add(key(p._id.q)));
      const modules = quizzes.filter((q) => q.moduleId).map((q) => key(q._id));
      const final = key(quizzes.find((q) => !q.moduleId)?._id);
      const certified = new Set(certs.map((c) => key(c.learnerId)));
      const c = counter();
      for (const i of instructors) {
        const rows = rowsOf.get(key(i.officeId));
        if (!rows) continue;
        const id = key(i._id);
        const steps = [true, isBound.has(id), readAll.has(id), modules.every((m) => passes.get(id)?.has(m)), passes.get(id)?.has(final) ?? false, certified.has(id)];
        for (let k = 0; k < steps.length && steps[k]; k++) {
          c.add(rows, String(k));
          c.add([String(i.cohort)], String(k));
        }
      }
      return c.size();
    },
    async stages(rootId: Types.ObjectId, deadlines: Map<string, Deadlines>, now: Date) {
      const [{ rowsOf }, apps, steps, contacts, bindings] = await Promise.all([
        rawRollup(db, rootId),
        db.collection('applications').find({ campaignId }, { projection: { officeId: 1, enterpriseId: 1 } }).toArray(),
        db.collection('application_steps').find({ campaignId }, { projection: { applicationId: 1, step: 1 } }).toArray(),
        db.collection('enterprise_contacts').find({}, { projection: { enterpriseId: 1 } }).toArray(),
        db.collection('bindings').find({ personType: 'contact' }, { projection: { personId: 1, kind: 1 } }).toArray(),
      ]);
      const done = new Map<string, Set<string>>();
      for (const s of steps) done.set(key(s.applicationId), (done.get(key(s.applicationId)) ?? new Set()).add(String(s.step)));
      const reach = new Map(bindings.map((b) => [key(b.personId), String(b.kind)]));
      const contactsOf = new Map<string, string[]>();
      for (const c of contacts) contactsOf.set(key(c.enterpriseId), [...(contactsOf.get(key(c.enterpriseId)) ?? []), key(c._id)]);
      const c = counter();
      for (const a of apps) {
        const rows = rowsOf.get(key(a.officeId));
        const d = deadlines.get(key(a.officeId));
        const s = done.get(key(a._id)) ?? new Set<string>();
        if (!rows || !d || s.has('withdrawn')) continue;
        for (const stage of STAGE_KEYS) c.add(rows, s.has(stage) ? `${stage}.done` : d[stage].getTime() < now.getTime() ? `${stage}.late` : `${stage}.open`);
        const current = STAGE_KEYS.find((k) => !s.has(k));
        if (current && d[current].getTime() < now.getTime()) c.add([(contactsOf.get(key(a.enterpriseId)) ?? []).some((id) => reach.has(id)) ? 'late.reachable' : 'late.none'], 'n');
      }
      return c.size();
    },
    async deliveries(rootId: Types.ObjectId, from: Date, to: Date) {
      const at = { $gte: from, $lt: to };
      const [{ rowsOf }, outcomes, results, deliveries, reads] = await Promise.all([
        rawRollup(db, rootId),
        db.collection('reminder_outcomes').aggregate([{ $match: { at } }, { $group: { _id: { o: '$outcome', c: '$channel', office: '$officeId' }, n: { $sum: 1 } } }]).toArray(),
        db.collection('broadcast_results').aggregate([{ $match: { at } }, { $group: { _id: { o: '$outcome', c: '$channel', office: '$officeId' }, n: { $sum: 1 } } }]).toArray(),
        db.collection('broadcast_deliveries').aggregate([{ $match: { at } }, { $group: { _id: '$officeId', n: { $sum: 1 } } }]).toArray(),
        db.collection('broadcast_reads').aggregate([{ $match: { at } }, { $group: { _id: '$officeId', n: { $sum: 1 } } }]).toArray(),
      ]);
      const c = counter();
      for (const g of [...outcomes, ...results]) if (rowsOf.has(key(g._id.office))) c.add([`${g._id.c}`], String(g._id.o));
      for (const g of [...deliveries, ...reads]) c.add(rowsOf.get(key(g._id)), 'n');
      return c.size();
    },
    async questions(rootId: Types.ObjectId) {
      const [{ rowsOf }, instructors, quizzes] = await Promise.all([
        rawRollup(db, rootId),
        db.collection('instructors').find({}, { projection: { officeId: 1 } }).toArray(),
        db.collection('quizzes').find({ courseId }, { projection: { draws: 1 } }).toArray(),
      ]);
      const learners = new Set(instructors.filter((i) => rowsOf.has(key(i.officeId))).map((i) => key(i._id)));
      let n = 0;
      for (const quiz of quizzes) {
        const [grades, attempts, questions] = await Promise.all([
          db.collection('attempt_grades').find({ quizId: quiz._id }, { projection: { learnerId: 1, number: 1, answers: 1 } }).toArray(),
          db.collection('attempts').find({ quizId: quiz._id }, { projection: { 'paper.questionId': 1 } }).toArray(),
          Promise.all((quiz.draws as { bankId: Types.ObjectId }[]).map((d) => db.collection('questions').find({ bankId: d.bankId }, { projection: { answer: 1 } }).toArray())),
        ]);
        const answerOf = new Map(questions.flat().map((q) => [key(q._id), q.answer as number[]]));
        const paperOf = new Map(attempts.map((a) => [key(a._id), a.paper as { questionId: unknown }[]]));
        const first = new Map<string, Doc>();
        for (const g of grades) if (learners.has(key(g.learnerId)) && (!first.get(key(g.learnerId)) || (g.number as number) < (first.get(key(g.learnerId))!.number as number))) first.set(key(g.learnerId), g);
        const marks: AttemptMarks[] = [...first.values()].map((g) => {
          const chosen = new Map((g.answers as { questionId: unknown; choice: number[] }[]).map((a) => [key(a.questionId), a.choice]));
          return { items: (paperOf.get(key(g._id)) ?? []).map((p, position) => ({ questionId: key(p.questionId), position, mark: isCorrect(chosen.get(key(p.questionId)), answerOf.get(key(p.questionId)) ?? []) ? 1 : 0, max: 1 })) };
        });
        n += itemAnalysis(marks).questions.length;
      }
      return n;
    },
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function timed(run: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await run();
  return performance.now() - t;
}

async function main(): Promise<number> {
  let deps: BenchDeps | undefined;
  let workerRedis: Redis | undefined;
  let worker: Worker<ReportJob> | undefined;
  const runIds: string[] = [];
  try {
    deps = await createCityDeps({ database: CITY_DB, prefix: 'bench_reports', dropOnClose: false, protectedDatabase: CITY_DB });
    const models = registerModels(deps.mongo);
    const seeded = await seedCity(models, { onProgress: (line) => process.stderr.write(`seed: ${line}\n`) });
    process.stderr.write(`seedCity on "${CITY_DB}": ${seeded.held ? 'wrote data' : 'already seeded'} (${fixed(seeded.seconds, 1)} s)\n`);
    const db = deps.mongo.db!;
    const { reports, offices, campaigns } = deps.areas;
    const city = (await models.Office.findOne({ code: 'NB' }).lean())!;
    const district = (await models.Office.findOne({ code: 'NB-HS' }).lean())!;
    const scope = await offices.scopeOf(city._id);
    const reader = { scope, phonesVisible: true };
    // The city's own campaign (10,000 applications), not the demo's small one that `npm run demo` adds to the same database.
    const open = (await campaigns.calendar.list(scope)).filter((c) => !c.closed);
    const sizes = await Promise.all(open.map((c) => models.Application.countDocuments({ campaignId: c._id })));
    const campaign = open[sizes.indexOf(Math.max(...sizes))]!;
    const course = (await models.Course.find({ published: true }, { _id: 1 }).sort({ _id: -1 }).limit(1).lean())[0];
    const now = deps.clock.now();
    const from = new Date(now.getTime() - 365 * DAY_MS);
    // The raw side is given every office's deadlines for free (the calendar's rule, computed once here).
    const overrides = await campaigns.calendar.overrides(campaign);
    const allOffices = await models.Office.find({}, { ancestors: 1 }).lean();
    const deadlines = new Map(allOffices.map((o) => [String(o._id), effectiveDeadlines(deadlinesOf(campaign.stages) as Deadlines, [String(o._id), ...[...o.ancestors].reverse().map(String)], overrides)]));
    const raw = rawReports(db, campaign._id, course._id);

    const cases: { name: string; ours: (office: Types.ObjectId) => Promise<unknown>; raw: (office: Types.ObjectId) => Promise<unknown> }[] = [
      { name: 'participation', ours: (o) => reports.participation(scope, { officeId: String(o), campaignId: String(campaign._id) }), raw: (o) => raw.participation(o) },
      { name: 'levels', ours: (o) => reports.levels(scope, { officeId: String(o), campaignId: String(campaign._id) }), raw: (o) => raw.participation(o) },
      { name: 'funnel', ours: (o) => reports.funnel(reader, { officeId: String(o), courseId: String(course._id) }), raw: (o) => raw.funnel(o) },
      { name: 'stages', ours: (o) => reports.stages(reader, { officeId: String(o), campaignId: String(campaign._id) }), raw: (o) => raw.stages(o, deadlines, now) },
      { name: 'deliveries', ours: (o) => reports.deliveries(scope, { officeId: String(o), from, to: now }), raw: (o) => raw.deliveries(o, from, now) },
      { name: 'questions', ours: (o) => reports.questions(scope, { officeId: String(o), courseId: String(course._id) }), raw: (o) => raw.questions(o) },
    ];
    const rows: string[][] = [];
    const json: Record<string, { ours_ms: number; raw_ms: number; ratio: number }> = {};
    for (const [label, office] of [['city', city._id], ['district', district._id]] as const) {
      for (const c of cases) {
        await c.ours(office);
        await c.raw(office);
        const ours: number[] = [];
        const rawMs: number[] = [];
        for (let r = 0; r < ROUNDS; r++) {
          ours.push(await timed(() => c.ours(office)));
          rawMs.push(await timed(() => c.raw(office)));
          rawMs.push(await timed(() => c.raw(office)));
          ours.push(await timed(() => c.ours(office)));
        }
        const o = median(ours);
        const w = median(rawMs);
        json[`${c.name}:${label}`] = { ours_ms: Math.round(o), raw_ms: Math.round(w), ratio: Math.round((w / o) * 100) / 100 };
        rows.push([`${c.name} (${label})`, fixed(o), fixed(w), fixed(w / o, 2)]);
        process.stderr.write(`${c.name} (${label}) done\n`);
      }
    }
    process.stdout.write(`${formatTable(['report', 'ours median ms', 'raw median ms', 'raw ÷ ours'], rows)}\n`);

    // The city-wide reports as jobs: asked for as the city admin, built by a real worker, polled every 100 ms.
    workerRedis = createRedis(deps.config.REDIS_URL, 'worker');
    worker = await startReportWorker({ areas: deps.areas, workerRedis, config: deps.config, logger: deps.logger });
    const updates = new Map<string, number>();
    worker.on('progress', (job) => updates.set(String(job.id), (updates.get(String(job.id)) ?? 0) + 1));
    const asker = { staffId: new Types.ObjectId(), role: 'admin' as const, scope };
    const jobFilters: Record<ReportKind, Record<string, string>> = {
      participation: { campaignId: String(campaign._id) },
      levels: { campaignId: String(campaign._id) },
      funnel: { courseId: String(course._id) },
      stages: { campaignId: String(campaign._id) },
      deliveries: { from: from.toISOString(), to: now.toISOString() },
      questions: { courseId: String(course._id) },
    };
    const jobRows: string[][] = [];
    const jobs: Record<string, { job_ms: number; progress_updates: number }> = {};
    for (const kind of Object.keys(jobFilters) as ReportKind[]) {
      const t = performance.now();
      const run = await deps.areas.reports.runs.request(asker, kind, jobFilters[kind]);
      runIds.push(run.id);
      let state = run.state;
      while (state === 'queued' || state === 'running') {
        await new Promise((r) => setTimeout(r, 100));
        state = (await deps.areas.reports.runs.read(asker, run.id)).state;
      }
      const ms = performance.now() - t;
      if (state !== 'done') throw new Error(`the ${kind} report job ended ${state}`);
      jobs[kind] = { job_ms: Math.round(ms), progress_updates: updates.get(run.id) ?? 0 };
      jobRows.push([`${kind} (city, job)`, fixed(ms), String(updates.get(run.id) ?? 0)]);
    }
    process.stdout.write(`${formatTable(['report job', 'asked → done ms', 'progress updates'], jobRows)}\n`);
    process.stdout.write(`${JSON.stringify({ bench: 'reports', database: CITY_DB, rounds: ROUNDS, results: json, jobs })}\n`);
    return 0;
  } finally {
    await cleanUp('bench:reports', [
      async () => worker?.close(),
      async () => workerRedis?.quit(),
      async () => {
        if (!deps || !runIds.length) return;
        const models = registerModels(deps.mongo);
        for (const _id of runIds) await Promise.all([models.ReportRequest.deleteOne({ _id }), models.ReportResult.deleteOne({ _id })]);
      },
      async () => deps?.close(),
    ]);
  }
}

runBench('bench:reports', main);
