import { ApiError, api, downloadSigned, ensureSession, type Settings } from '../../services/api';
import { formatDate } from '../../utils/format';

interface CertificateView {
  number: string;
  code: string;
  learnerName: string;
  courseTitle: string;
  date: string;
  revoked: boolean;
}

interface CertificateData {
  state: 'loading' | 'ready' | 'empty' | 'error';
  unbound: boolean;
  id: string;
  cert: CertificateView | null;
  /** Where the public verify page lives; null: not configured, so only the code can be shared. */
  publicBaseUrl: string | null;
  saving: boolean;
}

interface CertificateCustom {
  load(): Promise<void>;
  onCopyLink(): void;
  onOpenVerify(): void;
  onBind(): void;
  onSavePoster(): Promise<void>;
}

Page<CertificateData, CertificateCustom>({
  data: { state: 'loading', unbound: false, id: '', cert: null, publicBaseUrl: null, saving: false },

  onLoad(query: Record<string, string | undefined>) {
    this.setData({ id: query.id ?? '' });
    void this.load();
  },

  async load() {
    this.setData({ state: 'loading' });
    try {
      const session = await ensureSession();
      if (!session.bound) {
        this.setData({ state: 'ready', unbound: true });
        return;
      }
      // Settings only shape the copied link: without them the code alone is still worth copying.
      const [{ items }, settings] = await Promise.all([api.certificates({ handles: [404] }), api.settings().catch((): Settings | null => null)]);
      // There is no single-certificate route; the list is short.
      const found = items.find((c) => c.id === this.data.id);
      if (!found) {
        this.setData({ state: 'empty', unbound: false });
        return;
      }
      this.setData({
        state: 'ready',
        unbound: false,
        publicBaseUrl: settings?.publicBaseUrl ?? null,
        cert: {
          number: found.number,
          code: found.code,
          learnerName: found.learnerName,
          courseTitle: found.courseTitle,
          date: formatDate(found.issuedAt),
          revoked: found.status === 'revoked',
        },
      });
    } catch (err) {
      if (err instanceof ApiError && err.status === 404) this.setData({ state: 'ready', unbound: true });
      else this.setData({ state: 'error' });
    }
  },

  onCopyLink() {
    const cert = this.data.cert;
    if (!cert) return;
    const base = this.data.publicBaseUrl;
    if (base) {
      wx.setClipboardData({ data: `${base.replace(/\/+$/, '')}/verify/${cert.code}` });
      return;
    }
    wx.setClipboardData({
      data: cert.code,
      // WeChat's own toast says 内容已复制; say what was copied, since it is not a link.
      success: () => wx.showToast({ title: '已复制验证码', icon: 'none' }),
    });
  },

  onOpenVerify() {
    const cert = this.data.cert;
    if (cert) wx.navigateTo({ url: `/pages/verify/verify?code=${encodeURIComponent(cert.code)}` });
  },

  async onSavePoster() {
    if (this.data.saving) return;
    this.setData({ saving: true });
    try {
      const filePath = await downloadSigned(api.posterPath(this.data.id));
      await new Promise<void>((resolve, reject) => wx.saveImageToPhotosAlbum({ filePath, success: () => resolve(), fail: reject }));
      wx.showToast({ title: '海报已保存到相册', icon: 'success' });
    } catch (err) {
      // The album permission was refused once: WeChat only asks again from the settings page.
      if ((err as { errMsg?: string }).errMsg?.includes('auth')) {
        wx.showModal({ title: '需要相册权限', content: '请在设置中允许保存到相册，再保存证书海报。', confirmText: '去设置', success: (r) => r.confirm && wx.openSetting({}) });
      }
    } finally {
      this.setData({ saving: false });
    }
  },

  onBind() {
    wx.navigateTo({ url: '/pages/bind/bind' });
  },

  onShareAppMessage() {
    const code = this.data.cert?.code ?? '';
    return { title: '我的培训证书', path: `/pages/verify/verify?code=${encodeURIComponent(code)}` };
  },
});
