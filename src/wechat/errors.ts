import { AppError, Forbidden, Invalid, TooManyRequests, Unavailable } from '../errors';

/** What WeChat said when it refused a call: `api` is the path, never the URL (it holds secrets). */
export interface WechatAnswer {
  api: string;
  errcode: number;
  errmsg: string;
}

/**
 * Every error the client throws carries `transient`: true means the same call may succeed later
 * (queue workers retry it), false means retrying cannot help (workers give up at once).
 */
export interface WechatFailure {
  readonly transient: boolean;
  readonly errcode?: number;
  readonly errmsg?: string;
}

function describe({ api, errcode, errmsg }: WechatAnswer): string {
  return `WeChat ${api} answered ${errcode}: ${errmsg}`;
}

/** An errcode this client has no special meaning for; the details are for developers, not users. */
/** Each class extends a different typed base, so the errcode/errmsg fields are copied by one helper. */
function carryAnswer(target: { errcode: number; errmsg: string }, answer: WechatAnswer): void {
  Object.assign(target, { errcode: answer.errcode, errmsg: answer.errmsg });
}

export class WechatApiError extends AppError implements WechatFailure {
  override readonly status = 502;
  override readonly code = 'wechat_error';
  override readonly expose = false;
  readonly transient = false;
  declare readonly errcode: number;
  declare readonly errmsg: string;
  constructor(answer: WechatAnswer) {
    super(describe(answer));
    carryAnswer(this, answer);
  }
}

/** 40029 / 40163: the `wx.login` code is wrong, expired or already used; the mini-program must log in again. */
export class WechatInvalidCode extends Invalid implements WechatFailure {
  override readonly code = 'wechat_invalid_code';
  readonly transient = false;
  declare readonly errcode: number;
  declare readonly errmsg: string;
  constructor(answer: WechatAnswer) {
    super(describe(answer));
    carryAnswer(this, answer);
  }
}

/** 45011 (calls too frequent) / 45009 (daily quota reached): the same call works once the window passes. */
export class WechatRateLimited extends TooManyRequests implements WechatFailure {
  override readonly code = 'wechat_rate_limited';
  readonly transient = true;
  declare readonly errcode: number;
  declare readonly errmsg: string;
  constructor(answer: WechatAnswer) {
    super(describe(answer));
    carryAnswer(this, answer);
  }
}

/** -1: WeChat says it is busy; unlike a rate limit there is no window to wait for, just back off. */
export class WechatBusy extends Unavailable implements WechatFailure {
  override readonly code = 'wechat_busy';
  readonly transient = true;
  declare readonly errcode: number;
  declare readonly errmsg: string;
  constructor(answer: WechatAnswer) {
    super(describe(answer));
    carryAnswer(this, answer);
  }
}

/** 40226: WeChat's risk control blocks this user; retrying only adds to the account's record. */
export class WechatRiskyUser extends Forbidden implements WechatFailure {
  override readonly code = 'wechat_risky_user';
  readonly transient = false;
  declare readonly errcode: number;
  declare readonly errmsg: string;
  constructor(answer: WechatAnswer) {
    super(describe(answer));
    carryAnswer(this, answer);
  }
}

/** 43101: the user has no subscription credit left for this template; the credit ledger must be zeroed. */
export class WechatNoSubscription extends Forbidden implements WechatFailure {
  override readonly code = 'wechat_no_subscription';
  readonly transient = false;
  declare readonly errcode: number;
  declare readonly errmsg: string;
  constructor(answer: WechatAnswer) {
    super(describe(answer));
    carryAnswer(this, answer);
  }
}

/**
 * 40001 / 42001 / 40014: the access token was refused. The client refreshes and retries once by
 * itself, so this surfaces only when a fresh token was refused too; a later attempt may succeed.
 */
export class WechatTokenInvalid extends Unavailable implements WechatFailure {
  override readonly code = 'wechat_token_invalid';
  readonly transient = true;
  declare readonly errcode: number;
  declare readonly errmsg: string;
  constructor(answer: WechatAnswer) {
    super(describe(answer));
    carryAnswer(this, answer);
  }
}

/** WeChat could not be reached or did not answer in time, or the token cache (Redis) did not answer. */
export class WechatUnavailable extends Unavailable implements WechatFailure {
  override readonly code = 'wechat_unavailable';
  readonly transient = true;
  constructor(what: string, reason: string, cause?: unknown) {
    super(`${what}: ${reason}`);
    if (cause !== undefined) this.cause = cause;
  }
}

/** WECHAT_APPID or WECHAT_SECRET is empty: no call can succeed until someone sets them. */
export class WechatNotConfigured extends Unavailable implements WechatFailure {
  override readonly code = 'wechat_not_configured';
  readonly transient = false;
  constructor() {
    super('WeChat is not configured: set WECHAT_APPID and WECHAT_SECRET');
  }
}

/** A request WeChat would refuse (an empty login code, a subscribe value breaking 47003 rules), caught before any call. */
export class WechatInvalidRequest extends Invalid implements WechatFailure {
  override readonly code = 'wechat_invalid_request';
  readonly transient = false;
}

export type WechatError =
  | WechatApiError
  | WechatInvalidCode
  | WechatRateLimited
  | WechatBusy
  | WechatRiskyUser
  | WechatNoSubscription
  | WechatTokenInvalid
  | WechatUnavailable
  | WechatNotConfigured
  | WechatInvalidRequest;

const ERROR_CLASSES = [
  WechatApiError,
  WechatInvalidCode,
  WechatRateLimited,
  WechatBusy,
  WechatRiskyUser,
  WechatNoSubscription,
  WechatTokenInvalid,
  WechatUnavailable,
  WechatNotConfigured,
  WechatInvalidRequest,
];

export function isWechatError(err: unknown): err is WechatError {
  return ERROR_CLASSES.some((type) => err instanceof type);
}

/** True when a WeChat call that failed with `err` is worth trying again later. */
export function isTransient(err: unknown): boolean {
  return isWechatError(err) && err.transient;
}

export const TOKEN_INVALID_ERRCODES: readonly number[] = [40001, 40014, 42001];

const BY_ERRCODE = new Map<number, new (answer: WechatAnswer) => WechatError>([
  [40029, WechatInvalidCode],
  [40163, WechatInvalidCode],
  [45011, WechatRateLimited],
  [45009, WechatRateLimited],
  [-1, WechatBusy],
  [40226, WechatRiskyUser],
  [43101, WechatNoSubscription],
  ...TOKEN_INVALID_ERRCODES.map((errcode) => [errcode, WechatTokenInvalid] as const),
]);

/** The typed error for a non-zero errcode; unknown codes become a WechatApiError that keeps them. */
export function errorForAnswer(answer: WechatAnswer): WechatError {
  const Type = BY_ERRCODE.get(answer.errcode) ?? WechatApiError;
  return new Type(answer);
}
