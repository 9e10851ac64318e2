import type {
  Application,
  Attempt,
  Certificate,
  CourseProgress,
  Lesson,
  MyApplications,
  NewsDetail,
  NewsPage,
  PracticePrompt,
  PublicCertificate,
  QuizHistory,
  WrongBook,
  Session,
  Settings,
} from '../../miniprogram/services/api';
import type { FakeWx } from './support/fake-wx';

/**
 * What the server answers, shaped by its OpenAPI types: the page tests and `npm run mp:preview`
 * render pages from these same answers. Times are around 2026-12-07 10:00 Beijing time.
 */
export const NOW = Date.parse('2026-12-07T02:00:00Z');

export const learnerSession: Session = {
  token: 'token-learner',
  expiresIn: 604800,
  bound: true,
  personType: 'instructor',
  maskedName: '王*燕',
  bindings: [{ personType: 'instructor', maskedName: '王*燕' }],
};
export const contactSession: Session = {
  token: 'token-contact',
  expiresIn: 604800,
  bound: true,
  personType: 'contact',
  maskedName: '陈*明',
  bindings: [{ personType: 'contact', maskedName: '陈*明' }],
};
export const newUserSession: Session = { token: 'token-new', expiresIn: 604800, bound: false, personType: null, maskedName: null, bindings: [] };

export const settings: Settings = {
  subscribeTemplates: [
    { id: 'tmpl-reminder', purpose: 'reminder', title: '截止提醒' },
    { id: 'tmpl-news', purpose: 'news', title: '和创动态' },
  ],
  publicBaseUrl: 'https://hx.example.cn',
  devLogin: false,
};

const quiz = (id: string, title: string, over: Partial<NonNullable<CourseProgress['finalExam']>> = {}) => ({
  id,
  title,
  attemptsUsed: 0,
  attemptsLeft: 3,
  result: null,
  passed: false,
  grading: 'highest' as const,
  ...over,
});

/** Module 1 read and passed, module 2 half read: the next step is lesson 2-2. */
export const courseHalfway: CourseProgress = {
  courseId: 'course-1',
  title: '企业社会责任指导员培训',
  lessonsRead: 3,
  lessonsTotal: 4,
  modules: [
    {
      id: 'mod-1',
      code: 'M1',
      title: '和谐劳动关系概述',
      lessons: [
        { id: 'lesson-1-1', title: '和谐企业创建的意义', minutes: 10, read: true },
        { id: 'lesson-1-2', title: '企业社会责任评价体系', minutes: 12, read: true },
      ],
      quiz: quiz('quiz-1', '模块一测验', { attemptsUsed: 1, attemptsLeft: 2, result: 80, passed: true }),
    },
    {
      id: 'mod-2',
      code: 'M2',
      title: '劳动用工与权益保障',
      lessons: [
        { id: 'lesson-2-1', title: '劳动合同管理', minutes: 15, read: true },
        { id: 'lesson-2-2', title: '工资支付与工时制度', minutes: 15, read: false },
      ],
      quiz: quiz('quiz-2', '模块二测验'),
    },
  ],
  finalExam: quiz('final-1', '结业考试', { attemptsLeft: 2 }),
  complete: false,
  certificate: null,
  next: { kind: 'lesson', id: 'lesson-2-2', title: '工资支付与工时制度', moduleTitle: '劳动用工与权益保障' },
};

/** Every lesson read, module 2's quiz next. */
export const courseQuizNext: CourseProgress = {
  ...courseHalfway,
  lessonsRead: 4,
  modules: [courseHalfway.modules[0], { ...courseHalfway.modules[1], lessons: courseHalfway.modules[1].lessons.map((l) => ({ ...l, read: true })) }],
  next: { kind: 'quiz', id: 'quiz-2', title: '模块二测验', final: false, attemptsLeft: 3 },
};

export const certificate: Certificate = {
  id: 'cert-1',
  number: 'CSR-2026-000123',
  code: 'K7PM2QXD9A',
  learnerName: '王晓燕',
  courseTitle: '企业社会责任指导员培训',
  issuedAt: '2026-11-20T06:30:00Z',
  status: 'valid',
};

