import ExcelJS from 'exceljs';
import { parseTable } from '../../src/imports/table';
import { buildTemplateCsv, buildTemplateXlsx, buildXlsx } from '../../src/imports/templates';

const columns = [
  { header: '姓名', example: '张三', note: '必填' },
  { header: '手机号', example: '13800138000', note: '11 位手机号' },
  { header: '统一社会信用代码', example: '91350100123456789X' },
  { header: '工作单位' },
];

async function load(data: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ExcelJS.Buffer);
  return wb;
}

describe('import templates', () => {
  test('an XLSX template read back through parseTable gives its headers and the example row', async () => {
    const table = await parseTable(await buildTemplateXlsx(columns, '学员名单'), 'template.xlsx', { maxRows: 10 });
    expect(table.headers).toEqual(['姓名', '手机号', '统一社会信用代码', '工作单位']);
    expect(table.rows).toEqual([
      { rowNumber: 2, values: { 姓名: '张三', 手机号: '13800138000', 统一社会信用代码: '91350100123456789X', 工作单位: '' } },
    ]);
  });

  test('the XLSX template has bold headers, text-formatted columns, header comments and a 说明 sheet', async () => {
    const wb = await load(await buildTemplateXlsx(columns, '学员名单'));
    const sheet = wb.worksheets[0];
    expect(sheet.name).toBe('学员名单');
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.getCell('B2').value).toBe('13800138000');
    expect(sheet.getColumn(2).numFmt).toBe('@');
    expect(sheet.getCell('B1').note).toBeDefined();
    const notes = wb.getWorksheet('说明');
    expect(notes?.getRow(3).values).toEqual([undefined, '手机号', '13800138000', '11 位手机号']);
  });

  test('a sheet name Excel would refuse is made acceptable', async () => {
    const wb = await load(await buildTemplateXlsx(columns, '2024/2025 学年:第一期 [正式] 名单名单名单名单名单'));
    expect(wb.worksheets[0].name).toBe('2024_2025 学年_第一期 _正式_ 名单名单名单名单名');
  });

  test('the CSV template is UTF-8 with a BOM and reads back to the same headers', async () => {
    const data = buildTemplateCsv(columns);
    expect([...data.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const table = await parseTable(data, 'template.csv', { maxRows: 10 });
    expect(table.headers).toEqual(['姓名', '手机号', '统一社会信用代码', '工作单位']);
    expect(table.rows[0].values['手机号']).toBe('13800138000');
  });

  test('an export keeps phone numbers as text cells and numbers as numbers', async () => {
    const data = await buildXlsx('名单', ['姓名', '手机号', '得分', '已完成'], [
      ['张三', '13800138000', 95, true],
      ['李四', '13900139000', null, false],
    ]);
    const sheet = (await load(data)).worksheets[0];
    expect(sheet.getCell('B2').value).toBe('13800138000');
    expect(sheet.getCell('B2').numFmt).toBe('@');
    expect(sheet.getCell('C2').value).toBe(95);
    expect(sheet.getCell('D3').value).toBe(false);
    expect(sheet.getCell('C3').value).toBeNull();
    expect(sheet.getCell('A1').font?.bold).toBe(true);
  });

  test('an export read back through parseTable gives the same rows as text', async () => {
    const data = await buildXlsx('名单', ['姓名', '手机号'], [['张三', '13800138000']]);
    const table = await parseTable(data, 'export.xlsx', { maxRows: 10 });
    expect(table.rows).toEqual([{ rowNumber: 2, values: { 姓名: '张三', 手机号: '13800138000' } }]);
  });
});
