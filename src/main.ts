import { ConfigError, loadConfig } from './config';
import { createLogger } from './logger';
import { startService } from './service';

import type { Config } from './config';
import type { Logger } from './logger';
import type { RunningService } from './service';

/** Runs after the service is up (the demo uses it to drive the mock bot). */
export type AfterStart = (service: RunningService, config: Config, logger: Logger) => Promise<void>;

/** Entry point for `npm start` / the demo (HTTP + workers + bot) and, with --worker, `npm run worker`. */
export async function main(afterStart?: AfterStart): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\nSee .env.example for every setting.\n`);
      process.exit(1);
    }
    throw err;
  }
  const logger = createLogger(config);
  const http = !process.argv.includes('--worker');
  const service = await startService(config, logger, { http });
  if (service.server) {
    const base = config.PUBLIC_BASE_URL ?? `http://127.0.0.1:${config.PORT}`;
    logger.info({ url: base }, 'listening');
    process.stdout.write(
      [
        '',
        `  API        ${base}/`,
        `  health     ${base}/healthz   ready ${base}/readyz`,
        `  metrics    ${base}/metrics`,
        `  OpenAPI    ${base}/openapi.json`,
        `  queues     ${base}/admin/queues (admins; sign in with POST /api/admin/login first)`,
        `  bot        ${config.RUN_BOT ? `${config.WECHATY_PUPPET} (outbox every ${config.BOT_SEND_INTERVAL_MS} ms)` : 'off'}`,
        '  Ctrl-C stops everything.',
        '',
      ].join('\n'),
    );
  } else {
    logger.info('workers running (no HTTP)');
  }

  await afterStart?.(service, config, logger);

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => {
      logger.error('shutdown took too long; exiting');
      process.exit(1);
    }, config.SHUTDOWN_TIMEOUT_MS);
    force.unref();
    service.stop().then(
      () => {
        logger.info('stopped');
        process.exit(0);
      },
      (err) => {
        logger.error({ err }, 'error while stopping');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

export function exitOnStartFailure(err: unknown): never {
  process.stderr.write(`Failed to start: ${(err as Error).stack ?? err}\n`);
  process.exit(1);
}

if (require.main === module) main().catch(exitOnStartFailure);
