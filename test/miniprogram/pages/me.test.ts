import { installFakeWx, type FakeWx } from '../support/fake-wx';
import { all, openPage, settle, tap, textOf } from '../support/harness';
import { contactSession, learnerSession, newUserSession, settings, signedInAs } from '../fixtures';

let wx: FakeWx;
beforeEach(() => {
  wx = installFakeWx().answer('GET /api/mp/settings', { data: settings });
});

const texts = (page: ReturnType<typeof openPage>, selector: string) => all(page, selector).map((e) => (e.dom as HTMLElement).textContent);
const entries = (page: ReturnType<typeof openPage>) => texts(page, '.entry-title');

describe('me page', () => {
  test('a learner sees their masked name, the 学员 role and their course entries', async () => {
    signedInAs(wx, learnerSession).answer('GET /api/mp/me', { data: { bindings: learnerSession.bindings } });
    const page = openPage('me');
    expect(page.instance.data.state).toBe('loading');
    await settle();
    expect(textOf(page, '.name')).toBe('王*燕');
    expect(texts(page, '.role')).toEqual(['学员']);
    expect(entries(page)).toEqual(['我的证书', '我的课程', '和创动态', '证书查询']);
    expect(wx.called('GET /api/mp/me')).toBe(true);
  });

  test('the entries open their pages; 我的课程 switches to the courses tab', async () => {
    signedInAs(wx, learnerSession).answer('GET /api/mp/me', { data: { bindings: learnerSession.bindings } });
    const page = openPage('me');
    await settle();
    await tap(page, '.entry-certificates');
    await tap(page, '.entry-courses');
    await tap(page, '.entry-news');
    await tap(page, '.entry-verify');
    expect(wx.navigations).toEqual([
      { how: 'navigateTo', url: '/pages/certificates/certificates' },
      { how: 'switchTab', url: '/pages/courses/courses' },
      { how: 'navigateTo', url: '/pages/news/news' },
      { how: 'navigateTo', url: '/pages/verify/verify' },
    ]);
  });

  test('an enterprise contact sees 我的申报 instead of the course entries', async () => {
    signedInAs(wx, contactSession).answer('GET /api/mp/me', { data: { bindings: contactSession.bindings } });
    const page = openPage('me');
    await settle();
    expect(textOf(page, '.roles')).toBe('企业联系人');
    expect(entries(page)).toEqual(['我的申报', '和创动态', '证书查询']);
    await tap(page, '.entry-application');
    expect(wx.navigations).toEqual([{ how: 'navigateTo', url: '/pages/application/application' }]);
  });

  test('a new user sees 未绑定 and a button to bind, and only the public entries', async () => {
    signedInAs(wx, newUserSession).answer('GET /api/mp/me', { data: { bindings: [] } });
    const page = openPage('me');
    await settle();
    expect(textOf(page, '.profile')).toContain('未绑定');
    expect(entries(page)).toEqual(['和创动态', '证书查询']);
    await tap(page, '.bind-button');
    expect(wx.navigations).toEqual([{ how: 'navigateTo', url: '/pages/bind/bind' }]);
  });

  test('a first visit signs in before showing who the user is', async () => {
    wx.answer('POST /api/mp/login', { data: learnerSession }).answer('GET /api/mp/me', { data: { bindings: learnerSession.bindings } });
    const page = openPage('me');
    await settle();
    expect(wx.calls[0].key).toBe('POST /api/mp/login');
    expect(textOf(page, '.name')).toBe('王*燕');
  });

  test('a binding made in the chat bot shows here, and the stored session is renewed for the other tabs', async () => {
    const both = { ...learnerSession, bindings: [...learnerSession.bindings, { personType: 'contact' as const, maskedName: '王*燕' }] };
    signedInAs(wx, learnerSession).answer('GET /api/mp/me', { data: { bindings: both.bindings } }).answer('POST /api/mp/login', { data: both });
    const page = openPage('me');
    await settle();
    expect(texts(page, '.role')).toEqual(['学员', '企业联系人']);
    expect(entries(page)).toEqual(['我的证书', '我的课程', '我的申报', '和创动态', '证书查询']);
    expect(wx.storage.get('hx.session')).toEqual(both);
  });

  test('when the refresh fails the stored session is still shown', async () => {
    signedInAs(wx, learnerSession).answer('GET /api/mp/me', { status: 0 });
    const page = openPage('me');
    await settle();
    expect(page.instance.data.state).toBe('ready');
    expect(textOf(page, '.name')).toBe('王*燕');
    expect(texts(page, '.role')).toEqual(['学员']);
  });

  test('when signing in fails the page offers 重试, which loads it', async () => {
    wx.answer('POST /api/mp/login', { status: 0 });
    const page = openPage('me');
    await settle();
    expect(page.instance.data.state).toBe('error');
    expect(textOf(page)).toContain('重试');
    expect(wx.toasts).toEqual(['网络不可用，请检查网络后重试']);
    wx.answer('POST /api/mp/login', { data: learnerSession }).answer('GET /api/mp/me', { data: { bindings: learnerSession.bindings } });
    await tap(page, '.state >>> .retry');
    expect(textOf(page, '.name')).toBe('王*燕');
  });

  test('the reminder card subscribes to every template and shows the credits', async () => {
    signedInAs(wx, learnerSession)
      .answer('GET /api/mp/me', { data: { bindings: learnerSession.bindings } })
      .answer('POST /api/mp/subscriptions', { data: { credits: { 'tmpl-reminder': 2, 'tmpl-news': 1 } } });
    const page = openPage('me');
    await settle();
    expect(textOf(page, '.notify')).toBe('开启消息提醒');
    await tap(page, '.notify >>> .subscribe-button');
    const body = wx.calls.find((c) => c.key === 'POST /api/mp/subscriptions')?.body as { results: unknown; ref: string };
    expect(body.results).toEqual({ 'tmpl-reminder': 'accept', 'tmpl-news': 'accept' });
    expect(textOf(page, '.notify')).toContain('已开启，可接收 3 次提醒');
  });

  test('with no templates configured the card says reminders are not available yet', async () => {
    signedInAs(wx, learnerSession)
      .answer('GET /api/mp/me', { data: { bindings: learnerSession.bindings } })
      .answer('GET /api/mp/settings', { data: { ...settings, subscribeTemplates: [] } });
    const page = openPage('me');
    await settle();
    expect(textOf(page, '.notify')).toBe('消息提醒暂未开通');
    expect(page.querySelector('.notify >>> .subscribe-button')).toBeFalsy();
  });
});
