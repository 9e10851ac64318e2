import { Types } from 'mongoose';
import type { Models } from '../../src/models';
import { checkCreditCode } from '../../src/people/credit-code';
import { isCorrect } from '../../src/quizzes/paper';
import { CITY_COHORTS, CITY_SEED_UNTIL, cityRoster, seedCity, type InstructorPlan, type SeedCityResult } from '../../src/seed/city';
import { CITY_DISTRICTS, CITY_UNITS } from '../../src/seed/city-offices';
import { createTestContext, type TestContext } from '../support/context';

/** A fiftieth of the city: 200 enterprises, 20 instructors (6 finished, 6 halfway, 4 started, 4 unbound). */
const SCALE = 0.02;
const SLOW = 180_000;

let ctx: TestContext;
let models: Models;
let first: SeedCityResult;
const roster = cityRoster(SCALE);
const inState = (state: InstructorPlan['state']) => roster.filter((i) => i.state === state);

/** Every collection the seed writes, counted exactly. */
async function counts(m: Models): Promise<Record<string, number>> {
  const all = [m.Office, m.Enterprise, m.Contact, m.Instructor, m.BindCode, m.Binding, m.OnceKey, m.LessonCompletion, m.Attempt, m.AttemptAnswer, m.AttemptGrade, m.Certificate, m.Campaign, m.CampaignOverride, m.Application, m.ApplicationStep, m.Broadcast, m.BroadcastDelivery, m.BroadcastResult, m.BroadcastRead] as { collection: { collectionName: string }; countDocuments(): Promise<number> }[];
  return Object.fromEntries(await Promise.all(all.map(async (model) => [model.collection.collectionName, await model.countDocuments()] as const)));
}

/** What the learning area shows the instructor, signed in the way they bound. */
async function progressOf(i: InstructorPlan) {
  const learner =
    i.identity!.kind === 'mp' ? await ctx.areas.learning.learnerForOpenid(i.identity!.identityId) : await ctx.areas.learning.learnerForChat({ id: i.identity!.identityId, name: i.name });
  const [only] = await ctx.areas.learning.allProgress(learner);
  return only.progress;
}

beforeAll(async () => {
  ctx = await createTestContext(__filename);
  models = ctx.models;
  first = await seedCity(models, { scale: SCALE });
}, SLOW);
afterAll(() => ctx.close());

