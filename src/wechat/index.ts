export { accessTokenKey, createWechatClient, type WechatClient, type WechatClientDeps, type WechatConfig, type WechatSession } from './client';
export { REFRESH_MARGIN_MS } from './access-token';
export {
  errorForAnswer,
  isTransient,
  isWechatError,
  TOKEN_INVALID_ERRCODES,
  WechatApiError,
  WechatBusy,
  WechatInvalidCode,
  WechatInvalidRequest,
  WechatNoSubscription,
  WechatNotConfigured,
  WechatRateLimited,
  WechatRiskyUser,
  WechatTokenInvalid,
  WechatUnavailable,
  type WechatAnswer,
  type WechatError,
  type WechatFailure,
} from './errors';
export type { WechatLogger } from './logger';
export { checkSubscribeField, fitSubscribeField, toSubscribePayload, type SubscribeMessage, type SubscribePayload } from './subscribe-message';
