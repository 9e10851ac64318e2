import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { creditCodeCheckChar } from '../../src/people/credit-code';
import { seedAdminWorld } from '../support/admin';
import { createTestContext, type TestContext } from '../support/context';

let ctx: TestContext;
let world: Awaited<ReturnType<typeof seedAdminWorld>>;
beforeAll(async () => {
  ctx = await createTestContext(__filename, { env: { IMPORT_MAX_BYTES: '200000' } });
  world = await seedAdminWorld(ctx);
});
afterAll(() => ctx.close());

const creditCode = (body17: string) => body17 + creditCodeCheckChar(body17);

async function xlsx(rows: (string | number)[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('学员');
  rows.forEach((r) => sheet.addRow(r));
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('instructor roster import', () => {
  test('an XLSX file with Chinese headers creates instructors, each with a binding code', async () => {
    const file = await xlsx([
      ['姓名', '手机号', '工作单位', '所属和创办代码', '培训批次'],
      ['周一', 13811110001, '海曙甲公司', 'NB-HS-NM', '2026-1'],
      ['吴二', '13811110002', '海曙乙公司', '', '2026-1'],
    ]);
    const res = await world.as('haishu-editor').upload('/api/admin/instructors/import', file, '学员.xlsx');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ total: 2, created: 2, rejected: 0 });
    const list = await world.as('haishu-admin').get('/api/admin/instructors?q=1381111');
    expect(list.body.items.map((i: { phone: string }) => i.phone).sort()).toEqual(['13811110001', '13811110002']);
    expect(list.body.items.every((i: { bindCode: string }) => /^[2-9A-HJ-NP-Z]{8}$/.test(i.bindCode))).toBe(true);
    expect(list.body.items.find((i: { name: string }) => i.name === '周一').officeId).toBe(String(world.offices.nanmen._id));
  });

  test('a GBK-encoded CSV saved by Excel imports with the right characters', async () => {
    const csv = '姓名,手机号,工作单位\r\n郑三,13811110003,"宁波海曙丙公司, 车间"\r\n';
    const res = await world.as('haishu-editor').upload('/api/admin/instructors/import', iconv.encode(csv, 'gbk'), 'roster.csv');
    expect(res.body).toMatchObject({ created: 1, rejected: 0 });
    const list = await world.as('haishu-admin').get('/api/admin/instructors?q=13811110003');
    expect(list.body.items[0]).toMatchObject({ name: '郑三', employer: '宁波海曙丙公司, 车间' });
  });

  test('importing again updates by phone instead of duplicating', async () => {
    const csv = '姓名,手机号,工作单位\n郑三,13811110003,新单位\n';
    const res = await world.as('haishu-editor').upload('/api/admin/instructors/import', Buffer.from(csv), 'again.csv');
    expect(res.body).toMatchObject({ created: 0, updated: 1 });
    const list = await world.as('haishu-admin').get('/api/admin/instructors?q=13811110003');
    expect(list.body.total).toBe(1);
    expect(list.body.items[0].employer).toBe('新单位');
  });

  test('bad rows are reported with row, field and reason while good rows are kept', async () => {
    const csv = ['姓名,手机号,所属和创办代码', '好人,13811110010,', ',13811110011,', '坏号,12345,', '重复,13811110010,', '越界,13811110012,NB-YZ'].join('\n');
    const res = await world.as('haishu-editor').upload('/api/admin/instructors/import', Buffer.from(csv), 'mixed.csv');
    expect(res.status).toBe(200);
    expect(res.body.created).toBe(1);
    const byRow = Object.fromEntries(res.body.rows.map((r: { row: number }) => [r.row, r]));
    expect(byRow[2].status).toBe('created');
    expect(byRow[3]).toMatchObject({ status: 'rejected', field: '姓名' });
    expect(byRow[4]).toMatchObject({ status: 'rejected', field: '手机号' });
    expect(byRow[5]).toMatchObject({ status: 'rejected', field: '手机号', reason: '与第2行手机号重复' });
    expect(byRow[6]).toMatchObject({ status: 'rejected', field: '所属和创办代码' });
  });

  test('a phone registered by another district is rejected, not taken over', async () => {
    await world.as('yinzhou-admin').post('/api/admin/instructors', { name: '鄞州人', phone: '13811110020', officeId: String(world.offices.yinzhou._id) });
    const res = await world.as('haishu-editor').upload('/api/admin/instructors/import', Buffer.from('姓名,手机号\n冒名,13811110020\n'), 'x.csv');
    expect(res.body.rows[0]).toMatchObject({ status: 'rejected', field: '手机号' });
    const theirs = await world.as('yinzhou-admin').get('/api/admin/instructors?q=13811110020');
    expect(theirs.body.items[0].name).toBe('鄞州人');
  });

  test('a file that is not CSV or XLSX is refused with a clear 400', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    const res = await world.as('haishu-editor').upload('/api/admin/instructors/import', png, 'photo.csv');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('unsupported_file');
  });

  test('a malformed CSV is a 400 naming the problem', async () => {
    const res = await world.as('haishu-editor').upload('/api/admin/instructors/import', Buffer.from('姓名,手机号\n"未闭合,13811110030\n'), 'bad.csv');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('malformed_file');
  });

  test('a file without the required columns is a 400 listing them', async () => {
    const res = await world.as('haishu-editor').upload('/api/admin/instructors/import', Buffer.from('名字,电话\n甲,13811110031\n'), 'cols.csv');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_headers');
  });

  test('an oversized file is a 413', async () => {
    const big = Buffer.from(`姓名,手机号\n${'甲,13811110040\n'.repeat(20000)}`);
    const res = await world.as('haishu-editor').upload('/api/admin/instructors/import', big, 'big.csv');
    expect(res.status).toBe(413);
  });

  test('a viewer cannot import', async () => {
    const res = await world.as('haishu-viewer').upload('/api/admin/instructors/import', Buffer.from('姓名,手机号\n甲,13811110050\n'), 'v.csv');
    expect(res.status).toBe(403);
  });

  test('the template downloads and its example row is skipped when imported back', async () => {
    const template = await world.as('haishu-editor').get('/api/admin/instructors/import-template').buffer(true).parse((res, cb) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => cb(null, Buffer.concat(chunks)));
    });
    expect(template.status).toBe(200);
    expect(template.headers['content-disposition']).toContain('filename*=UTF-8');
    const res = await world.as('haishu-editor').upload('/api/admin/instructors/import', template.body as Buffer, 'template.xlsx');
    expect(res.body).toMatchObject({ created: 0, rows: [{ row: 2, status: 'skipped' }] });
  });
});

