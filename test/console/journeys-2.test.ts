import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { UnrecoverableError, Worker } from 'bullmq';
import { Types } from 'mongoose';
import type { Page } from 'playwright-core';
import { QUEUE_NAMES } from '../../jobs/queues';
import { reportProcessor } from '../../jobs/reports';
import { REFUSED_PREFIX, type ReportJob } from '../../src/reports/kinds';
import { seedAdminWorld } from '../support/admin';
import { seedCsrCourse } from '../../src/seed/csr-course';
import { seedDemoCampaign } from '../../src/seed/demo-campaign';
import { seedDemoBroadcasts } from '../../src/seed/demo-broadcasts';
import { seedDemoCertificate } from '../../src/seed/demo-miniprogram';
import { seedDemoIntegrity } from '../../src/seed/demo-integrity';
import { creditCode } from '../support/campaign';
import { consoleFixture, shot, type ConsoleFixture } from './browser';

/**
 * The console's second set of journeys (issue 13): courses and banks, campaigns, broadcasts with
 * four eyes (two people signed in at once), certificates, reports exported as XLSX, a heavy report
 * built through a queue job (its progress, then the report and its workbook), integrity, and
 * a district account that cannot reach another district's data. Screenshots: .preview/console/.
 */
let f: ConsoleFixture;
let world: Awaited<ReturnType<typeof seedAdminWorld>>;
let yinzhouBroadcastId: string;

beforeAll(async () => {
  f = await consoleFixture(__filename, async (ctx) => {
    world = await seedAdminWorld(ctx);
    await seedCsrCourse(world.models, world.offices.city._id, ctx.clock);
    await seedDemoCampaign(world.models, ctx.config.TIME_ZONE, ctx.clock);
    await seedDemoBroadcasts(world.models, ctx.clock);
    await seedDemoCertificate(world.models);
    await seedDemoIntegrity(world.models, ctx.clock.now());
    const campaign = (await world.models.Campaign.findOne().lean())!;
    for (const [i, office] of [world.offices.nanmen, world.offices.yinzhou, world.offices.haishu].entries()) {
      const ent = await world.models.Enterprise.create({ name: `报表测试企业${i + 1}有限公司`, creditCode: creditCode(950 + i), officeId: office._id, industry: '制造业', hasUnion: true, level: i === 0 ? 'district' : 'none' });
      const app = await world.models.Application.create({ campaignId: campaign._id, enterpriseId: ent._id, officeId: office._id, appliedAt: ctx.clock.now(), appliedBy: { kind: 'staff', id: String(new Types.ObjectId()), name: 'test' } });
      await world.models.ApplicationStep.create({ _id: `${String(app._id)}:apply`, applicationId: app._id, campaignId: campaign._id, officeId: office._id, step: 'apply', at: ctx.clock.now(), by: { kind: 'staff', id: 'x', name: 'test' } });
    }
    // Another district's broadcast, which 海曙 must not reach.
    const res = await world.as('yinzhou-admin').post('/api/admin/broadcasts', { title: '鄞州区内部通知', body: '仅鄞州区', audience: { officeIds: [String(world.offices.yinzhou._id)], kinds: ['instructors'] } });
    expect(res.status).toBe(201);
    yinzhouBroadcastId = res.body.id;
  });
}, 180000);

afterAll(async () => {
  await f?.close();
});

const stateOf = async (page: Page) => ((await page.textContent('[data-testid=broadcast-state]')) ?? '').trim();
/** Waits until the state tag no longer says 待审核 (polled from the test: the console's CSP forbids eval in the page). */
async function leftSubmitted(page: Page, timeoutMs = 15000): Promise<string> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const state = await stateOf(page);
    if (state !== '待审核' || Date.now() > until) return state;
    await page.waitForTimeout(250);
  }
}

