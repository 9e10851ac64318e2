import { installFakeWx, type FakeWx } from '../support/fake-wx';
import { openPage, settle, tap, textOf } from '../support/harness';
import {
  NOW,
  application,
  contactSession,
  courseDone,
  courseHalfway,
  courseQuizNext,
  learnerSession,
  myApplications,
  news,
  newUserSession,
  signedInAs,
} from '../fixtures';
import type { MyApplications, Session } from '../../../miniprogram/services/api';

let wx: FakeWx;
beforeEach(() => {
  jest.setSystemTime(NOW);
  wx = installFakeWx().answer('GET /api/mp/news', { data: news });
});

/** The contact's application with the self-check due at the end of the given Beijing day. */
function dueOn(day: string): MyApplications {
  const stages = application.stages.map((s) => (s.key === 'self_check' ? { ...s, deadline: `${day}T15:59:00Z` } : s));
  return { ...myApplications, applications: [{ ...application, stages }] };
}

const bothSession: Session = {
  ...learnerSession,
  bindings: [...learnerSession.bindings, { personType: 'contact', maskedName: '王*燕' }],
};

describe('home page', () => {
  test('while loading, both sections say so', () => {
    signedInAs(wx, learnerSession).answer('GET /api/mp/courses', { data: { items: [courseHalfway] } });
    const page = openPage('home');
    expect(textOf(page)).toContain('加载中');
    expect(page.instance.data.newsState).toBe('loading');
  });

  test('a learner halfway through sees the next lesson and opens it', async () => {
    signedInAs(wx, learnerSession).answer('GET /api/mp/courses', { data: { items: [courseHalfway] } });
    const page = openPage('home');
    await settle();
    expect(textOf(page, '.course-card')).toContain('继续学习：工资支付与工时制度');
    expect(textOf(page, '.course-card')).toContain('企业社会责任指导员培训 · 已学 3/4 课');
    expect(wx.called('GET /api/mp/applications/mine')).toBe(false);
    await tap(page, '.course-task');
    expect(wx.navigations).toEqual([{ how: 'navigateTo', url: '/pages/lesson/lesson?id=lesson-2-2' }]);
  });

  test('a learner with every lesson read is sent to the module quiz', async () => {
    signedInAs(wx, learnerSession).answer('GET /api/mp/courses', { data: { items: [courseQuizNext] } });
    const page = openPage('home');
    await settle();
    expect(textOf(page, '.course-card')).toContain('待参加测验：模块二测验');
    await tap(page, '.course-task');
    expect(wx.navigations).toEqual([{ how: 'navigateTo', url: '/pages/quiz/quiz?quizId=quiz-2' }]);
  });

  test('a learner who finished every course is pointed to the certificates', async () => {
    signedInAs(wx, learnerSession).answer('GET /api/mp/courses', { data: { items: [courseDone] } });
    const page = openPage('home');
    await settle();
    expect(textOf(page, '.course-card')).toContain('课程已全部完成');
    await tap(page, '.certificates-link');
    expect(wx.navigations).toEqual([{ how: 'navigateTo', url: '/pages/certificates/certificates' }]);
  });

  test('the first unfinished course decides the next step, not a finished one listed before it', async () => {
    signedInAs(wx, learnerSession).answer('GET /api/mp/courses', { data: { items: [courseDone, courseQuizNext] } });
    const page = openPage('home');
    await settle();
    expect(textOf(page, '.course-card')).toContain('待参加测验：模块二测验');
  });

  test('an enterprise contact sees the current stage, its deadline and the days left, and opens the application', async () => {
    signedInAs(wx, contactSession).answer('GET /api/mp/applications/mine', { data: dueOn('2026-12-10') });
    const page = openPage('home');
    await settle();
    expect(textOf(page, '.deadline-card')).toContain('自查自评 · 12月10日截止 · 还有3天');
    expect(textOf(page, '.deadline-card')).toContain('2026年度宁波市和谐企业创建');
    expect(wx.called('GET /api/mp/courses')).toBe(false);
    await tap(page, '.deadline-task');
    expect(wx.navigations).toEqual([{ how: 'navigateTo', url: '/pages/application/application' }]);
  });

  test('a deadline at the end of today reads 今天截止', async () => {
    signedInAs(wx, contactSession).answer('GET /api/mp/applications/mine', { data: dueOn('2026-12-07') });
    const page = openPage('home');
    await settle();
    expect(textOf(page, '.deadline-card')).toContain('自查自评 · 12月7日截止 · 今天截止');
  });

  test('a deadline already past reads 已逾期', async () => {
    signedInAs(wx, contactSession).answer('GET /api/mp/applications/mine', { data: dueOn('2026-12-06') });
    const page = openPage('home');
    await settle();
    expect(textOf(page, '.deadline-card')).toContain('已逾期');
  });

  test('a contact without an open application is told so and can still open the application page', async () => {
    signedInAs(wx, contactSession).answer('GET /api/mp/applications/mine', { data: { ...myApplications, applications: [] } });
    const page = openPage('home');
    await settle();
    expect(textOf(page, '.deadline-card')).toContain('暂无进行中的申报');
    await tap(page, '.deadline-task');
    expect(wx.navigations).toEqual([{ how: 'navigateTo', url: '/pages/application/application' }]);
  });

  test('someone who is both a learner and a contact sees both tasks', async () => {
    signedInAs(wx, bothSession)
      .answer('GET /api/mp/courses', { data: { items: [courseHalfway] } })
      .answer('GET /api/mp/applications/mine', { data: dueOn('2026-12-10') });
    const page = openPage('home');
    await settle();
    expect(textOf(page, '.course-card')).toContain('继续学习：工资支付与工时制度');
    expect(textOf(page, '.deadline-card')).toContain('还有3天');
  });

  test('a user who is not bound is invited to bind, and no learner or contact route is called', async () => {
    signedInAs(wx, newUserSession);
    const page = openPage('home');
    await settle();
    expect(textOf(page, '.bind-card')).toContain('绑定身份后查看您的任务');
    expect(wx.called('GET /api/mp/courses')).toBe(false);
    expect(wx.called('GET /api/mp/applications/mine')).toBe(false);
    // News is for everyone.
    expect(textOf(page, '.news-card')).toContain('2026年度和谐企业创建工作启动');
    await tap(page, '.bind-button');
    expect(wx.navigations).toEqual([{ how: 'navigateTo', url: '/pages/bind/bind' }]);
  });

  test('a first-time user is signed in before the page decides what to show', async () => {
    wx.answer('POST /api/mp/login', { data: learnerSession }).answer('GET /api/mp/courses', { data: { items: [courseHalfway] } });
    const page = openPage('home');
    await settle();
    expect(wx.calls[0].key).toBe('POST /api/mp/login');
    expect(textOf(page, '.course-card')).toContain('继续学习');
  });

  test('a learner whose binding was removed (404) is invited to bind again instead of seeing an error', async () => {
    signedInAs(wx, learnerSession).answer('GET /api/mp/courses', { status: 404, data: { error: { code: 'not_bound', message: '请先绑定身份' } } });
    const page = openPage('home');
    await settle();
    expect(textOf(page, '.course-card')).toContain('您的学员身份尚未绑定');
    expect(wx.toasts).toEqual([]);
    await tap(page, '.bind-link');
    expect(wx.navigations).toEqual([{ how: 'navigateTo', url: '/pages/bind/bind' }]);
  });

  test('when the courses cannot load, the task card says why and 重试 loads them', async () => {
    signedInAs(wx, learnerSession).answer('GET /api/mp/courses', { status: 0 });
    const page = openPage('home');
    await settle();
    expect(textOf(page, '.course-card')).toContain('网络不可用，请检查网络后重试');
    // The card shows the error itself, so no toast on top.
    expect(wx.toasts).toEqual([]);
    wx.answer('GET /api/mp/courses', { data: { items: [courseHalfway] } });
    await tap(page, '.retry-courses');
    expect(textOf(page, '.course-card')).toContain('继续学习：工资支付与工时制度');
  });

  test('when the applications cannot load, the deadline card offers 重试', async () => {
    signedInAs(wx, contactSession).answer('GET /api/mp/applications/mine', { status: 500, data: {} });
    const page = openPage('home');
    await settle();
    expect(textOf(page, '.deadline-card')).toContain('服务暂时不可用');
    wx.answer('GET /api/mp/applications/mine', { data: dueOn('2026-12-10') });
    await tap(page, '.retry-deadlines');
    expect(textOf(page, '.deadline-card')).toContain('还有3天');
  });

  test('when sign-in fails the task section offers 重试, which signs in again', async () => {
    wx.answer('POST /api/mp/login', { status: 0 }).answer('GET /api/mp/news', { status: 0 });
    const page = openPage('home');
    await settle();
    expect(textOf(page, '.tasks-error')).toContain('暂时无法登录');
    wx.answer('POST /api/mp/login', { data: newUserSession });
    await tap(page, '.retry-tasks');
    expect(textOf(page, '.bind-card')).toContain('绑定身份后查看您的任务');
  });

  test('the news section lists the latest five; tapping one opens it and 更多 opens the list', async () => {
    signedInAs(wx, learnerSession).answer('GET /api/mp/courses', { data: { items: [courseHalfway] } });
    const page = openPage('home');
    await settle();
    expect(wx.called('GET /api/mp/news?page=1&pageSize=5')).toBe(true);
    const text = textOf(page, '.news-card');
    expect(text).toContain('2026年度和谐企业创建工作启动');
    expect(text).toContain('市和创办召开动员会');
    expect(text).toContain('2026年12月1日');
    expect(text).toContain('千名指导员培训第二期开班');
    await tap(page, '.news-item');
    await tap(page, '.more');
    expect(wx.navigations).toEqual([
      { how: 'navigateTo', url: '/pages/news-detail/news-detail?id=news-1' },
      { how: 'navigateTo', url: '/pages/news/news' },
    ]);
  });

  test('with no news yet the section says 暂无动态', async () => {
    signedInAs(wx, newUserSession).answer('GET /api/mp/news', { data: { ...news, total: 0, items: [] } });
    const page = openPage('home');
    await settle();
    expect(page.instance.data.newsState).toBe('empty');
    expect(textOf(page)).toContain('暂无动态');
  });

  test('when news cannot load the section shows the error and 重试 loads it', async () => {
    signedInAs(wx, newUserSession).answer('GET /api/mp/news', { status: 0 });
    const page = openPage('home');
    await settle();
    expect(page.instance.data.newsState).toBe('error');
    expect(wx.toasts).toEqual(['网络不可用，请检查网络后重试']);
    // The task section is not affected.
    expect(textOf(page, '.bind-card')).toContain('绑定');
    wx.answer('GET /api/mp/news', { data: news });
    await tap(page, '.news-state >>> .retry');
    expect(textOf(page, '.news-card')).toContain('2026年度和谐企业创建工作启动');
  });

  test('pulling down reloads tasks and news, then stops the refresh spinner', async () => {
    signedInAs(wx, learnerSession).answer('GET /api/mp/courses', { data: { items: [courseHalfway] } });
    const page = openPage('home');
    await settle();
    const stop = jest.fn();
    (globalThis as unknown as { wx: { stopPullDownRefresh: () => void } }).wx.stopPullDownRefresh = stop;
    wx.answer('GET /api/mp/courses', { data: { items: [courseQuizNext] } });
    const instance = page.instance as unknown as { onPullDownRefresh(): Promise<void> };
    await instance.onPullDownRefresh();
    expect(textOf(page, '.course-card')).toContain('待参加测验：模块二测验');
    expect(wx.calls.filter((c) => c.key.startsWith('GET /api/mp/news')).length).toBe(2);
    expect(stop).toHaveBeenCalledTimes(1);
  });

  test('coming back to the tab refreshes the task without flashing the loading state', async () => {
    signedInAs(wx, learnerSession).answer('GET /api/mp/courses', { data: { items: [courseHalfway] } });
    const page = openPage('home');
    await settle();
    wx.answer('GET /api/mp/courses', { data: { items: [courseQuizNext] } });
    (page.instance as unknown as { onShow(): void }).onShow();
    expect(textOf(page, '.course-card')).toContain('继续学习：工资支付与工时制度');
    await settle();
    expect(textOf(page, '.course-card')).toContain('待参加测验：模块二测验');
  });

  test('a learner with questions due in the wrong-answer book sees 今日错题 N and opens the book', async () => {
    signedInAs(wx, learnerSession).answer('GET /api/mp/courses', { data: { items: [courseHalfway] } }).answer('GET /api/mp/wrong-book/summary', { data: { due: 2, total: 5, wrongAnswers: 6, rightAnswers: 1 } });
    const page = openPage('home');
    await settle();
    expect(textOf(page, '.wrong-book-entry')).toContain('今日错题 2');
    expect(textOf(page, '.wrong-book-entry')).toContain('错题本共 5 题');
    await tap(page, '.wrong-book-entry');
    expect(wx.navigations).toEqual([{ how: 'navigateTo', url: '/pages/wrong-book/wrong-book' }]);
  });

  test('an empty wrong-answer book, or one that cannot be read, shows no entry and no toast', async () => {
    signedInAs(wx, learnerSession).answer('GET /api/mp/courses', { data: { items: [courseHalfway] } }).answer('GET /api/mp/wrong-book/summary', { data: { due: 0, total: 0, wrongAnswers: 0, rightAnswers: 0 } });
    const page = openPage('home');
    await settle();
    expect(page.querySelector('.wrong-book-entry')).toBeUndefined();
    wx.answer('GET /api/mp/wrong-book/summary', { status: 500, data: {} });
    const again = openPage('home');
    await settle();
    expect(again.querySelector('.wrong-book-entry')).toBeUndefined();
    expect(textOf(again, '.course-card')).toContain('继续学习');
    expect(wx.toasts).toEqual([]);
  });
});
