import type { Attempt } from '../../../miniprogram/services/api';
import { installFakeWx, type FakeWx } from '../support/fake-wx';
import { all, openPage, settle, tap, textOf, type Rendered } from '../support/harness';
import { gradedAttempt, learnerSession, newUserSession, openAttempt, signedInAs } from '../fixtures';

const VIEW = 'GET /api/mp/attempts/attempt-1';

let wx: FakeWx;
beforeEach(() => {
  wx = signedInAs(installFakeWx(), learnerSession);
});

async function open(attempt: Attempt = gradedAttempt): Promise<Rendered> {
  wx.answer(VIEW, { data: attempt });
  const page = openPage('result', { attemptId: 'attempt-1' });
  await settle();
  return page;
}

const failed: Attempt = { ...gradedAttempt, result: { ...gradedAttempt.result!, score: 33.33, correct: 1, passed: false } };

describe('result page', () => {
  test('a learner who passed sees the score, 通过 in green and how many were right, after loading', async () => {
    wx.answer(VIEW, { data: gradedAttempt });
    const page = openPage('result', { attemptId: 'attempt-1' });
    expect(textOf(page)).toContain('加载中');
    await settle();
    expect(textOf(page, '.score')).toBe('66.7分');
    expect(page.querySelector('.verdict-tag.tag-green')).toBeTruthy();
    expect(textOf(page, '.verdict')).toBe('通过');
    expect(textOf(page, '.correct')).toBe('答对 2/3 题');
    expect(textOf(page, '.meta')).toBe('第 1 次作答 · 12月7日 10:05 交卷');
    expect(page.querySelector('.auto-note')).toBeFalsy();
    expect(page.querySelector('.retake')).toBeFalsy();
  });

  test('the review shows each question with the learner’s choice, the right answer, ✓ or ✗ and the explanation', async () => {
    const page = await open();
    const items = all(page, '.review-item').map((i) => (i.dom as HTMLElement).textContent!.replace(/\s+/g, ''));
    expect(items).toHaveLength(3);
    expect(items[0]).toContain('✓答对');
    expect(items[0]).toContain('你的答案：B');
    expect(items[0]).toContain('正确答案：B');
    expect(items[0]).toContain('解析：《劳动合同法》第十条：一个月内订立书面劳动合同。');
    expect(items[1]).toContain('正确答案：ABC');
    expect(items[2]).toContain('✗答错');
    expect(items[2]).toContain('你的答案：A');
    expect(items[2]).toContain('正确答案：B');
    // The learner's wrong option is marked red, the right one green.
    expect(all(page, '.option-wrong').map((o) => (o.dom as HTMLElement).textContent!.replace(/\s+/g, ''))).toEqual(['A正确你的选择']);
    expect(page.querySelector('.no-review')).toBeFalsy();
  });

  test('a question left blank reads 未作答 in the review', async () => {
    const blank: Attempt = { ...gradedAttempt, review: gradedAttempt.review!.map((r, i) => (i === 0 ? { ...r, chosen: [], correct: false } : r)) };
    const page = await open(blank);
    expect(textOf(page, '.review-item')).toContain('你的答案：未作答');
  });

  test('when the quiz keeps its answers back, the page says so instead of a review', async () => {
    const page = await open({ ...gradedAttempt, review: undefined });
    expect(textOf(page, '.no-review')).toBe('本测验不公布答案解析');
    expect(all(page, '.review-item')).toHaveLength(0);
  });

  test('a failed attempt shows 未通过 in red and 再考一次 starts the quiz again', async () => {
    const page = await open(failed);
    expect(textOf(page, '.score')).toBe('33.3分');
    expect(page.querySelector('.verdict-tag.tag-red')).toBeTruthy();
    expect(textOf(page, '.verdict')).toBe('未通过');
    await tap(page, '.retake');
    expect(wx.navigations).toEqual([{ how: 'redirectTo', url: '/pages/quiz/quiz?quizId=quiz-2' }]);
  });

  test('an attempt submitted by the clock says so', async () => {
    const page = await open({ ...failed, result: { ...failed.result!, auto: true } });
    expect(textOf(page, '.auto-note')).toBe('时间到，系统已自动交卷');
  });

  test('返回课程 goes back to the course', async () => {
    const page = await open();
    await tap(page, '.back');
    expect(wx.navigations).toEqual([{ how: 'navigateBack', url: '' }]);
  });

  test('an attempt still open goes back to its paper', async () => {
    await open(openAttempt);
    expect(wx.navigations).toEqual([{ how: 'redirectTo', url: '/pages/quiz/quiz?attemptId=attempt-1' }]);
  });

  test('an attempt not found for this user (404) offers binding', async () => {
    wx.answer(VIEW, { status: 404, data: { error: { code: 'not_found', message: '作答记录不存在' } } });
    const page = openPage('result', { attemptId: 'attempt-1' });
    await settle();
    expect(textOf(page)).toContain('没有找到这次作答，或您还没有绑定学员身份');
    await tap(page, '.go-bind');
    expect(wx.navigations).toEqual([{ how: 'navigateTo', url: '/pages/bind/bind' }]);
  });

  test('a user who is not bound is asked to bind without a call, and sees the result once bound', async () => {
    signedInAs(wx, newUserSession);
    const page = openPage('result', { attemptId: 'attempt-1' });
    await settle();
    expect(textOf(page)).toContain('绑定学员身份后才能查看测验结果');
    expect(wx.called(VIEW)).toBe(false);
    await tap(page, '.go-bind');
    signedInAs(wx, learnerSession).answer(VIEW, { data: gradedAttempt });
    (page.instance as unknown as { onShow(): void }).onShow();
    await settle();
    expect(textOf(page, '.score')).toBe('66.7分');
  });

  test('a network failure shows the error state; 重试 loads the result', async () => {
    wx.answer(VIEW, { status: 0 });
    const page = openPage('result', { attemptId: 'attempt-1' });
    await settle();
    expect(page.instance.data.state).toBe('error');
    expect(wx.toasts).toEqual(['网络不可用，请检查网络后重试']);
    wx.answer(VIEW, { data: gradedAttempt });
    await tap(page, '#state >>> .retry');
    expect(textOf(page, '.score')).toBe('66.7分');
  });
});
