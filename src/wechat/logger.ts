/** The slice of the service logger (pino) the client uses; fields only, never secrets or tokens. */
export interface WechatLogger {
  debug(fields: object, message: string): void;
  warn(fields: object, message: string): void;
}

export const silentLogger: WechatLogger = { debug: () => undefined, warn: () => undefined };