test('a district editor writes a broadcast and a district admin, signed in at the same time in another browser, approves it (four eyes)', async () => {
  // Both are signed in before anything is written: two people at once.
  const [editor, admin] = await Promise.all([f.signedIn('haishu-editor'), f.signedIn('haishu-admin')]);
  await editor.click('aside >> text=宣传推送');
  await editor.waitForURL('**/console/broadcasts');
  await editor.click('button:has-text("撰写推送")');
  await editor.waitForURL('**/console/broadcasts/new');
  const title = '关于开展和谐企业创建宣传月活动的通知';
  await editor.fill('#title', title);
  await editor.fill('#summary', '请各企业积极参与宣传月活动');
  await editor.fill('textarea[aria-label="正文（Markdown）"]', '# 宣传月安排\n\n请于**本月底前**完成自查自评。\n\n- 学习课程\n- 提交材料');
  // The preview beside the editor renders the markdown as readers will see it.
  await editor.waitForSelector('[data-testid=markdown-preview] h1 >> text=宣传月安排');
  expect(await editor.locator('[data-testid=markdown-preview] strong').textContent()).toBe('本月底前');
  await editor.click('label:has-text("企业联系人")');
  await shot(editor, 'broadcast-compose-editor');
  await editor.click('button:has-text("保存草稿")');
  await editor.waitForURL(/\/console\/broadcasts\/[0-9a-f]{24}$/);
  await editor.waitForSelector('text=未发现敏感词');
  expect(await stateOf(editor)).toBe('草稿');
  const id = editor.url().split('/').pop()!;

  // The audience before anything is sent: counts per kind and channel, a masked sample.
  await editor.click('button:has-text("计算受众")');
  await editor.waitForSelector('[data-testid=audience-preview]');
  expect(await editor.textContent('[data-testid=audience-preview]')).toContain('学员');
  await editor.click('[data-testid=submit-broadcast]');
  await editor.click('.ant-popconfirm .ant-btn-primary');
  await editor.waitForSelector('[data-testid=broadcast-state] >> text=待审核');
  // An editor approves nothing.
  await editor.waitForSelector('text=等待管理员审批');
  expect(await editor.locator('[data-testid=approve-broadcast]').count()).toBe(0);
  await shot(editor, 'broadcast-submitted-editor');

  // The admin, already signed in, finds it in the approval queue.
  await admin.goto(`${f.base}/console/broadcasts?tab=queue`);
  await admin.waitForSelector(`[data-testid=broadcast-list] >> text=${title}`);
  await shot(admin, 'broadcast-queue-admin');
  await admin.click(`[data-testid=broadcast-list] >> text=${title}`);
  await admin.waitForURL(`**/console/broadcasts/${id}`);
  await admin.click('[data-testid=approve-broadcast]');
  await admin.click('.ant-popconfirm .ant-btn-primary');
  await admin.waitForSelector('text=已批准');
  expect(await leftSubmitted(admin)).not.toBe('待审核');
  await shot(admin, 'broadcast-approved-admin');

  // The editor's page, still open, sees it move on without a reload.
  expect(['已批准', '待发送', '发送中', '已发送']).toContain(await leftSubmitted(editor));
  expect(await editor.textContent('main')).toContain('海曙区管理员');
  await editor.waitForSelector('[data-testid=broadcast-stats]');
  await shot(editor, 'broadcast-approved-editor');
  await Promise.all([editor.context().close(), admin.context().close()]);
}, 90000);

test('an admin cannot approve their own broadcast: no approve button, and the reason is shown', async () => {
  const res = await world.as('haishu-admin').post('/api/admin/broadcasts', { title: '管理员自己写的推送', body: '正文', audience: { officeIds: [String(world.offices.haishu._id)], kinds: ['instructors'] } });
  await world.as('haishu-admin').post(`/api/admin/broadcasts/${res.body.id}/submit`);
  const page = await f.signedIn('haishu-admin');
  await page.goto(`${f.base}/console/broadcasts/${res.body.id}`);
  await page.waitForSelector('[data-testid=own-broadcast-note]');
  expect(await page.locator('[data-testid=approve-broadcast]').count()).toBe(0);
  expect(await page.locator('[data-testid=reject-broadcast]').count()).toBe(0);
  await shot(page, 'broadcast-own-admin');
  // A sensitive word is named on save.
  await page.goto(`${f.base}/console/broadcasts/new`);
  await page.fill('#title', '警惕非法集资');
  await page.click('button:has-text("保存草稿")');
  await page.waitForSelector('[data-testid=flagged-words] >> text=非法集资');
  await page.click('button:has-text("知道了")');
  await page.waitForSelector('[data-testid=flagged-alert]');
  await shot(page, 'broadcast-flagged-admin');
  await page.context().close();
}, 60000);

