import { installFakeWx, type FakeWx } from '../support/fake-wx';
import { openPage, settle, tap, textOf } from '../support/harness';
import { learnerSession, newsDetail, newUserSession, signedInAs } from '../fixtures';

let wx: FakeWx;
beforeEach(() => {
  wx = signedInAs(installFakeWx(), learnerSession);
});

const withLink = { ...newsDetail, coverUrl: 'https://hx.example.cn/uploads/cover.jpg', link: 'https://mp.weixin.qq.com/s/abc' };

describe('news detail page', () => {
  test('while loading the page says so', () => {
    wx.answer('GET /api/mp/news/news-1', { data: newsDetail });
    const page = openPage('news-detail', { id: 'news-1' });
    expect(textOf(page)).toContain('加载中');
  });

  test('the reader sees the title, date, summary and body (the server records the read)', async () => {
    wx.answer('GET /api/mp/news/news-1', { data: newsDetail });
    const page = openPage('news-detail', { id: 'news-1' });
    await settle();
    expect(wx.calls.map((c) => c.key)).toEqual(['GET /api/mp/news/news-1']);
    const text = textOf(page);
    expect(text).toContain('2026年度和谐企业创建工作启动');
    expect(text).toContain('2026年12月1日');
    expect(text).toContain('市和创办召开动员会，部署全年创建与社会责任评价工作。');
    expect(page.instance.data.html).toBe(newsDetail.bodyHtml);
    // No cover, no link: nothing empty is left on the page.
    expect(page.querySelector('.cover')).toBeFalsy();
    expect(page.querySelector('.copy-link')).toBeFalsy();
  });

  test('an item with a link offers 复制链接, which copies it, and shows its cover', async () => {
    wx.answer('GET /api/mp/news/news-1', { data: withLink });
    const page = openPage('news-detail', { id: 'news-1' });
    await settle();
    expect(page.querySelector('.cover')).toBeTruthy();
    expect(textOf(page, '.link-box')).toContain('https://mp.weixin.qq.com/s/abc');
    await tap(page, '.copy-link');
    expect(wx.clipboard).toEqual(['https://mp.weixin.qq.com/s/abc']);
  });

  test('sharing sends friends to this same item', async () => {
    wx.answer('GET /api/mp/news/news-1', { data: newsDetail });
    const page = openPage('news-detail', { id: 'news-1' });
    await settle();
    const share = (page.instance as unknown as { onShareAppMessage(): unknown }).onShareAppMessage();
    expect(share).toEqual({ title: '2026年度和谐企业创建工作启动', path: '/pages/news-detail/news-detail?id=news-1' });
  });

  test('an item withdrawn or not for this reader (404) shows 该动态不存在或已下线, without 重试', async () => {
    wx.answer('GET /api/mp/news/news-9', { status: 404, data: { error: { code: 'not_found', message: '动态不存在' } } });
    const page = openPage('news-detail', { id: 'news-9' });
    await settle();
    expect(page.instance.data.state).toBe('empty');
    expect(textOf(page)).toContain('该动态不存在或已下线');
    expect(textOf(page)).not.toContain('重试');
  });

  test('a network failure shows the error, and 重试 loads the item', async () => {
    wx.answer('GET /api/mp/news/news-1', { status: 0 });
    const page = openPage('news-detail', { id: 'news-1' });
    await settle();
    expect(page.instance.data.state).toBe('error');
    expect(wx.toasts).toEqual(['网络不可用，请检查网络后重试']);
    wx.answer('GET /api/mp/news/news-1', { data: newsDetail });
    await tap(page, '.state >>> .retry');
    expect(textOf(page)).toContain('2026年度和谐企业创建工作启动');
  });

  test('opened without an id, the page shows the empty state and calls nothing', async () => {
    const page = openPage('news-detail');
    await settle();
    expect(textOf(page)).toContain('该动态不存在或已下线');
    expect(wx.calls).toEqual([]);
  });

  test('a user who is not bound can read a public item', async () => {
    wx = signedInAs(installFakeWx(), newUserSession).answer('GET /api/mp/news/news-1', { data: newsDetail });
    const page = openPage('news-detail', { id: 'news-1' });
    await settle();
    expect(textOf(page)).toContain('2026年度和谐企业创建工作启动');
    expect(textOf(page)).not.toContain('绑定');
  });
});
