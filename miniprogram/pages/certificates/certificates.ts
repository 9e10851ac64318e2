import { ApiError, api, ensureSession, type Certificate } from '../../services/api';
import { formatDate } from '../../utils/format';

interface CertificateRow {
  id: string;
  number: string;
  courseTitle: string;
  date: string;
  revoked: boolean;
}

interface CertificatesData {
  state: 'loading' | 'ready' | 'empty' | 'error';
  /** Not bound as a learner: a prompt to bind instead of the list. */
  unbound: boolean;
  items: CertificateRow[];
}

interface CertificatesCustom {
  load(): Promise<void>;
  onCertificate(e: WechatMiniprogram.TouchEvent): void;
  onBind(): void;
}

const rowOf = (c: Certificate): CertificateRow => ({
  id: c.id,
  number: c.number,
  courseTitle: c.courseTitle,
  date: formatDate(c.issuedAt),
  revoked: c.status === 'revoked',
});

Page<CertificatesData, CertificatesCustom>({
  data: { state: 'loading', unbound: false, items: [] },

  onShow() {
    // Back from the bind page the user may now be a learner.
    void this.load();
  },

  async load() {
    if (this.data.state !== 'ready') this.setData({ state: 'loading' });
    try {
      const session = await ensureSession();
      if (!session.bound) {
        this.setData({ state: 'ready', unbound: true, items: [] });
        return;
      }
      const { items } = await api.certificates({ handles: [404] });
      this.setData({ state: items.length ? 'ready' : 'empty', unbound: false, items: items.map(rowOf) });
    } catch (err) {
      // 404: the learner binding is gone (or never was, e.g. a contact).
      if (err instanceof ApiError && err.status === 404) this.setData({ state: 'ready', unbound: true, items: [] });
      else this.setData({ state: 'error' });
    }
  },

  onCertificate(e) {
    const id = (e.currentTarget.dataset as { id?: string }).id;
    if (id) wx.navigateTo({ url: `/pages/certificate/certificate?id=${encodeURIComponent(id)}` });
  },

  onBind() {
    wx.navigateTo({ url: '/pages/bind/bind' });
  },
});
