import { installFakeWx, type FakeWx } from '../support/fake-wx';
import { all, openPage, settle, tap, textOf } from '../support/harness';
import { learnerSession, newUserSession, practicePrompt, signedInAs } from '../fixtures';

let wx: FakeWx;

/** Taps the option with this letter. */
async function tapOption(page: ReturnType<typeof openPage>, letter: string): Promise<void> {
  all(page, '.option')['ABCDEFGH'.indexOf(letter)].dispatchEvent('tap');
  await settle();
}
beforeEach(() => {
  wx = signedInAs(installFakeWx(), learnerSession);
});

const query = { courseId: 'course-1', moduleId: 'mod-2', title: encodeURIComponent('劳动合同与工资支付') };

describe('practice page', () => {
  test('asks a practice question of the module, checks the answer at once and shows the right answer and the explanation', async () => {
    const asked: unknown[] = [];
    const answered: unknown[] = [];
    wx.answer('POST /api/mp/practice/questions', (body) => (asked.push(body), { data: practicePrompt }));
    wx.answer('POST /api/mp/practice/prompts/prompt-1/answer', (body) => (answered.push(body), { data: { kind: 'practice', correct: false, chosen: ['A'], right: ['C'], explanation: '工资至少每月支付一次。', alreadyAnswered: false, mastered: false, dueLeft: 0 } }));
    const page = openPage('practice', query);
    await settle();
    expect(asked).toEqual([{ courseId: 'course-1', moduleId: 'mod-2' }]);
    expect(textOf(page, '.question')).toContain('用人单位应当至少每月支付几次工资？');
    expect(textOf(page, '.question')).toContain('单选题');
    expect(textOf(page, '.stats')).toContain('不计成绩');
    expect(page.instance.data.canSubmit).toBe(false);

    await tapOption(page, 'B');
    await tapOption(page, 'A');
    expect(all(page, '.option.selected')).toHaveLength(1);
    await tap(page, '.submit');
    expect(answered).toEqual([{ choice: 'A' }]);
    expect(textOf(page, '.feedback')).toContain('回答错误');
    expect(textOf(page, '.feedback')).toContain('正确答案：C');
    expect(textOf(page, '.feedback')).toContain('解析：工资至少每月支付一次。');
    expect(textOf(page, '.feedback')).toContain('已记入错题本');
    expect(all(page, '.option.right')).toHaveLength(1);
    expect(all(page, '.option.wrong')).toHaveLength(1);
    expect(textOf(page, '.stats')).toContain('本次已练 1 题，答对 0 题');

    await tap(page, '.next');
    expect(asked).toHaveLength(2);
    expect(page.instance.data.feedback).toBeNull();
  });

  test('a module without practice questions says so', async () => {
    wx.answer('POST /api/mp/practice/questions', { status: 204, data: undefined });
    const page = openPage('practice', query);
    await settle();
    expect(page.instance.data.state).toBe('empty');
    expect(textOf(page)).toContain('本模块暂无练习题');
  });

  test('a user who is not bound is asked to bind', async () => {
    signedInAs(wx, newUserSession);
    const page = openPage('practice', query);
    await settle();
    expect(textOf(page)).toContain('绑定学员身份后即可练习');
    await tap(page, '.bind-button');
    expect(wx.navigations).toEqual([{ how: 'navigateTo', url: '/pages/bind/bind' }]);
  });

  test('a failed load shows the error state with a retry', async () => {
    wx.answer('POST /api/mp/practice/questions', { status: 0 });
    const page = openPage('practice', query);
    await settle();
    expect(page.instance.data.state).toBe('error');
  });
});
