import type { Application, MyApplications } from '../../../miniprogram/services/api';
import { installFakeWx, type FakeWx } from '../support/fake-wx';
import { all, openPage, settle, tap, textOf } from '../support/harness';
import { application, contactSession, learnerSession, myApplications, settings, signedInAs } from '../fixtures';

let wx: FakeWx;
beforeEach(() => {
  wx = signedInAs(installFakeWx(), contactSession).answer('GET /api/mp/settings', { data: settings });
});

type Page = ReturnType<typeof openPage>;
const texts = (page: Page, selector: string) => all(page, selector).map((e) => (e.dom as HTMLElement).textContent!.replace(/\s+/g, ' ').trim());

/** Where it stands after the self-check is confirmed: review is next. */
const afterSelfCheck: Application = {
  ...application,
  current: 'review',
  currentName: '检查审核',
  nextStep: '和创办将于12月30日前完成检查审核，请保持联系电话畅通。',
  stages: application.stages.map((s) => (s.key === 'self_check' ? { ...s, done: true, doneAt: '2026-12-07T02:00:00Z' } : s)),
};

const campaign2027 = { campaignId: 'camp-2', name: '2027年度宁波市和谐企业创建', applyBy: '2027-03-31T15:59:00Z', applyByText: '2027年3月31日 23:59' };

async function open(mine: MyApplications = myApplications): Promise<Page> {
  wx.answer('GET /api/mp/applications/mine', { data: mine });
  const page = openPage('application');
  await settle();
  return page;
}

