import type { Attempt } from '../../../miniprogram/services/api';
import { installFakeWx, type FakeWx } from '../support/fake-wx';
import { all, openPage, settle, tap, textOf, type Rendered } from '../support/harness';
import { gradedAttempt, learnerSession, newUserSession, NOW, openAttempt, signedInAs } from '../fixtures';

const START = 'POST /api/mp/quizzes/quiz-2/attempts';
const VIEW = 'GET /api/mp/attempts/attempt-1';
const SUBMIT = 'POST /api/mp/attempts/attempt-1/submit';

let wx: FakeWx;
beforeEach(() => {
  jest.setSystemTime(NOW);
  wx = signedInAs(installFakeWx(), learnerSession);
  wx.answer('PUT /api/mp/attempts/attempt-1/answers/q-1', { status: 204 });
  wx.answer('PUT /api/mp/attempts/attempt-1/answers/q-2', { status: 204 });
  wx.answer('PUT /api/mp/attempts/attempt-1/answers/q-3', { status: 204 });
  wx.answer(SUBMIT, { data: gradedAttempt });
});
// Pages of earlier tests stay open; their countdowns must not tick into the next test's fake wx.
afterEach(() => jest.clearAllTimers());

/** The open attempt with some answers already saved (in the mini-program earlier, or in the chat). */
function withChosen(chosen: string[][], over: Partial<Attempt> = {}): Attempt {
  return { ...openAttempt, ...over, questions: openAttempt.questions.map((q, i) => ({ ...q, chosen: chosen[i] ?? [] })) };
}

async function start(attempt: Attempt = openAttempt): Promise<Rendered> {
  wx.answer(START, { data: attempt });
  const page = openPage('quiz', { quizId: 'quiz-2' });
  await settle();
  return page;
}

async function tapOption(page: Rendered, position: number): Promise<void> {
  all(page, '.option')[position].dispatchEvent('tap');
  await settle();
}

const saves = () => wx.calls.filter((c) => c.key.startsWith('PUT ')).map((c) => `${c.key.split('/').pop()} ${(c.body as { choice: string }).choice}`);
const chosenLetters = (page: Rendered) => all(page, '.option.chosen').map((o) => (o.dom as HTMLElement).textContent!.trim()[0]);
const lifecycle = (page: Rendered) => page.instance as unknown as { onHide(): void; onShow(): void; onUnload(): void };
const countdown = (page: Rendered) => textOf(page, '.countdown-time');

/** wx.showModal that records what it asked and answers as told. */
function modalAnswers(confirm: boolean): string[] {
  const asked: string[] = [];
  (globalThis as unknown as { wx: { showModal: unknown } }).wx.showModal = (o: { content: string; success?: (r: { confirm: boolean; cancel: boolean }) => void }) => {
    asked.push(o.content);
    Promise.resolve().then(() => o.success?.({ confirm, cancel: !confirm }));
  };
  return asked;
}

