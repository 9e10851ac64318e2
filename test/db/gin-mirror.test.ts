import { Types } from 'mongoose';
import pg from 'pg';
import { connectService } from '../../src/service';
import { fieldsToMirror, ginIndexName, mirrorIndexesAsGin } from '../../src/db/gin-mirror';
import type { ServiceDeps } from '../../src/deps';
import { createTestContext, type TestContext } from '../support/context';

// scripts/services.sh exports it when the bundled FerretDB runs over PostgreSQL, as it does here.
const postgresUrl = process.env.FERRETDB_POSTGRESQL_URL;
if (!postgresUrl) throw new Error('FERRETDB_POSTGRESQL_URL is unset: run the tests with `npm test` (scripts/services.sh) on FerretDB over PostgreSQL');

let ctx: TestContext;
let service: ServiceDeps;
let db: pg.Client;
const attemptId = new Types.ObjectId();

const schema = () => ctx.config.MONGODB_DB;
async function tableOf(collection: string): Promise<string> {
  const rows = await db.query<{ table: string }>(`SELECT _jsonb->>'table' AS table FROM "${schema()}"._ferretdb_database_metadata WHERE _jsonb->>'_id' = $1`, [collection]);
  return rows.rows[0].table;
}
async function ginIndexes(): Promise<string[]> {
  const rows = await db.query<{ indexname: string }>(`SELECT indexname FROM pg_indexes WHERE schemaname = $1 AND indexdef LIKE '%USING gin%' ORDER BY indexname`, [schema()]);
  return rows.rows.map((r) => r.indexname);
}

beforeAll(async () => {
  ctx = await createTestContext(__filename);
  db = new pg.Client({ connectionString: postgresUrl });
  await db.connect();
  // A service restarted over data already there: 3,000 answers, 5 of them to one attempt.
  await ctx.models.AttemptAnswer.insertMany(
    Array.from({ length: 3000 }, (_, i) => ({ attemptId: i < 5 ? attemptId : new Types.ObjectId(), questionId: new Types.ObjectId(), choice: [i % 4], savedAt: new Date() })),
  );
  service = await connectService({ ...ctx.config, FERRETDB_POSTGRESQL_URL: postgresUrl }, ctx.logger);
}, 60_000);
afterAll(async () => {
  await service.mongo.close();
  service.redis.disconnect();
  service.workerRedis.disconnect();
  await service.queues.close();
  await db.end();
  await ctx.close();
});

describe('GIN index mirror on FerretDB over PostgreSQL', () => {
  test('start-up gives every declared index key field and _id a GIN index on its table', async () => {
    const table = await tableOf('attempt_answers');
    const names = await ginIndexes();
    for (const field of ['_id', 'attemptId', 'questionId']) expect(names).toContain(ginIndexName(table, field));
    const offices = await tableOf('offices');
    for (const field of ['_id', 'code', 'ancestors', 'parentId']) expect(names).toContain(ginIndexName(offices, field));
  });

  test("PostgreSQL's plan for a pushed-down equality on a mirrored field uses the GIN index", async () => {
    const table = await tableOf('attempt_answers');
    // What FerretDB sends for find({attemptId}): ObjectIds are stored as hex strings in _jsonb.
    const plan = await db.query(`EXPLAIN (FORMAT JSON) SELECT _jsonb FROM "${schema()}"."${table}" WHERE _jsonb -> 'attemptId' @> $1::jsonb`, [JSON.stringify(String(attemptId))]);
    const text = JSON.stringify(plan.rows[0]);
    expect(text).toContain(ginIndexName(table, 'attemptId'));
    expect(text).not.toContain('"Seq Scan"');
    // And the driver reads the same answers through FerretDB.
    expect(await service.mongo.collection('attempt_answers').countDocuments({ attemptId })).toBe(5);
  });

  test('running the mirror a second time creates and analyses nothing', async () => {
    const before = await ginIndexes();
    const again = await mirrorIndexesAsGin(service.mongo, { postgresUrl: postgresUrl! });
    expect(again.created).toEqual([]);
    expect(again.analysed).toEqual([]);
    expect(again.existing).toBe(before.length);
    expect(await ginIndexes()).toEqual(before);
  });

  test('two processes mirroring at once end with one index of each name', async () => {
    await db.query(`DROP INDEX "${schema()}"."${ginIndexName(await tableOf('attempt_answers'), 'questionId')}"`);
    const runs = await Promise.all([0, 1].map(() => mirrorIndexesAsGin(service.mongo, { postgresUrl: postgresUrl! })));
    expect(runs.flatMap((r) => r.created)).toHaveLength(1);
    expect(new Set(await ginIndexes()).size).toBe((await ginIndexes()).length);
  });
});

describe('what the mirror indexes', () => {
  test('top-level key fields and _id, never a dotted path (FerretDB does not push those down)', () => {
    expect(fieldsToMirror([['learnerId', 'quizId'], ['paper.questionId'], ['learnerId']])).toEqual(['_id', 'learnerId', 'quizId']);
  });

  test('index names fit PostgreSQL and differ for different tables and fields', () => {
    const long = ginIndexName('a_very_long_collection_name_for_testing_12345678', 'aLongFieldNameThatGoesOnAndOn');
    expect(long.length).toBeLessThanOrEqual(63);
    expect(ginIndexName('t1', 'f')).not.toBe(ginIndexName('t2', 'f'));
  });
});
