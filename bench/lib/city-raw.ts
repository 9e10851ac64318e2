import type { mongo, Types } from 'mongoose';
import { anyOf } from '../../src/db/mongo';
import { drawPaper, type PaperItem } from '../../src/quizzes/paper';
import type { Question, Quiz } from '../../src/quizzes/model';
import type { Timings } from './city-timings';

/** Module 1 of the seeded CSR course, as both the service's learners and the raw driver take it. */
export interface BenchCourse {
  courseId: Types.ObjectId;
  lessonIds: Types.ObjectId[];
  quiz: Quiz;
  /** The quiz's question pool by id, for the right answers. */
  questions: Map<string, Question>;
}

/**
 * The raw MongoDB driver doing the fewest reads and writes each step needs, on the same city
 * data, with no HTTP, auth, validation, caches or framework: the floor our routes are held to.
 * Its writes go into the real collections under owned ids (bench/lib/city-owned.ts), so they
 * pay the city's index and table sizes too, and are removed with the rest.
 */
export function rawDriver(db: mongo.Db, course: BenchCourse, timings: Timings) {
  const { courseId, quiz } = course;
  const quizId = quiz._id;
  const time = <T>(route: string, work: () => Promise<T>) => timings.time('raw', route, work);
  const byBank = (pool: Question[]) => {
    const grouped = new Map<string, Question[]>();
    for (const q of pool) grouped.set(String(q.bankId), [...(grouped.get(String(q.bankId)) ?? []), q]);
    return grouped;
  };

  return {
    /** The learner's walk through module 1: course list, every lesson, the quiz started, answered right, submitted. */
    async learner(learnerId: Types.ObjectId, attemptId: Types.ObjectId): Promise<void> {
      await time('course list', async () => {
        await db.collection('courses').find({ published: true }).toArray();
        await Promise.all([db.collection('lesson_completions').find({ learnerId, courseId }).toArray(), db.collection('attempt_grades').find({ learnerId, courseId }).toArray()]);
      });
      for (const lessonId of course.lessonIds) {
        await time('lesson complete', async () => {
          await db.collection<{ _id: string }>('lesson_completions').insertOne({ _id: `${String(learnerId)}:${String(lessonId)}`, learnerId, courseId, lessonId, at: new Date() } as { _id: string });
          await db.collection('lesson_completions').find({ learnerId, courseId }).toArray();
        });
      }
      const paper = await time('quiz start', async () => {
        await db.collection('attempts').find({ learnerId, quizId }).toArray();
        const pool = (await db.collection('questions').find({ bankId: anyOf(quiz.draws.map((d) => d.bankId)) }).toArray()) as unknown as Question[];
        const drawn: PaperItem[] = drawPaper(quiz, byBank(pool));
        const now = new Date();
        await db.collection('attempts').insertOne({ _id: attemptId, learnerId, quizId, courseId, number: 1, startedAt: now, deadline: new Date(now.getTime() + quiz.timeLimitMinutes * 60_000), open: true, paper: drawn });
        return drawn;
      });
      for (const item of paper) {
        const choice = [...(course.questions.get(String(item.questionId))?.answer ?? [0])].sort((a, b) => a - b);
        await time('answer save', () => db.collection('attempt_answers').updateOne({ attemptId, questionId: item.questionId }, { $set: { choice, savedAt: new Date() } }, { upsert: true }));
      }
      await time('submit', async () => {
        await db.collection('attempts').findOne({ _id: attemptId });
        const answers = await db.collection('attempt_answers').find({ attemptId }).toArray();
        await db.collection('attempt_grades').insertOne({ _id: attemptId, learnerId, quizId, courseId, number: 1, correct: answers.length, total: paper.length, score: 100, passed: true, gradedAt: new Date(), auto: false });
      });
    },

    instructorPage: () =>
      time('instructor page', () => Promise.all([db.collection('instructors').find({}).sort({ _id: 1 }).limit(20).toArray(), db.collection('instructors').countDocuments({})])),
    phoneSearch: (phone: string) => time('phone search', () => db.collection('instructors').findOne({ phone })),
    enterprisePage: (officeIds: Types.ObjectId[]) =>
      time('enterprise page', () => {
        const filter = { officeId: anyOf(officeIds) };
        return Promise.all([db.collection('enterprises').find(filter).sort({ _id: 1 }).limit(20).toArray(), db.collection('enterprises').countDocuments(filter)]);
      }),
    verify: (code: string) => time('certificate verify', () => db.collection('certificates').findOne({ code })),
    importRoster: (docs: Record<string, unknown>[]) => time('roster import', () => db.collection('instructors').insertMany(docs, { ordered: false })),
  };
}

export type RawDriver = ReturnType<typeof rawDriver>;
