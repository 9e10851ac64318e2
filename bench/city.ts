import { performance } from 'node:perf_hooks';
import type { mongo, Types } from 'mongoose';
import { buildApp } from '../src/app';
import { signToken } from '../src/auth/tokens';
import { issueBindCodes } from '../src/binding/service';
import { systemClock } from '../src/clock';
import { loadConfig } from '../src/config';
import { ensureIndexes } from '../src/db/mongo';
import { registerModels, type Models } from '../src/models';
import type { Question, Quiz } from '../src/quizzes/model';
import { CITY_COHORTS, seedCity } from '../src/seed/city';
import { CSR_COURSE } from '../src/seed/csr-course-content';
import { seedDemo } from '../src/seed/demo';
import { createClient } from './lib/client';
import { commandRecorder, type CommandRecorder } from './lib/city-commands';
import { createCityDeps } from './lib/city-deps';
import { call, multipartFile, rightLetters, rosterCsv, type AttemptView, type CallOptions, type Client } from './lib/city-http';
import { countChanges, countCollections, countOwned, OWNED, ownedId, ownedOpenid, ownedPhone, OWNED_PHONE_PREFIX, PHONES, removeOwned, removeOwnedInstructors } from './lib/city-owned';
import { rawDriver, type BenchCourse, type RawDriver } from './lib/city-raw';
import { pool, roundOrder, Timings, type Figures, type Target } from './lib/city-timings';
import { cleanUp, runBench } from './lib/run';
import { listenLoopback, type LoopbackServer } from './lib/server';
import type { BenchDeps } from './lib/service-deps';
import { loadSettings } from './lib/settings';
import { fixed, formatTable } from './lib/table';

/**
 * `npm run bench:city`: the service at city scale (src/seed/city.ts: 177 offices, 10,000
 * enterprises, 15,000 contacts, 1,000 instructors with 5,000 attempts and 29,000 answers) over
 * HTTP on loopback, CONCURRENCY virtual users at a time, route by route:
 *
 * - learners (mini-program): course list with progress, lesson complete, quiz start, answer save,
 *   submit. Each virtual user is a fresh instructor of the benchmark's own, bound to an openid,
 *   who lists the courses, reads every lesson of module 1 of the CSR course, starts its quiz,
 *   answers every question right and submits;
 * - staff (as the demo's city-admin): instructor list page, search by phone, enterprise page of
 *   one district (its subtree), a 1,000-row roster import (CSV);
 * - public: certificate verification by code.
 *
 * In the same run, to set the figures against something:
 * - (a) the raw driver doing the fewest reads and writes of each step on the city data
 *   (bench/lib/city-raw.ts), so "ours ÷ raw" is what our stack costs over the floor;
 * - (b) the same service on a database holding only what seedDemo writes (offices, staff, the CSR
 *   course), so "penalty" (city ÷ empty) is what the city's size costs each route.
 * City, empty and raw take turns in A B B A order round by round, after one unmeasured warm-up
 * each, so a drift of the machine hits all three alike.
 *
 * The city database (MONGODB_DB, default harmony_demo) is seeded first when it is not (seedCity
 * is idempotent) and is never dropped: everything the benchmark writes there carries its own ids,
 * phones and openids (bench/lib/city-owned.ts) and is removed at the end, and the collection
 * counts before and after must match. The empty database (bench_city_empty) is dropped.
 * Staff tokens are signed directly (as test/support/admin.ts does): a sign-in would leave refresh
 * tokens in the city. Knobs: BENCH_CONCURRENCY (20), BENCH_ROUNDS (4), BENCH_IMPORTS (3),
 * BENCH_ROWS (1000), BENCH_ADMIN_REPEAT (1 request per user, route and round), BENCH_CITY_SCALE (1).
 */
function intSetting(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return value;
}

const CONCURRENCY = intSetting('BENCH_CONCURRENCY', 20);
const ROUNDS = loadSettings().rounds;
const IMPORTS = intSetting('BENCH_IMPORTS', 3);
const ROWS = intSetting('BENCH_ROWS', 1000);
const ADMIN_REPEAT = intSetting('BENCH_ADMIN_REPEAT', 1);
const SCALE = Number(process.env.BENCH_CITY_SCALE || 1);
const CITY_DB = process.env.MONGODB_DB || 'harmony_demo';
const EMPTY_DB = 'bench_city_empty';
/** A warm-up batch, one batch per round, and the command probe's learner. */
const LEARNERS = CONCURRENCY * (ROUNDS + 1) + 1;
const PROBE_LEARNER = LEARNERS - 1;
const TOKEN_TTL_S = 6 * 3600;