describe('application page', () => {
  test('a contact sees their enterprise, the current stage with what to do next, and the six stages', async () => {
    wx.answer('GET /api/mp/applications/mine', { data: myApplications });
    const page = openPage('application');
    expect(page.instance.data.state).toBe('loading');
    await settle();
    expect(textOf(page, '.enterprise')).toBe('宁波海曙示范企业有限公司');
    expect(textOf(page, '.campaign')).toBe('2026年度宁波市和谐企业创建');
    expect(textOf(page, '.now-title')).toBe('当前阶段：自查自评');
    expect(textOf(page, '.now-step')).toBe(application.nextStep);
    expect(texts(page, '.stage-name')).toEqual(['自愿申请', '自查自评', '检查审核', '第三方评价', '社会公示', '通报命名']);
    expect(texts(page, '.stage-meta')).toEqual(['2026年11月1日完成', '2026年12月10日 23:59 截止', '2026年12月30日 23:59 截止', '2027年1月19日 23:59 截止', '2027年2月8日 23:59 截止', '2027年2月28日 23:59 截止']);
    expect(texts(page, '.dot')).toEqual(['✓', '', '', '', '', '']);
    expect(texts(page, '.stage-current .stage-head')).toEqual(['自查自评进行中']);
  });

  test('confirming 我已提交自评 sends it, shows the new stage and says so', async () => {
    wx.answer('POST /api/mp/applications/self-check', { data: afterSelfCheck });
    const page = await open();
    await tap(page, '.self-check');
    expect(wx.calls.find((c) => c.key === 'POST /api/mp/applications/self-check')?.body).toEqual({ applicationId: 'app-1' });
    expect(textOf(page, '.now-title')).toBe('当前阶段：检查审核');
    expect(texts(page, '.stage-meta')[1]).toBe('2026年12月7日完成');
    expect(texts(page, '.stage-current .stage-name')).toEqual(['检查审核']);
    expect(page.querySelector('.self-check')).toBeFalsy();
    expect(wx.toasts).toEqual(['已确认提交']);
  });

  test('cancelling the confirmation sends nothing', async () => {
    const fake = (globalThis as unknown as { wx: { showModal(o: { success?: (r: { confirm: boolean; cancel: boolean }) => void }): void } }).wx;
    fake.showModal = (o) => void Promise.resolve().then(() => o.success?.({ confirm: false, cancel: true }));
    const page = await open();
    await tap(page, '.self-check');
    expect(wx.called('POST /api/mp/applications/self-check')).toBe(false);
    expect(page.querySelector('.self-check')).toBeTruthy();
  });

  test('a stage past its deadline is marked 已逾期', async () => {
    const late = { ...application, stages: application.stages.map((s) => (s.key === 'self_check' ? { ...s, late: true } : s)) };
    const page = await open({ ...myApplications, applications: [late] });
    expect(texts(page, '.late')).toEqual(['已逾期']);
    expect(texts(page, '.stage-late .stage-name')).toEqual(['自查自评']);
  });

  test('a withdrawn application is marked 已撤回 and offers no self-check', async () => {
    const withdrawn = {
      ...application,
      withdrawn: true,
      current: null,
      currentName: null,
      nextStep: '申报已撤回',
      stages: application.stages.map((s) => (s.key === 'self_check' ? { ...s, late: true } : s)),
    };
    const page = await open({ ...myApplications, applications: [withdrawn] });
    expect(textOf(page, '.withdrawn')).toBe('已撤回');
    expect(textOf(page, '.now')).toBe('申报已撤回');
    expect(page.querySelector('.late')).toBeFalsy();
    expect(page.querySelector('.self-check')).toBeFalsy();
    expect(all(page, '.stage-current')).toHaveLength(0);
  });

  test('a campaign open for applications can be joined with 申请参加, and the page reloads', async () => {
    let applied = false;
    wx.answer('POST /api/mp/applications', () => {
      applied = true;
      return { status: 201, data: { ...application, id: 'app-2', campaignId: 'camp-2', campaignName: campaign2027.name } };
    });
    wx.answer('GET /api/mp/applications/mine', () => ({
      data: applied
        ? { ...myApplications, applications: [{ ...application, id: 'app-2', campaignId: 'camp-2', campaignName: campaign2027.name }], canApply: [] }
        : { ...myApplications, applications: [], canApply: [campaign2027] },
    }));
    const page = openPage('application');
    await settle();
    expect(textOf(page, '.campaign-card')).toContain('2027年度宁波市和谐企业创建');
    expect(textOf(page, '.apply-by')).toBe('申请截止：2027年3月31日 23:59');
    await tap(page, '.apply');
    expect(wx.calls.find((c) => c.key === 'POST /api/mp/applications')?.body).toEqual({ campaignId: 'camp-2' });
    expect(wx.calls.filter((c) => c.key === 'GET /api/mp/applications/mine')).toHaveLength(2);
    expect(textOf(page, '.campaign')).toBe('2027年度宁波市和谐企业创建');
    expect(page.querySelector('.campaign-card')).toBeFalsy();
  });

  test('with nothing applied and nothing to apply for, it says there is no campaign under way', async () => {
    const page = await open({ ...myApplications, applications: [], canApply: [] });
    expect(page.instance.data.state).toBe('empty');
    expect(textOf(page)).toContain('暂无进行中的创建活动');
  });

  test('someone not bound as a contact is kindly asked to bind, without an error toast', async () => {
    signedInAs(wx, learnerSession).answer('GET /api/mp/applications/mine', { status: 404, data: { error: { code: 'not_found', message: '未绑定企业联系人' } } });
    const page = openPage('application');
    await settle();
    expect(textOf(page, '.unbound')).toContain('绑定企业联系人身份后可查看申报进度');
    expect(wx.toasts).toEqual([]);
    await tap(page, '.bind-button');
    expect(wx.navigations).toEqual([{ how: 'navigateTo', url: '/pages/bind/bind' }]);
  });

  test('coming back after binding shows the applications', async () => {
    wx.answer('GET /api/mp/applications/mine', { status: 404, data: { error: { code: 'not_found', message: '未绑定企业联系人' } } });
    const page = openPage('application');
    await settle();
    wx.answer('GET /api/mp/applications/mine', { data: myApplications });
    (page.instance as unknown as { onShow(): void }).onShow();
    await settle();
    expect(textOf(page, '.enterprise')).toBe('宁波海曙示范企业有限公司');
  });

  test('a network failure toasts, and 重试 loads the page', async () => {
    wx.answer('GET /api/mp/applications/mine', { status: 0 });
    const page = openPage('application');
    await settle();
    expect(page.instance.data.state).toBe('error');
    expect(wx.toasts).toEqual(['网络不可用，请检查网络后重试']);
    wx.answer('GET /api/mp/applications/mine', { data: myApplications });
    await tap(page, '.state >>> .retry');
    expect(textOf(page, '.enterprise')).toBe('宁波海曙示范企业有限公司');
  });

  test('pulling down reloads and then stops the refresh indicator', async () => {
    const page = await open();
    const fake = (globalThis as unknown as { wx: { stopPullDownRefresh(): void } }).wx;
    const stop = jest.fn();
    fake.stopPullDownRefresh = stop;
    wx.answer('GET /api/mp/applications/mine', { data: { ...myApplications, applications: [afterSelfCheck] } });
    await (page.instance as unknown as { onPullDownRefresh(): Promise<void> }).onPullDownRefresh();
    expect(textOf(page, '.now-title')).toBe('当前阶段：检查审核');
    expect(stop).toHaveBeenCalled();
  });
});

