import { installFakeWx, type FakeWx } from '../support/fake-wx';
import { openPage, settle, tap, textOf } from '../support/harness';
import { contactSession, courseDone, courseHalfway, courseQuizNext, learnerSession, lesson, signedInAs } from '../fixtures';
import type { CourseProgress } from '../../../miniprogram/services/api';

let wx: FakeWx;
beforeEach(() => {
  wx = signedInAs(installFakeWx(), learnerSession);
});

/** The answer after reading lesson 2-1 of a course whose next lesson is 2-2. */
const nextLesson: CourseProgress = courseHalfway;

describe('lesson page', () => {
  test('a learner reads the lesson: title, reading time and the text', async () => {
    wx.answer('GET /api/mp/lessons/lesson-2-2', { data: lesson });
    const page = openPage('lesson', { id: 'lesson-2-2' });
    expect(page.instance.data.state).toBe('loading');
    await settle();
    expect(textOf(page, '.lesson-title')).toBe('工资支付与工时制度');
    expect(textOf(page, '.minutes')).toBe('约 15 分钟');
    expect(page.instance.data.bodyHtml).toBe(lesson.bodyHtml);
    expect(page.querySelector('.video')).toBeFalsy();
    expect(textOf(page, '.complete')).toBe('标记为已学');
  });

  test('a lesson with a video shows the player', async () => {
    wx.answer('GET /api/mp/lessons/lesson-2-2', { data: { ...lesson, videoUrl: 'https://hx.example.cn/v/2-2.mp4' } });
    const page = openPage('lesson', { id: 'lesson-2-2' });
    await settle();
    expect(page.querySelector('.video')).toBeTruthy();
    expect(page.instance.data.videoUrl).toBe('https://hx.example.cn/v/2-2.mp4');
  });

  test('marking it read turns the button to 已学完 and offers the next lesson in place of this one', async () => {
    wx.answer('GET /api/mp/lessons/lesson-2-1', { data: { ...lesson, id: 'lesson-2-1', title: '劳动合同管理' } });
    wx.answer('POST /api/mp/lessons/lesson-2-1/complete', { data: nextLesson });
    const page = openPage('lesson', { id: 'lesson-2-1' });
    await settle();
    await tap(page, '.complete');
    expect(wx.called('POST /api/mp/lessons/lesson-2-1/complete')).toBe(true);
    expect(textOf(page, '.complete')).toBe('✓ 已学完');
    expect(textOf(page, '.next')).toBe('下一课：工资支付与工时制度');
    await tap(page, '.next');
    expect(wx.navigations).toEqual([{ how: 'redirectTo', url: '/pages/lesson/lesson?id=lesson-2-2' }]);
  });

  test('after the last lesson of a module the next step is its quiz', async () => {
    wx.answer('GET /api/mp/lessons/lesson-2-2', { data: lesson });
    wx.answer('POST /api/mp/lessons/lesson-2-2/complete', { data: courseQuizNext });
    const page = openPage('lesson', { id: 'lesson-2-2' });
    await settle();
    await tap(page, '.complete');
    expect(textOf(page, '.next')).toBe('参加测验：模块二测验');
    await tap(page, '.next');
    expect(wx.navigations).toEqual([{ how: 'redirectTo', url: '/pages/quiz/quiz?quizId=quiz-2' }]);
  });

  test('re-reading a lesson of a finished course leads back to the course', async () => {
    wx.answer('GET /api/mp/lessons/lesson-2-2', { data: lesson });
    wx.answer('POST /api/mp/lessons/lesson-2-2/complete', { data: courseDone });
    const page = openPage('lesson', { id: 'lesson-2-2' });
    await settle();
    await tap(page, '.complete');
    await tap(page, '.next');
    expect(textOf(page, '.next')).toBe('返回课程');
    expect(wx.navigations).toEqual([{ how: 'navigateBack', url: '' }]);
  });

  test('when marking fails the button stays so the learner can try again', async () => {
    wx.answer('GET /api/mp/lessons/lesson-2-2', { data: lesson });
    wx.answer('POST /api/mp/lessons/lesson-2-2/complete', { status: 0 });
    const page = openPage('lesson', { id: 'lesson-2-2' });
    await settle();
    await tap(page, '.complete');
    expect(wx.toasts).toEqual(['网络不可用，请检查网络后重试']);
    expect(textOf(page, '.complete')).toBe('标记为已学');
    expect(page.querySelector('.next')).toBeFalsy();
  });

  test('a user who is not an instructor is asked to bind', async () => {
    signedInAs(wx, contactSession);
    const page = openPage('lesson', { id: 'lesson-2-2' });
    await settle();
    expect(textOf(page)).toContain('绑定学员身份后即可学习');
    expect(wx.called('GET /api/mp/lessons/lesson-2-2')).toBe(false);
    await tap(page, '.bind-button');
    expect(wx.navigations).toEqual([{ how: 'navigateTo', url: '/pages/bind/bind' }]);
  });

  test('a lesson that does not exist says so', async () => {
    wx.answer('GET /api/mp/lessons/nope', { status: 404, data: { error: { code: 'not_found', message: '课时不存在' } } });
    const page = openPage('lesson', { id: 'nope' });
    await settle();
    expect(page.instance.data.state).toBe('empty');
    expect(textOf(page)).toContain('课时不存在');
  });

  test('a network failure shows the error state and 重试 loads the lesson', async () => {
    wx.answer('GET /api/mp/lessons/lesson-2-2', { status: 0 });
    const page = openPage('lesson', { id: 'lesson-2-2' });
    await settle();
    expect(page.instance.data.state).toBe('error');
    wx.answer('GET /api/mp/lessons/lesson-2-2', { data: lesson });
    await tap(page, '.state >>> .retry');
    expect(textOf(page, '.lesson-title')).toBe('工资支付与工时制度');
  });
});
