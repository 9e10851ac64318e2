import { installFakeWx, type FakeWx } from '../support/fake-wx';
import { all, openPage, settle, tap, textOf } from '../support/harness';
import { learnerSession, signedInAs, wrongBook } from '../fixtures';

let wx: FakeWx;

/** Taps the option with this letter. */
async function tapOption(page: ReturnType<typeof openPage>, letter: string): Promise<void> {
  all(page, '.option')['ABCDEFGH'.indexOf(letter)].dispatchEvent('tap');
  await settle();
}
beforeEach(() => {
  wx = signedInAs(installFakeWx(), learnerSession);
});

describe('wrong-answer book page', () => {
  test('shows 今日错题, asks the due question, gives feedback, and lists the book with answers only where allowed', async () => {
    const answered: unknown[] = [];
    wx.answer('GET /api/mp/wrong-book', { data: wrongBook });
    wx.answer('POST /api/mp/wrong-book/pq-1/answer', (body) => (answered.push(body), { data: { kind: 'review', correct: true, chosen: ['C'], right: ['C'], explanation: '工资至少每月支付一次。', alreadyAnswered: false, mastered: false, dueLeft: 0 } }));
    const page = openPage('wrong-book');
    await settle();
    expect(textOf(page, '.head')).toContain('今日错题 1');
    expect(textOf(page, '.head')).toContain('错题本共 2 题');
    expect(textOf(page, '.question')).toContain('用人单位应当至少每月支付几次工资？');
    const items = textOf(page, '.list');
    expect(items).toContain('今日复习');
    expect(items).toContain('正确答案：C');
    // The exam shows only scores: its question is listed without the answer.
    expect(items).toContain('和谐企业创建实行自愿申请原则。');
    expect(items).toContain('12月09日复习');
    expect(items).toContain('答案在复习答对后显示');

    await tapOption(page, 'C');
    await tap(page, '.submit');
    expect(answered).toEqual([{ choice: 'C' }]);
    expect(textOf(page, '.feedback')).toContain('回答正确');
    expect(textOf(page, '.head')).toContain('今日错题 0');
    await tap(page, '.next');
    expect(wx.called('GET /api/mp/wrong-book')).toBe(true);
  });

  test('an empty book says where wrong answers come from', async () => {
    wx.answer('GET /api/mp/wrong-book', { data: { today: '2026-12-07', due: 0, total: 0, items: [] } });
    const page = openPage('wrong-book');
    await settle();
    expect(page.instance.data.state).toBe('empty');
    expect(textOf(page)).toContain('错题本是空的');
  });

  test('nothing due today: the book is listed without a question to answer', async () => {
    wx.answer('GET /api/mp/wrong-book', { data: { ...wrongBook, due: 0, total: 1, items: [wrongBook.items[1]] } });
    const page = openPage('wrong-book');
    await settle();
    expect(textOf(page, '.done-today')).toContain('今天的错题已复习完');
    expect(textOf(page, '.head')).toContain('今日错题 0');
  });
});
