import { installFakeWx, type FakeWx } from '../support/fake-wx';
import { openPage, settle, tap, textOf } from '../support/harness';
import { certificate, learnerSession, newUserSession, settings, signedInAs } from '../fixtures';

let wx: FakeWx;
beforeEach(() => {
  wx = installFakeWx().answer('GET /api/mp/settings', { data: settings });
});

function serve(items = [certificate]): FakeWx {
  return signedInAs(wx, learnerSession).answer('GET /api/mp/certificates', { data: { items } });
}

type Instance = { onShareAppMessage(): unknown };

describe('certificate page', () => {
  test('while loading the page says so', () => {
    serve();
    const page = openPage('certificate', { id: 'cert-1' });
    expect(textOf(page)).toContain('加载中');
  });

  test('the learner sees the certificate: programme, name, course, number, code, date and status', async () => {
    serve();
    const page = openPage('certificate', { id: 'cert-1' });
    await settle();
    const text = textOf(page, '.cert-card');
    expect(text).toContain('和谐企业创建');
    expect(text).toContain('企业社会责任指导员培训证书');
    expect(text).toContain('王晓燕');
    expect(textOf(page, '.course')).toBe('企业社会责任指导员培训');
    expect(textOf(page, '.number')).toBe('CSR-2026-000123');
    expect(textOf(page, '.code')).toBe('K7PM2QXD9A');
    expect(textOf(page, '.date')).toBe('2026年11月20日');
    expect(textOf(page, '.status')).toBe('有效');
    expect(page.querySelector('.revoked-banner')).toBeFalsy();
  });

  test('复制验证链接 copies the public verify address', async () => {
    serve();
    const page = openPage('certificate', { id: 'cert-1' });
    await settle();
    await tap(page, '.copy-link');
    expect(wx.clipboard).toEqual(['https://hx.example.cn/verify/K7PM2QXD9A']);
  });

  test('without a public address configured, the code itself is copied and the toast says so', async () => {
    serve().answer('GET /api/mp/settings', { data: { ...settings, publicBaseUrl: null } });
    const page = openPage('certificate', { id: 'cert-1' });
    await settle();
    await tap(page, '.copy-link');
    expect(wx.clipboard).toEqual(['K7PM2QXD9A']);
    expect(wx.toasts).toEqual(['已复制验证码']);
  });

  test('打开验证页 opens the verify page for this code', async () => {
    serve();
    const page = openPage('certificate', { id: 'cert-1' });
    await settle();
    await tap(page, '.open-verify');
    expect(wx.navigations).toEqual([{ how: 'navigateTo', url: '/pages/verify/verify?code=K7PM2QXD9A' }]);
  });

  test('sharing sends friends to the verify page, not to the learner’s own pages', async () => {
    serve();
    const page = openPage('certificate', { id: 'cert-1' });
    await settle();
    expect((page.instance as unknown as Instance).onShareAppMessage()).toEqual({ title: '我的培训证书', path: '/pages/verify/verify?code=K7PM2QXD9A' });
  });

  test('a revoked certificate says clearly that it is no longer valid', async () => {
    serve([{ ...certificate, status: 'revoked' }]);
    const page = openPage('certificate', { id: 'cert-1' });
    await settle();
    expect(textOf(page, '.revoked-banner')).toContain('该证书已被撤销，不再有效');
    expect(textOf(page, '.status')).toBe('已撤销');
  });

  test('an id that is not among the learner’s certificates shows the empty state', async () => {
    serve();
    const page = openPage('certificate', { id: 'cert-404' });
    await settle();
    expect(page.instance.data.state).toBe('empty');
    expect(textOf(page)).toContain('未找到该证书');
  });

  test('a user who is not bound is invited to bind, and no certificate is asked for', async () => {
    signedInAs(wx, newUserSession);
    const page = openPage('certificate', { id: 'cert-1' });
    await settle();
    expect(textOf(page, '.bind-card')).toContain('绑定学员身份后查看证书');
    expect(wx.called('GET /api/mp/certificates')).toBe(false);
    await tap(page, '.bind-button');
    expect(wx.navigations).toEqual([{ how: 'navigateTo', url: '/pages/bind/bind' }]);
  });

  test('a network failure shows the error, and 重试 loads the certificate', async () => {
    serve().answer('GET /api/mp/certificates', { status: 0 });
    const page = openPage('certificate', { id: 'cert-1' });
    await settle();
    expect(page.instance.data.state).toBe('error');
    wx.answer('GET /api/mp/certificates', { data: { items: [certificate] } });
    await tap(page, '.state >>> .retry');
    expect(textOf(page, '.number')).toBe('CSR-2026-000123');
  });

  test('when only the settings fail, the certificate still shows and copying falls back to the code', async () => {
    serve().answer('GET /api/mp/settings', { status: 0 });
    const page = openPage('certificate', { id: 'cert-1' });
    await settle();
    expect(textOf(page, '.number')).toBe('CSR-2026-000123');
    await tap(page, '.copy-link');
    expect(wx.clipboard).toEqual(['K7PM2QXD9A']);
  });
});

describe('certificate poster', () => {
  test('保存证书海报 downloads the poster with the learner’s token and saves it to the album', async () => {
    serve().answer('GET /api/mp/certificates/cert-1/poster.png', { data: 'png' });
    const page = openPage('certificate', { id: 'cert-1' });
    await settle();
    await tap(page, '.save-poster');
    await settle();
    expect(wx.calls.find((c) => c.key === 'GET /api/mp/certificates/cert-1/poster.png')?.auth).toBe('Bearer token-learner');
    expect(wx.album).toEqual(['wxfile://tmp/api/mp/certificates/cert-1/poster.png']);
    expect(wx.toasts).toEqual(['海报已保存到相册']);
  });

  test('a refused album permission leads to the settings instead of failing silently', async () => {
    serve().answer('GET /api/mp/certificates/cert-1/poster.png', { data: 'png' });
    wx.albumDenied = true;
    const modal = jest.fn();
    (globalThis as unknown as { wx: { showModal: unknown } }).wx.showModal = modal;
    const page = openPage('certificate', { id: 'cert-1' });
    await settle();
    await tap(page, '.save-poster');
    await settle();
    expect(wx.album).toEqual([]);
    expect(modal).toHaveBeenCalledWith(expect.objectContaining({ title: '需要相册权限' }));
  });
});
