import ExcelJS from 'exceljs';
import { seedAdminWorld } from '../support/admin';
import { createTestContext, type TestContext } from '../support/context';

let ctx: TestContext;
let world: Awaited<ReturnType<typeof seedAdminWorld>>;

beforeAll(async () => {
  ctx = await createTestContext(__filename);
  world = await seedAdminWorld(ctx);
});
afterAll(() => ctx.close());

async function xlsx(rows: (string | number)[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('题库');
  rows.forEach((r) => sheet.addRow(r));
  return Buffer.from(await book.xlsx.writeBuffer());
}

const newBank = async (code: string) => (await world.as('haishu-editor').post('/api/admin/banks', { code, title: code })).body.id as string;
type RowReport = { row: number; status: string; field?: string; reason?: string };
const byRow = (rows: RowReport[]) => Object.fromEntries(rows.map((r) => [r.row, r]));
const HEADERS = ['题型', '题干', '选项A', '选项B', '选项C', '选项D', '选项E', '答案', '解析'];

describe('question bank import', () => {
  test('an XLSX sheet with Chinese headers adds its good rows and reports each bad row with its column', async () => {
    const bank = await newBank('HS-XLSX');
    const file = await xlsx([
      HEADERS,
      ['单选', '好的单选题', '甲', '乙', '丙', '', '', 'B', '乙是对的'],
      ['多选', '好的多选题', '甲', '乙', '丙', '丁', '', 'AC', ''],
      ['判断', '好的判断题', '', '', '', '', '', '正确', ''],
      ['多选', '多选只有一个答案', '甲', '乙', '丙', '', '', 'A', ''],
      ['单选', '答案超出选项', '甲', '乙', '', '', '', 'D', ''],
      ['问答', '题型不认识', '', '', '', '', '', 'A', ''],
      ['单选', '选项跳空', '甲', '', '丙', '', '', 'A', ''],
      ['单选', '好的单选题', '甲', '乙', '', '', '', 'A', ''],
      ['判断', '判断题选项不对', '对', '错', '', '', '', 'A', ''],
    ]);
    const res = await world.as('haishu-editor').upload(`/api/admin/banks/${bank}/import`, file, '题库.xlsx');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ total: 9, created: 3, rejected: 6 });
    const rows = byRow(res.body.rows);
    expect([rows[2].status, rows[3].status, rows[4].status]).toEqual(['created', 'created', 'created']);
    expect(rows[5]).toMatchObject({ status: 'rejected', field: '答案' });
    expect(rows[6]).toMatchObject({ status: 'rejected', field: '答案' });
    expect(rows[7]).toMatchObject({ status: 'rejected', field: '题型' });
    expect(rows[8]).toMatchObject({ status: 'rejected', field: '选项B' });
    expect(rows[9]).toMatchObject({ status: 'rejected', field: '题干', reason: '与第2行题干重复' });
    expect(rows[10]).toMatchObject({ status: 'rejected', field: '选项A' });
    const saved = await world.as('haishu-editor').get(`/api/admin/banks/${bank}`);
    expect(saved.body.questions.map((q: { stem: string; answer: number[] }) => [q.stem, q.answer])).toEqual([
      ['好的单选题', [1]],
      ['好的多选题', [0, 2]],
      ['好的判断题', [0]],
    ]);
    expect(saved.body.questions[2].options).toEqual(['正确', '错误']);
  });

  test('a JSON array of questions adds its good items and reports the bad ones by position and field', async () => {
    const bank = await newBank('HS-JSON');
    const items = [
      { type: 'single', stem: 'JSON单选', options: ['甲', '乙'], answer: [0], explanation: '甲' },
      { type: 'multiple', stem: 'JSON多选', options: ['甲', '乙', '丙'], answer: 'BC' },
      { type: 'truefalse', stem: 'JSON判断', options: ['是', '否'], answer: [0] },
      { type: 'single', stem: '', options: ['甲', '乙'], answer: [0] },
      'not a question',
    ];
    const res = await world.as('haishu-editor').upload(`/api/admin/banks/${bank}/import`, Buffer.from(JSON.stringify(items)), 'questions.json');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ total: 5, created: 2, rejected: 3 });
    const rows = byRow(res.body.rows);
    expect([rows[1].status, rows[2].status]).toEqual(['created', 'created']);
    expect(rows[3]).toMatchObject({ status: 'rejected', field: 'options' });
    expect(rows[4]).toMatchObject({ status: 'rejected', field: 'stem' });
    expect(rows[5]).toMatchObject({ status: 'rejected' });
    const saved = await world.as('haishu-editor').get(`/api/admin/banks/${bank}`);
    expect(saved.body.questions.map((q: { answer: number[] }) => q.answer)).toEqual([[0], [1, 2]]);
  });

  test('importing the same file twice adds nothing the second time', async () => {
    const bank = await newBank('HS-AGAIN');
    const file = Buffer.from(JSON.stringify([{ type: 'truefalse', stem: '只导入一次', answer: [0] }]));
    await world.as('haishu-editor').upload(`/api/admin/banks/${bank}/import`, file, 'once.json');
    const again = await world.as('haishu-editor').upload(`/api/admin/banks/${bank}/import`, file, 'once.json');
    expect(again.body).toMatchObject({ created: 0, rejected: 1, rows: [{ row: 1, field: 'stem', reason: '题库中已有相同题干的题目' }] });
  });

  test('malformed JSON is a 400 naming the problem', async () => {
    const bank = await newBank('HS-BADJSON');
    const res = await world.as('haishu-editor').upload(`/api/admin/banks/${bank}/import`, Buffer.from('[{"type": "single",'), 'broken.json');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('malformed_file');
  });

  test('the template downloads and importing it back skips its example row', async () => {
    const bank = await newBank('HS-TEMPLATE');
    const template = await world.as('haishu-editor').get('/api/admin/banks/import-template').buffer(true).parse((res, cb) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => cb(null, Buffer.concat(chunks)));
    });
    expect(template.status).toBe(200);
    const res = await world.as('haishu-editor').upload(`/api/admin/banks/${bank}/import`, template.body as Buffer, 'template.xlsx');
    expect(res.body).toMatchObject({ created: 0, rows: [{ row: 2, status: 'skipped' }] });
  });

  test('the import is recorded in the audit log with the questions it added', async () => {
    const bank = await newBank('HS-AUDITED');
    await world.as('haishu-editor').upload(`/api/admin/banks/${bank}/import`, Buffer.from(JSON.stringify([{ type: 'truefalse', stem: '审计', answer: [1] }])), 'a.json');
    const res = await world.as('haishu-admin').get(`/api/admin/audit?entity=bank&entityId=${bank}`);
    expect(res.body.items[0]).toMatchObject({ action: 'bank.import', after: { questions: [{ stem: '审计', answer: [1] }] } });
  });

  test('a viewer cannot import', async () => {
    const bank = await newBank('HS-VIEWER');
    const file = Buffer.from(JSON.stringify([{ type: 'truefalse', stem: '查看员导入', answer: [0] }]));
    expect((await world.as('haishu-viewer').upload(`/api/admin/banks/${bank}/import`, file, 'v.json')).status).toBe(403);
    expect((await world.as('haishu-editor').get(`/api/admin/banks/${bank}`)).body.questionCount).toBe(0);
  });

  test('another district cannot import into the bank: it is not found', async () => {
    const bank = await newBank('HS-GUARD');
    const file = Buffer.from(JSON.stringify([{ type: 'truefalse', stem: '越权导入', answer: [0] }]));
    expect((await world.as('yinzhou-admin').upload(`/api/admin/banks/${bank}/import`, file, 'b.json')).status).toBe(404);
    expect((await world.as('haishu-editor').get(`/api/admin/banks/${bank}`)).body.questionCount).toBe(0);
  });
});