const PENALTY_GOAL = 1.5;
const CITY_P95_GOAL_MS = 150;

/** Offices both databases have (the demo's tree, which the city seed extends). */
const DISTRICTS = ['NB-HS', 'NB-JB', 'NB-YZ'];
const LEARNER_OFFICES = ['NB-HS-NM', 'NB-HS-GL', 'NB-YZ-ZGM', 'NB-YZ-HPK'];
const IMPORT_OFFICES = ['NB-HS', 'NB-JB', 'NB-YZ', 'NB-HS-NM', 'NB-YZ-ZGM'];

const ROUTES = [
  { key: 'courseList', label: 'course list', learner: true },
  { key: 'lessonComplete', label: 'lesson complete', learner: true },
  { key: 'quizStart', label: 'quiz start', learner: true },
  { key: 'answerSave', label: 'answer save', learner: true },
  { key: 'submit', label: 'submit', learner: true },
  { key: 'instructorPage', label: 'instructor page', learner: false },
  { key: 'phoneSearch', label: 'phone search', learner: false },
  { key: 'enterprisePage', label: 'enterprise page', learner: false },
  { key: 'rosterImport', label: 'roster import', learner: false },
  { key: 'certificateVerify', label: 'certificate verify', learner: false },
] as const;
const ADMIN_READS = ['instructor page', 'phone search', 'enterprise page', 'certificate verify'] as const;
type AdminRead = (typeof ADMIN_READS)[number];

const log = (line: string) => process.stderr.write(`[bench:city] ${line}\n`);
const seconds = (since: number) => `${fixed((performance.now() - since) / 1000, 1)} s`;

/** One database with the service on it, and what the benchmark needs to know of its data. */
interface Side {
  target: 'city' | 'empty';
  deps: BenchDeps;
  models: Models;
  course: BenchCourse;
  staffToken: string;
  districts: { id: string; subtree: Types.ObjectId[] }[];
  /** Phones of instructors the database already holds, to search for. */
  phones: string[];
  certificateCodes: string[];
  learnerOffices: Types.ObjectId[];
  cityOfficeId: Types.ObjectId;
}

/** Where requests go: a side's service on loopback, through a command recorder when probing. */
interface Service {
  side: Side;
  client: Client;
  recorder?: CommandRecorder;
}

const timings = new Timings();

function request<T = unknown>(svc: Service, route: string, method: string, path: string, options: CallOptions = {}): Promise<T> {
  const send = () => call<T>(timings, svc.side.target, svc.client, route, method, path, options);
  return svc.recorder ? svc.recorder.during(route, send) : send();
}

async function loadCourse(models: Models): Promise<BenchCourse & { title: string }> {
  const course = await models.Course.findOne({ code: CSR_COURSE.code, published: true }).lean();
  if (!course) throw new Error(`no published course ${CSR_COURSE.code}: seedDemo writes it`);
  const first = await models.CourseModule.findOne({ courseId: course._id }).sort({ order: 1 }).lean();
  if (!first) throw new Error(`course ${CSR_COURSE.code} has no modules`);
  const lessons = await models.Lesson.find({ courseId: course._id, moduleId: first._id }, { _id: 1 }).sort({ order: 1 }).lean();
  const quiz = (await models.Quiz.findOne({ moduleId: first._id }).lean()) as Quiz | null;
  if (!quiz) throw new Error(`module ${first.code} has no quiz`);
  const questions = (await models.Question.find({ bankId: { $in: quiz.draws.map((d) => d.bankId) } }).lean()) as Question[];
  return { courseId: course._id, title: course.title, lessonIds: lessons.map((l) => l._id), quiz, questions: new Map(questions.map((q) => [String(q._id), q])) };
}

