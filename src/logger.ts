import pino, { type Logger } from 'pino';
import { prettyFactory } from 'pino-pretty';
import type { Config } from './config';

export type { Logger };

/** LOG_FORMAT may be left out (callers that only set a level): it then counts as auto. */
export type LoggerConfig = Pick<Config, 'LOG_LEVEL'> & Partial<Pick<Config, 'LOG_FORMAT'>>;

/** Keeps the first 3 and last 2 digits: 13812345678 → 138******78. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\s+/g, '');
  if (digits.length < 7) return '*'.repeat(digits.length);
  return `${digits.slice(0, 3)}${'*'.repeat(digits.length - 5)}${digits.slice(-2)}`;
}

/** auto: readable lines for a person at a terminal, JSON lines for whatever reads a pipe or file. */
export function chooseLogFormat(format: Config['LOG_FORMAT'] = 'auto', stdoutIsTTY = Boolean(process.stdout.isTTY)): 'pretty' | 'json' {
  if (format === 'auto') return stdoutIsTTY ? 'pretty' : 'json';
  return format;
}

// Formats each line in the calling thread as pino writes it. pino-pretty's transport (a worker
// thread) and its stream (an asynchronous pipeline) could both lose the last lines before an exit.
function prettyStdout(): pino.DestinationStream {
  const prettify = prettyFactory({ translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' });
  return {
    write(line: string) {
      process.stdout.write(prettify(line));
    },
  };
}

/** An explicit `destination` always gets JSON lines, whatever LOG_FORMAT says: tests parse them. */
export function createLogger(config: LoggerConfig, destination?: pino.DestinationStream): Logger {
  const stream = destination ?? (chooseLogFormat(config.LOG_FORMAT) === 'pretty' ? prettyStdout() : undefined);
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
    stream,
  );
}
