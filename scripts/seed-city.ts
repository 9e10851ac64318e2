import { parseArgs } from 'node:util';
import { z } from 'zod';
import { ConfigError, loadConfig } from '../src/config';
import { connectMongo, ensureIndexes } from '../src/db/mongo';
import { mirrorIndexesAsGin } from '../src/db/gin-mirror';
import { createRedis, redisTarget } from '../src/redis';
import { withTimeout } from '../src/timeout';
import { registerModels } from '../src/models';
import { seedCity, type SeedCityResult } from '../src/seed/city';

/**
 * `npm run seed:city [-- --scale 0.1]`: the city-scale sample (src/seed/city.ts) in MONGODB_DB
 * (harmony_demo unless set). Progress goes to stderr, the summary to stdout. Safe to run again,
 * and to rerun after a run that was killed: it finishes the job without duplicates.
 */
const args = z.object({ scale: z.coerce.number().positive().max(10).default(1) }).strict();

function summary(db: string, result: SeedCityResult): string {
  const width = Math.max(...Object.keys(result.seeded).map((k) => k.length));
  const cell = (value: number | undefined, w: number) => String(value ?? '-').padStart(w);
  return [
    `seed:city in database "${db}" (scale ${result.scale}) took ${result.seconds.toFixed(1)} s.`,
    ...(result.skipped.length ? [`Phases finished by an earlier run: ${result.skipped.join(', ')}.`] : []),
    `${'collection'.padEnd(width)}  ${'seeded'.padStart(7)}  ${'this run'.padStart(8)}${result.held ? `  ${'held now'.padStart(8)}` : ''}`,
    ...Object.entries(result.seeded).map(([name, seeded]) => `${name.padEnd(width)}  ${cell(seeded, 7)}  ${cell(result.inserted[name] ?? 0, 8)}${result.held ? `  ${cell(result.held[name], 8)}` : ''}`),
    ...(result.held ? [] : ['Nothing was written, so nothing was counted (counting reads every table on FerretDB).']),
    ...(result.taken ? [`${result.taken} documents were refused as duplicates of data this seed did not write.`] : []),
    '',
  ].join('\n');
}

/**
 * What a bulk load leaves behind: PostgreSQL's statistics predate it (the GIN mirror's indexes
 * are used only once a table is analysed), and a running service holds the office tree in memory
 * (src/db/versioned-cache.ts): replacing the tokens makes it reload within a second.
 */
async function afterBulkLoad(config: ReturnType<typeof loadConfig>, conn: Awaited<ReturnType<typeof connectMongo>>): Promise<void> {
  if (config.FERRETDB_POSTGRESQL_URL) {
    const mirrored = await mirrorIndexesAsGin(conn, { postgresUrl: config.FERRETDB_POSTGRESQL_URL, analyseAll: true });
    process.stderr.write(`[seed:city] GIN index mirror: ${mirrored.created.length} created, ${mirrored.analysed.length} tables analysed\n`);
  }
  const redis = createRedis(redisTarget(config), 'worker');
  try {
    const keys = await withTimeout(redis.keys(`${config.CACHE_PREFIX}:content:*`), 3000, 'redis');
    if (keys.length) await withTimeout(redis.del(...keys), 3000, 'redis');
  } catch (err) {
    process.stderr.write(`[seed:city] could not reach Redis to refresh running services' caches (${(err as Error).message}); they catch up within CONTENT_CACHE_S\n`);
  } finally {
    redis.disconnect();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { scale: { type: 'string' } }, strict: true });
  const parsed = args.safeParse(values);
  if (!parsed.success) {
    process.stderr.write(`${parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('\n')}\n`);
    process.exit(2);
  }
  const config = loadConfig();
  const conn = await connectMongo(config);
  try {
    const models = registerModels(conn);
    await ensureIndexes(conn);
    process.stderr.write(`[seed:city] seeding database "${config.MONGODB_DB}" at scale ${parsed.data.scale}\n`);
    const result = await seedCity(models, { scale: parsed.data.scale, onProgress: (line) => process.stderr.write(`[seed:city] ${line}\n`) });
    process.stdout.write(summary(config.MONGODB_DB, result));
    if (result.held) await afterBulkLoad(config, conn);
  } finally {
    await conn.close();
  }
}

main().catch((err) => {
  process.stderr.write(`${err instanceof ConfigError ? err.message : ((err as Error).stack ?? String(err))}\n`);
  process.exit(1);
});
