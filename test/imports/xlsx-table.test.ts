import ExcelJS from 'exceljs';
import { parseTable } from '../../src/imports/table';

/** A workbook made the way Excel would save it; `fill` writes into its first sheet. */
async function workbook(fill: (sheet: ExcelJS.Worksheet) => void, extra?: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  fill(wb.addWorksheet('花名册'));
  extra?.(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const opts = { maxRows: 100 };

describe('parseTable on an XLSX workbook', () => {
  test('Chinese headers are read and a phone number typed as a number comes out digit for digit', async () => {
    const data = await workbook((s) => {
      s.addRow(['姓名', '手机号', '工作单位']);
      s.addRow(['张三', 13800138000, '市商务局']);
    });
    const table = await parseTable(data, 'roster.xlsx', opts);
    expect(table.headers).toEqual(['姓名', '手机号', '工作单位']);
    expect(table.rows).toEqual([{ rowNumber: 2, values: { 姓名: '张三', 手机号: '13800138000', 工作单位: '市商务局' } }]);
  });

  test('a fifteen-digit number is written out in full, not in scientific notation', async () => {
    const data = await workbook((s) => {
      s.addRow(['代码']);
      s.addRow([913501001234567]);
      s.addRow([1e21]);
    });
    const table = await parseTable(data, 'codes.xlsx', opts);
    expect(table.rows.map((r) => r.values['代码'])).toEqual(['913501001234567', '1000000000000000000000']);
  });

  test('rich text, a formula result, a date and a hyperlink become the text a person sees', async () => {
    const data = await workbook((s) => {
      s.addRow(['单位', '人数', '日期', '网址']);
      const row = s.addRow([
        { richText: [{ text: '市' }, { text: '商务局', font: { bold: true } }] },
        { formula: '1+2', result: 3 },
        new Date(Date.UTC(2024, 2, 5)),
        { text: '官网', hyperlink: 'https://example.org' },
      ]);
      row.getCell(3).numFmt = 'yyyy-mm-dd';
    });
    const table = await parseTable(data, 'mixed.xlsx', opts);
    expect(table.rows[0].values).toEqual({ 单位: '市商务局', 人数: '3', 日期: '2024-03-05', 网址: '官网' });
  });

  test('the header is the first non-empty row, empty rows are skipped and row numbers match Excel', async () => {
    const data = await workbook((s) => {
      s.getCell('A3').value = '  姓名 ';
      s.getCell('B3').value = '手机号';
      s.getCell('A4').value = '张三';
      s.getCell('B4').value = '13800138000';
      s.getCell('A5').value = '   ';
      s.getCell('A7').value = '李四';
    });
    const table = await parseTable(data, 'gaps.xlsx', opts);
    expect(table.headers).toEqual(['姓名', '手机号']);
    expect(table.rows).toEqual([
      { rowNumber: 4, values: { 姓名: '张三', 手机号: '13800138000' } },
      { rowNumber: 7, values: { 姓名: '李四', 手机号: '' } },
    ]);
  });

  test('only the first worksheet is read', async () => {
    const data = await workbook(
      (s) => {
        s.addRow(['姓名']);
        s.addRow(['张三']);
      },
      (wb) => wb.addWorksheet('其他').addRow(['不该读到']),
    );
    const table = await parseTable(data, 'two-sheets.xlsx', opts);
    expect(table.rows.map((r) => r.values['姓名'])).toEqual(['张三']);
  });

  test('repeated header names are refused with invalid_headers', async () => {
    const data = await workbook((s) => {
      s.addRow(['姓名', '手机号', '姓名']);
      s.addRow(['张三', '13800138000', '张三']);
    });
    await expect(parseTable(data, 'dup.xlsx', opts)).rejects.toMatchObject({ status: 400, code: 'invalid_headers', details: { duplicates: ['姓名'] } });
  });

  test('more data rows than allowed are refused with too_many_rows', async () => {
    const data = await workbook((s) => {
      s.addRow(['姓名']);
      for (let i = 0; i < 4; i += 1) s.addRow([`人${i}`]);
    });
    await expect(parseTable(data, 'big.xlsx', { maxRows: 3 })).rejects.toMatchObject({ status: 400, code: 'too_many_rows' });
  });

  test('exactly the allowed number of data rows is accepted', async () => {
    const data = await workbook((s) => {
      s.addRow(['姓名']);
      for (let i = 0; i < 3; i += 1) s.addRow([`人${i}`]);
    });
    const table = await parseTable(data, 'full.xlsx', { maxRows: 3 });
    expect(table.rows).toHaveLength(3);
  });

  test('a workbook whose first sheet is empty has no header row', async () => {
    const data = await workbook(() => undefined);
    await expect(parseTable(data, 'blank.xlsx', opts)).rejects.toMatchObject({ status: 400, code: 'unsupported_file' });
  });
});
