import { Types } from 'mongoose';
import { seedAdminWorld } from '../support/admin';
import { seedCsrCourse } from '../../src/seed/csr-course';
import { seedDemoCampaign } from '../../src/seed/demo-campaign';
import { creditCode } from '../support/campaign';
import { consoleFixture, shot, type ConsoleFixture } from './browser';

let f: ConsoleFixture;

beforeAll(async () => {
  f = await consoleFixture(__filename, async (ctx) => {
    const world = await seedAdminWorld(ctx);
    await seedCsrCourse(world.models, world.offices.city._id);
    await seedDemoCampaign(world.models, ctx.config.TIME_ZONE, ctx.clock);
    // A few more unionised enterprises in both districts, some levelled, so the charts have bars.
    const campaign = (await world.models.Campaign.findOne().lean())!;
    const offices = [world.offices.nanmen, world.offices.yinzhou, world.offices.yinzhou, world.offices.haishu];
    for (const [i, office] of offices.entries()) {
      const ent = await world.models.Enterprise.create({ name: `看板测试企业${i + 1}有限公司`, creditCode: creditCode(900 + i), officeId: office._id, industry: '制造业', hasUnion: true, level: i === 0 ? 'district' : 'none' });
      if (i === 1) continue;
      const app = await world.models.Application.create({ campaignId: campaign._id, enterpriseId: ent._id, officeId: office._id, appliedAt: ctx.clock.now(), appliedBy: { kind: 'staff', id: String(new Types.ObjectId()), name: 'test' } });
      await world.models.ApplicationStep.create({ _id: `${String(app._id)}:apply`, applicationId: app._id, campaignId: campaign._id, officeId: office._id, step: 'apply', at: ctx.clock.now(), by: { kind: 'staff', id: 'x', name: 'test' } });
    }
  });
}, 180000);

afterAll(async () => {
  await f?.close();
});

test('a city admin signs in and sees the dashboard: participation against 90%, level share against 6%, the training funnel', async () => {
  const page = await f.signedIn('city-admin');
  await page.waitForURL('**/console/dashboard');
  expect(await page.textContent('[data-testid=office-name]')).toContain('宁波市');
  expect(await page.textContent('[data-testid=staff-role]')).toBe('管理员');
  await page.waitForSelector('[data-testid=card-participation] canvas');
  await page.waitForSelector('[data-testid=card-levels] canvas');
  await page.waitForSelector('[data-testid=card-funnel] canvas');
  expect(await page.textContent('[data-testid=card-participation]')).toContain('目标 ≥ 90%');
  expect(await page.textContent('[data-testid=card-levels]')).toContain('目标 ≥ 6%');
  expect(await page.textContent('[data-testid=card-funnel]')).toContain('企业社会责任指导员培训');
  // An admin's menu has the admin pages.
  const menu = await page.textContent('aside');
  for (const entry of ['工作台', '人员', '导入', '绑定码打印', '人员与机构', '审计日志', '队列']) expect(menu).toContain(entry);
  await shot(page, 'dashboard-city-admin');
  await page.context().close();
}, 60000);