export const courseDone: CourseProgress = {
  ...courseQuizNext,
  modules: courseQuizNext.modules.map((m) => ({ ...m, quiz: m.quiz && { ...m.quiz, passed: true, result: 90, attemptsUsed: 1, attemptsLeft: 2 } })),
  finalExam: quiz('final-1', '结业考试', { attemptsUsed: 1, attemptsLeft: 1, result: 85, passed: true }),
  complete: true,
  certificate,
  next: { kind: 'done' },
};

export const lesson: Lesson = {
  id: 'lesson-2-2',
  courseId: 'course-1',
  moduleId: 'mod-2',
  title: '工资支付与工时制度',
  body: '## 工资支付\n\n用人单位应当**按月足额**支付劳动者工资。',
  bodyHtml: '<h2>工资支付</h2>\n<p>用人单位应当<strong>按月足额</strong>支付劳动者工资。</p>\n',
  videoUrl: null,
  minutes: 15,
  // Nothing required: read before, or the lesson-time gate off (test/miniprogram/pages/lesson.test.ts turns it on).
  reading: { token: 'reading-token', heartbeatSeconds: 15, presentSeconds: 0, requiredSeconds: 0, canComplete: true },
};

export const openAttempt: Attempt = {
  id: 'attempt-1',
  quizId: 'quiz-2',
  number: 1,
  startedAt: '2026-12-07T01:55:00Z',
  deadline: '2026-12-07T02:15:00Z',
  status: 'open',
  remainingSeconds: 900,
  questions: [
    { id: 'q-1', type: 'single', stem: '劳动合同应当在用工之日起多长时间内订立？', options: ['一周', '一个月', '三个月', '半年'], chosen: [] },
    { id: 'q-2', type: 'multiple', stem: '下列属于工资组成部分的有：', options: ['计时工资', '奖金', '津贴和补贴', '劳动保护费'], chosen: [] },
    { id: 'q-3', type: 'truefalse', stem: '用人单位可以以实物代替货币支付工资。', options: ['正确', '错误'], chosen: [] },
  ],
};

export const gradedAttempt: Attempt = {
  ...openAttempt,
  status: 'graded',
  remainingSeconds: 0,
  questions: openAttempt.questions.map((q, i) => ({ ...q, chosen: [['B'], ['A', 'B', 'C'], ['A']][i] })),
  result: { score: 66.7, correct: 2, total: 3, passed: true, auto: false, gradedAt: '2026-12-07T02:05:00Z' },
  review: openAttempt.questions.map((q, i) => ({
    ...q,
    chosen: [['B'], ['A', 'B', 'C'], ['A']][i],
    right: [['B'], ['A', 'B', 'C'], ['B']][i],
    correct: i < 2,
    explanation: ['《劳动合同法》第十条：一个月内订立书面劳动合同。', '劳动保护费不属于工资。', '工资应当以货币形式支付。'][i],
  })),
};

export const quizHistory: QuizHistory = {
  standing: { attemptsUsed: 1, attemptsLeft: 2, result: 66.7, passed: true, grading: 'highest' },
  attempts: [{ id: 'attempt-1', number: 1, startedAt: '2026-12-07T01:55:00Z', status: 'graded', score: 66.7, passed: true }],
};

export const verified: PublicCertificate = {
  number: 'CSR-2026-000123',
  learnerName: '王*燕',
  courseTitle: '企业社会责任指导员培训',
  issuedAt: '2026-11-20T06:30:00Z',
  status: 'valid',
  revokedAt: null,
};

const stageNames = ['自愿申请', '自查自评', '检查审核', '第三方评价', '社会公示', '通报命名'] as const;
const stageKeys = ['apply', 'self_check', 'review', 'evaluation', 'notice', 'naming'] as const;

