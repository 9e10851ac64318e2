import { ApiError, api, showError, type Application, type MyApplications } from '../../services/api';
import { formatDate } from '../../utils/format';

interface StageView {
  key: string;
  name: string;
  deadlineText: string;
  /** done | current | late | todo: the dot's colour on the timeline. */
  status: string;
  done: boolean;
  current: boolean;
  late: boolean;
  doneText: string;
}

interface ApplicationView {
  id: string;
  campaignName: string;
  /** The highlighted card's heading: the current stage, or how it ended. */
  headline: string;
  nextStep: string;
  withdrawn: boolean;
  canSelfCheck: boolean;
  stages: StageView[];
}

interface CampaignView {
  campaignId: string;
  name: string;
  applyByText: string;
}

interface ApplicationData {
  state: 'loading' | 'ready' | 'empty' | 'error';
  /** Signed in but not an enterprise contact (404): a kind prompt instead of the list. */
  unbound: boolean;
  enterpriseName: string;
  applications: ApplicationView[];
  canApply: CampaignView[];
  /** The id being sent (self-check or apply), so a second tap waits. */
  busy: string;
}

interface ApplicationCustom {
  raw: Application[];
  load(): Promise<void>;
  onPullDownRefresh(): Promise<void>;
  onSelfCheck(e: WechatMiniprogram.TouchEvent): void;
  onApply(e: WechatMiniprogram.TouchEvent): Promise<void>;
  onBind(): void;
  confirmSelfCheck(id: string): Promise<void>;
}

/** The server writes "2026年12月10日 23:59"; a bare date reads as "12月10日截止". */
const deadline = (text: string) => (/\d$/.test(text) ? `${text} 截止` : `${text}截止`);

function applicationView(a: Application): ApplicationView {
  const current = a.withdrawn ? null : a.current;
  const headline = a.withdrawn ? '申报已撤回' : a.currentName ? `当前阶段：${a.currentName}` : '全部阶段已完成';
  return {
    id: a.id,
    campaignName: a.campaignName,
    headline,
    // The server's words for a withdrawn or finished application are the headline already.
    nextStep: a.nextStep === headline ? '' : a.nextStep,
    withdrawn: a.withdrawn,
    canSelfCheck: current === 'self_check',
    stages: a.stages.map((s) => {
      const isCurrent = s.key === current;
      // Once withdrawn, a missed deadline no longer asks anything of the user.
      const late = s.late && !s.done && !a.withdrawn;
      return {
        key: s.key,
        name: s.name,
        deadlineText: deadline(s.deadlineText),
        status: s.done ? 'done' : late ? 'late' : isCurrent ? 'current' : 'todo',
        done: s.done,
        current: isCurrent,
        late,
        doneText: s.done && s.doneAt ? `${formatDate(s.doneAt)}完成` : '',
      };
    }),
  };
}

Page<ApplicationData, ApplicationCustom>({
  data: { state: 'loading', unbound: false, enterpriseName: '', applications: [], canApply: [], busy: '' },
  raw: [],

  onLoad() {
    void this.load();
  },

  onShow() {
    // Back from binding: try again with the new identity.
    if (this.data.unbound) void this.load();
  },

  async onPullDownRefresh() {
    await this.load();
    wx.stopPullDownRefresh();
  },

  async load() {
    if (this.data.state !== 'ready') this.setData({ state: 'loading' });
    let mine: MyApplications;
    try {
      // Not a contact (404) is no error to toast: the page explains it.
      mine = await api.myApplications({ toast: false });
    } catch (err) {
      if (err instanceof ApiError && err.status === 404) {
        this.setData({ state: 'ready', unbound: true, applications: [], canApply: [] });
      } else {
        showError(err);
        this.setData({ state: 'error' });
      }
      return;
    }
    this.raw = mine.applications;
    this.setData({
      state: mine.applications.length || mine.canApply.length ? 'ready' : 'empty',
      unbound: false,
      enterpriseName: mine.enterprise.name,
      applications: mine.applications.map(applicationView),
      canApply: mine.canApply.map((c) => ({ campaignId: c.campaignId, name: c.name, applyByText: c.applyByText })),
    });
  },

  onSelfCheck(e) {
    const id = (e.currentTarget.dataset as { id: string }).id;
    if (this.data.busy) return;
    wx.showModal({
      title: '确认已提交自评',
      content: '请确认已按要求完成自查自评并提交自评材料。',
      confirmText: '已提交',
      confirmColor: '#c8161d',
      success: (res) => {
        if (res.confirm) void this.confirmSelfCheck(id);
      },
    });
  },

  async confirmSelfCheck(id) {
    this.setData({ busy: id });
    try {
      const updated = await api.submitSelfCheck(id);
      this.raw = this.raw.map((a) => (a.id === updated.id ? updated : a));
      this.setData({ applications: this.raw.map(applicationView) });
      wx.showToast({ title: '已确认提交', icon: 'success' });
    } catch {
      // The api has shown why (e.g. the application was withdrawn meanwhile).
    } finally {
      this.setData({ busy: '' });
    }
  },

  async onApply(e) {
    const campaignId = (e.currentTarget.dataset as { id: string }).id;
    if (this.data.busy) return;
    this.setData({ busy: campaignId });
    try {
      await api.apply(campaignId);
      wx.showToast({ title: '已申请参加', icon: 'success' });
      await this.load();
    } catch {
      // The api has shown why (e.g. the application deadline has passed).
    } finally {
      this.setData({ busy: '' });
    }
  },

  onBind() {
    wx.navigateTo({ url: '/pages/bind/bind' });
  },
});
