import { installFakeWx, type FakeWx } from '../support/fake-wx';
import { all, openPage, settle, tap, textOf } from '../support/harness';
import { contactSession, courseDone, courseHalfway, courseQuizNext, learnerSession, newUserSession, signedInAs } from '../fixtures';

let wx: FakeWx;
beforeEach(() => {
  wx = signedInAs(installFakeWx(), learnerSession);
});

describe('courses page', () => {
  test('a learner sees each course with its progress, status and next step, and opens one', async () => {
    wx.answer('GET /api/mp/courses', { data: { items: [courseHalfway, { ...courseDone, courseId: 'course-2', title: '劳动关系协调员培训' }] } });
    const page = openPage('courses');
    expect(page.instance.data.state).toBe('loading');
    await settle();
    const cards = all(page, '.course');
    expect(cards).toHaveLength(2);
    const first = (cards[0].dom as HTMLElement).textContent!;
    expect(first).toContain('企业社会责任指导员培训');
    expect(first).toContain('已学 3/4 课时 · 75%');
    expect(first).toContain('学习中');
    expect(first).toContain('下一步：学习《工资支付与工时制度》');
    const second = (cards[1].dom as HTMLElement).textContent!;
    expect(second).toContain('已完成');
    expect(second).toContain('已完成，可查看证书');
    await tap(page, '.course');
    expect(wx.navigations).toEqual([{ how: 'navigateTo', url: '/pages/course/course?id=course-1' }]);
  });

  test('when a quiz is next the card invites the learner to take it', async () => {
    wx.answer('GET /api/mp/courses', { data: { items: [courseQuizNext] } });
    const page = openPage('courses');
    await settle();
    expect(textOf(page, '.course')).toContain('下一步：参加《模块二测验》');
  });

  test('with no course open yet the page says whom to ask', async () => {
    wx.answer('GET /api/mp/courses', { data: { items: [] } });
    const page = openPage('courses');
    await settle();
    expect(textOf(page)).toContain('暂无可学习的课程，请联系所在和创办');
  });

  test('a user who is not an instructor is asked to bind, and no courses are asked for', async () => {
    signedInAs(wx, contactSession);
    const page = openPage('courses');
    await settle();
    expect(textOf(page)).toContain('绑定学员身份后即可学习');
    expect(wx.called('GET /api/mp/courses')).toBe(false);
    await tap(page, '.bind-button');
    expect(wx.navigations).toEqual([{ how: 'navigateTo', url: '/pages/bind/bind' }]);
  });

  test('a learner the office has since unbound (404) is asked to bind, without an error toast', async () => {
    wx.answer('GET /api/mp/courses', { status: 404, data: { error: { code: 'not_found', message: '您还没有绑定身份。' } } });
    wx.answer('POST /api/mp/login', { data: newUserSession });
    const page = openPage('courses');
    await settle();
    expect(textOf(page)).toContain('绑定学员身份后即可学习');
    expect(wx.toasts).toEqual([]);
    expect(wx.storage.get('hx.session')).toEqual(newUserSession);
  });

  test('a network failure shows the error state, and 重试 loads the courses', async () => {
    wx.answer('GET /api/mp/courses', { status: 0 });
    const page = openPage('courses');
    await settle();
    expect(page.instance.data.state).toBe('error');
    expect(textOf(page)).toContain('重试');
    expect(wx.toasts).toEqual(['网络不可用，请检查网络后重试']);
    wx.answer('GET /api/mp/courses', { data: { items: [courseHalfway] } });
    await tap(page, '.state >>> .retry');
    expect(all(page, '.course')).toHaveLength(1);
  });

  test('coming back to the tab and pulling down both fetch fresh progress', async () => {
    wx.answer('GET /api/mp/courses', { data: { items: [courseHalfway] } });
    const page = openPage('courses');
    await settle();
    wx.answer('GET /api/mp/courses', { data: { items: [courseQuizNext] } });
    (page.instance as unknown as { onShow(): void }).onShow();
    await settle();
    expect(textOf(page, '.course')).toContain('已学 4/4 课时 · 100%');
    await (page.instance as unknown as { onPullDownRefresh(): Promise<void> }).onPullDownRefresh();
    expect(wx.calls.filter((c) => c.key === 'GET /api/mp/courses')).toHaveLength(3);
  });
});
