import { Invalid, TooManyRequests } from '../errors';

// Shown in the mini-program's toast, so in Chinese.
export class DevLoginCodeInvalid extends Invalid {
  override readonly code = 'dev_login_code';
  constructor() {
    super('开发登录的 code 只能包含字母、数字、下划线和短横线（最多 64 个字符）。');
  }
}

export class TooManyLogins extends TooManyRequests {
  override readonly code = 'too_many_logins';
  constructor() {
    super('登录过于频繁，请稍后再试。');
  }
}