test('a report is exported as XLSX: the download opens in exceljs with the header and a row', async () => {
  const page = await f.signedIn('city-admin');
  await page.click('aside >> text=报表');
  await page.waitForURL('**/console/reports');
  await page.waitForSelector('[data-testid=report-table] >> text=海曙区和创办');
  await page.waitForSelector('canvas');
  await shot(page, 'report-participation-admin');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export-xlsx]')]);
  expect(download.suggestedFilename()).toBe('参与率.xlsx');
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'console-xlsx-')), download.suggestedFilename());
  await download.saveAs(file);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const sheet = book.getWorksheet('参与率')!;
  expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(['单位代码', '单位名称', '范围', '建会企业数', '参与企业数', '参与率', '目标', '是否达标']);
  const rows = sheet.getSheetValues().slice(2) as unknown[][];
  const haishu = rows.find((r) => r?.[2] === '海曙区和创办')!;
  expect(haishu[1]).toBe('NB-HS');
  expect(typeof haishu[4]).toBe('number');

  // The other reports render too.
  for (const [tab, name, wait] of [
    ['levels', 'levels', '[data-testid=report-table]'],
    ['funnel', 'funnel', '[data-testid=report-table]'],
    ['stages', 'stages', '[data-testid=report-table]'],
    ['deliveries', 'deliveries', '[data-testid=report-table]'],
    ['questions', 'questions', '[data-testid=quiz-stats]'],
  ] as const) {
    await page.goto(`${f.base}/console/reports?report=${tab}`);
    await page.waitForSelector(wait);
    await shot(page, `report-${name}-admin`);
  }
  await page.context().close();
}, 90000);

/**
 * The report job `id` taken from the queue by hand (the fixture's worker stopped), so that each of
 * its states stays long enough to be seen; jobs ahead of it (the dashboard, where signing in lands,
 * asks for its funnel) are built on the way.
 */
async function takeJob(taker: Worker<ReportJob>, token: string, id: string) {
  let job = (await taker.getNextJob(token))!;
  while (String(job.id) !== id) {
    await job.moveToCompleted(await reportProcessor(f.ctx)(job), token, false);
    job = (await taker.getNextJob(token))!;
  }
  return job;
}
const askedJob = (page: Page, kind: string) => page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith(`/api/admin/reports/${kind}/jobs`)).then(async (r) => ((await r.json()) as { id: string }).id);