async function loadSide(target: Side['target'], deps: BenchDeps): Promise<Side> {
  const models = registerModels(deps.mongo);
  const course = await loadCourse(models);
  const admin = await models.Staff.findOne({ username: 'city-admin' }).lean();
  if (!admin) throw new Error(`${deps.config.MONGODB_DB} has no staff account city-admin: seedDemo writes it`);
  const offices = await models.Office.find({}, { code: 1, ancestors: 1 }).lean();
  const byCode = new Map(offices.map((o) => [o.code, o]));
  const office = (code: string) => {
    const found = byCode.get(code);
    if (!found) throw new Error(`${deps.config.MONGODB_DB} has no office ${code}`);
    return found;
  };
  const subtree = (root: Types.ObjectId) => offices.filter((o) => String(o._id) === String(root) || o.ancestors.some((a) => String(a) === String(root))).map((o) => o._id);
  const phones = (await models.Instructor.find({}, { phone: 1 }).lean()).map((i) => i.phone).filter((p) => !p.startsWith(OWNED_PHONE_PREFIX));
  return {
    target,
    deps,
    models,
    course,
    staffToken: signToken({ sub: String(admin._id), kind: 'staff' }, deps.config.AUTH_SECRET, TOKEN_TTL_S, new Date()),
    districts: DISTRICTS.map((code) => ({ id: String(office(code)._id), subtree: subtree(office(code)._id) })),
    phones,
    certificateCodes: (await models.Certificate.find({}, { code: 1 }).lean()).map((c) => c.code),
    learnerOffices: LEARNER_OFFICES.map((code) => office(code)._id),
    cityOfficeId: office('NB')._id,
  };
}

/** The benchmark's learners, written directly like an import and a bind would leave them. */
async function addLearners(side: Side, count: number): Promise<void> {
  const people = Array.from({ length: count }, (_, n) => ({
    _id: ownedId(OWNED.learner, n),
    name: `压测学员${n}`,
    phone: ownedPhone(PHONES.learner, n),
    employer: '压测单位',
    officeId: side.learnerOffices[n % side.learnerOffices.length],
    cohort: CITY_COHORTS[0].name,
  }));
  const codes = await issueBindCodes({ BindCode: side.models.BindCode, clock: systemClock }, 'instructor', people.map((p) => p._id));
  await side.models.Instructor.insertMany(people.map((p) => ({ ...p, bindCode: codes.get(String(p._id))! })));
  await side.models.Binding.insertMany(
    people.map((p, n) => ({ personType: 'instructor', personId: p._id, officeId: p.officeId, kind: 'mp', identityId: ownedOpenid(n), code: codes.get(String(p._id))!, boundAt: new Date() })),
  );
}

const mpToken = (side: Side, n: number) => signToken({ sub: ownedOpenid(n), kind: 'mp' }, side.deps.config.AUTH_SECRET, TOKEN_TTL_S, new Date());

async function learnerFlow(svc: Service, n: number): Promise<void> {
  const { course } = svc.side;
  const token = mpToken(svc.side, n);
  await request(svc, 'course list', 'GET', '/api/mp/courses', { token });
  for (const id of course.lessonIds) await request(svc, 'lesson complete', 'POST', `/api/mp/lessons/${String(id)}/complete`, { token });
  const attempt = await request<AttemptView>(svc, 'quiz start', 'POST', `/api/mp/quizzes/${String(course.quiz._id)}/attempts`, { token });
  for (const q of attempt.questions) await request(svc, 'answer save', 'PUT', `/api/mp/attempts/${attempt.id}/answers/${q.id}`, { token, json: { choice: rightLetters(course, q) }, expect: 204 });
  const graded = await request<AttemptView>(svc, 'submit', 'POST', `/api/mp/attempts/${attempt.id}/submit`, { token });
  if (!graded.result?.passed) throw new Error(`${svc.side.target}: learner ${n} answered every question right and did not pass: ${JSON.stringify(graded.result)}`);
}

async function adminRead(svc: Service, route: AdminRead, i: number): Promise<void> {
  const { side } = svc;
  const token = side.staffToken;
  if (route === 'instructor page') {
    await request(svc, route, 'GET', '/api/admin/instructors?page=1&pageSize=20', { token });
  } else if (route === 'phone search') {
    const phone = side.phones[(i * 37) % side.phones.length];
    const page = await request<{ total: number }>(svc, route, 'GET', `/api/admin/instructors?q=${phone}`, { token });
    if (page.total < 1) throw new Error(`${side.target}: searching ${phone} found nobody`);
  } else if (route === 'enterprise page') {
    await request(svc, route, 'GET', `/api/admin/enterprises?officeId=${side.districts[i % side.districts.length].id}`, { token });
  } else {
    await request(svc, route, 'GET', `/api/public/certificates/${side.certificateCodes[(i * 7) % side.certificateCodes.length]}`);
  }
}

