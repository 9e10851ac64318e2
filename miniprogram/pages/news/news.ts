import { api, type NewsItem } from '../../services/api';
import { formatDate } from '../../utils/format';

const PAGE_SIZE = 10;

interface NewsRow {
  id: string;
  title: string;
  summary: string;
  date: string;
  coverUrl: string | null;
}

interface NewsData {
  state: 'loading' | 'ready' | 'empty' | 'error';
  items: NewsRow[];
  page: number;
  total: number;
  loadingMore: boolean;
  /** The next page failed: the footer offers a tap to try again (the list stays). */
  moreFailed: boolean;
  noMore: boolean;
}

interface NewsCustom {
  load(): Promise<void>;
  loadMore(): Promise<void>;
  onNews(e: WechatMiniprogram.TouchEvent): void;
}

const rowOf = (n: NewsItem): NewsRow => ({ id: n.id, title: n.title, summary: n.summary, date: formatDate(n.publishedAt), coverUrl: n.coverUrl });

Page<NewsData, NewsCustom>({
  data: { state: 'loading', items: [], page: 0, total: 0, loadingMore: false, moreFailed: false, noMore: false },

  onLoad() {
    void this.load();
  },

  async onPullDownRefresh() {
    await this.load();
    wx.stopPullDownRefresh();
  },

  onReachBottom() {
    void this.loadMore();
  },

  /** The first page; a refresh keeps the list on screen until the new one arrives. */
  async load() {
    if (this.data.state !== 'ready') this.setData({ state: 'loading' });
    try {
      const res = await api.news(1, PAGE_SIZE);
      const items = res.items.map(rowOf);
      this.setData({
        state: items.length ? 'ready' : 'empty',
        items,
        page: 1,
        total: res.total,
        moreFailed: false,
        noMore: items.length >= res.total,
      });
    } catch {
      // A failed refresh leaves the list that was there; the api has toasted.
      if (this.data.state !== 'ready') this.setData({ state: 'error' });
    }
  },

  async loadMore() {
    const { state, loadingMore, noMore, page } = this.data;
    if (state !== 'ready' || loadingMore || noMore) return;
    this.setData({ loadingMore: true, moreFailed: false });
    try {
      const res = await api.news(page + 1, PAGE_SIZE);
      // Keyed by id: an item published meanwhile shifts the pages and would repeat.
      const seen = new Set(this.data.items.map((n) => n.id));
      const items = this.data.items.concat(res.items.filter((n) => !seen.has(n.id)).map(rowOf));
      this.setData({ items, page: page + 1, total: res.total, noMore: items.length >= res.total || res.items.length === 0 });
    } catch {
      this.setData({ moreFailed: true });
    } finally {
      this.setData({ loadingMore: false });
    }
  },

  onNews(e) {
    const id = (e.currentTarget.dataset as { id?: string }).id;
    if (id) wx.navigateTo({ url: `/pages/news-detail/news-detail?id=${encodeURIComponent(id)}` });
  },
});
