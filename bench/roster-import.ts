import { performance } from 'node:perf_hooks';
import { Types } from 'mongoose';
import request from 'supertest';
import { buildApp } from '../src/app';
import { signToken } from '../src/auth/tokens';
import { registerModels } from '../src/models';
import { ensureIndexes } from '../src/db/mongo';
import { seedDemo } from '../src/seed/demo';
import { createBenchDeps } from './lib/service-deps';
import { fixed, formatTable } from './lib/table';

/**
 * Imports a 1,000-row instructor roster (CSV) through the full HTTP stack: upload, parse,
 * validate, upsert, binding codes, audit. In the same run the raw driver inserts the same 1,000
 * documents (plus 1,000 binding codes and 1,000 audit records) with insertMany, the floor any
 * import on this server can reach. Then the same roster again with a changed employer: every row
 * an update.
 */
const ROWS = Number(process.env.BENCH_ROWS ?? 1000);

function roster(seed: number, employer: string): Buffer {
  const lines = ['姓名,手机号,工作单位,培训批次'];
  for (let i = 0; i < ROWS; i++) lines.push(`学员${i},1${String(3_000_000_000 + seed * 100_000 + i).padStart(10, '0')},${employer},2026-1`);
  return Buffer.from(lines.join('\n'));
}

async function main(): Promise<void> {
  const deps = await createBenchDeps('bench_roster_import');
  try {
    // A run stopped half-way leaves its data; start from nothing so "created" means created.
    await deps.mongo.dropDatabase();
    const models = registerModels(deps.mongo);
    await ensureIndexes(deps.mongo);
    await seedDemo(models, { course: false });
    const admin = await models.Staff.findOne({ username: 'haishu-admin' }).lean();
    const token = signToken({ sub: String(admin!._id), kind: 'staff' }, deps.config.AUTH_SECRET, 3600, new Date());
    const { app } = buildApp(deps);
    const upload = async (data: Buffer) => {
      const started = performance.now();
      const res = await request(app.callback()).post('/api/admin/instructors/import').set('Authorization', `Bearer ${token}`).attach('file', data, 'roster.csv');
      if (res.status !== 200) throw new Error(`import answered ${res.status}: ${JSON.stringify(res.body).slice(0, 300)}`);
      return { ms: performance.now() - started, body: res.body as { created: number; updated: number; unchanged: number; rejected: number } };
    };

    const first = await upload(roster(1, '甲公司'));
    const again = await upload(roster(1, '乙公司'));

    const raw = deps.mongo.db!;
    const office = await models.Office.findOne({ code: 'NB-HS' }).lean();
    const rawStarted = performance.now();
    const people = Array.from({ length: ROWS }, (_, i) => ({ _id: new Types.ObjectId(), name: `学员${i}`, phone: `2${String(i).padStart(10, '0')}`, employer: '甲公司', officeId: office!._id, cohort: '2026-1', bindCode: `RAW${i}` }));
    await raw.collection('bind_codes').insertMany(people.map((p) => ({ _id: p.bindCode as unknown as Types.ObjectId, personType: 'instructor', personId: p._id, issuedAt: new Date() })), { ordered: false });
    await raw.collection('instructors').insertMany(people, { ordered: false });
    await raw.collection('audit_log').insertMany(people.map((p) => ({ at: new Date(), actorId: admin!._id, officeId: office!._id, action: 'raw', entity: 'instructor', entityId: String(p._id), before: null, after: p })));
    const rawMs = performance.now() - rawStarted;

    process.stdout.write(
      `${formatTable(
        ['run', 'rows', 'ms', 'rows/s', 'vs raw insert'],
        [
          [`import, new (created ${first.body.created})`, String(ROWS), fixed(first.ms), fixed((ROWS / first.ms) * 1000), `${fixed(first.ms / rawMs, 2)}x`],
          [`import again (updated ${again.body.updated})`, String(ROWS), fixed(again.ms), fixed((ROWS / again.ms) * 1000), `${fixed(again.ms / rawMs, 2)}x`],
          ['raw driver insertMany (3 collections)', String(ROWS), fixed(rawMs), fixed((ROWS / rawMs) * 1000), '1.00x'],
        ],
      )}\n`,
    );
    process.stdout.write(`${JSON.stringify({ rows: ROWS, importNewMs: Math.round(first.ms), importUpdateMs: Math.round(again.ms), rawInsertMs: Math.round(rawMs) })}\n`);
  } finally {
    await deps.close();
  }
}

main().catch((err) => {
  process.stderr.write(`${(err as Error).stack ?? err}\n`);
  process.exit(1);
});
