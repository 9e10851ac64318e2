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

describe('lesson page: reading time', () => {
  const BEAT = 'POST /api/mp/lessons/lesson-2-2/heartbeat';
  /** A 15-minute lesson whose 60% (540 s) is still to be read. */
  const timed = { ...lesson, reading: { token: 'tok-1', heartbeatSeconds: 15, presentSeconds: 0, requiredSeconds: 540, canComplete: false } };
  const beats = () => wx.calls.filter((c) => c.key === BEAT);
  const lifecycle = (page: ReturnType<typeof openPage>) => page.instance as unknown as { onHide(): void; onShow(): void; onUnload(): void };
  // Pages of earlier tests stay open; their heartbeats must not tick into the next test's fake wx.
  afterEach(() => jest.clearAllTimers());

  /** The server's answer: 15 s more each counted heartbeat. */
  function serverCounts(from = 0) {
    let present = from;
    wx.answer(BEAT, (body) => {
      expect(body).toEqual({ token: 'tok-1' });
      present += 15;
      return { data: { counted: true, presentSeconds: present, requiredSeconds: 540, canComplete: present >= 540 } };
    });
  }

  test('while the page is on screen it sends a heartbeat every 15 s and shows the way to 可标记为已学', async () => {
    wx.answer('GET /api/mp/lessons/lesson-2-2', { data: timed });
    serverCounts();
    const page = openPage('lesson', { id: 'lesson-2-2' });
    await settle();
    expect(textOf(page, '.reading-text')).toBe('已阅读 0 秒，需阅读 9 分钟，读满后可标记为已学');
    expect(beats()).toHaveLength(0);
    jest.advanceTimersByTime(15_000);
    await settle();
    expect(beats()).toHaveLength(1);
    jest.advanceTimersByTime(75_000);
    await settle();
    expect(beats()).toHaveLength(6);
    expect(textOf(page, '.reading-text')).toBe('已阅读 1 分 30 秒，需阅读 9 分钟，读满后可标记为已学');
    expect(page.instance.data.readingPercent).toBe(16);
    expect(wx.toasts).toEqual([]);
  });

  test('hidden (another app, a locked screen) it sends nothing; shown again it goes on', async () => {
    wx.answer('GET /api/mp/lessons/lesson-2-2', { data: timed });
    serverCounts();
    const page = openPage('lesson', { id: 'lesson-2-2' });
    await settle();
    jest.advanceTimersByTime(30_000);
    await settle();
    expect(beats()).toHaveLength(2);
    lifecycle(page).onHide();
    jest.advanceTimersByTime(300_000);
    await settle();
    expect(beats()).toHaveLength(2);
    lifecycle(page).onShow();
    jest.advanceTimersByTime(15_000);
    await settle();
    expect(beats()).toHaveLength(3);
    lifecycle(page).onUnload();
    jest.advanceTimersByTime(60_000);
    expect(beats()).toHaveLength(3);
  });

  test('once the time is read it says so and stops; marking it read then works', async () => {
    wx.answer('GET /api/mp/lessons/lesson-2-2', { data: { ...timed, reading: { ...timed.reading, presentSeconds: 510 } } });
    serverCounts(510);
    wx.answer('POST /api/mp/lessons/lesson-2-2/complete', { data: courseQuizNext });
    const page = openPage('lesson', { id: 'lesson-2-2' });
    await settle();
    jest.advanceTimersByTime(30_000);
    await settle();
    expect(beats()).toHaveLength(2);
    expect(textOf(page, '.reading-text')).toBe('阅读时间已满，可标记为已学');
    expect(page.querySelector('.reading-done')).toBeTruthy();
    jest.advanceTimersByTime(60_000);
    expect(beats()).toHaveLength(2);
    await tap(page, '.complete');
    expect(textOf(page, '.complete')).toBe('✓ 已学完');
    expect(page.querySelector('.reading')).toBeFalsy();
  });

  test('marking it read too early shows the server’s reason, with the minutes still needed', async () => {
    wx.answer('GET /api/mp/lessons/lesson-2-2', { data: timed });
    wx.answer('POST /api/mp/lessons/lesson-2-2/complete', { status: 409, data: { error: { code: 'lesson_time_short', message: '本课时预计阅读 15 分钟，需累计阅读满 9 分钟才能标记为已学，还需阅读约 9 分钟。' } } });
    const page = openPage('lesson', { id: 'lesson-2-2' });
    await settle();
    await tap(page, '.complete');
    expect(wx.toasts).toEqual(['本课时预计阅读 15 分钟，需累计阅读满 9 分钟才能标记为已学，还需阅读约 9 分钟。']);
    expect(textOf(page, '.complete')).toBe('标记为已学');
  });

  test('a lesson with no time to read (read before) sends no heartbeats and shows no progress', async () => {
    wx.answer('GET /api/mp/lessons/lesson-2-2', { data: lesson });
    const page = openPage('lesson', { id: 'lesson-2-2' });
    await settle();
    jest.advanceTimersByTime(60_000);
    expect(beats()).toHaveLength(0);
    expect(page.querySelector('.reading')).toBeFalsy();
  });

  test('an expired reading token opens the lesson afresh for a new one; a lost heartbeat is only a missed beat', async () => {
    wx.answer('GET /api/mp/lessons/lesson-2-2', { data: timed });
    wx.answer(BEAT, { status: 0 });
    const page = openPage('lesson', { id: 'lesson-2-2' });
    await settle();
    jest.advanceTimersByTime(15_000);
    await settle();
    expect(wx.toasts).toEqual([]);
    expect(wx.calls.filter((c) => c.key === 'GET /api/mp/lessons/lesson-2-2')).toHaveLength(1);
    wx.answer(BEAT, { status: 403, data: { error: { code: 'reading_token_invalid', message: '阅读凭证已过期，请重新打开课时' } } });
    jest.advanceTimersByTime(15_000);
    await settle();
    expect(wx.calls.filter((c) => c.key === 'GET /api/mp/lessons/lesson-2-2')).toHaveLength(2);
    expect(wx.toasts).toEqual([]);
    expect(textOf(page, '.lesson-title')).toBe('工资支付与工时制度');
  });
});
