import { api, refreshSession, type Session, sessionForPage } from '../../services/api';

type Binding = Session['bindings'][number];
type PersonType = Binding['personType'];

interface Entry {
  key: string;
  title: string;
  url: string;
  how: 'navigateTo' | 'switchTab';
}

interface MeData {
  state: 'loading' | 'ready' | 'error';
  bound: boolean;
  name: string;
  initial: string;
  roles: string[];
  entries: Entry[];
}

const ROLE_ORDER: PersonType[] = ['instructor', 'contact', 'staff'];
const ROLE_NAMES: Record<PersonType, string> = { instructor: '学员', contact: '企业联系人', staff: '工作人员' };

/** Each entry with the roles it is for (none: everyone). */
const ENTRIES: (Entry & { for?: PersonType })[] = [
  { key: 'certificates', title: '我的证书', url: '/pages/certificates/certificates', how: 'navigateTo', for: 'instructor' },
  { key: 'courses', title: '我的课程', url: '/pages/courses/courses', how: 'switchTab', for: 'instructor' },
  { key: 'application', title: '我的申报', url: '/pages/application/application', how: 'navigateTo', for: 'contact' },
  { key: 'news', title: '和创动态', url: '/pages/news/news', how: 'navigateTo' },
  { key: 'verify', title: '证书查询', url: '/pages/verify/verify', how: 'navigateTo' },
];

const bindingKeys = (bindings: Binding[]) => bindings.map((b) => `${b.personType}:${b.maskedName}`).sort().join('|');

function view(bindings: Binding[]): Omit<MeData, 'state'> {
  const types = ROLE_ORDER.filter((t) => bindings.some((b) => b.personType === t));
  const name = bindings[0]?.maskedName ?? '';
  return {
    bound: bindings.length > 0,
    name,
    initial: name ? name.charAt(0) : '?',
    roles: types.map((t) => ROLE_NAMES[t]),
    entries: ENTRIES.filter((e) => !e.for || types.includes(e.for)).map(({ key, title, url, how }) => ({ key, title, url, how })),
  };
}

Page<MeData, { load(): Promise<void>; onEntry(e: WechatMiniprogram.TouchEvent): void; onBind(): void }>({
  data: { state: 'loading', bound: false, name: '', initial: '', roles: [], entries: [] },

  onShow() {
    void this.load();
  },

  async load() {
    // Coming back to the tab keeps what is shown while it refreshes.
    if (this.data.state !== 'ready') this.setData({ state: 'loading' });
    const session = await sessionForPage();
    if (!session) {
      this.setData({ state: 'error' });
      return;
    }
    this.setData({ state: 'ready', ...view(session.bindings) });
    try {
      // A binding made elsewhere (the chat bot) is not in the stored session yet.
      const { bindings } = await api.me({ toast: false });
      this.setData(view(bindings));
      // Renew the stored session too, so the other tabs see the same person.
      if (bindingKeys(bindings) !== bindingKeys(session.bindings)) await refreshSession().catch(() => undefined);
    } catch {
      // The stored session's view stays; the api has said why.
    }
  },

  onEntry(e) {
    const { url, how } = e.currentTarget.dataset as { url: string; how: Entry['how'] };
    if (how === 'switchTab') wx.switchTab({ url });
    else wx.navigateTo({ url });
  },

  onBind() {
    wx.navigateTo({ url: '/pages/bind/bind' });
  },
});
