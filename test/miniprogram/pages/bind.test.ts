import { installFakeWx, type FakeWx } from '../support/fake-wx';
import { openPage, tap, textOf, type } from '../support/harness';
import { learnerSession, newUserSession, signedInAs } from '../fixtures';

let wx: FakeWx;
beforeEach(() => {
  wx = signedInAs(installFakeWx(), newUserSession);
});

describe('bind page', () => {
  test('a new user types their code in lower case; it is sent in capitals and they are greeted by role', async () => {
    wx.answer('POST /api/mp/bind', { data: { personType: 'instructor', maskedName: '王*燕' } });
    wx.answer('POST /api/mp/login', { data: learnerSession });
    const page = openPage('bind');
    await type(page, '.code-input', ' k7pm 2qxd ');
    await tap(page, '.submit');
    expect(wx.calls.find((c) => c.key === 'POST /api/mp/bind')?.body).toEqual({ code: 'K7PM2QXD' });
    expect(textOf(page)).toContain('王*燕，您已绑定为学员');
    // The stored session is renewed, so other pages see the binding.
    expect(wx.storage.get('hx.session')).toEqual(learnerSession);
    await tap(page, '.go-home');
    expect(wx.navigations).toEqual([{ how: 'switchTab', url: '/pages/home/home' }]);
  });

  test('a wrong code shows the server’s message under the field and keeps what was typed', async () => {
    wx.answer('POST /api/mp/bind', { status: 400, data: { error: { code: 'bind_code_invalid', message: '绑定码不正确，请核对后重新发送。' } } });
    const page = openPage('bind');
    await type(page, '.code-input', 'WRONG123');
    await tap(page, '.submit');
    expect(textOf(page, '.field-error')).toBe('绑定码不正确，请核对后重新发送。');
    expect(page.instance.data.code).toBe('WRONG123');
  });

  test('after too many wrong codes (429) the page explains the wait kindly and rests the button', async () => {
    wx.answer('POST /api/mp/bind', { status: 429, data: { error: { code: 'too_many_requests', message: '绑定码错误次数过多，请一小时后再试。' } } });
    const page = openPage('bind');
    await type(page, '.code-input', 'WRONG123');
    await tap(page, '.submit');
    expect(textOf(page, '.field-error')).toContain('请一小时后再试');
    expect(page.instance.data.locked).toBe(true);
  });

  test('an empty code is caught before any call', async () => {
    const page = openPage('bind');
    await tap(page, '.submit');
    expect(textOf(page, '.field-error')).toBe('请输入和创办发放的绑定码');
    expect(wx.called('POST /api/mp/bind')).toBe(false);
  });
});