describe('enterprise roster import', () => {
  test('upserts by credit code, checks the check digit, and imports the row contact', async () => {
    const good = creditCode('91330203MA2CCCCC3');
    const bad = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    const file = await xlsx([
      ['企业名称', '统一社会信用代码', '行业', '是否建会', '和谐企业等级', '星级', '联系人姓名', '联系人手机', '联系人职务'],
      ['宁波海曙甲企业', good, '制造业', '是', '区县级', 3, '钱七', '13822220001', '工会主席'],
      ['校验错企业', bad, '', '', '', '', '', '', ''],
      ['重复企业', good, '', '', '', '', '', '', ''],
    ]);
    const res = await world.as('haishu-editor').upload('/api/admin/enterprises/import', file, 'qiye.xlsx');
    expect(res.status).toBe(200);
    expect(res.body.created).toBe(1);
    expect(res.body.rows[1]).toMatchObject({ row: 3, status: 'rejected', field: '统一社会信用代码', reason: '统一社会信用代码校验位不正确' });
    expect(res.body.rows[2]).toMatchObject({ row: 4, status: 'rejected', reason: '与第2行统一社会信用代码重复' });
    const id = res.body.rows[0].id;
    const enterprise = await world.as('haishu-admin').get(`/api/admin/enterprises/${id}`);
    expect(enterprise.body).toMatchObject({ hasUnion: true, level: 'district', stars: 3, industry: '制造业' });
    const contacts = await world.as('haishu-admin').get(`/api/admin/enterprises/${id}/contacts`);
    expect(contacts.body.items[0]).toMatchObject({ name: '钱七', phone: '13822220001', role: '工会主席' });
  });
});

describe('enterprise roster re-import', () => {
  test('a second import updates the enterprise and its contact instead of duplicating them', async () => {
    const code = creditCode('91330203MA2EEEEE5');
    const first = ['企业名称,统一社会信用代码,行业,联系人姓名,联系人手机,联系人职务', `再导企业,${code},制造业,孙一,13822220009,主席`].join('\n');
    const created = await world.as('haishu-editor').upload('/api/admin/enterprises/import', Buffer.from(first), 'a.csv');
    expect(created.body.created).toBe(1);
    const second = ['企业名称,统一社会信用代码,行业,联系人姓名,联系人手机,联系人职务', `再导企业,${code},服务业,孙一,13822220009,副主席`].join('\n');
    const again = await world.as('haishu-editor').upload('/api/admin/enterprises/import', Buffer.from(second), 'b.csv');
    expect(again.body).toMatchObject({ created: 0, updated: 1 });
    const id = created.body.rows[0].id;
    expect((await world.as('haishu-admin').get(`/api/admin/enterprises/${id}`)).body.industry).toBe('服务业');
    const contacts = (await world.as('haishu-admin').get(`/api/admin/enterprises/${id}/contacts`)).body.items;
    expect(contacts).toHaveLength(1);
    expect(contacts[0].role).toBe('副主席');
  });
});

describe('export', () => {
  test('an admin exports the instructors of their subtree as XLSX with phones as text', async () => {
    const res = await world.as('haishu-admin').get('/api/admin/instructors/export').buffer(true).parse((r, cb) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => cb(null, Buffer.concat(chunks)));
    });
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.body as never);
    const values = book.worksheets[0].getColumn(2).values.slice(2);
    expect(values).toContain('13811110001');
    expect(values).not.toContain('13811110020');
  });

  test('editors and viewers cannot export', async () => {
    expect((await world.as('haishu-editor').get('/api/admin/instructors/export')).status).toBe(403);
    expect((await world.as('haishu-viewer').get('/api/admin/enterprises/export')).status).toBe(403);
  });
});
