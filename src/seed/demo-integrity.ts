import { Types } from 'mongoose';
import { isDuplicateKey } from '../db/mongo';
import type { FastAnswerEvidence } from '../integrity/detection';
import type { Models } from '../models';
import { CSR_COURSE } from './csr-course-content';

/** The demo's sample flag, by its key: seeding again finds it there. */
export const DEMO_FLAG_KEY = 'demo:fast_answers:sample';

/**
 * One integrity flag for the demo's integrity report (GET /api/admin/integrity/flags, as
 * haishu-admin or city-admin): the sample instructor 王晓燕 answered three questions of the first
 * module quiz within a second or two of seeing them. The attempt itself is not seeded (it would
 * use one of her tries); the flag's evidence names real questions of the seeded course.
 * Idempotent: the flag's key is unique. Returns whether it is there.
 */
export async function seedDemoIntegrity(models: Models, now: Date = new Date()): Promise<boolean> {
  const learner = await models.Instructor.findOne({ phone: '13800000001' }, { name: 1, officeId: 1 }).lean();
  const course = await models.Course.findOne({ code: CSR_COURSE.code }, { _id: 1 }).lean();
  if (!learner || !course) return false;
  const firstModule = await models.CourseModule.findOne({ courseId: course._id, order: 1 }, { _id: 1 }).lean();
  const quiz = firstModule ? await models.Quiz.findOne({ courseId: course._id, moduleId: firstModule._id }).lean() : null;
  if (!quiz) return false;
  const questions = await models.Question.find({ bankId: quiz.draws[0].bankId }, { stem: 1 }).sort({ _id: 1 }).limit(3).lean();
  const occurredAt = new Date(now.getTime() - 2 * 3600_000);
  const started = occurredAt.getTime() - 60_000;
  const evidence: FastAnswerEvidence = {
    thresholdSeconds: 3,
    answered: 5,
    answers: questions.map((q, i) => {
      const shownAt = new Date(started + i * 9_000);
      const seconds = [1.2, 0.8, 1.6][i] ?? 1;
      return { questionId: String(q._id), stem: q.stem.slice(0, 60), shownAt: shownAt.toISOString(), shownFrom: 'shown', savedAt: new Date(shownAt.getTime() + seconds * 1000).toISOString(), seconds };
    }),
  };
  try {
    await models.IntegrityFlag.create({
      key: DEMO_FLAG_KEY,
      kind: 'fast_answers',
      officeId: learner.officeId,
      learnerId: learner._id,
      learnerName: learner.name,
      attemptId: new Types.ObjectId('000000000000000000d3e401'),
      quizId: quiz._id,
      quizTitle: quiz.title,
      courseId: course._id,
      occurredAt,
      detectedAt: new Date(occurredAt.getTime() + 60_000),
      summary: `${evidence.answers.length} 道题在显示后不到 3 秒即作答（共答 5 题）`,
      evidence,
    });
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
  }
  return true;
}
