import { installFakeWx, type FakeWx } from '../support/fake-wx';
import { all, openPage, settle, tap, textOf } from '../support/harness';
import { certificate, learnerSession, newUserSession, signedInAs } from '../fixtures';

let wx: FakeWx;
beforeEach(() => {
  wx = installFakeWx();
});

const revoked = { ...certificate, id: 'cert-2', number: 'CSR-2025-000045', courseTitle: '劳动关系协调员培训', status: 'revoked' as const };

describe('certificates page', () => {
  test('while loading the page says so', () => {
    signedInAs(wx, learnerSession).answer('GET /api/mp/certificates', { data: { items: [certificate] } });
    const page = openPage('certificates');
    expect(textOf(page)).toContain('加载中');
  });

  test('a learner sees each certificate’s course, number, date and status, and opens one', async () => {
    signedInAs(wx, learnerSession).answer('GET /api/mp/certificates', { data: { items: [certificate] } });
    const page = openPage('certificates');
    await settle();
    const text = textOf(page, '.cert');
    expect(text).toContain('企业社会责任指导员培训');
    expect(text).toContain('CSR-2026-000123');
    expect(text).toContain('2026年11月20日');
    expect(textOf(page, '.status')).toBe('有效');
    await tap(page, '.cert');
    expect(wx.navigations).toEqual([{ how: 'navigateTo', url: '/pages/certificate/certificate?id=cert-1' }]);
  });

  test('a revoked certificate is tagged 已撤销 in red', async () => {
    signedInAs(wx, learnerSession).answer('GET /api/mp/certificates', { data: { items: [certificate, revoked] } });
    const page = openPage('certificates');
    await settle();
    const tags = all(page, '.status');
    expect(tags.map((t) => (t.dom as HTMLElement).textContent)).toEqual(['有效', '已撤销']);
    expect((tags[1].dom as HTMLElement).className).toContain('tag-red');
  });

  test('a learner without a certificate yet is told how to earn one', async () => {
    signedInAs(wx, learnerSession).answer('GET /api/mp/certificates', { data: { items: [] } });
    const page = openPage('certificates');
    await settle();
    expect(page.instance.data.state).toBe('empty');
    expect(textOf(page)).toContain('完成课程并通过结业考试后即可获得证书');
  });

  test('a user who is not bound is invited to bind and the list is not asked for', async () => {
    signedInAs(wx, newUserSession);
    const page = openPage('certificates');
    await settle();
    expect(textOf(page, '.bind-card')).toContain('绑定学员身份后查看证书');
    expect(wx.called('GET /api/mp/certificates')).toBe(false);
    await tap(page, '.bind-button');
    expect(wx.navigations).toEqual([{ how: 'navigateTo', url: '/pages/bind/bind' }]);
  });

  test('a user the server does not know as a learner (404) gets the same kind prompt, not an error', async () => {
    signedInAs(wx, learnerSession).answer('GET /api/mp/certificates', { status: 404, data: { error: { code: 'not_bound', message: '请先绑定学员身份' } } });
    const page = openPage('certificates');
    await settle();
    expect(page.instance.data.state).toBe('ready');
    expect(textOf(page, '.bind-card')).toContain('绑定学员身份后查看证书');
  });

  test('a network failure shows the error, and 重试 loads the list', async () => {
    signedInAs(wx, learnerSession).answer('GET /api/mp/certificates', { status: 0 });
    const page = openPage('certificates');
    await settle();
    expect(page.instance.data.state).toBe('error');
    expect(wx.toasts).toEqual(['网络不可用，请检查网络后重试']);
    wx.answer('GET /api/mp/certificates', { data: { items: [certificate] } });
    await tap(page, '.state >>> .retry');
    expect(textOf(page, '.cert')).toContain('CSR-2026-000123');
  });
});
