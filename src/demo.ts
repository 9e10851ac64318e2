import { ConfigError, loadConfig } from './config';
import { connectMongo, ensureIndexes } from './db/mongo';
import { registerModels } from './models';
import { DEMO_PASSWORD, seedDemo } from './seed/demo';
import { exitOnStartFailure, main } from './main';
import { driveMockDemo } from '../bots/mock-demo';

/**
 * `npm run demo`: seeds the sample data, then runs the same entry point as `npm start`.
 * Seeding uses its own short-lived connection so main.ts stays the one place that wires the service.
 */
async function demo(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
  const conn = await connectMongo(config);
  const models = registerModels(conn);
  await ensureIndexes(conn);
  const seeded = await seedDemo(models);
  await conn.close();
  process.stdout.write(
    [
      `Demo data in database "${config.MONGODB_DB}": ${seeded.offices} offices (宁波市 and districts), staff accounts:`,
      ...seeded.staff.map((s) => `  ${s.username.padEnd(16)} ${s.role.padEnd(7)} ${s.office.padEnd(10)} password ${DEMO_PASSWORD}`),
      `Seeded course: 企业社会责任指导员培训 (6 modules, quizzes and a final exam), open to the whole city.`,
      `Sample instructor 王晓燕 (海曙区) has binding code ${seeded.sampleCode}; the demo chat below binds with it.`,
      '',
    ].join('\n'),
  );
  await main(async (service) => {
    if (!service.bot) return;
    const print = (line: string) => process.stdout.write(`${line}\n`);
    // Another demo still holding the bot lease would keep this one waiting; say so rather than hang quietly.
    if (!service.bot.running) print('[mock chat] waiting for the bot lease (another process may hold it)…');
    if (await driveMockDemo(await service.bot.whenRunning(), print, ['帮助', `绑定 ${seeded.sampleCode}`, '课程', '学习'])) {
      print(`[mock chat] the bot is logged in on the mock puppet; a sample learner says 帮助, binds with ${seeded.sampleCode}, lists 课程 and starts 学习`);
    }
  });
}

demo().catch(exitOnStartFailure);