describe('seed:city at a small scale', () => {
  test('builds the office tree: 宁波, its ten districts and counties, and their towns, streets and parks under them', async () => {
    const offices = await models.Office.find({}).lean();
    expect(offices).toHaveLength(1 + CITY_DISTRICTS.length + CITY_UNITS.length);
    const byCode = new Map(offices.map((o) => [o.code, o]));
    const city = byCode.get('NB')!;
    const districts = offices.filter((o) => o.level === 'district');
    expect(districts.map((d) => d.name.replace('和创办', '')).sort()).toEqual(['余姚市', '北仑区', '奉化区', '宁海县', '慈溪市', '江北区', '海曙区', '象山县', '鄞州区', '镇海区'].sort());
    for (const unit of CITY_UNITS) {
      const office = byCode.get(unit.code)!;
      expect(office.ancestors.map(String)).toEqual([String(city._id), String(byCode.get(unit.district.code)!._id)]);
    }
    // The demo's own offices are the same records, not copies.
    expect(byCode.get('NB-HS-NM')?.name).toBe('南门街道');
  });

  test('seeds enterprises and their contacts in proportion, with valid credit codes and one bind code per person', async () => {
    const c = await counts(models);
    expect(c.enterprises).toBe(200);
    expect(c.enterprise_contacts / c.enterprises).toBeGreaterThan(1.3);
    expect(c.enterprise_contacts / c.enterprises).toBeLessThan(1.7);
    const enterprises = await models.Enterprise.find({}).lean();
    expect(enterprises.filter((e) => !checkCreditCode(e.creditCode).ok)).toEqual([]);
    expect(enterprises.every((e) => /(有限公司|有限责任公司)$/.test(e.name))).toBe(true);
    expect(new Set(enterprises.map((e) => e.level)).size).toBeGreaterThan(1);

    const contacts = await models.Contact.find({}).lean();
    expect(contacts.every((p) => /^1(3\d|5[0-35-9]|8\d)\d{8}$/.test(p.phone))).toBe(true);
    const codes = new Map((await models.BindCode.find({ personType: 'contact' }).lean()).map((b) => [b._id, b]));
    expect(codes.size).toBe(contacts.length);
    expect(contacts.every((p) => String(codes.get(p.bindCode)?.personId) === String(p._id))).toBe(true);
    // One code per person, the demo's sample instructor included.
    expect(c.bind_codes).toBe(c.enterprise_contacts + c.instructors);
  });

  test('seeds instructors in the four cohorts, 80% of them bound, each binding claiming its code', async () => {
    const instructors = await models.Instructor.find({ _id: { $in: roster.map((i) => i._id) } }).lean();
    expect(instructors).toHaveLength(20);
    expect(new Set(instructors.map((i) => i.cohort)).size).toBeGreaterThan(1);
    expect(instructors.every((i) => CITY_COHORTS.some((c) => c.name === i.cohort))).toBe(true);
    const bindings = await models.Binding.find({ personType: 'instructor' }).lean();
    expect(bindings).toHaveLength(16);
    const codeOf = new Map(instructors.map((i) => [String(i._id), i.bindCode]));
    for (const b of bindings) {
      expect(b.code).toBe(codeOf.get(String(b.personId)));
      expect(await models.OnceKey.exists({ _id: `bind-code:${b.code}` })).toBeTruthy();
    }
    const mp = roster.filter((i) => i.identity?.kind === 'mp');
    expect(mp.length).toBeGreaterThan(10);
    expect(bindings.filter((b) => b.kind === 'mp').map((b) => b.identityId).sort()).toEqual(mp.map((i) => i.identity!.identityId).sort());
  });

  test('a finished instructor has read every lesson, passed every quiz and the final exam, and holds a certificate', async () => {
    const finished = inState('finished');
    expect(finished).toHaveLength(6);
    for (const i of finished) {
      const progress = await progressOf(i);
      expect(progress).toMatchObject({ complete: true, lessonsRead: progress.lessonsTotal });
      expect(progress.finalExam?.passed).toBe(true);
      expect(progress.certificate?.number).toMatch(/^CSR-2026-\d{6}$/);
    }
  }, SLOW);

  test('a halfway instructor has passed some module quizzes with tries left; one just started has read a few lessons; the unbound have nothing', async () => {
    for (const i of inState('halfway')) {
      const progress = await progressOf(i);
      expect(progress.complete).toBe(false);
      expect(progress.modules.filter((m) => m.quiz?.passed).length).toBeGreaterThan(0);
      expect(progress.modules.every((m) => !m.quiz || m.quiz.passed || m.quiz.attemptsLeft > 0)).toBe(true);
      expect(progress.certificate).toBeNull();
    }
    for (const i of inState('started')) {
      const progress = await progressOf(i);
      expect(progress.lessonsRead).toBeGreaterThanOrEqual(1);
      expect(progress.lessonsRead).toBeLessThanOrEqual(4);
      expect(progress.modules.every((m) => m.quiz?.attemptsUsed === 0)).toBe(true);
    }
    const unbound = inState('unbound').map((i) => i._id);
    expect(await models.Binding.countDocuments({ personId: { $in: unbound } })).toBe(0);
    expect(await models.LessonCompletion.countDocuments({ learnerId: { $in: unbound } })).toBe(0);
    expect(await models.Attempt.countDocuments({ learnerId: { $in: unbound } })).toBe(0);
  }, SLOW);

  test('every attempt is closed and graded once, from answers to the questions of its own paper', async () => {
    const [attempts, answers, grades, questions] = await Promise.all([
      models.Attempt.find({}).lean(),
      models.AttemptAnswer.find({}).lean(),
      models.AttemptGrade.find({}).lean(),
      models.Question.find({}).lean(),
    ]);
    expect(answers.length).toBe(first.seeded.attempt_answers);
    // About 29,000 at scale 1: the course's quizzes (5 questions, 3 tries; a 12-question final, 2 tries) cap it at 114 a learner.
    expect(answers.length).toBeGreaterThan(29_000 * SCALE * 0.6);
    expect(answers.length).toBeLessThan(29_000 * SCALE * 1.4);
    expect(attempts.every((a) => a.open === false)).toBe(true);
    expect(grades.map((g) => String(g._id)).sort()).toEqual(attempts.map((a) => String(a._id)).sort());
    const answerOf = new Map(questions.map((q) => [String(q._id), q.answer]));
    const byAttempt = new Map<string, typeof answers>();
    for (const a of answers) byAttempt.set(String(a.attemptId), [...(byAttempt.get(String(a.attemptId)) ?? []), a]);
    const gradeOf = new Map(grades.map((g) => [String(g._id), g]));
    for (const attempt of attempts) {
      const saved = byAttempt.get(String(attempt._id)) ?? [];
      const onPaper = new Set(attempt.paper.map((p) => String(p.questionId)));
      expect(saved.every((a) => onPaper.has(String(a.questionId)))).toBe(true);
      const grade = gradeOf.get(String(attempt._id))!;
      expect(grade.correct).toBe(saved.filter((a) => isCorrect(a.choice, answerOf.get(String(a.questionId))!)).length);
      expect(grade.total).toBe(attempt.paper.length);
      expect(grade.gradedAt.getTime()).toBeLessThanOrEqual(CITY_SEED_UNTIL.getTime());
      // The grade schema may keep the choices it counted; then they are the saved ones.
      const counted = (grade as { answers?: { questionId: Types.ObjectId; choice: number[] }[] }).answers;
      if (counted) expect(counted.map((a) => `${String(a.questionId)}=${a.choice.join(',')}`).sort()).toEqual(saved.map((a) => `${String(a.questionId)}=${a.choice.join(',')}`).sort());
    }
    // Nobody tries a quiz again once they passed it.
    const tries = new Map<string, typeof grades>();
    for (const g of grades) tries.set(`${String(g.learnerId)}:${String(g.quizId)}`, [...(tries.get(`${String(g.learnerId)}:${String(g.quizId)}`) ?? []), g]);
    for (const ofQuiz of tries.values()) {
      const passedAt = ofQuiz.filter((g) => g.passed).map((g) => g.number);
      expect(passedAt.length === 0 || (passedAt.length === 1 && passedAt[0] === ofQuiz.length)).toBe(true);
    }
  }, SLOW);

  test('certificates are numbered in order of issue, and one issued live afterwards takes the next number', async () => {
    const certs = await models.Certificate.find({}).sort({ issuedAt: 1 }).lean();
    expect(certs.map((c) => c.number)).toEqual(certs.map((_, k) => `CSR-2026-${String(k + 1).padStart(6, '0')}`));
    const verified = await ctx.areas.certificates.verify(certs[0].code);
    expect(verified.number).toBe(certs[0].number);
    const live = await ctx.areas.certificates.issue({ learnerId: new Types.ObjectId(), learnerName: '测试学员', officeId: certs[0].officeId, courseId: certs[0].courseId, courseTitle: certs[0].courseTitle });
    expect(live.number).toBe(`CSR-2026-${String(certs.length + 1).padStart(6, '0')}`);
    await models.Certificate.deleteOne({ _id: live._id });
  });

  test('seeds the city’s campaign: an application from every enterprise, spread over the stages, and most enterprises with a bound contact', async () => {
    const [campaign] = await models.Campaign.find({}).lean();
    expect(campaign.stages.map((st) => st.key)).toEqual(['apply', 'self_check', 'review', 'evaluation', 'notice', 'naming']);
    expect(await models.Application.countDocuments({ campaignId: campaign._id })).toBe(200);
    const steps = await models.ApplicationStep.find({ campaignId: campaign._id }).lean();
    const reached = new Set(steps.map((st) => st.step));
    for (const stage of ['apply', 'self_check', 'review']) expect(reached.has(stage as never)).toBe(true);
    expect(steps.filter((st) => st.step === 'apply')).toHaveLength(200);
    const contactBindings = await models.Binding.countDocuments({ personType: 'contact' });
    expect(contactBindings / 200).toBeGreaterThan(0.7);
    expect(contactBindings / 200).toBeLessThan(0.9);
    // The district's own deadline applies to its enterprises.
    const haishu = (await models.Office.findOne({ code: 'NB-HS' }).lean())!;
    const d = await ctx.areas.campaigns.calendar.deadlinesFor(campaign as never, haishu._id);
    expect(d.self_check.toISOString()).toBe('2026-12-04T09:00:00.000Z');
  });

  test('seeds a year of sent broadcasts with a delivery per recipient and some reads', async () => {
    const broadcasts = await models.Broadcast.find({}).lean();
    expect(broadcasts).toHaveLength(24);
    const one = broadcasts.find((b) => b.title.startsWith('宁波市'))!;
    const stats = await ctx.areas.broadcasts.sending.stats(one as never);
    expect(stats.state).toBe('sent');
    expect(stats.deliveries).toBe(20);
    expect(stats.byState.sent + stats.byState.unreachable).toBe(20);
    expect(await models.BroadcastRead.countDocuments()).toBeGreaterThan(0);
    const feed = await ctx.areas.broadcasts.news.publicFeed({ page: 1, pageSize: 5 });
    expect(feed.total).toBe(24);
  });

  test('a second run adds nothing and skips every phase', async () => {
    const before = await counts(models);
    const again = await seedCity(models, { scale: SCALE });
    expect(Object.values(again.inserted).every((n) => n === 0)).toBe(true);
    expect(again.skipped).toEqual(['offices', 'enterprises', 'contacts', 'instructors', 'bindings', 'lessons', 'attempts', 'certificates', 'campaign', 'contact-bindings', 'broadcasts']);
    expect(again.held).toBeNull();
    expect(again.seeded).toEqual(first.seeded);
    expect(await counts(models)).toEqual(before);
  }, SLOW);
});