describe('截止前提醒我 (the subscribe button)', () => {
  type SubscribeOptions = { tmplIds: string[]; success?: (r: Record<string, string>) => void; fail?: (e: { errCode: number; errMsg: string }) => void };
  const fakeWx = () => (globalThis as unknown as { wx: { requestSubscribeMessage(o: SubscribeOptions): void } }).wx;

  test('asks for the reminder template only and shows how many reminders are held', async () => {
    wx.answer('POST /api/mp/subscriptions', { data: { credits: { 'tmpl-reminder': 2 } } });
    const page = await open();
    expect(textOf(page, '.reminder')).toBe('开启截止提醒');
    await tap(page, '.reminder >>> .subscribe-button');
    expect(wx.calls.find((c) => c.key === 'POST /api/mp/subscriptions')?.body).toEqual({ results: { 'tmpl-reminder': 'accept' }, ref: expect.any(String) });
    expect(textOf(page, '.reminder >>> .subscribe-note')).toBe('已开启，可接收 2 次提醒');
  });

  test('opens WeChat’s dialog within the tap itself, as WeChat requires', async () => {
    const page = await open();
    const request = jest.fn();
    fakeWx().requestSubscribeMessage = request;
    (page.querySelector('.reminder')!.instance as unknown as { onTap(): void }).onTap();
    expect(request).toHaveBeenCalledWith(expect.objectContaining({ tmplIds: ['tmpl-reminder'] }));
  });

  test('each tap is sent with its own reference, and tells the page how many reminders are held', async () => {
    wx.answer('POST /api/mp/subscriptions', { data: { credits: { 'tmpl-reminder': 1 } } });
    const page = await open();
    const events: unknown[] = [];
    // simulate's typings leave out addEventListener, which its wrappers have.
    const button = page.querySelector('.reminder') as unknown as { addEventListener(name: string, handler: (e: { detail: unknown }) => void): void };
    button.addEventListener('subscribed', (e) => events.push(e.detail));
    await tap(page, '.reminder >>> .subscribe-button');
    await tap(page, '.reminder >>> .subscribe-button');
    const refs = wx.calls.filter((c) => c.key === 'POST /api/mp/subscriptions').map((c) => (c.body as { ref: string }).ref);
    expect(refs).toHaveLength(2);
    expect(refs[0]).not.toBe(refs[1]);
    expect(events).toEqual([{ credits: 1 }, { credits: 1 }]);
  });

  test('declining in the dialog says reminders can be turned on again later', async () => {
    wx.subscribeAnswer = { 'tmpl-reminder': 'reject' };
    wx.answer('POST /api/mp/subscriptions', { data: { credits: {} } });
    const page = await open();
    await tap(page, '.reminder >>> .subscribe-button');
    expect(wx.calls.find((c) => c.key === 'POST /api/mp/subscriptions')?.body).toMatchObject({ results: { 'tmpl-reminder': 'reject' } });
    expect(textOf(page, '.reminder >>> .subscribe-note')).toBe('您未同意接收提醒，可随时再次开启');
  });

  test('a banned template explains where to turn messages back on', async () => {
    wx.subscribeAnswer = { 'tmpl-reminder': 'ban' };
    wx.answer('POST /api/mp/subscriptions', { data: { credits: {} } });
    const page = await open();
    await tap(page, '.reminder >>> .subscribe-button');
    expect(textOf(page, '.reminder >>> .subscribe-note')).toBe('您已在微信中关闭了本小程序的订阅消息，请在右上角「…」→「设置」中开启');
  });

  test('with subscribe messages switched off in WeChat (20004) it gives the same advice and sends nothing', async () => {
    const page = await open();
    fakeWx().requestSubscribeMessage = (o) => void Promise.resolve().then(() => o.fail?.({ errCode: 20004, errMsg: 'requestSubscribeMessage:fail' }));
    await tap(page, '.reminder >>> .subscribe-button');
    expect(textOf(page, '.reminder >>> .subscribe-note')).toContain('请在右上角「…」→「设置」中开启');
    expect(wx.called('POST /api/mp/subscriptions')).toBe(false);
  });

  test('without a reminder template configured it says reminders are not available yet', async () => {
    wx.answer('GET /api/mp/settings', { data: { ...settings, subscribeTemplates: [settings.subscribeTemplates[1]] } });
    const page = await open();
    expect(textOf(page, '.reminder')).toBe('消息提醒暂未开通');
    expect(page.querySelector('.reminder >>> .subscribe-button')).toBeFalsy();
  });
});
