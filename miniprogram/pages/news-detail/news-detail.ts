import { ApiError, api } from '../../services/api';
import { formatDate } from '../../utils/format';

interface NewsDetailData {
  state: 'loading' | 'ready' | 'empty' | 'error';
  id: string;
  title: string;
  date: string;
  summary: string;
  html: string;
  coverUrl: string;
  link: string;
}

interface NewsDetailCustom {
  load(): Promise<void>;
  onCopyLink(): void;
}

Page<NewsDetailData, NewsDetailCustom>({
  data: { state: 'loading', id: '', title: '', date: '', summary: '', html: '', coverUrl: '', link: '' },

  onLoad(query: Record<string, string | undefined>) {
    this.setData({ id: query.id ?? '' });
    void this.load();
  },

  async load() {
    const id = this.data.id;
    if (!id) {
      this.setData({ state: 'empty' });
      return;
    }
    this.setData({ state: 'loading' });
    try {
      const item = await api.newsItem(id, { handles: [404] });
      this.setData({
        state: 'ready',
        title: item.title,
        date: formatDate(item.publishedAt),
        summary: item.summary,
        html: item.bodyHtml,
        coverUrl: item.coverUrl ?? '',
        link: item.link ?? '',
      });
    } catch (err) {
      // Withdrawn, or published for another district: nothing to retry.
      this.setData({ state: err instanceof ApiError && err.status === 404 ? 'empty' : 'error' });
    }
  },

  onCopyLink() {
    if (this.data.link) wx.setClipboardData({ data: this.data.link });
  },

  onShareAppMessage() {
    return { title: this.data.title || '和创动态', path: `/pages/news-detail/news-detail?id=${encodeURIComponent(this.data.id)}` };
  },
});
