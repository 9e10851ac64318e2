import { installFakeWx, type FakeWx } from '../support/fake-wx';
import { all, openPage, settle, tap, textOf } from '../support/harness';
import { contactSession, courseDone, courseHalfway, courseQuizNext, learnerSession, newUserSession, signedInAs } from '../fixtures';
import type { CourseProgress } from '../../../miniprogram/services/api';

let wx: FakeWx;
beforeEach(() => {
  wx = signedInAs(installFakeWx(), learnerSession);
});

const textsOf = (page: ReturnType<typeof openPage>, selector: string) => all(page, selector).map((el) => (el.dom as HTMLElement).textContent!.replace(/\s+/g, ' ').trim());

describe('course page', () => {
  test('a learner halfway through sees progress, read lessons, the next lesson marked, and 继续 opens it', async () => {
    wx.answer('GET /api/mp/courses/course-1', { data: courseHalfway });
    const page = openPage('course', { id: 'course-1' });
    expect(page.instance.data.state).toBe('loading');
    await settle();
    expect(textOf(page, '.head')).toContain('企业社会责任指导员培训');
    expect(textOf(page, '.head')).toContain('已学 3/4 课时 · 75%');
    expect(textOf(page, '.head')).toContain('下一步：学习《工资支付与工时制度》');
    const lessons = textsOf(page, '.lesson');
    expect(lessons[0]).toBe('✓和谐企业创建的意义10 分钟›');
    expect(lessons[3]).toBe('○工资支付与工时制度15 分钟下一步›');
    expect(all(page, '.is-next')).toHaveLength(1);
    await tap(page, '.continue');
    expect(wx.navigations).toEqual([{ how: 'navigateTo', url: '/pages/lesson/lesson?id=lesson-2-2' }]);
  });

  test('quiz rows show a pass with the best score, or the chances left, and not-yet-open ones say 未开放', async () => {
    wx.answer('GET /api/mp/courses/course-1', { data: courseHalfway });
    const page = openPage('course', { id: 'course-1' });
    await settle();
    const quizzes = textsOf(page, '.quiz');
    expect(quizzes[0]).toContain('已通过 · 最高 80 分');
    expect(quizzes[0]).not.toContain('未开放');
    // Module 2 still has a lesson to read; the final exam waits for module 2's quiz.
    expect(quizzes[1]).toContain('剩余 3 次机会');
    expect(quizzes[1]).toContain('未开放');
    expect(quizzes[2]).toContain('结业考试');
    expect(quizzes[2]).toContain('剩余 2 次机会');
    expect(quizzes[2]).toContain('未开放');
  });

  test('a quiz that is not open yet can still be tapped (the quiz page tells why)', async () => {
    wx.answer('GET /api/mp/courses/course-1', { data: courseHalfway });
    const page = openPage('course', { id: 'course-1' });
    await settle();
    await tap(page, '.final-exam');
    expect(wx.navigations).toEqual([{ how: 'navigateTo', url: '/pages/quiz/quiz?quizId=final-1' }]);
  });

  test('a failed try shows its score beside the chances left', async () => {
    const failed: CourseProgress = { ...courseQuizNext, modules: [courseQuizNext.modules[0], { ...courseQuizNext.modules[1], quiz: { ...courseQuizNext.modules[1].quiz!, attemptsUsed: 1, attemptsLeft: 2, result: 50 } }] };
    wx.answer('GET /api/mp/courses/course-1', { data: failed });
    const page = openPage('course', { id: 'course-1' });
    await settle();
    expect(textsOf(page, '.quiz')[1]).toContain('最高 50 分 · 剩余 2 次机会');
  });

  test('with every lesson read the module quiz is next and 继续 opens it; tapping a lesson re-reads it', async () => {
    wx.answer('GET /api/mp/courses/course-1', { data: courseQuizNext });
    const page = openPage('course', { id: 'course-1' });
    await settle();
    expect(textOf(page, '.head')).toContain('下一步：参加《模块二测验》');
    expect(textsOf(page, '.quiz')[1]).toContain('下一步');
    expect(textsOf(page, '.quiz')[1]).not.toContain('未开放');
    await tap(page, '.continue');
    await tap(page, '.lesson');
    expect(wx.navigations).toEqual([
      { how: 'navigateTo', url: '/pages/quiz/quiz?quizId=quiz-2' },
      { how: 'navigateTo', url: '/pages/lesson/lesson?id=lesson-1-1' },
    ]);
  });

  test('a finished course offers its certificate', async () => {
    wx.answer('GET /api/mp/courses/course-1', { data: courseDone });
    const page = openPage('course', { id: 'course-1' });
    await settle();
    expect(textOf(page, '.head')).toContain('已完成');
    expect(page.querySelector('.continue')).toBeFalsy();
    expect(textOf(page, '.final-exam')).toContain('已通过 · 最高 85 分');
    await tap(page, '.view-cert');
    expect(wx.navigations).toEqual([{ how: 'navigateTo', url: '/pages/certificate/certificate?id=cert-1' }]);
  });

  test('coming back from a lesson shows the new progress without a spinner in between', async () => {
    wx.answer('GET /api/mp/courses/course-1', { data: courseHalfway });
    const page = openPage('course', { id: 'course-1' });
    await settle();
    wx.answer('GET /api/mp/courses/course-1', { data: courseQuizNext });
    (page.instance as unknown as { onShow(): void }).onShow();
    expect(page.instance.data.state).toBe('ready');
    await settle();
    expect(textOf(page, '.head')).toContain('已学 4/4 课时 · 100%');
  });

  test('a user who is not an instructor is asked to bind', async () => {
    signedInAs(wx, contactSession);
    const page = openPage('course', { id: 'course-1' });
    await settle();
    expect(textOf(page)).toContain('绑定学员身份后即可学习');
    expect(wx.called('GET /api/mp/courses/course-1')).toBe(false);
    await tap(page, '.bind-button');
    expect(wx.navigations).toEqual([{ how: 'navigateTo', url: '/pages/bind/bind' }]);
  });

  test('a 404 for a user the office has unbound turns into the bind prompt', async () => {
    wx.answer('GET /api/mp/courses/course-1', { status: 404, data: { error: { code: 'not_found', message: '您还没有绑定身份。' } } });
    wx.answer('POST /api/mp/login', { data: newUserSession });
    const page = openPage('course', { id: 'course-1' });
    await settle();
    expect(textOf(page)).toContain('绑定学员身份后即可学习');
  });

  test('a course not open to this learner says so', async () => {
    wx.answer('GET /api/mp/courses/course-9', { status: 404, data: { error: { code: 'not_found', message: '课程不存在或未向您开放' } } });
    const page = openPage('course', { id: 'course-9' });
    await settle();
    expect(page.instance.data.state).toBe('empty');
    expect(textOf(page)).toContain('课程不存在或未向您开放');
  });

  test('a network failure shows the error state and 重试 loads the course', async () => {
    wx.answer('GET /api/mp/courses/course-1', { status: 0 });
    const page = openPage('course', { id: 'course-1' });
    await settle();
    expect(page.instance.data.state).toBe('error');
    wx.answer('GET /api/mp/courses/course-1', { data: courseHalfway });
    await tap(page, '.state >>> .retry');
    expect(textOf(page, '.head')).toContain('企业社会责任指导员培训');
  });

  test('each module offers 练习, which opens practice for that module', async () => {
    wx.answer('GET /api/mp/courses/course-1', { data: courseHalfway });
    const page = openPage('course', { id: 'course-1' });
    await settle();
    expect(all(page, '.practice-link')).toHaveLength(courseHalfway.modules.length);
    all(page, '.practice-link')[1].dispatchEvent('tap');
    await settle();
    expect(wx.navigations).toEqual([{ how: 'navigateTo', url: `/pages/practice/practice?courseId=course-1&moduleId=mod-2&title=${encodeURIComponent(courseHalfway.modules[1].title)}` }]);
  });
});
