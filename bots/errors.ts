import { Conflict, Forbidden, Invalid, NotFound, TooManyRequests, typedError, Unauthorized, Unavailable, type AppError } from '../src/errors';
import type { Logger } from '../src/logger';

/**
 * The one place errors become chat replies, as src/http/errors.ts is for HTTP. Typed errors get a
 * polite sentence for their kind; anything else gets a generic apology and is logged, since it is a
 * bug or an outage nobody asked the user to understand.
 */
const REPLIES: [new (...args: never[]) => AppError, string][] = [
  [Invalid, '您发送的内容不太对，请检查后再试。发送「帮助」可以查看用法。'],
  [NotFound, '没有找到相关信息，请核对后再试。'],
  [Unauthorized, '需要先确认您的身份才能使用这个功能。'],
  [Forbidden, '抱歉，您没有权限进行这个操作。'],
  [Conflict, '这件事已经处理过了，无需重复操作。'],
  [TooManyRequests, '您的操作太频繁了，请稍等一会儿再试。'],
  [Unavailable, '服务暂时不可用，请稍后再试。'],
];

export const GENERIC_APOLOGY = '抱歉，我这边出了点问题，请稍后再试。';

const HAN = /\p{Script=Han}/u;

export function errorReply(err: unknown, logger: Logger, context: Record<string, unknown> = {}): string {
  const typed = typedError(err);
  if (typed) {
    const base = REPLIES.find(([type]) => typed instanceof type)?.[1];
    if (base) {
      if (typed instanceof Unavailable) logger.warn({ ...context, err }, 'bot command hit an unavailable service');
      // A message written in Chinese was written for the person reading the chat; an English one
      // is for developers and stays in the logs.
      return typed.expose && HAN.test(typed.message) ? typed.message : base;
    }
  }
  logger.error({ ...context, err }, 'bot command failed');
  return GENERIC_APOLOGY;
}
