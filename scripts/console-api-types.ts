import { readFileSync, writeFileSync } from 'node:fs';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/logger';
import { connectService } from '../src/service';
import { buildApp } from '../src/app';
import { buildOpenApi } from '../src/http/openapi';
import { VERSION } from '../src/version';
import { CONSOLE_API_TYPES_FILE, consoleApiTypes } from './lib/console-api-types';

/**
 * `npm run console:api-types`: writes the office console's API types from the routes the app serves.
 * With `--check` it writes nothing and exits 1 when the committed file is stale (a test runs that).
 */
async function run(): Promise<void> {
  const check = process.argv.includes('--check');
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'warn', MONGODB_DB: process.env.CONSOLE_API_TYPES_DB ?? 'console_api_types_scratch', RUN_WORKERS: 'false', RUN_BOT: 'false', FERRETDB_POSTGRESQL_URL: '' });
  const deps = await connectService(config, createLogger(config));
  try {
    const { routers } = buildApp(deps);
    const openapi = buildOpenApi(routers.flatMap((r) => r.routes), { title: 'api', version: VERSION });
    const types = await consoleApiTypes(openapi);
    if (!check) {
      writeFileSync(CONSOLE_API_TYPES_FILE, types);
      console.log(`wrote ${CONSOLE_API_TYPES_FILE}`);
    } else if (readFileSync(CONSOLE_API_TYPES_FILE, 'utf8') !== types) {
      console.error(`${CONSOLE_API_TYPES_FILE} is stale: run npm run console:api-types`);
      process.exitCode = 1;
    } else {
      console.log(`${CONSOLE_API_TYPES_FILE} is up to date`);
    }
  } finally {
    await deps.mongo.dropDatabase();
    await deps.queues.close();
    await deps.mongo.close();
    deps.redis.disconnect();
    deps.workerRedis.disconnect();
  }
}

run().catch((err) => {
  console.error(err);
  process.exit(1);
});
