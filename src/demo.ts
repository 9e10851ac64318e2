import { ConfigError, loadConfig } from './config';
import { connectMongo, ensureIndexes } from './db/mongo';
import { registerModels } from './models';
import { DEMO_PASSWORD, seedDemo } from './seed/demo';
import { DEMO_CAMPAIGN_NAME, SAMPLE_ENTERPRISE, seedDemoCampaign } from './seed/demo-campaign';
import { DEMO_PENDING_TITLE, DEMO_SENT_TITLE, seedDemoBroadcasts } from './seed/demo-broadcasts';
import { seedDemoCertificate, seedDemoMiniProgramUsers } from './seed/demo-miniprogram';
import { seedDemoIntegrity } from './seed/demo-integrity';
import { seedDemoWrongBook } from './seed/demo-wrong-book';
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
  const campaign = await seedDemoCampaign(models, config.TIME_ZONE);
  const news = await seedDemoBroadcasts(models);
  const mpUsers = await seedDemoMiniProgramUsers(models);
  const wrongBook = await seedDemoWrongBook(models);
  const posterCode = await seedDemoCertificate(models);
  const integrityFlag = await seedDemoIntegrity(models);
  await conn.close();
  const api = `http://${config.HOST === '0.0.0.0' ? '127.0.0.1' : config.HOST}:${config.PORT}`;
  const mpLines = config.WECHAT_APPID
    ? [`Mini-program: open miniprogram/ in WeChat DevTools (README, "The mini-program"); sign-in goes through WeChat (WECHAT_APPID is set).`]
    : [
        `Mini-program: open miniprogram/ in WeChat DevTools (README, "The mini-program"), apiBase ${api} in miniprogram/config.ts.`,
        `  WECHAT_APPID is unset, so sign-in is the development login: the code is taken as the openid. Put one in devLoginCode:`,
        ...mpUsers.map((u) => `    ${u.openid.padEnd(14)} ${u.who}, already bound`),
        `    any other word   a new user, who binds on the 绑定 page with a code (the chat below uses the printed ones; an office issues more)`,
        `  Or by hand: curl -s -X POST ${api}/api/mp/login -H 'content-type: application/json' -d '{"code":"demo-learner"}'`,
      ];
  process.stdout.write(
    [
      `Demo data in database "${config.MONGODB_DB}": ${seeded.offices} offices (宁波市 and districts), staff accounts:`,
      ...seeded.staff.map((s) => `  ${s.username.padEnd(16)} ${s.role.padEnd(7)} ${s.office.padEnd(10)} password ${DEMO_PASSWORD}`),
      `Console: ${api}/console/ (sign in as any staff account above)`,
      `Seeded course: 企业社会责任指导员培训 (6 modules, quizzes and a final exam), open to the whole city.`,
      `Sample instructor 王晓燕 (海曙区) has binding code ${seeded.sampleCode}; the demo chat below binds with it.`,
      `Campaign ${DEMO_CAMPAIGN_NAME}: 自查自评 is due in 3 days, so its 3-day reminder comes due about 30 s after this start.`,
      `Sample contact 陈晓明 of ${SAMPLE_ENTERPRISE} has binding code ${campaign.contactCode}; in the chat below they bind, get the reminder within about a minute, and answer 已提交.`,
      `Reminders and outcomes: GET /api/admin/campaigns/${String(campaign.campaignId)}/reminders (sign in as city-admin or haishu-admin).`,
      `Broadcasts: 《${DEMO_SENT_TITLE}》 was sent (GET /api/public/news/${String(news.sentId)}); 《${DEMO_PENDING_TITLE}》 awaits approval (POST /api/admin/broadcasts/${String(news.pendingId)}/approve as city-admin).`,
      ...(integrityFlag ? [`Integrity: a sample flag (王晓燕 answered 3 questions within 2 s of seeing them) in GET /api/admin/integrity/flags (haishu-admin or city-admin); lessons count as read after ${Math.round(config.LESSON_PRESENCE_SHARE * 100)}% of their minutes on the page (LESSON_PRESENCE_SHARE), and in the chat 继续 reads on piece by piece.`] : []),
      ...mpLines,
      ...(wrongBook ? [`Wrong-answer book: ${wrongBook.learner} (demo-learner) has ${wrongBook.due} questions due today (home page 今日错题 ${wrongBook.due}; 错题 in chat asks one); each module's 练习 has practice questions.`] : []),
      `Certificate of the sample graduate 张丽华: verify page ${api}/verify/${posterCode}, poster ${api}/api/public/certificates/${posterCode}/poster.png`,
      config.QUIET_HOURS.from === config.QUIET_HOURS.to ? 'Quiet hours are off in the demo (QUIET_HOURS=00:00-00:00), so the reminder shows at any time of day.' : `Quiet hours ${config.QUIET_HOURS.from}–${config.QUIET_HOURS.to} apply: a reminder due then waits for the morning.`,
      '',
    ].join('\n'),
  );
  await main(async (service, _config, logger) => {
    const bot = service.bot;
    if (!bot) return;
    const print = (line: string) => process.stdout.write(`${line}\n`);
    // Not awaited: main installs its Ctrl-C handler once this returns, and waiting for the lease
    // can take a while (see below); Ctrl-C must stop the demo gracefully meanwhile too.
    void (async () => {
      // The lease is normally taken within moments. Another demo still holding it (or one that was
      // killed, until its lease lapses) keeps this one waiting; say so rather than hang quietly.
      const waiting = setTimeout(() => {
        print(`[mock chat] waiting for the bot lease: another process holds it (one killed without Ctrl-C frees it within ${Math.ceil(config.BOT_LEASE_TTL_MS / 1000)} s)…`);
      }, 2000);
      waiting.unref();
      const running = await bot.whenRunning().finally(() => clearTimeout(waiting));
      const people = [
        { name: '示例学员', script: ['帮助', `绑定 ${seeded.sampleCode}`, '课程', '学习'] },
        { name: '示例企业联系人', script: [`绑定 ${campaign.contactCode}`, '我的申报'], onMessage: { when: /截止提醒/, say: '已提交' } },
      ];
      if (await driveMockDemo(running, print, people)) {
        print(`[mock chat] the bot is logged in on the mock puppet; a sample learner says 帮助, binds with ${seeded.sampleCode}, lists 课程 and starts 学习`);
        print(`[mock chat] a sample enterprise contact binds with ${campaign.contactCode}, asks 我的申报, and answers 已提交 when the 自查自评 reminder arrives (within about a minute)`);
      }
    })().catch((err: unknown) => logger.error({ err }, 'the demo chat could not run'));
  });
}

demo().catch(exitOnStartFailure);
