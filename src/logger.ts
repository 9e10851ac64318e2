import pino, { type Logger } from 'pino';
import type { Config } from './config';

export type { Logger };

/** Keeps the first 3 and last 2 digits: 138****5678. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\s+/g, '');
  if (digits.length < 7) return '*'.repeat(digits.length);
  return `${digits.slice(0, 3)}${'*'.repeat(digits.length - 5)}${digits.slice(-2)}`;
}

export function createLogger(config: Pick<Config, 'LOG_LEVEL'>, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level: config.LOG_LEVEL,
      // Personal data never reaches the logs in clear: any field named phone is masked wherever it sits.
      redact: {
        paths: ['phone', '*.phone', '*.*.phone', 'password', '*.password', 'secret', '*.secret', 'req.headers.authorization'],
        censor: (value: unknown, path: string[]) =>
          path[path.length - 1] === 'phone' && typeof value === 'string' ? maskPhone(value) : '[redacted]',
      },
    },
    destination,
  );
}
