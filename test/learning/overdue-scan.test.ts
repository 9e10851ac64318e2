import mongoose, { Types, type Connection } from 'mongoose';
import { buildAreas, type Areas } from '../../src/composition';

import { makeCourse } from '../support/course';
import { createTestContext, type TestContext } from '../support/context';

let ctx: TestContext;
let monitored: Connection;
let areas: Areas;
const attemptReads: { filter: Record<string, unknown>; docs: Record<string, unknown>[] }[] = [];

beforeAll(async () => {
  ctx = await createTestContext(__filename);
  // The same database through a connection that reports every command, so the test sees what the scan reads.
  monitored = mongoose.createConnection(ctx.config.MONGODB_URI, { dbName: ctx.config.MONGODB_DB, monitorCommands: true, maxPoolSize: 3 });
  await monitored.asPromise();
  const filters = new Map<number, Record<string, unknown>>();
  monitored.getClient().on('commandStarted', (e) => {
    if (e.commandName === 'find' && e.command.find === 'attempts') filters.set(e.requestId, e.command.filter as Record<string, unknown>);
  });
  monitored.getClient().on('commandSucceeded', (e) => {
    const filter = filters.get(e.requestId);
    if (filter) attemptReads.push({ filter, docs: (e.reply as { cursor: { firstBatch: Record<string, unknown>[] } }).cursor.firstBatch });
  });
  areas = buildAreas({ config: ctx.config, logger: ctx.logger, mongo: monitored, redis: ctx.redis, clock: ctx.clock, queues: ctx.queues });
});
afterAll(async () => {
  await monitored.close();
  await ctx.close();
});

describe('the overdue scan', () => {
  test('reads only open attempts past their deadline, at most the limit per run, and never their papers', async () => {
    const m = ctx.models;
    const officeId = new Types.ObjectId();
    const { course, modules } = await makeCourse(m, { officeId, timeLimitMinutes: 5 });
    const quiz = modules[0].quiz;
    const paper = [{ questionId: new Types.ObjectId(), optionOrder: [0, 1], type: 'truefalse' }];
    const now = ctx.clock.now().getTime();
    const attempt = (n: number, deadlineOffsetMs: number, open: boolean) => ({
      learnerId: new Types.ObjectId(),
      quizId: quiz._id,
      courseId: course._id,
      number: n,
      startedAt: new Date(now - 3600_000),
      deadline: new Date(now + deadlineOffsetMs),
      open,
      paper,
    });
    // History: 20 attempts graded long ago, 2 open and not due yet, 3 open and overdue.
    const closed = await m.Attempt.insertMany(Array.from({ length: 20 }, () => attempt(1, -3000_000, false)));
    await m.AttemptGrade.insertMany(closed.map((a) => ({ _id: a._id, learnerId: a.learnerId, quizId: a.quizId, courseId: a.courseId, number: 1, correct: 0, total: 1, score: 0, passed: false, gradedAt: new Date(now) })));
    await m.Attempt.insertMany([attempt(1, 600_000, true), attempt(1, 600_000, true)]);
    const overdue = await m.Attempt.insertMany([attempt(1, -60_000, true), attempt(1, -120_000, true), attempt(1, -180_000, true)]);

    attemptReads.length = 0;
    expect(await areas.learning.gradeOverdue(2)).toBe(2);
    const scan = attemptReads[0];
    expect(scan.filter).toMatchObject({ open: true });
    expect(scan.docs).toHaveLength(2);
    for (const doc of scan.docs) expect(doc).not.toHaveProperty('paper');
    // Oldest deadline first; the third waits for the next run.
    expect(scan.docs.map((d) => String(d._id))).toEqual([String(overdue[2]._id), String(overdue[1]._id)]);
    expect(await m.AttemptGrade.countDocuments({ _id: { $in: overdue.map((a) => a._id) } })).toBe(2);

    expect(await areas.learning.gradeOverdue(2)).toBe(1);
    expect(await areas.learning.gradeOverdue(2)).toBe(0);
    expect(await m.Attempt.countDocuments({ open: true, deadline: { $lte: ctx.clock.now() } })).toBe(0);
  });
});
