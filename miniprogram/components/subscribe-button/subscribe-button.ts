import { api, type SubscribeResult } from '../../services/api';

/**
 * Asks WeChat for one-time subscribe-message permission and tells the server what the user chose.
 * Each "accept" is worth one message, so the button stays and people may tap it again for more.
 */

type Purpose = 'reminder' | 'news' | 'all';

const RESULTS: readonly string[] = ['accept', 'reject', 'ban', 'filter'];
/** WeChat refuses a request with more templates than this. */
const MAX_TEMPLATES = 5;
const SETTINGS_ADVICE = '您已在微信中关闭了本小程序的订阅消息，请在右上角「…」→「设置」中开启';

Component({
  properties: {
    purpose: { type: String, value: 'all' },
  },
  data: {
    /** loading → none (nothing configured or settings unavailable) | ready */
    status: 'loading',
    tmplIds: [] as string[],
    label: '开启消息提醒',
    busy: false,
    note: '',
    noteOk: false,
  },
  lifetimes: {
    attached() {
      void this.load();
    },
  },
  methods: {
    async load() {
      const purpose = this.data.purpose as Purpose;
      try {
        const settings = await api.settings();
        const tmplIds = settings.subscribeTemplates
          .filter((t) => purpose === 'all' || t.purpose === purpose)
          .map((t) => t.id)
          .slice(0, MAX_TEMPLATES);
        this.setData({
          status: tmplIds.length ? 'ready' : 'none',
          tmplIds,
          label: purpose === 'reminder' ? '开启截止提醒' : '开启消息提醒',
        });
      } catch {
        // The api has toasted; a page should not break over its reminder button.
        this.setData({ status: 'none' });
      }
    },

    onTap() {
      const tmplIds = this.data.tmplIds;
      if (this.data.busy || !tmplIds.length) return;
      // WeChat only opens the dialog from the tap itself: no await may come before this call.
      wx.requestSubscribeMessage({
        tmplIds,
        success: (res) => void this.record(tmplIds, res),
        fail: () => this.setData({ note: SETTINGS_ADVICE, noteOk: false }),
      });
    },

    async record(tmplIds: string[], res: Record<string, string>) {
      const results: Record<string, SubscribeResult> = {};
      for (const id of tmplIds) if (RESULTS.includes(res[id])) results[id] = res[id] as SubscribeResult;
      const chosen = Object.values(results);
      this.setData({ busy: true, note: '' });
      try {
        const answer = await api.subscribe(results, `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`);
        const credits = tmplIds.reduce((sum, id) => sum + (answer.credits[id] ?? 0), 0);
        if (chosen.includes('accept')) this.setData({ note: `已开启，可接收 ${credits} 次提醒`, noteOk: true });
        else if (chosen.includes('ban')) this.setData({ note: SETTINGS_ADVICE, noteOk: false });
        else this.setData({ note: '您未同意接收提醒，可随时再次开启', noteOk: false });
        this.triggerEvent('subscribed', { credits });
      } catch {
        // The api has toasted; the button stays for another try.
      } finally {
        this.setData({ busy: false });
      }
    },
  },
});