describe('quiz page', () => {
  test('a learner starting the quiz sees it loading, then question 1 of 3 with its type, options A–D and 15:00 left', async () => {
    wx.answer(START, { data: openAttempt });
    const page = openPage('quiz', { quizId: 'quiz-2' });
    expect(textOf(page)).toContain('加载中');
    await settle();
    expect(wx.calls.map((c) => c.key)).toEqual([START]);
    expect(textOf(page, '.progress')).toBe('第 1/3 题');
    expect(textOf(page, '.type-tag')).toBe('单选');
    expect(textOf(page, '.stem')).toBe('劳动合同应当在用工之日起多长时间内订立？');
    expect(all(page, '.option').map((o) => (o.dom as HTMLElement).textContent!.replace(/\s+/g, ''))).toEqual(['A一周', 'B一个月', 'C三个月', 'D半年']);
    expect(countdown(page)).toBe('15:00');
    expect(textOf(page, '.answered-count')).toBe('已答 0/3');
  });

  test('choosing an option saves it at once, and choosing another replaces it', async () => {
    const page = await start();
    await tapOption(page, 1);
    expect(saves()).toEqual(['q-1 B']);
    expect(chosenLetters(page)).toEqual(['B']);
    expect(textOf(page, '.answered-count')).toBe('已答 1/3');
    expect(all(page, '.dot.answered')).toHaveLength(1);
    await tapOption(page, 2);
    expect(saves()).toEqual(['q-1 B', 'q-1 C']);
    expect(chosenLetters(page)).toEqual(['C']);
  });

  test('on a multiple-choice question taps toggle, each change is saved in letter order, and an empty one is not sent', async () => {
    const page = await start();
    await tap(page, '.next');
    expect(textOf(page, '.progress')).toBe('第 2/3 题');
    expect(textOf(page, '.type-tag')).toBe('多选');
    await tapOption(page, 2);
    await tapOption(page, 0);
    expect(saves()).toEqual(['q-2 C', 'q-2 AC']);
    expect(chosenLetters(page)).toEqual(['A', 'C']);
    await tapOption(page, 2);
    await tapOption(page, 0);
    // The server takes no empty answer; the page says the last one stays.
    expect(saves()).toEqual(['q-2 C', 'q-2 AC', 'q-2 A']);
    expect(chosenLetters(page)).toEqual([]);
    expect(textOf(page, '.keeps-saved')).toContain('保留上次保存的答案');
  });

  test('quick taps while a save is on its way end with the last choice on the server', async () => {
    const page = await start();
    await tap(page, '.next');
    all(page, '.option')[0].dispatchEvent('tap');
    all(page, '.option')[2].dispatchEvent('tap');
    all(page, '.option')[3].dispatchEvent('tap');
    await settle(100);
    expect(saves().pop()).toBe('q-2 ACD');
  });

  test('resuming an attempt begun earlier (say in the chat) opens at the first unanswered question and shows the saved choices', async () => {
    const page = await start(withChosen([['B'], ['A', 'C']], { remainingSeconds: 420 }));
    expect(textOf(page, '.progress')).toBe('第 3/3 题');
    expect(textOf(page, '.type-tag')).toBe('判断');
    expect(countdown(page)).toBe('07:00');
    expect(textOf(page, '.answered-count')).toBe('已答 2/3');
    await tap(page, '.prev');
    expect(chosenLetters(page)).toEqual(['A', 'C']);
    all(page, '.dot')[0].dispatchEvent('tap');
    await settle();
    expect(textOf(page, '.progress')).toBe('第 1/3 题');
    expect(chosenLetters(page)).toEqual(['B']);
    expect(saves()).toEqual([]);
  });

  test('an attempt opened by id comes from GET /attempts/:id', async () => {
    wx.answer(VIEW, { data: withChosen([['A']]) });
    const page = openPage('quiz', { attemptId: 'attempt-1' });
    await settle();
    expect(wx.calls.map((c) => c.key)).toEqual([VIEW]);
    expect(textOf(page, '.progress')).toBe('第 2/3 题');
  });

  test('the countdown ticks down each second and turns red under a minute', async () => {
    const page = await start(withChosen([], { remainingSeconds: 62 }));
    expect(countdown(page)).toBe('01:02');
    expect(page.querySelector('.countdown.urgent')).toBeFalsy();
    jest.advanceTimersByTime(1000);
    expect(countdown(page)).toBe('01:01');
    jest.advanceTimersByTime(2000);
    expect(countdown(page)).toBe('00:59');
    expect(page.querySelector('.countdown.urgent')).toBeTruthy();
  });

  test('the countdown follows the server’s remaining time, not the phone’s idea of the deadline', async () => {
    // The phone's clock is an hour off; the deadline in the answer would say the time is long gone.
    jest.setSystemTime(NOW + 3600_000);
    const page = await start();
    expect(countdown(page)).toBe('15:00');
    jest.advanceTimersByTime(5000);
    expect(countdown(page)).toBe('14:55');
    expect(wx.called(SUBMIT)).toBe(false);
  });

  test('at zero the attempt is submitted exactly once and the result opens', async () => {
    const page = await start(withChosen([['B']], { remainingSeconds: 3 }));
    jest.advanceTimersByTime(3000);
    await settle();
    expect(countdown(page)).toBe('00:00');
    jest.advanceTimersByTime(10_000);
    await settle();
    expect(wx.calls.filter((c) => c.key === SUBMIT)).toHaveLength(1);
    expect(wx.navigations).toEqual([{ how: 'redirectTo', url: '/pages/result/result?attemptId=attempt-1' }]);
  });

  test('a choice made in the last second is saved before the automatic submission', async () => {
    const page = await start(withChosen([], { remainingSeconds: 1 }));
    all(page, '.option')[1].dispatchEvent('tap');
    // The clock runs out the moment the tap registers, while its save is still on the way.
    for (let i = 0; i < 10 && !chosenLetters(page).length; i++) await Promise.resolve();
    expect(chosenLetters(page)).toEqual(['B']);
    jest.advanceTimersByTime(1000);
    await settle(60);
    expect(wx.calls.map((c) => c.key).slice(1)).toEqual(['PUT /api/mp/attempts/attempt-1/answers/q-1', SUBMIT]);
    // Once the time is up, taps change nothing.
    await tapOption(page, 2);
    expect(saves()).toEqual(['q-1 B']);
  });

  test('leaving the page stops the countdown; coming back asks the server for the time left and the answers', async () => {
    const page = await start();
    jest.advanceTimersByTime(5000);
    expect(countdown(page)).toBe('14:55');
    lifecycle(page).onHide();
    jest.advanceTimersByTime(120_000);
    expect(countdown(page)).toBe('14:55');
    // Meanwhile the learner answered question 1 in the chat; the server's clock says 10:00 is left.
    wx.answer(VIEW, { data: withChosen([['A']], { remainingSeconds: 600 }) });
    lifecycle(page).onShow();
    await settle();
    expect(wx.called(VIEW)).toBe(true);
    expect(countdown(page)).toBe('10:00');
    expect(chosenLetters(page)).toEqual(['A']);
    jest.advanceTimersByTime(1000);
    expect(countdown(page)).toBe('09:59');
    expect(wx.called(SUBMIT)).toBe(false);
  });

  test('coming back after the attempt was graded elsewhere goes straight to the result', async () => {
    const page = await start();
    lifecycle(page).onHide();
    wx.answer(VIEW, { data: gradedAttempt });
    lifecycle(page).onShow();
    await settle();
    expect(wx.navigations).toEqual([{ how: 'redirectTo', url: '/pages/result/result?attemptId=attempt-1' }]);
    expect(wx.called(SUBMIT)).toBe(false);
  });

  test('a page closed before its time is up submits nothing and opens nothing', async () => {
    const page = await start(withChosen([], { remainingSeconds: 3 }));
    lifecycle(page).onUnload();
    jest.advanceTimersByTime(10_000);
    await settle();
    expect(wx.called(SUBMIT)).toBe(false);
    expect(wx.navigations).toEqual([]);
  });

  test('交卷 asks first, naming the unanswered questions, then submits and opens the result', async () => {
    const asked = modalAnswers(true);
    const page = await start();
    await tapOption(page, 1);
    await tap(page, '.submit');
    expect(asked).toEqual(['还有 2 题未作答，确定交卷吗？']);
    expect(wx.calls.filter((c) => c.key === SUBMIT)).toHaveLength(1);
    expect(wx.navigations).toEqual([{ how: 'redirectTo', url: '/pages/result/result?attemptId=attempt-1' }]);
  });

  test('cancelling the 交卷 question keeps the learner on the paper', async () => {
    const asked = modalAnswers(false);
    const page = await start(withChosen([['B'], ['A'], ['B']]));
    await tap(page, '.submit');
    expect(asked).toEqual(['交卷后不能再修改答案，确定交卷吗？']);
    expect(wx.called(SUBMIT)).toBe(false);
    expect(wx.navigations).toEqual([]);
    expect(textOf(page, '.progress')).toBe('第 1/3 题');
  });

  test('a 交卷 lost to the network leaves the paper open with its countdown running', async () => {
    const page = await start();
    wx.answer(SUBMIT, { status: 0 });
    await tap(page, '.submit');
    expect(wx.toasts).toEqual(['网络不可用，请检查网络后重试']);
    expect(wx.navigations).toEqual([]);
    jest.advanceTimersByTime(1000);
    expect(countdown(page)).toBe('14:59');
    wx.answer(SUBMIT, { data: gradedAttempt });
    await tap(page, '.submit');
    expect(wx.navigations).toEqual([{ how: 'redirectTo', url: '/pages/result/result?attemptId=attempt-1' }]);
  });

  test('when the automatic submission fails, 交卷 tries again without asking', async () => {
    const asked = modalAnswers(true);
    wx.answer(SUBMIT, { status: 0 });
    const page = await start(withChosen([], { remainingSeconds: 1 }));
    jest.advanceTimersByTime(1000);
    await settle();
    expect(textOf(page, '.time-up')).toContain('交卷未成功');
    jest.advanceTimersByTime(10_000);
    await settle();
    expect(wx.calls.filter((c) => c.key === SUBMIT)).toHaveLength(1);
    wx.answer(SUBMIT, { data: gradedAttempt });
    await tap(page, '.submit');
    expect(asked).toEqual([]);
    expect(wx.navigations).toEqual([{ how: 'redirectTo', url: '/pages/result/result?attemptId=attempt-1' }]);
  });

  test('a save refused because the time is up (409) submits and opens the result', async () => {
    const page = await start();
    wx.answer('PUT /api/mp/attempts/attempt-1/answers/q-1', { status: 409, data: { error: { code: 'attempt_closed', message: '作答时间已到，不能再修改答案' } } });
    await tapOption(page, 0);
    await settle();
    expect(wx.toasts).toEqual(['作答时间已到，不能再修改答案']);
    expect(wx.calls.filter((c) => c.key === SUBMIT)).toHaveLength(1);
    expect(wx.navigations).toEqual([{ how: 'redirectTo', url: '/pages/result/result?attemptId=attempt-1' }]);
  });

  test('a save lost to the network is sent again before submitting', async () => {
    const page = await start();
    wx.answer('PUT /api/mp/attempts/attempt-1/answers/q-1', { status: 0 });
    await tapOption(page, 1);
    expect(wx.toasts).toEqual(['网络不可用，请检查网络后重试']);
    expect(chosenLetters(page)).toEqual(['B']);
    wx.answer('PUT /api/mp/attempts/attempt-1/answers/q-1', { status: 204 });
    await tap(page, '.submit');
    expect(wx.calls.map((c) => c.key).slice(-2)).toEqual(['PUT /api/mp/attempts/attempt-1/answers/q-1', SUBMIT]);
  });

  test('a quiz that is not open yet (409) shows the server’s reason and a way back to the course', async () => {
    wx.answer(START, { status: 409, data: { error: { code: 'quiz_not_open', message: '请先学完本模块的全部课时' } } });
    const page = openPage('quiz', { quizId: 'quiz-2' });
    await settle();
    expect(textOf(page)).toContain('请先学完本模块的全部课时');
    expect(wx.toasts).toEqual([]);
    await tap(page, '.back');
    expect(wx.navigations).toEqual([{ how: 'navigateBack', url: '' }]);
  });

  test('a quiz not found for this user (404) offers binding', async () => {
    wx.answer(START, { status: 404, data: { error: { code: 'not_found', message: '您还没有绑定身份。' } } });
    const page = openPage('quiz', { quizId: 'quiz-2' });
    await settle();
    expect(textOf(page)).toContain('没有找到这次测验，或您还没有绑定学员身份');
    await tap(page, '.go-bind');
    expect(wx.navigations).toEqual([{ how: 'navigateTo', url: '/pages/bind/bind' }]);
  });

  test('a user who is not bound is asked to bind before anything is started, and starts once bound', async () => {
    signedInAs(wx, newUserSession);
    const page = openPage('quiz', { quizId: 'quiz-2' });
    await settle();
    expect(textOf(page)).toContain('绑定学员身份后才能参加测验');
    expect(wx.called(START)).toBe(false);
    await tap(page, '.go-bind');
    expect(wx.navigations).toEqual([{ how: 'navigateTo', url: '/pages/bind/bind' }]);
    // Bound now (the bind page renewed the session): coming back starts the quiz.
    signedInAs(wx, learnerSession).answer(START, { data: openAttempt });
    lifecycle(page).onShow();
    await settle();
    expect(textOf(page, '.progress')).toBe('第 1/3 题');
  });

  test('a network failure shows the error state; 重试 starts the quiz', async () => {
    wx.answer(START, { status: 0 });
    const page = openPage('quiz', { quizId: 'quiz-2' });
    await settle();
    expect(page.instance.data.state).toBe('error');
    expect(wx.toasts).toEqual(['网络不可用，请检查网络后重试']);
    wx.answer(START, { data: openAttempt });
    await tap(page, '#state >>> .retry');
    expect(textOf(page, '.progress')).toBe('第 1/3 题');
  });

  test('an attempt that is already graded opens the result instead', async () => {
    wx.answer(VIEW, { data: gradedAttempt });
    openPage('quiz', { attemptId: 'attempt-1' });
    await settle();
    expect(wx.navigations).toEqual([{ how: 'redirectTo', url: '/pages/result/result?attemptId=attempt-1' }]);
  });
});

describe('quiz page: questions on screen', () => {
  afterEach(() => jest.clearAllTimers());
  const shown = () => wx.calls.filter((c) => c.key.endsWith('/shown')).map((c) => c.key);

  test('moving to a question tells the server it is on screen (the first is the paper’s serving); a failure shows nothing', async () => {
    wx.answer('POST /api/mp/attempts/attempt-1/questions/q-2/shown', { status: 204 });
    wx.answer('POST /api/mp/attempts/attempt-1/questions/q-3/shown', { status: 0 });
    const page = await start();
    expect(shown()).toEqual([]);
    await tap(page, '.next');
    await tap(page, '.next');
    await tap(page, '.prev');
    all(page, '.dot')[0].dispatchEvent('tap');
    await settle();
    expect(shown()).toEqual([
      'POST /api/mp/attempts/attempt-1/questions/q-2/shown',
      'POST /api/mp/attempts/attempt-1/questions/q-3/shown',
      'POST /api/mp/attempts/attempt-1/questions/q-2/shown',
      'POST /api/mp/attempts/attempt-1/questions/q-1/shown',
    ]);
    expect(wx.toasts).toEqual([]);
  });
});