test('a heavy report is built through a queue job: 排队中, 生成中 N%, then the report; its XLSX comes from the finished job', async () => {
  // The test takes the job from the queue itself, so that each state stays long enough to be seen.
  await f.stopReportWorker();
  const connection = f.ctx.workerRedis.duplicate();
  const taker = new Worker<ReportJob>(QUEUE_NAMES.reports, null, { connection, prefix: f.ctx.config.QUEUE_PREFIX });
  const page = await f.signedIn('city-admin');
  const calls: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.pathname.startsWith('/api/admin/reports')) calls.push(`${r.method()} ${url.pathname}${url.search}`);
  });
  let jobId: string;
  try {
    const asked = askedJob(page, 'funnel');
    await page.goto(`${f.base}/console/reports?report=funnel`);
    jobId = await asked;
    await page.waitForSelector('[data-testid=report-job-status] >> text=排队中');
    const token = 'console-journey';
    const job = await takeJob(taker, token, jobId);
    expect(job.data).toMatchObject({ kind: 'funnel', requester: { officeId: String(world.offices.city._id) } });
    await job.updateProgress(40);
    await page.waitForSelector('[data-testid=report-job-status] >> text=生成中 40%');
    expect(await page.locator('[data-testid=report-table]').count()).toBe(0);
    // The export waits for the job.
    expect(await page.locator('[data-testid=export-xlsx]').isDisabled()).toBe(true);
    await shot(page, 'report-job-progress');
    await job.moveToCompleted(await reportProcessor(f.ctx)(job), token, false);
    // The console's next look finds it done and shows the report as the GET would.
    await page.waitForSelector('[data-testid=report-table] >> text=海曙区和创办');
    await page.waitForSelector('[data-testid=report-job-done] >> text=已完成');
    await page.waitForSelector('canvas');
    await shot(page, 'report-job-done');
  } finally {
    await taker.close();
    connection.disconnect();
    await f.startReportWorker();
  }
  expect(calls).toContain('POST /api/admin/reports/funnel/jobs');
  expect(calls.filter((c) => c === `GET /api/admin/reports/jobs/${jobId}`).length).toBeGreaterThanOrEqual(2);
  expect(calls.some((c) => c.startsWith('GET /api/admin/reports/funnel'))).toBe(false);

  // The workbook is the finished job's, not the report run again.
  const asks = calls.filter((c) => c.startsWith('POST ')).length;
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export-xlsx]')]);
  expect(download.suggestedFilename()).toBe('培训漏斗.xlsx');
  expect(calls).toContain(`GET /api/admin/reports/jobs/${jobId}?format=xlsx`);
  expect(calls.filter((c) => c.startsWith('POST ')).length).toBe(asks);
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'console-xlsx-')), download.suggestedFilename());
  await download.saveAs(file);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const rows = book.getWorksheet('按单位')!.getSheetValues().slice(2) as unknown[][];
  expect(rows.find((r) => r?.[2] === '海曙区和创办')?.[1]).toBe('NB-HS');
  await page.context().close();
}, 90000);

test('a report job that fails shows its reason and 重试, which asks for a new job', async () => {
  await f.stopReportWorker();
  const connection = f.ctx.workerRedis.duplicate();
  const taker = new Worker<ReportJob>(QUEUE_NAMES.reports, null, { connection, prefix: f.ctx.config.QUEUE_PREFIX });
  const page = await f.signedIn('haishu-admin');
  try {
    const asked = askedJob(page, 'deliveries');
    await page.goto(`${f.base}/console/reports?report=deliveries`);
    const token = 'console-journey-fail';
    const job = await takeJob(taker, token, await asked);
    await job.moveToFailed(new UnrecoverableError(`${REFUSED_PREFIX}统计区间内的数据已归档`), token, false);
    await page.waitForSelector('.ant-result >> text=报表生成失败（统计区间内的数据已归档）');
    await shot(page, 'report-job-failed');
  } finally {
    await taker.close();
    connection.disconnect();
    await f.startReportWorker();
  }
  const again = askedJob(page, 'deliveries');
  await page.click('.ant-result .ant-btn-primary');
  await again;
  await page.waitForSelector('[data-testid=report-table] >> text=海曙区和创办');
  await page.waitForSelector('[data-testid=report-job-done]');
  await page.context().close();
}, 60000);

test('a viewer reads the reports but has no export button', async () => {
  const page = await f.signedIn('haishu-viewer');
  await page.goto(`${f.base}/console/reports`);
  await page.waitForSelector('[data-testid=report-table]');
  expect(await page.locator('[data-testid=export-xlsx]').count()).toBe(0);
  const res = await page.request.get(`${f.base}/api/admin/reports/participation?format=xlsx`);
  expect(res.status()).toBe(403);
  await page.context().close();
}, 60000);

