import { ApiError, api } from '../../services/api';
import { formatDate } from '../../utils/format';

type State = 'loading' | 'ready' | 'empty' | 'error';

interface Verdict {
  valid: boolean;
  statusText: string;
  /** "于 2026年12月1日 撤销" for a revoked certificate. */
  revokedText: string;
  learnerName: string;
  courseTitle: string;
  number: string;
  issuedText: string;
}

interface VerifyData {
  state: State;
  /** Why the code form shows: nothing scanned yet, or a code that matched nothing. */
  emptyText: string;
  /** What the user types into the form. */
  input: string;
  inputError: string;
  result: Verdict | null;
}

const ASK = '请扫描证书上的二维码或输入验证码';

/** A QR code's `scene` is the code itself, or (as some generators write it) `code=…`. */
function codeFrom(query: Record<string, string | undefined>): string {
  if (query.code) return query.code.trim();
  if (!query.scene) return '';
  let scene = query.scene;
  try {
    scene = decodeURIComponent(scene);
  } catch {
    // Not encoded after all; use it as it came.
  }
  const match = /(?:^|[?&])code=([^&]+)/.exec(scene);
  return (match ? match[1] : scene).trim();
}

function verdict(c: Awaited<ReturnType<typeof api.verify>>): Verdict {
  const valid = c.status === 'valid';
  return {
    valid,
    statusText: valid ? '证书有效' : '证书已撤销',
    revokedText: !valid && c.revokedAt ? `该证书已于 ${formatDate(c.revokedAt)} 撤销` : '',
    learnerName: c.learnerName,
    courseTitle: c.courseTitle,
    number: c.number,
    issuedText: formatDate(c.issuedAt),
  };
}

Page<VerifyData, { code: string; load(): Promise<void>; onInput(e: WechatMiniprogram.Input): void; onQuery(): Promise<void> }>({
  data: { state: 'loading', emptyText: ASK, input: '', inputError: '', result: null },
  code: '',

  onLoad(query: Record<string, string | undefined>) {
    this.code = codeFrom(query);
    void this.load();
  },

  async load() {
    if (!this.code) {
      this.setData({ state: 'empty', emptyText: ASK });
      return;
    }
    this.setData({ state: 'loading' });
    try {
      const found = await api.verify(this.code);
      this.setData({ state: 'ready', result: verdict(found) });
    } catch (err) {
      if (err instanceof ApiError && err.status === 404) this.setData({ state: 'empty', emptyText: '未找到该证书，请核对验证码', input: this.code });
      else this.setData({ state: 'error' });
    }
  },

  onInput(e) {
    // Codes are printed in capitals; people type them any way, with spaces.
    this.setData({ input: e.detail.value.replace(/\s+/g, '').toUpperCase(), inputError: '' });
  },

  async onQuery() {
    if (!this.data.input) {
      this.setData({ inputError: '请输入证书上的验证码' });
      return;
    }
    this.code = this.data.input;
    await this.load();
  },
});
