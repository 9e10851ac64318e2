import { Types } from 'mongoose';
import type { Models } from '../../src/models';
import type { GradingMethod, QuestionType, ReviewPolicy } from '../../src/quizzes/model';

export interface CourseSpec {
  officeId: Types.ObjectId;
  modules?: number;
  bankSize?: number;
  draw?: number;
  maxAttempts?: number;
  grading?: GradingMethod;
  review?: ReviewPolicy;
  timeLimitMinutes?: number;
  passMark?: number;
}

/** A small course straight into the models: N modules × (1 lesson, a bank, a quiz), and a final exam. */
export async function makeCourse(models: Models, spec: CourseSpec) {
  const course = await models.Course.create({ code: `C-${new Types.ObjectId().toHexString().slice(-8)}`, title: '测试课程', officeId: spec.officeId, openToOfficeIds: [spec.officeId], published: true });
  const modules = [];
  const bankIds: Types.ObjectId[] = [];
  for (let i = 0; i < (spec.modules ?? 2); i++) {
    const mod = await models.CourseModule.create({ courseId: course._id, order: i, code: `M${i + 1}`, title: `模块${i + 1}` });
    const lesson = await models.Lesson.create({ courseId: course._id, moduleId: mod._id, order: 0, title: `课时${i + 1}`, body: '正文'.repeat(400), minutes: 5 });
    const bank = await models.QuestionBank.create({ code: `B-${new Types.ObjectId().toHexString().slice(-8)}`, title: `题库${i + 1}`, officeId: spec.officeId });
    bankIds.push(bank._id);
    const questions = Array.from({ length: spec.bankSize ?? 6 }, (_, n) => {
      const type: QuestionType = n % 3 === 0 ? 'multiple' : n % 3 === 1 ? 'single' : 'truefalse';
      return type === 'multiple'
        ? { bankId: bank._id, type, stem: `多选题${i}-${n}`, options: ['甲', '乙', '丙', '丁'], answer: [0, 2], explanation: '甲和丙' }
        : type === 'single'
          ? { bankId: bank._id, type, stem: `单选题${i}-${n}`, options: ['甲', '乙', '丙', '丁'], answer: [1], explanation: '乙' }
          : { bankId: bank._id, type, stem: `判断题${i}-${n}`, options: ['正确', '错误'], answer: [0], explanation: '正确' };
    });
    await models.Question.insertMany(questions);
    const quiz = await models.Quiz.create({
      courseId: course._id,
      moduleId: mod._id,
      title: `模块${i + 1}测验`,
      draws: [{ bankId: bank._id, count: spec.draw ?? 3 }],
      timeLimitMinutes: spec.timeLimitMinutes ?? 20,
      maxAttempts: spec.maxAttempts ?? 3,
      passMark: spec.passMark ?? 60,
      grading: spec.grading ?? 'highest',
      review: spec.review ?? 'full',
    });
    modules.push({ mod, lesson, bank, quiz });
  }
  const finalExam = await models.Quiz.create({
    courseId: course._id,
    moduleId: null,
    title: '结业考试',
    draws: bankIds.map((bankId) => ({ bankId, count: 2 })),
    timeLimitMinutes: 45,
    maxAttempts: 2,
    passMark: 60,
    grading: 'highest',
    review: 'score',
  });
  return { course, modules, finalExam };
}

/** The right answer for each question of a paper, as letters in its display order. */
export async function rightLetters(models: Models, attemptId: string): Promise<Map<string, string>> {
  const attempt = await models.Attempt.findById(attemptId).lean();
  const questions = await models.Question.find({ _id: { $in: attempt!.paper.map((p) => p.questionId) } }).lean();
  const byId = new Map(questions.map((q) => [String(q._id), q]));
  return new Map(
    attempt!.paper.map((p) => {
      const q = byId.get(String(p.questionId))!;
      return [String(q._id), q.answer.map((a) => 'ABCDEFGH'[p.optionOrder.indexOf(a)]).sort().join('')];
    }),
  );
}