test('a district account cannot reach another district’s data through the console, and the API refuses it', async () => {
  const page = await f.signedIn('haishu-editor');
  // Another district's broadcast by its address: 未找到, and the API says 404.
  await page.goto(`${f.base}/console/broadcasts/${yinzhouBroadcastId}`);
  await page.waitForSelector('text=未找到');
  await shot(page, 'scope-other-district-broadcast');
  expect((await page.request.get(`${f.base}/api/admin/broadcasts/${yinzhouBroadcastId}`)).status()).toBe(404);
  // The list shows only 海曙's.
  await page.goto(`${f.base}/console/broadcasts`);
  await page.waitForSelector('[data-testid=broadcast-list] .ant-table-row');
  expect(await page.textContent('[data-testid=broadcast-list]')).not.toContain('鄞州区内部通知');
  // The office filter offers only my subtree; the API refuses another district as a filter.
  await page.goto(`${f.base}/console/certificates`);
  await page.waitForSelector('[data-testid=certificates-table]');
  await page.click('.ant-select-tree-selector, .ant-select:has(.ant-select-selection-placeholder:has-text("所属和创办"))');
  await page.waitForSelector('.ant-select-tree >> text=海曙区和创办');
  expect(await page.textContent('.ant-select-tree')).not.toContain('鄞州');
  const yz = String(world.offices.yinzhou._id);
  for (const url of [`/api/admin/certificates?officeId=${yz}`, `/api/admin/instructors?officeId=${yz}`, `/api/admin/integrity/flags?officeId=${yz}`]) {
    expect([403, 404]).toContain((await page.request.get(`${f.base}${url}`)).status());
  }
  expect([403, 404]).toContain((await page.request.get(`${f.base}/api/admin/reports/participation?officeId=${yz}`)).status());
  // And a district's deadlines of another district: 404.
  const campaign = (await world.models.Campaign.findOne().lean())!;
  expect((await page.request.get(`${f.base}/api/admin/campaigns/${String(campaign._id)}/deadlines/${yz}`)).status()).toBe(404);
  await page.context().close();
}, 60000);

