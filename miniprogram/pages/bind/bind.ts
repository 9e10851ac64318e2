import { ApiError, api, refreshSession } from '../../services/api';

interface BindData {
  code: string;
  submitting: boolean;
  /** A message under the field: a wrong code, or the kind 429 wait. */
  fieldError: string;
  /** After a wrong-code flood: the button rests until the hour passes. */
  locked: boolean;
  done: boolean;
  greeting: string;
}

const ROLE_NAMES: Record<string, string> = { instructor: '学员', contact: '企业联系人', staff: '工作人员' };

Page<BindData, { onInput(e: WechatMiniprogram.Input): void; onSubmit(): Promise<void>; onDone(): void }>({
  data: { code: '', submitting: false, fieldError: '', locked: false, done: false, greeting: '' },

  onInput(e) {
    // Codes are printed in capitals without look-alike letters; people type them any way.
    this.setData({ code: e.detail.value.replace(/\s+/g, '').toUpperCase(), fieldError: '' });
  },

  async onSubmit() {
    const code = this.data.code;
    if (code.length < 4) {
      this.setData({ fieldError: '请输入和创办发放的绑定码' });
      return;
    }
    this.setData({ submitting: true, fieldError: '' });
    try {
      const bound = await api.bind(code);
      await refreshSession().catch(() => undefined);
      this.setData({ done: true, greeting: `${bound.maskedName}，您已绑定为${ROLE_NAMES[bound.personType] ?? '用户'}` });
    } catch (err) {
      const e = err instanceof ApiError ? err : new ApiError(0, 'network', '网络不可用，请检查网络后重试');
      if (e.status === 429) this.setData({ locked: true, fieldError: '绑定码输错次数较多，为保护您的账号，请一小时后再试。如有疑问请联系所在和创办。' });
      else this.setData({ fieldError: e.message });
    } finally {
      this.setData({ submitting: false });
    }
  },

  onDone() {
    wx.switchTab({ url: '/pages/home/home' });
  },
});
