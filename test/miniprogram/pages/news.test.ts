import { installFakeWx, type FakeWx } from '../support/fake-wx';
import { all, openPage, settle, tap, textOf } from '../support/harness';
import { learnerSession, news, newUserSession, signedInAs } from '../fixtures';
import type { NewsPage } from '../../../miniprogram/services/api';

let wx: FakeWx;
beforeEach(() => {
  wx = signedInAs(installFakeWx(), learnerSession);
});

/** `total` items served ten a page, newest first, as the server pages them. */
function serveNews(total: number): void {
  const all = Array.from({ length: total }, (_, i) => ({ ...news.items[0], id: `news-${i + 1}`, title: `动态${i + 1}` }));
  wx.answer('GET /api/mp/news', (_body, url) => {
    const q = new URL(url).searchParams;
    const page = Number(q.get('page'));
    const size = Number(q.get('pageSize'));
    const data: NewsPage = { total, page, pageSize: size, items: all.slice((page - 1) * size, page * size) };
    return { data };
  });
}

type Instance = { onReachBottom(): void; onPullDownRefresh(): Promise<void> };

describe('news page', () => {
  test('while loading the page says so', () => {
    serveNews(3);
    const page = openPage('news');
    expect(textOf(page)).toContain('加载中');
  });

  test('the reader sees each item’s title, summary and date, and opens one', async () => {
    wx.answer('GET /api/mp/news', { data: news });
    const page = openPage('news');
    await settle();
    expect(wx.called('GET /api/mp/news?page=1&pageSize=10')).toBe(true);
    const text = textOf(page);
    expect(text).toContain('2026年度和谐企业创建工作启动');
    expect(text).toContain('部署全年创建与社会责任评价工作');
    expect(text).toContain('2026年12月1日');
    expect(text).toContain('没有更多了');
    const items = all(page, '.news-item');
    items[1].dispatchEvent('tap');
    await settle();
    expect(wx.navigations).toEqual([{ how: 'navigateTo', url: '/pages/news-detail/news-detail?id=news-2' }]);
  });

  test('scrolling to the bottom loads the next page until all are shown, then says 没有更多了', async () => {
    serveNews(23);
    const page = openPage('news');
    await settle();
    expect(all(page, '.news-item').length).toBe(10);
    const instance = page.instance as unknown as Instance;
    instance.onReachBottom();
    await settle();
    expect(all(page, '.news-item').length).toBe(20);
    expect(textOf(page)).not.toContain('没有更多了');
    instance.onReachBottom();
    await settle();
    expect(all(page, '.news-item').length).toBe(23);
    expect(textOf(page, '.footer')).toBe('没有更多了');
    instance.onReachBottom();
    await settle();
    expect(wx.calls.map((c) => c.key)).toEqual([
      'GET /api/mp/news?page=1&pageSize=10',
      'GET /api/mp/news?page=2&pageSize=10',
      'GET /api/mp/news?page=3&pageSize=10',
    ]);
  });

  test('reaching the bottom twice quickly asks for the next page only once', async () => {
    serveNews(23);
    const page = openPage('news');
    await settle();
    const instance = page.instance as unknown as Instance;
    instance.onReachBottom();
    instance.onReachBottom();
    await settle();
    expect(wx.calls.filter((c) => c.key === 'GET /api/mp/news?page=2&pageSize=10').length).toBe(1);
    expect(all(page, '.news-item').length).toBe(20);
  });

  test('when the next page fails, the list stays and the footer offers another try', async () => {
    serveNews(15);
    const page = openPage('news');
    await settle();
    wx.answer('GET /api/mp/news', { status: 0 });
    (page.instance as unknown as Instance).onReachBottom();
    await settle();
    expect(all(page, '.news-item').length).toBe(10);
    expect(textOf(page, '.footer')).toBe('加载失败，点击重试');
    serveNews(15);
    await tap(page, '.load-more');
    expect(all(page, '.news-item').length).toBe(15);
    expect(textOf(page, '.footer')).toBe('没有更多了');
  });

  test('pulling down starts again from the first page and stops the spinner', async () => {
    serveNews(23);
    const page = openPage('news');
    await settle();
    const instance = page.instance as unknown as Instance;
    instance.onReachBottom();
    await settle();
    const stop = jest.fn();
    (globalThis as unknown as { wx: { stopPullDownRefresh: () => void } }).wx.stopPullDownRefresh = stop;
    await instance.onPullDownRefresh();
    expect(all(page, '.news-item').length).toBe(10);
    expect(page.instance.data.page).toBe(1);
    expect(stop).toHaveBeenCalledTimes(1);
    instance.onReachBottom();
    await settle();
    expect(wx.calls.at(-1)?.key).toBe('GET /api/mp/news?page=2&pageSize=10');
  });

  test('with nothing published the page says 暂无动态', async () => {
    wx.answer('GET /api/mp/news', { data: { total: 0, page: 1, pageSize: 10, items: [] } });
    const page = openPage('news');
    await settle();
    expect(page.instance.data.state).toBe('empty');
    expect(textOf(page)).toContain('暂无动态');
  });

  test('when the list cannot load, the error shows with 重试, which loads it', async () => {
    wx.answer('GET /api/mp/news', { status: 0 });
    const page = openPage('news');
    await settle();
    expect(page.instance.data.state).toBe('error');
    expect(wx.toasts).toEqual(['网络不可用，请检查网络后重试']);
    wx.answer('GET /api/mp/news', { data: news });
    await tap(page, '.state >>> .retry');
    expect(textOf(page)).toContain('千名指导员培训第二期开班');
  });

  test('a user who is not bound still reads the public news, with no bind prompt', async () => {
    wx = signedInAs(installFakeWx(), newUserSession).answer('GET /api/mp/news', { data: news });
    const page = openPage('news');
    await settle();
    expect(textOf(page)).toContain('2026年度和谐企业创建工作启动');
    expect(textOf(page)).not.toContain('绑定');
    expect(wx.navigations).toEqual([]);
  });
});