test('courses and banks: a course with its modules, a lesson in the markdown editor, a quiz’s settings, a bank with its import report', async () => {
  // The course belongs to the city office: its staff author it (a district sees its own courses only).
  const page = await f.signedIn('city-admin');
  await page.click('aside >> text=课程与题库');
  await page.waitForSelector('td >> text=企业社会责任指导员培训');
  await shot(page, 'courses-admin');
  await page.click('td >> text=企业社会责任指导员培训');
  await page.waitForSelector('[data-testid=module-card]');
  expect(await page.locator('[data-testid=module-card]').count()).toBe(6);
  await shot(page, 'course-detail-admin');
  await page.locator('[data-testid=edit-lesson]').first().click();
  await page.waitForSelector('.ant-drawer [data-testid=markdown-preview]');
  await shot(page, 'lesson-editor');
  await page.click('.ant-drawer-close');
  await page.locator('[data-testid=edit-quiz]').first().click();
  await page.waitForSelector('.ant-modal >> text=抽题规则');
  await shot(page, 'quiz-form-admin');
  await page.click('.ant-modal-close');

  await page.goto(`${f.base}/console/courses?tab=banks`);
  await page.waitForSelector('.ant-tabs-tabpane-active td a');
  await shot(page, 'banks-admin');
  await page.locator('.ant-tabs-tabpane-active td a').first().click();
  await page.waitForURL(/\/console\/courses\/banks\/[0-9a-f]{24}$/);
  await page.click('button:has-text("批量导入")');
  const csv = ['题型,题干,选项A,选项B,选项C,选项D,选项E,答案,解析,用途', '单选,和谐企业创建的参与率目标是多少？,80%,85%,90%,95%,,C,见通知,考试', '单选,缺答案的题,甲,乙,,,,,,考试', '判断,练习：企业应当依法签订劳动合同。,,,,,,正确,,练习'].join('\n');
  await page.setInputFiles('[data-testid=bank-import] input[type=file]', { name: '题目.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  await page.waitForSelector('[data-testid=bank-import] .ant-table-row');
  expect(await page.textContent('[data-testid=bank-import]')).toContain('未导入');
  await shot(page, 'bank-import-admin');
  await page.context().close();
}, 90000);

test('campaigns: deadlines, a district override outside the city window shows the allowed range, reminders, progress, late enterprises', async () => {
  const page = await f.signedIn('haishu-admin');
  await page.click('aside >> text=创建活动');
  await page.waitForSelector('td a');
  // Only the city's admins create campaigns.
  expect(await page.locator('button:has-text("新建创建活动")').count()).toBe(0);
  await page.click('td a');
  await page.waitForSelector('[data-testid=deadlines-table]');
  await shot(page, 'campaign-deadlines-district-admin');
  await page.click('.ant-tabs-tab >> text=区县调整');
  await page.waitForSelector('[data-testid=overrides-table]');
  const campaign = (await world.models.Campaign.findOne().lean())!;
  const late = new Date(campaign.stages.find((s) => s.key === 'self_check')!.deadline.getTime() + 40 * 86400_000);
  const p = (n: number) => String(n).padStart(2, '0');
  const local = new Date(late.getTime() + 8 * 3600_000);
  const text = `${local.getUTCFullYear()}-${p(local.getUTCMonth() + 1)}-${p(local.getUTCDate())} 17:00`;
  await page.click('[aria-label=调整自查自评]');
  const input = page.locator('input[aria-label=自查自评本级截止]');
  await input.click();
  await input.fill(text);
  await input.press('Enter');
  await page.click('button:has-text("保存本级截止时间")');
  await page.waitForSelector('[data-testid=override-error]');
  expect(await page.textContent('[data-testid=override-error]')).toMatch(/自查自评的截止时间须在 .+ 至 .+ 之间/);
  await shot(page, 'campaign-override-outside-window');
  for (const [tab, name] of [
    ['提醒记录', 'reminders'],
    ['进度统计', 'stats'],
    ['逾期企业', 'late'],
  ] as const) {
    await page.click(`.ant-tabs-tab >> text=${tab}`);
    await page.waitForTimeout(300);
    await page.waitForSelector('.ant-tabs-tabpane-active .ant-table, .ant-tabs-tabpane-active .ant-empty');
    await shot(page, `campaign-${name}`);
  }
  await page.context().close();

  const city = await f.signedIn('city-admin');
  await city.goto(`${f.base}/console/campaigns`);
  await city.click('button:has-text("新建创建活动")');
  await city.waitForSelector('.ant-modal >> text=六个阶段的截止时间');
  await shot(city, 'campaign-create-city-admin');
  await city.context().close();
}, 90000);

test('certificates and integrity: search, the verify and poster links, revoke with a reason; flags with evidence, cleared with a reason', async () => {
  const page = await f.signedIn('haishu-admin');
  await page.click('aside >> text=证书');
  await page.waitForSelector('[data-testid=certificates-table] >> text=CSR-2026-900001');
  expect(await page.getAttribute('a:has-text("验证页")', 'href')).toBe('/verify/DEMOPOSTER');
  expect(await page.getAttribute('a:has-text("海报")', 'href')).toBe('/api/public/certificates/DEMOPOSTER/poster.png');
  await page.click('[data-testid=revoke-certificate]');
  await page.fill('.ant-modal textarea', '信息有误，重新核发');
  await page.click('.ant-modal .ant-btn-dangerous');
  await page.waitForSelector('[data-testid=certificates-table] >> text=已撤销');
  await shot(page, 'certificates-admin');
  expect((await page.request.get(`${f.base}/api/public/certificates/DEMOPOSTER`)).ok()).toBe(true);
  expect((await (await page.request.get(`${f.base}/api/public/certificates/DEMOPOSTER`)).json()).status).toBe('revoked');

  await page.click('aside >> text=学习诚信');
  await page.waitForSelector('[data-testid=flags-table] .ant-table-row');
  await page.click('[data-testid=flags-table] .ant-table-row-expand-icon');
  await page.waitForSelector('text=快于 3 秒作答');
  await shot(page, 'integrity-admin');
  await page.click('[data-testid=clear-flag]');
  await page.fill('.ant-modal textarea', '已电话核实，为熟练作答');
  await page.click('.ant-modal .ant-btn-primary');
  await page.waitForSelector('text=没有待核查的标记');
  await page.context().close();

  // A viewer: no revoke, no clear.
  const viewer = await f.signedIn('haishu-viewer');
  await viewer.goto(`${f.base}/console/certificates`);
  await viewer.waitForSelector('[data-testid=certificates-table] >> text=CSR-2026-900001');
  expect(await viewer.locator('[data-testid=revoke-certificate]').count()).toBe(0);
  await shot(viewer, 'certificates-viewer');
  await viewer.context().close();
}, 90000);