describe('seed:city cut short', () => {
  let other: TestContext;
  beforeAll(async () => {
    other = await createTestContext(`${__filename}-resumed`);
  });
  afterAll(() => other.close());

  test('a run that dies part-way is finished by the next without duplicates, to the same data', async () => {
    const crashAt = (prefix: string) => (line: string) => {
      if (line.startsWith(prefix)) throw new Error(`killed after: ${line}`);
    };
    // Dies once the contacts and their codes are in, then once the attempts are (before their answers and grades).
    await expect(seedCity(other.models, { scale: SCALE, onProgress: crashAt('enterprise_contacts') })).rejects.toThrow('killed after');
    await expect(seedCity(other.models, { scale: SCALE, onProgress: crashAt('attempts ') })).rejects.toThrow('killed after');
    expect(await other.models.AttemptGrade.countDocuments()).toBe(0);
    const resumed = await seedCity(other.models, { scale: SCALE });
    expect(resumed.skipped).toEqual(['offices', 'enterprises', 'contacts', 'instructors', 'bindings', 'lessons']);

    const c = await counts(other.models);
    expect(c).toEqual(await counts(models));
    expect(c.bind_codes).toBe(c.enterprise_contacts + c.instructors);
    // The same people under the same keys as the uninterrupted seed.
    const phones = async (m: Models) => (await m.Contact.find({}, { phone: 1 }).lean()).map((p) => `${String(p._id)}:${p.phone}`).sort();
    expect(await phones(other.models)).toEqual(await phones(models));
    // Answers written after the restart belong to the papers the first run stored.
    const attempts = new Map((await other.models.Attempt.find({}).lean()).map((a) => [String(a._id), new Set(a.paper.map((p) => String(p.questionId)))]));
    const answers = await other.models.AttemptAnswer.find({}).lean();
    expect(answers.every((a) => attempts.get(String(a.attemptId))?.has(String(a.questionId)))).toBe(true);
  }, SLOW);
});