function rawRead(raw: RawDriver, city: Side, route: AdminRead, i: number): Promise<unknown> {
  if (route === 'instructor page') return raw.instructorPage();
  if (route === 'phone search') return raw.phoneSearch(city.phones[(i * 37) % city.phones.length]);
  if (route === 'enterprise page') return raw.enterprisePage(city.districts[i % city.districts.length].subtree);
  return raw.verify(city.certificateCodes[(i * 7) % city.certificateCodes.length]);
}

const phonePrefix = (kind: number) => ownedPhone(kind, 0).slice(0, 4);

/** The k-th roster import: ROWS new instructors over HTTP, then removed again (unmeasured) so the city keeps its size. */
async function importRoster(svc: Service, k: number): Promise<void> {
  const rows = Array.from({ length: ROWS }, (_, i) => ({
    name: `导入学员${i}`,
    phone: ownedPhone(PHONES.import, k * ROWS + i),
    employer: '压测导入单位',
    office: IMPORT_OFFICES[i % IMPORT_OFFICES.length],
    cohort: CITY_COHORTS[1].name,
  }));
  const { body, contentType } = multipartFile('file', 'roster.csv', 'text/csv', rosterCsv(rows));
  const report = await request<{ created: number; rejected: number }>(svc, 'roster import', 'POST', '/api/admin/instructors/import', { token: svc.side.staffToken, body, contentType });
  if (report.created !== ROWS) throw new Error(`${svc.side.target}: import ${k} created ${report.created} of ${ROWS} (rejected ${report.rejected})`);
  await removeOwnedInstructors(svc.side.deps.mongo.db!, phonePrefix(PHONES.import));
}

async function rawImport(raw: RawDriver, city: Side, k: number): Promise<void> {
  const now = new Date();
  const docs = Array.from({ length: ROWS }, (_, i) => ({
    _id: ownedId(OWNED.rawInstructor, k * ROWS + i),
    name: `导入学员${i}`,
    phone: ownedPhone(PHONES.rawImport, k * ROWS + i),
    employer: '压测导入单位',
    officeId: city.cityOfficeId,
    cohort: CITY_COHORTS[1].name,
    bindCode: `RAW${k}X${i}`,
    createdAt: now,
    updatedAt: now,
  }));
  await raw.importRoster(docs);
  await removeOwnedInstructors(city.deps.mongo.db!, phonePrefix(PHONES.rawImport));
}

/** Each target in turn, `work` CONCURRENCY at a time over `count` items. */
async function inTurn(round: number, count: number, work: Record<Target, (i: number) => Promise<unknown>>): Promise<void> {
  for (const target of roundOrder<Target>(['city', 'empty', 'raw'], round)) {
    await pool(
      Array.from({ length: count }, (_, i) => round * count + i),
      CONCURRENCY,
      async (i) => {
        await work[target](i);
      },
    );
  }
}

/**
 * Sends one request of each route, one at a time, through a service of its own on a connection
 * with command monitoring, after a warm-up (content and learner caches filled): which MongoDB
 * commands a request sends and how long each took.
 */
async function probeCommands(side: Side, importNumber: number): Promise<CommandRecorder> {
  const deps = await createCityDeps({ database: side.deps.config.MONGODB_DB, prefix: `bench_city_probe_${side.target}`, dropOnClose: false, protectedDatabase: CITY_DB, monitorCommands: true });
  let server: LoopbackServer | undefined;
  let client: Client | undefined;
  const recorder = commandRecorder(deps.mongo);
  try {
    server = await listenLoopback(buildApp(deps).app.callback());
    client = createClient(server.url);
    await request({ side, client }, 'course list', 'GET', '/api/mp/courses', { token: mpToken(side, PROBE_LEARNER) });
    await adminRead({ side, client }, 'instructor page', 0);
    const svc: Service = { side, client, recorder };
    await learnerFlow(svc, PROBE_LEARNER);
    for (const route of ADMIN_READS) await adminRead(svc, route, 1);
    await importRoster(svc, importNumber);
    return recorder;
  } finally {
    recorder.stop();
    client?.close();
    await server?.close();
    await deps.close();
  }
}

