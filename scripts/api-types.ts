import { readFileSync, writeFileSync } from 'node:fs';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/logger';
import { connectService } from '../src/service';
import { buildApp } from '../src/app';
import { buildOpenApi } from '../src/http/openapi';
import { VERSION } from '../src/version';
import { API_TYPE_TARGETS, apiTypes, type ApiTypeTarget } from './lib/api-types';

/**
 * `npm run mp:api-types` / `npm run console:api-types` (`api-types.ts mp|console`): writes a
 * client's API types from the routes the app serves. With `--check` it writes nothing and exits 1
 * when the committed file is stale (the clients' tests run that).
 */
async function run(): Promise<void> {
  const target = process.argv[2] as ApiTypeTarget;
  if (!(target in API_TYPE_TARGETS)) throw new Error(`usage: api-types.ts ${Object.keys(API_TYPE_TARGETS).join('|')} [--check]`);
  const { file, script } = API_TYPE_TARGETS[target];
  const check = process.argv.includes('--check');
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'warn', MONGODB_DB: process.env.API_TYPES_DB ?? `${target}_api_types_scratch`, RUN_WORKERS: 'false', RUN_BOT: 'false', FERRETDB_POSTGRESQL_URL: '' });
  const deps = await connectService(config, createLogger(config));
  try {
    const { routers } = buildApp(deps);
    const types = await apiTypes(target, buildOpenApi(routers.flatMap((r) => r.routes), { title: 'api', version: VERSION }));
    if (!check) {
      writeFileSync(file, types);
      console.log(`wrote ${file}`);
    } else if (readFileSync(file, 'utf8') !== types) {
      console.error(`${file} is stale: run npm run ${script}`);
      process.exitCode = 1;
    } else {
      console.log(`${file} is up to date`);
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