test('an editor imports a roster with one bad row and sees the per-row report', async () => {
  const page = await f.signedIn('haishu-editor');
  await page.click('aside >> text=导入');
  await page.waitForURL('**/console/import');
  const csv = ['姓名,手机号,工作单位,所属和创办代码,培训批次', '导入甲,13811112001,宁波甲公司,NB-HS,2026年第一期', '导入乙,1381111,宁波乙公司,NB-HS,2026年第一期', '导入丙,13811112003,宁波丙公司,NB-HS-NM,2026年第一期'].join('\n');
  await page.setInputFiles('input[type=file]', { name: '学员名单.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  const report = await page.waitForSelector('[data-testid=import-report]');
  const text = (await report.textContent()) ?? '';
  expect(text).toContain('学员名单.csv');
  expect(text).toContain('未导入');
  expect(text).toContain('手机号');
  expect(text).toContain('手机号应为11位中国大陆手机号');
  // The bad one is row 3 (the header is row 1); only the problem rows are shown first.
  expect(await page.locator('[data-testid=import-report] tbody tr').count()).toBe(1);
  expect(await page.locator('[data-testid=import-report] tbody tr td').first().textContent()).toBe('3');
  await shot(page, 'import-report-editor');
  await page.click('[aria-label=只看有问题的行]');
  expect(await page.locator('[data-testid=import-report] tbody tr').count()).toBe(3);
  expect(await f.ctx.models.Instructor.countDocuments({ name: { $in: ['导入甲', '导入丙'] } })).toBe(2);
  await page.context().close();
}, 60000);

test('a viewer sees masked phones and no write buttons', async () => {
  const page = await f.signedIn('haishu-viewer');
  // The 人员 group is open from the start.
  await page.click('aside >> text=学员');
  await page.waitForURL('**/console/people/instructors');
  await page.waitForSelector('td .phone');
  const phones = await page.locator('td .phone').allTextContents();
  expect(phones.length).toBeGreaterThan(0);
  for (const p of phones) expect(p).toMatch(/^1\d\d\*{6}\d\d$/);
  const body = (await page.textContent('main')) ?? '';
  for (const write of ['新增学员', '批量导入', '删除', '重发绑定码', '绑定码']) expect(body).not.toContain(write);
  const menu = (await page.textContent('aside')) ?? '';
  for (const hidden of ['导入', '绑定码打印', '人员与机构', '队列']) expect(menu).not.toContain(hidden);
  expect(await page.textContent('[data-testid=staff-role]')).toBe('查看员');
  await shot(page, 'instructors-viewer');
  // A page the role may not use, opened by address, says so.
  await page.goto(`${f.base}/console/organisation`);
  await page.waitForSelector('text=没有权限');
  await page.context().close();
}, 60000);

test('an admin prints the binding codes of an office: name, masked phone, code and how to bind, without the console around them', async () => {
  const page = await f.signedIn('haishu-admin');
  await page.click('aside >> text=绑定码打印');
  await page.waitForURL('**/console/bind-codes');
  await page.waitForSelector('[data-testid=code-sheet] .code-card');
  const cards = await page.locator('.code-card').allTextContents();
  const sample = cards.find((c) => c.includes('王晓燕'))!;
  expect(sample).toMatch(/138\*{6}01/);
  const code = (await page.locator('.code-card', { hasText: '王晓燕' }).locator('.code-card-code').textContent())!;
  expect(code).toMatch(/^\w{4,}$/);
  expect(sample).toContain(`在微信中向机器人发送“绑定 ${code}”，或在小程序“我的-绑定身份”中输入`);
  await shot(page, 'bind-codes-admin');
  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('aside').isVisible()).toBe(false);
  expect(await page.locator('text=学员绑定码').first().isVisible()).toBe(true);
  await shot(page, 'bind-codes-print');
  await page.context().close();
}, 60000);

test('an admin’s other pages load: enterprises, contacts of one, the audit log, staff and offices', async () => {
  const page = await f.signedIn('city-admin');
  await page.goto(`${f.base}/console/people/enterprises`);
  await page.waitForSelector('td >> text=宁波海曙示范企业有限公司');
  await shot(page, 'enterprises-admin');
  await page.click('tr:has-text("宁波海曙示范企业有限公司") >> text=联系人');
  await page.waitForURL('**/console/people/contacts?enterpriseId=*');
  await page.waitForSelector('td >> text=陈晓明');
  expect(await page.locator('.ant-select-selection-item').first().textContent()).toContain('宁波海曙示范企业有限公司');
  await shot(page, 'contacts-admin');
  await page.click('aside >> text=审计日志');
  await page.waitForSelector('td >> text=instructor.import', { timeout: 10000 }).catch(() => page.waitForSelector('.ant-table-row'));
  await shot(page, 'audit-admin');
  await page.click('aside >> text=人员与机构');
  await page.waitForSelector('td >> text=haishu-viewer');
  await shot(page, 'organisation-staff');
  await page.click('.ant-tabs-tab >> text=机构');
  await page.waitForSelector('.ant-tree >> text=海曙区和创办');
  await shot(page, 'organisation-offices');
  await page.click('aside >> text=课程与题库');
  await page.waitForSelector('td >> text=企业社会责任指导员培训');
  await page.context().close();
}, 60000);

test('a wrong password is said kindly on the sign-in page', async () => {
  const context = await f.browser.newContext({ viewport: { width: 1366, height: 860 }, locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(`${f.base}/console/dashboard`);
  await page.waitForURL('**/console/login');
  await page.fill('#username', 'city-admin');
  await page.fill('#password', 'not-the-password');
  await page.click('button[type=submit]');
  await page.waitForSelector('[role=alert] >> text=用户名或密码不正确');
  await shot(page, 'login-wrong-password');
  await context.close();
}, 60000);