/**
 * Removes everything the run wrote in the city, then checks: no owned record left, and every
 * collection holds as many documents as before the run. What is off, if anything.
 */
async function restoreCity(db: mongo.Db, before: Record<string, number> | undefined): Promise<string[]> {
  await removeOwned(db);
  const problems = Object.entries(await countOwned(db))
    .filter(([, n]) => n > 0)
    .map(([collection, n]) => `${n} benchmark records left in ${collection}`);
  if (before) problems.push(...countChanges(before, await countCollections(db)).map((change) => `count changed, ${change}`));
  return problems;
}

const ms = (f: Figures | null, pick: 'p50' | 'p95') => (f ? fixed(f[pick], 1) : '-');
const ratio = (a: number | undefined, b: number | undefined) => (a !== undefined && b !== undefined && b > 0 ? a / b : null);
const times = (r: number | null) => (r === null ? '-' : `${fixed(r, 2)}x`);
const round3 = (n: number | null | undefined) => (n === null || n === undefined ? null : Number(n.toFixed(3)));

function report(counts: Record<string, number>, probes: Record<'city' | 'empty', CommandRecorder | null>, problems: string[]): void {
  const rows = ROUTES.map((route) => {
    const [city, empty, raw] = (['city', 'empty', 'raw'] as const).map((t) => timings.figures(t, route.label));
    return { route, city, empty, raw, penalty50: ratio(city?.p50, empty?.p50), penalty95: ratio(city?.p95, empty?.p95), overRaw: ratio(city?.p50, raw?.p50) };
  });
  const sizes = ['offices', 'enterprises', 'enterprise_contacts', 'instructors', 'attempts', 'attempt_answers', 'certificates'].map((n) => `${counts[n] ?? 0} ${n}`).join(', ');
  process.stdout.write(`city "${CITY_DB}" (${sizes}) vs empty "${EMPTY_DB}" (seedDemo only) vs the raw driver on the city\n`);
  process.stdout.write(`${CONCURRENCY} concurrent users, ${ROUNDS} rounds in A B B A order after one warm-up each; per round and database ${CONCURRENCY} learners (module 1 of the CSR course: course list, its lessons, its quiz started, answered and submitted), ${CONCURRENCY * ADMIN_REPEAT} requests per staff route; ${IMPORTS} imports of ${ROWS} rows\n\n`);
  process.stdout.write(
    `${formatTable(
      ['route', 'n', 'city p50', 'city p95', 'empty p50', 'empty p95', 'penalty p50', 'penalty p95', 'raw p50', 'ours÷raw'],
      rows.map((r) => [r.route.label, String(r.city?.n ?? 0), ms(r.city, 'p50'), ms(r.city, 'p95'), ms(r.empty, 'p50'), ms(r.empty, 'p95'), times(r.penalty50), times(r.penalty95), ms(r.raw, 'p50'), times(r.overRaw)]),
    )}\n`,
  );
  process.stdout.write('(ms; penalty = city ÷ empty; ours÷raw = city p50 ÷ raw p50)\n\n');

  const learnerRows = rows.filter((r) => r.route.learner);
  const penaltyMissed = learnerRows.filter((r) => r.penalty50 === null || r.penalty50 > PENALTY_GOAL);
  const p95Missed = learnerRows.filter((r) => !r.city || r.city.p95 >= CITY_P95_GOAL_MS);
  const goalLine = (what: string, missed: typeof learnerRows, figure: (r: (typeof learnerRows)[number]) => string) =>
    `goal ${what}: ${missed.length ? `MISSED on ${missed.map((r) => `${r.route.label} (${figure(r)})`).join(', ')}` : 'met'}; ${learnerRows.map((r) => `${r.route.label} ${figure(r)}`).join(', ')}\n`;
  process.stdout.write(goalLine(`scale penalty ≤ ${PENALTY_GOAL} (city p50 ÷ empty p50) on every learner route`, penaltyMissed, (r) => times(r.penalty50)));
  process.stdout.write(goalLine(`p95 < ${CITY_P95_GOAL_MS} ms at city scale on every learner route`, p95Missed, (r) => `${ms(r.city, 'p95')} ms`));
  process.stdout.write(
    problems.length
      ? `city NOT as it was (a leak, or another writer on "${CITY_DB}" such as a running demo): ${problems.join('; ')}\n`
      : `city as it was: no benchmark record left, counts unchanged in all ${Object.keys(counts).length} collections\n`,
  );

  if (probes.city || probes.empty) {
    process.stdout.write('\nMongoDB commands of one request (one at a time, caches warm; command collection ms):\n');
    for (const r of rows) {
      for (const target of ['city', 'empty'] as const) {
        const probe = probes[target];
        if (probe) process.stdout.write(`  ${(target === 'city' ? r.route.label : '').padEnd(18)} ${target.padEnd(5)} ${probe.describe(r.route.label)}\n`);
      }
    }
  }
  process.stdout.write('\n');

  const figures = (f: Figures | null) => (f ? { n: f.n, p50: round3(f.p50), p95: round3(f.p95) } : null);
  const json = {
    bench: 'city',
    database: CITY_DB,
    emptyDatabase: EMPTY_DB,
    concurrency: CONCURRENCY,
    rounds: ROUNDS,
    learnersPerDatabase: LEARNERS,
    imports: IMPORTS,
    rows: ROWS,
    cityCounts: counts,
    cityRestored: problems.length === 0,
    cityProblems: problems,
    routes: Object.fromEntries(
      rows.map((r) => [
        r.route.key,
        { city: figures(r.city), empty: figures(r.empty), raw: figures(r.raw), penaltyP50: round3(r.penalty50), penaltyP95: round3(r.penalty95), oursOverRaw: round3(r.overRaw) },
      ]),
    ),
    goals: {
      learnerPenaltyMax: PENALTY_GOAL,
      learnerCityP95MaxMs: CITY_P95_GOAL_MS,
      penaltyMet: penaltyMissed.length === 0,
      p95Met: p95Missed.length === 0,
      penaltyMissedOn: penaltyMissed.map((r) => r.route.key),
      p95MissedOn: p95Missed.map((r) => r.route.key),
    },
  };
  process.stdout.write(`${JSON.stringify(json)}\n`);
}

