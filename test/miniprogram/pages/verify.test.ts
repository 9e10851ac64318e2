import { installFakeWx, type FakeWx } from '../support/fake-wx';
import { openPage, settle, tap, textOf, type } from '../support/harness';
import { verified } from '../fixtures';

let wx: FakeWx;
beforeEach(() => {
  // Public page: nobody is signed in.
  wx = installFakeWx();
});

describe('verify page', () => {
  test('anyone scanning a valid certificate sees 证书有效 and its details, without signing in', async () => {
    wx.answer('GET /api/public/certificates/K7PM2QXD9A', { data: verified });
    const page = openPage('verify', { code: 'K7PM2QXD9A' });
    expect(page.instance.data.state).toBe('loading');
    await settle();
    expect(textOf(page, '.verdict')).toContain('证书有效');
    expect(textOf(page, '.learner')).toBe('王*燕');
    expect(textOf(page, '.course')).toBe('企业社会责任指导员培训');
    expect(textOf(page, '.number')).toBe('CSR-2026-000123');
    expect(textOf(page, '.issued')).toBe('2026年11月20日');
    expect(textOf(page)).toContain('本页面由和谐企业创建培训平台提供证书真伪查询');
    expect(wx.calls.map((c) => [c.key, c.auth])).toEqual([['GET /api/public/certificates/K7PM2QXD9A', undefined]]);
  });

  test('a revoked certificate says so in red, with the date', async () => {
    wx.answer('GET /api/public/certificates/K7PM2QXD9A', { data: { ...verified, status: 'revoked', revokedAt: '2026-12-01T02:00:00Z' } });
    const page = openPage('verify', { code: 'K7PM2QXD9A' });
    await settle();
    expect(textOf(page, '.verdict-revoked')).toContain('证书已撤销');
    expect(textOf(page, '.revoked-at')).toBe('该证书已于 2026年12月1日 撤销');
  });

  test('a QR code passes the code as an encoded scene', async () => {
    wx.answer('GET /api/public/certificates/K7PM2QXD9A', { data: verified });
    const page = openPage('verify', { scene: encodeURIComponent('code=K7PM2QXD9A') });
    await settle();
    expect(textOf(page, '.verdict')).toContain('证书有效');
  });

  test('an unknown code says it was not found and lets the visitor type another', async () => {
    wx.answer('GET /api/public/certificates/WRONG', { status: 404, data: { error: { code: 'not_found', message: '未找到该证书，请核对验证码' } } });
    wx.answer('GET /api/public/certificates/K7PM2QXD9A', { data: verified });
    const page = openPage('verify', { code: 'WRONG' });
    await settle();
    expect(textOf(page)).toContain('未找到该证书，请核对验证码');
    expect(wx.toasts).toEqual([]);
    await type(page, '.code-input', 'k7pm 2qxd9a');
    await tap(page, '.query');
    expect(textOf(page, '.verdict')).toContain('证书有效');
  });

  test('without a code the page asks for one and verifies what is typed', async () => {
    wx.answer('GET /api/public/certificates/K7PM2QXD9A', { data: verified });
    const page = openPage('verify');
    await settle();
    expect(page.instance.data.state).toBe('empty');
    expect(textOf(page)).toContain('请扫描证书上的二维码或输入验证码');
    await tap(page, '.query');
    expect(textOf(page, '.field-error')).toBe('请输入证书上的验证码');
    expect(wx.calls).toEqual([]);
    await type(page, '.code-input', 'K7PM2QXD9A');
    await tap(page, '.query');
    expect(textOf(page, '.number')).toBe('CSR-2026-000123');
  });

  test('a network failure shows the error state and 重试 asks again', async () => {
    wx.answer('GET /api/public/certificates/K7PM2QXD9A', { status: 0 });
    const page = openPage('verify', { code: 'K7PM2QXD9A' });
    await settle();
    expect(page.instance.data.state).toBe('error');
    wx.answer('GET /api/public/certificates/K7PM2QXD9A', { data: verified });
    await tap(page, '.state >>> .retry');
    expect(textOf(page, '.verdict')).toContain('证书有效');
  });
});