export const application: Application = {
  id: 'app-1',
  campaignId: 'camp-1',
  campaignName: '2026年度宁波市和谐企业创建',
  enterpriseId: 'ent-1',
  officeId: 'office-haishu',
  appliedAt: '2026-11-01T02:00:00Z',
  current: 'self_check',
  currentName: '自查自评',
  withdrawn: false,
  nextStep: '请于12月10日前完成自查自评并提交自评材料，完成后点击“我已提交自评”。',
  stages: stageKeys.map((key, i) => ({
    key,
    name: stageNames[i],
    // 23:59 Beijing time on each day, as the server gives it.
    deadline: ['2026-11-05T15:59:00Z', '2026-12-10T15:59:00Z', '2026-12-30T15:59:00Z', '2027-01-19T15:59:00Z', '2027-02-08T15:59:00Z', '2027-02-28T15:59:00Z'][i],
    deadlineText: ['2026年11月5日 23:59', '2026年12月10日 23:59', '2026年12月30日 23:59', '2027年1月19日 23:59', '2027年2月8日 23:59', '2027年2月28日 23:59'][i],
    done: i === 0,
    doneAt: i === 0 ? '2026-11-01T02:00:00Z' : null,
    late: false,
  })),
};

export const myApplications: MyApplications = {
  enterprise: { id: 'ent-1', name: '宁波海曙示范企业有限公司' },
  contact: { maskedName: '陈*明' },
  applications: [application],
  canApply: [],
};

export const news: NewsPage = {
  total: 2,
  page: 1,
  pageSize: 10,
  items: [
    { id: 'news-1', title: '2026年度和谐企业创建工作启动', summary: '市和创办召开动员会，部署全年创建与社会责任评价工作。', coverUrl: null, link: null, publishedAt: '2026-12-01T01:00:00Z' },
    { id: 'news-2', title: '千名指导员培训第二期开班', summary: '第二期培训将于12月中旬开班，请各区县和创办做好组织工作。', coverUrl: null, link: null, publishedAt: '2026-11-25T01:00:00Z' },
  ],
};

export const newsDetail: NewsDetail = {
  ...news.items[0],
  body: '市和创办于12月1日召开动员会。\n\n**重点工作**：自愿申请、自查自评。',
  bodyHtml: '<p>市和创办于12月1日召开动员会。</p>\n<p><strong>重点工作</strong>：自愿申请、自查自评。</p>\n',
};

/** A learner who is signed in and bound: the token is in storage, as after a real sign-in. */
export function signedInAs(fake: FakeWx, session: Session): FakeWx {
  fake.storage.set('hx.token', session.token);
  fake.storage.set('hx.session', session);
  return fake.answer('POST /api/mp/login', { data: session });
}

/** A practice question of module 2 (its answer, C, comes only with the feedback). */
export const practicePrompt: PracticePrompt = {
  promptId: 'prompt-1',
  kind: 'practice',
  courseId: 'course-1',
  moduleId: 'mod-2',
  where: '劳动合同与工资支付',
  question: { id: 'pq-1', type: 'single', stem: '用人单位应当至少每月支付几次工资？', options: ['不作要求', '每季度一次', '每月至少一次'] },
};

/** The wrong-answer book: one question due today (from practice, answer shown), one from a score-only exam due later. */
export const wrongBook: WrongBook = {
  today: '2026-12-07',
  due: 1,
  total: 2,
  items: [
    {
      questionId: 'pq-1',
      type: 'single',
      stem: '用人单位应当至少每月支付几次工资？',
      options: ['不作要求', '每季度一次', '每月至少一次'],
      source: 'practice',
      courseId: 'course-1',
      moduleId: 'mod-2',
      where: '劳动合同与工资支付',
      wrongs: 1,
      streak: 0,
      due: true,
      dueDay: '2026-12-07',
      enteredDay: '2026-12-06',
      revealed: true,
      right: ['C'],
      explanation: '《工资支付暂行规定》：工资至少每月支付一次。',
      lastChoice: ['A'],
    },
    {
      questionId: 'eq-1',
      type: 'truefalse',
      stem: '和谐企业创建实行自愿申请原则。',
      options: ['正确', '错误'],
      source: 'exam',
      courseId: 'course-1',
      moduleId: null,
      where: '结业考试',
      wrongs: 1,
      streak: 0,
      due: false,
      dueDay: '2026-12-09',
      enteredDay: '2026-12-06',
      revealed: false,
      right: null,
      explanation: null,
      lastChoice: null,
    },
  ],
};
