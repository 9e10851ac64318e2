import { Types } from 'mongoose';
import { insertNew } from '../db/mongo';
import type { Models } from '../models';
import { CSR_COURSE } from './csr-course-content';

const DAY_MS = 24 * 3600_000;

/** Practice questions per module of the demo course (by module code): asked only in practice, never drawn into a paper. */
const PRACTICE: Record<string, { type: 'single' | 'truefalse'; stem: string; options: string[]; answer: number[]; explanation: string }[]> = {
  M1: [
    { type: 'single', stem: '【练习】指导员走访企业时，首先应当做的是：', options: ['了解企业的实际困难和需求', '要求企业立即整改', '直接发放评价表', '只与负责人合影'], answer: [0], explanation: '服务企业发展从了解企业的实际困难和需求开始。' },
    { type: 'truefalse', stem: '【练习】服务企业发展只针对规模以上企业。', options: ['正确', '错误'], answer: [1], explanation: '各类企业都是服务对象，中小企业尤其需要指导。' },
  ],
  M2: [
    { type: 'single', stem: '【练习】用人单位应当至少多久支付一次工资？', options: ['每月', '每季度', '每半年', '每年'], answer: [0], explanation: '工资应当以货币形式按月支付给劳动者本人。' },
    { type: 'truefalse', stem: '【练习】建立职工代表大会等民主管理制度有助于劳动关系和谐。', options: ['正确', '错误'], answer: [0], explanation: '民主管理让职工参与企业决策，是和谐劳动关系的重要内容。' },
  ],
  M3: [
    { type: 'truefalse', stem: '【练习】环境和谐只要求企业污染物达标排放，与节能降耗无关。', options: ['正确', '错误'], answer: [1], explanation: '环境和谐既包括达标排放，也包括节能降耗、资源循环利用。' },
  ],
  M4: [
    { type: 'truefalse', stem: '【练习】企业参与社区公益活动属于社会和谐的内容。', options: ['正确', '错误'], answer: [0], explanation: '履行社会责任、参与公益是社会和谐的重要方面。' },
  ],
  M5: [
    { type: 'truefalse', stem: '【练习】企业文化建设与职工认同感无关。', options: ['正确', '错误'], answer: [1], explanation: '良好的企业文化能增强职工的认同感和归属感。' },
  ],
  M6: [
    { type: 'single', stem: '【练习】和谐企业创建的第一个环节是：', options: ['自愿申请', '社会公示', '通报命名', '第三方评价'], answer: [0], explanation: '创建流程依次为自愿申请、自查自评、检查审核、第三方评价、社会公示、通报命名。' },
  ],
};

/**
 * Practice questions in the demo course's banks, and the sample instructor 王晓燕 (the
 * mini-program's `demo-learner`) with questions in her wrong-answer book: two she got wrong in
 * practice yesterday (due today, so the home page shows 今日错题 2 and `错题` in chat asks one), and
 * one from the final exam today (due tomorrow; its answer hidden: the exam shows only scores). Idempotent:
 * questions by stem, book entries by their event keys.
 */
export async function seedDemoWrongBook(models: Models, now = new Date()): Promise<{ learner: string; due: number } | null> {
  const course = await models.Course.findOne({ code: CSR_COURSE.code }, { _id: 1 }).lean();
  const learner = await models.Instructor.findOne({ phone: '13800000001' }, { _id: 1, name: 1, officeId: 1 }).lean();
  if (!course || !learner) return null;
  const modules = await models.CourseModule.find({ courseId: course._id }).lean();
  const practice: { moduleId: Types.ObjectId; questionId: Types.ObjectId; wrong: number }[] = [];
  for (const m of modules) {
    const bank = await models.QuestionBank.findOne({ code: `${CSR_COURSE.code}-${m.code}` }, { _id: 1 }).lean();
    if (!bank) continue;
    for (const q of PRACTICE[m.code] ?? []) {
      let found = await models.Question.findOne({ bankId: bank._id, stem: q.stem }, { _id: 1 }).lean();
      found ??= (await models.Question.create({ ...q, bankId: bank._id, use: 'practice' })).toObject();
      practice.push({ moduleId: m._id, questionId: found._id, wrong: q.answer[0] === 0 ? 1 : 0 });
    }
  }
  const exam = await models.Quiz.findOne({ courseId: course._id, moduleId: null }, { _id: 1, draws: 1 }).lean();
  const examQuestion = exam?.draws[0] ? await models.Question.findOne({ bankId: exam.draws[0].bankId, use: { $ne: 'practice' } }, { _id: 1, answer: 1, options: 1 }).lean() : null;
  const yesterday = new Date(now.getTime() - DAY_MS);
  const event = (key: string, e: { questionId: Types.ObjectId; moduleId: Types.ObjectId | null; quizId?: Types.ObjectId; source: 'practice' | 'exam'; reveal: boolean; choice: number[]; at: Date }) => ({
    _id: `demo:${key}`,
    learnerId: learner._id,
    officeId: learner.officeId,
    courseId: course._id,
    quizId: e.quizId ?? null,
    outcome: 'wrong',
    ...e,
  });
  const docs = practice.slice(2, 4).map((p, i) => event(`practice-${i}`, { questionId: p.questionId, moduleId: p.moduleId, source: 'practice', reveal: true, choice: [p.wrong], at: yesterday }));
  if (exam && examQuestion) {
    const wrong = examQuestion.options.findIndex((_, i) => !examQuestion.answer.includes(i));
    docs.push(event('exam-0', { questionId: examQuestion._id, moduleId: null, quizId: exam._id, source: 'exam', reveal: false, choice: [wrong], at: new Date(now.getTime() - 60_000) }));
  }
  await insertNew(models.WrongBookEvent, docs);
  return { learner: learner.name, due: 2 };
}
