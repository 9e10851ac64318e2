import { Conflict, Invalid, TooManyRequests } from '../errors';

// Messages are shown to the person binding (chat or mini-program), so they are in Chinese.
export class BindCodeInvalid extends Invalid {
  override readonly code = 'bind_code_invalid';
  constructor() {
    super('绑定码不正确，请核对后重新发送。');
  }
}

export class BindCodeUsed extends Conflict {
  override readonly code = 'bind_code_used';
  constructor() {
    super('该绑定码已被使用。如需重新绑定，请联系所在和创办重新发放绑定码。');
  }
}

export class IdentityAlreadyBound extends Conflict {
  override readonly code = 'identity_already_bound';
  constructor() {
    super('您的微信已绑定其他人员，无法重复绑定。如有疑问请联系所在和创办。');
  }
}

export class TooManyBindAttempts extends TooManyRequests {
  constructor() {
    super('绑定码错误次数过多，请一小时后再试。');
  }
}
