import { Types } from 'mongoose';
import { systemClock, type Clock } from '../clock';
import { isDuplicateKey } from '../db/mongo';
import type { Models } from '../models';
import { validQuestion } from '../quizzes/authoring';
import type { QuestionBank } from '../quizzes/model';
import { CSR_COURSE } from './csr-course-content';

export const MODULE_QUIZ = { draw: 5, shuffleQuestions: true, shuffleOptions: true, timeLimitMinutes: 20, maxAttempts: 3, passMark: 60, grading: 'highest', review: 'full' } as const;
export const FINAL_EXAM = { drawPerModule: 2, shuffleQuestions: true, shuffleOptions: true, timeLimitMinutes: 45, maxAttempts: 2, passMark: 60, grading: 'highest', review: 'score' } as const;

/**
 * Puts the CSR course (src/seed/csr-course-content.ts) into the database for an office: the course
 * opened to that office, its modules and lessons in order, a question bank per module, a quiz per
 * module and the final exam. Idempotent: when a course with the code exists it is returned as is.
 *
 * The course document is inserted first, unpublished, and its unique code is the "only once"
 * guard: of two concurrent seeds one inserts it, the other gets 11000 and returns the winner's.
 * It is published last, so a seed cut short leaves an unpublished course that no learner sees
 * (delete it and seed again).
 */
export async function seedCsrCourse(models: Models, officeId: Types.ObjectId, clock: Clock = systemClock): Promise<{ courseId: Types.ObjectId; created: boolean }> {
  const seed = CSR_COURSE;
  const existing = await models.Course.findOne({ code: seed.code }, { _id: 1 }).lean();
  if (existing) return { courseId: existing._id, created: false };

  // Checked by the same rules as authored questions before anything is written, so bad seed content fails cleanly.
  const questionsOf = seed.modules.map((m) => m.questions.map(validQuestion));
  const now = clock.now();
  const stamps = { createdAt: now, updatedAt: now };
  const noTimestamps = { timestamps: false };
  const courseId = new Types.ObjectId();
  try {
    await models.Course.insertMany(
      [{ _id: courseId, code: seed.code, title: seed.title, description: seed.description, officeId, openToOfficeIds: [officeId], openToCohorts: [], deadline: null, published: false, ...stamps }],
      noTimestamps,
    );
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
    const winner = await models.Course.findOne({ code: seed.code }, { _id: 1 }).lean();
    if (!winner) throw err;
    return { courseId: winner._id, created: false };
  }

  const modules = seed.modules.map((m, i) => ({ _id: new Types.ObjectId(), courseId, order: i + 1, code: m.code, title: m.title, summary: m.summary, ...stamps }));
  await models.CourseModule.insertMany(modules, noTimestamps);
  await models.Lesson.insertMany(
    seed.modules.flatMap((m, i) =>
      m.lessons.map((l, order) => ({ courseId, moduleId: modules[i]._id, order: order + 1, title: l.title, body: l.body, videoUrl: l.videoUrl ?? null, minutes: l.minutes, ...stamps })),
    ),
    noTimestamps,
  );

  // A bank left behind by a deleted earlier seed (banks outlive courses) is reused as it stands.
  const banks: { bank: Pick<QuestionBank, '_id'>; questions: number }[] = [];
  const newQuestions: Record<string, unknown>[] = [];
  for (const [i, m] of seed.modules.entries()) {
    const code = `${seed.code}-${m.code}`;
    const found = await models.QuestionBank.findOne({ code }, { _id: 1 }).lean();
    if (found) {
      banks.push({ bank: found, questions: await models.Question.countDocuments({ bankId: found._id }) });
      continue;
    }
    const bankId = new Types.ObjectId();
    await models.QuestionBank.insertMany([{ _id: bankId, code, title: `${seed.title}·${m.title}`, officeId, ...stamps }], noTimestamps);
    newQuestions.push(...questionsOf[i].map((q) => ({ ...q, bankId, ...stamps })));
    banks.push({ bank: { _id: bankId }, questions: questionsOf[i].length });
  }
  if (newQuestions.length) await models.Question.insertMany(newQuestions, noTimestamps);

  const { draw, ...moduleSettings } = MODULE_QUIZ;
  const { drawPerModule, ...finalSettings } = FINAL_EXAM;
  const withQuestions = banks.filter((b) => b.questions > 0);
  await models.Quiz.insertMany(
    [
      ...seed.modules.flatMap((m, i) =>
        banks[i].questions > 0
          ? [{ courseId, moduleId: modules[i]._id, title: `${m.title}测验`, draws: [{ bankId: banks[i].bank._id, count: Math.min(draw, banks[i].questions) }], ...moduleSettings, ...stamps }]
          : [],
      ),
      {
        courseId,
        moduleId: null,
        title: '结业考试',
        draws: withQuestions.map((b) => ({ bankId: b.bank._id, count: Math.min(drawPerModule, b.questions) })),
        ...finalSettings,
        ...stamps,
      },
    ],
    noTimestamps,
  );
  await models.Course.updateOne({ _id: courseId }, { $set: { published: true, updatedAt: clock.now() } }, noTimestamps);
  return { courseId, created: true };
}
