import { Types } from 'mongoose';
import { certificateCommand } from '../../bots/commands/learning/certificate';
import { yearIn } from '../../src/certificates/service';
import { createInstructor, reissueCode } from '../../src/people/service';
import { startLearningUpkeepWorker } from '../../jobs/learning-upkeep';
import { makeCourse } from '../support/course';
import { createTestContext, type TestContext } from '../support/context';
import { boundLearner, passQuiz } from '../support/learner';
import { peopleDepsFor } from '../support/people';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext(__filename);
});
afterAll(() => ctx.close());

const counterKey = () => `${ctx.config.CACHE_PREFIX}:cert-seq:${yearIn(ctx.clock.now(), ctx.config.TIME_ZONE)}`;

/** What 证书 answers in private chat for this chat contact. */
async function chatCertificate(talkerId: string): Promise<string> {
  const reply = await certificateCommand.handle({ messageId: 'm', args: '', talker: { id: talkerId, name: '学员' }, commands: [], areas: ctx.areas });
  return typeof reply === 'string' ? reply : reply.join('\n');
}

/** A learner who has done everything but the final exam, bound in the mini-program and in chat. */
async function almostDone() {
  const officeId = new Types.ObjectId();
  const { course, modules, finalExam } = await makeCourse(ctx.models, { officeId, modules: 1 });
  const learner = await boundLearner(ctx, officeId);
  await learner.api.post(`/api/mp/lessons/${modules[0].lesson._id}/complete`);
  await passQuiz(ctx, learner.api, String(modules[0].quiz._id));
  const code = await reissueCode(peopleDepsFor(ctx), { id: new Types.ObjectId(), name: 'test' }, 'instructor', learner.instructor);
  const talkerId = `chat-${String(learner.instructor._id)}`;
  await ctx.areas.binding.bindWithCode(code, { kind: 'bot', id: talkerId });
  return { ...learner, course, finalExam, talkerId };
}

describe('certificates are issued on the completion path only', () => {
  test('the submit that completes the course issues the certificate', async () => {
    const { api, course, finalExam, instructor } = await almostDone();
    const done = await passQuiz(ctx, api, String(finalExam._id));
    expect(done.status).toBe(200);
    const cert = await ctx.models.Certificate.findOne({ learnerId: instructor._id, courseId: course._id }).lean();
    expect(cert?.number).toMatch(/^CSR-\d{4}-\d{6}$/);
  });

  test('when the issue fails, the grade still stands; reading progress writes nothing, chat says it is on its way, and the repair job issues it', async () => {
    const { api, course, finalExam, instructor, talkerId } = await almostDone();
    // A counter Redis cannot increment: issuing fails, as it would with Redis down at that moment.
    await ctx.redis.set(counterKey(), 'not-a-number');
    try {
      const done = await passQuiz(ctx, api, String(finalExam._id));
      expect(done.status).toBe(200);
      expect(done.body.result.passed).toBe(true);
      const mine = { learnerId: instructor._id, courseId: course._id };
      expect(await ctx.models.Certificate.countDocuments(mine)).toBe(0);

      const listed = (await api.get('/api/mp/courses')).body.items.find((c: { courseId: string }) => c.courseId === String(course._id));
      expect(listed).toMatchObject({ complete: true, certificate: null });
      expect((await api.get(`/api/mp/courses/${course._id}`)).body.certificate).toBeNull();
      expect(await ctx.models.Certificate.countDocuments(mine)).toBe(0);

      const said = await chatCertificate(talkerId);
      expect(said).toContain('证书正在发放中');
      expect(said).not.toContain('您还没有证书');
    } finally {
      await ctx.redis.del(counterKey());
    }

    expect(await ctx.areas.learning.repairCertificates()).toBe(1);
    expect(await ctx.areas.learning.repairCertificates()).toBe(0);
    const cert = (await ctx.models.Certificate.findOne({ learnerId: instructor._id, courseId: course._id }).lean())!;
    expect(await chatCertificate(talkerId)).toContain(`证书编号：${cert.number}`);
  });

  test('the upkeep worker runs the repair as a queued job', async () => {
    const worker = await startLearningUpkeepWorker(ctx);
    try {
      const { api, finalExam, instructor } = await almostDone();
      await ctx.redis.set(counterKey(), 'not-a-number');
      await passQuiz(ctx, api, String(finalExam._id));
      await ctx.redis.del(counterKey());
      const done = new Promise<number>((resolve) => worker.on('completed', (job, result) => job.name === 'repair-now' && resolve(result)));
      await ctx.queues.learningUpkeep.add('repair-now', { task: 'repair-certificates' });
      expect(await done).toBe(1);
      expect(await ctx.models.Certificate.countDocuments({ learnerId: instructor._id })).toBe(1);
    } finally {
      await worker.close();
    }
  });

  test('a learner removed from the roster before a late grade gets no certificate and breaks no scan', async () => {
    const officeId = new Types.ObjectId();
    const { course } = await makeCourse(ctx.models, { officeId, modules: 1 });
    const gone = await createInstructor(peopleDepsFor(ctx), { id: new Types.ObjectId(), name: 'test' }, { name: '已删除', phone: '13799990000', employer: '', officeId: String(officeId), cohort: '' });
    await ctx.models.Instructor.deleteOne({ _id: gone._id });
    await expect(ctx.areas.learning.afterGrade({ _id: new Types.ObjectId(), learnerId: gone._id, quizId: new Types.ObjectId(), courseId: course._id, number: 1, correct: 1, total: 1, score: 100, passed: true, gradedAt: ctx.clock.now(), auto: true })).resolves.toBeUndefined();
  });
});