runBench('city', async () => {
  if (CITY_DB === EMPTY_DB) throw new Error(`MONGODB_DB must not be ${EMPTY_DB}: that database is the benchmark's own and is dropped`);
  if ((IMPORTS + 2) * ROWS > 0x10000) throw new Error('BENCH_IMPORTS × BENCH_ROWS is too large for the owned id range');
  if (!Number.isFinite(SCALE) || SCALE <= 0) throw new Error('BENCH_CITY_SCALE must be a positive number');
  const started = performance.now();
  let city: BenchDeps | undefined;
  let empty: BenchDeps | undefined;
  const servers: LoopbackServer[] = [];
  const clients: Client[] = [];
  let countsBefore: Record<string, number> | undefined;
  let restored = false;
  try {
    city = await createCityDeps({ database: CITY_DB, prefix: 'bench_city', dropOnClose: false, protectedDatabase: CITY_DB });
    empty = await createCityDeps({ database: EMPTY_DB, prefix: 'bench_city_empty', dropOnClose: true, protectedDatabase: CITY_DB });

    // The city: seeded (quick when it is), without what an earlier run may have left, counted.
    let t = performance.now();
    const seeded = await seedCity(registerModels(city.mongo), { scale: SCALE, onProgress: (line) => log(`seed: ${line}`) });
    log(`seedCity on "${CITY_DB}": ${seeded.held ? 'wrote data' : 'already seeded'} (${fixed(seeded.seconds, 1)} s)`);
    if (seeded.held) {
      // As scripts/seed-city.ts does: a running service reloads its office tree and catalogue.
      const keys = await city.redis.keys(`${loadConfig().CACHE_PREFIX}:content:*`);
      if (keys.length) await city.redis.del(...keys);
    }
    await removeOwned(city.mongo.db!);
    countsBefore = await countCollections(city.mongo.db!);
    log(`city counted and clean (${seconds(t)})`);

    // The empty database: only what seedDemo writes, and a few certificates to verify.
    t = performance.now();
    await empty.mongo.dropDatabase();
    const emptyModels = registerModels(empty.mongo);
    await ensureIndexes(empty.mongo);
    await seedDemo(emptyModels);
    const emptyCourse = await loadCourse(emptyModels);
    const nb = await emptyModels.Office.findOne({ code: 'NB' }).lean();
    for (let n = 0; n < 5; n++) {
      await empty.areas.certificates.issue({ learnerId: ownedId(OWNED.learner, n), learnerName: `压测学员${n}`, officeId: nb!._id, courseId: emptyCourse.courseId, courseTitle: emptyCourse.title });
    }
    log(`empty database "${EMPTY_DB}" seeded (${seconds(t)})`);

    t = performance.now();
    await city.mirrorIndexes();
    await empty.mirrorIndexes();
    log(`GIN index mirror and ANALYZE: ${city.config.FERRETDB_POSTGRESQL_URL ? 'done' : 'skipped (no FERRETDB_POSTGRESQL_URL)'} (${seconds(t)})`);

    const sides = { city: await loadSide('city', city), empty: await loadSide('empty', empty) };
    const services = {} as Record<'city' | 'empty', Service>;
    for (const side of [sides.city, sides.empty]) {
      const server = await listenLoopback(buildApp(side.deps).app.callback());
      servers.push(server);
      const client = createClient(server.url);
      clients.push(client);
      services[side.target] = { side, client };
    }
    const raw = rawDriver(city.mongo.db!, sides.city.course, timings);

    // Staff reads, before the benchmark's learners exist: both databases hold exactly their seed.
    t = performance.now();
    const readCount = CONCURRENCY * ADMIN_REPEAT;
    for (let round = 0; round <= ROUNDS; round++) {
      timings.measuring = round > 0;
      for (const route of ADMIN_READS) {
        await inTurn(round, readCount, {
          city: (i) => adminRead(services.city, route, i),
          empty: (i) => adminRead(services.empty, route, i),
          raw: (i) => rawRead(raw, sides.city, route, i),
        });
      }
    }
    log(`staff reads: ${ROUNDS} rounds × ${readCount} requests per route and target (${seconds(t)})`);

    // Imports, one at a time; each is removed again before the next.
    t = performance.now();
    for (let k = 0; k <= IMPORTS; k++) {
      timings.measuring = k > 0;
      for (const target of roundOrder<Target>(['city', 'empty', 'raw'], k)) {
        if (target === 'raw') await rawImport(raw, sides.city, k);
        else await importRoster(services[target], k);
      }
    }
    log(`roster imports: ${IMPORTS} × ${ROWS} rows per target (${seconds(t)})`);

    // Learners: CONCURRENCY of them at a time per target, a fresh batch each round.
    t = performance.now();
    await addLearners(sides.city, LEARNERS);
    await addLearners(sides.empty, LEARNERS);
    for (let round = 0; round <= ROUNDS; round++) {
      timings.measuring = round > 0;
      await inTurn(round, CONCURRENCY, {
        city: (n) => learnerFlow(services.city, n),
        empty: (n) => learnerFlow(services.empty, n),
        raw: (n) => raw.learner(ownedId(OWNED.rawLearner, n), ownedId(OWNED.rawAttempt, n)),
      });
    }
    timings.measuring = false;
    log(`learners: ${ROUNDS} rounds × ${CONCURRENCY} per target (${seconds(t)})`);

    t = performance.now();
    const probes = { city: await probeCommands(sides.city, IMPORTS + 1), empty: await probeCommands(sides.empty, IMPORTS + 1) };
    log(`command probe (${seconds(t)})`);

    t = performance.now();
    const problems = await restoreCity(city.mongo.db!, countsBefore);
    restored = true;
    log(`city cleaned up (${seconds(t)})`);

    report(countsBefore, probes, problems);
    return problems.length ? 1 : 0;
  } finally {
    await cleanUp('city', [
      async () => {
        for (const c of clients) c.close();
        for (const s of servers) await s.close();
      },
      async () => {
        if (!city || restored) return;
        const problems = await restoreCity(city.mongo.db!, countsBefore);
        if (problems.length) throw new Error(`the city is not as it was: ${problems.join('; ')}`);
      },
      async () => city?.close(),
      async () => empty?.close(),
    ]);
    log(`done in ${seconds(started)}`);
  }
});
