import iconv from 'iconv-lite';
import { parseTable } from '../../src/imports/table';

const opts = { maxRows: 100 };

describe('parseTable on a CSV file', () => {
  test('a GBK file saved by Excel on Chinese Windows decodes to the right characters', async () => {
    const data = iconv.encode('姓名,手机号,工作单位\r\n张三,13800138000,市商务局\r\n', 'gbk');
    const table = await parseTable(data, 'roster.csv', opts);
    expect(table.headers).toEqual(['姓名', '手机号', '工作单位']);
    expect(table.rows[0].values).toEqual({ 姓名: '张三', 手机号: '13800138000', 工作单位: '市商务局' });
  });

  test('a UTF-8 file with a BOM keeps its first header clean', async () => {
    const data = Buffer.from('\ufeff姓名,手机号\n李四,13900139000\n', 'utf8');
    const table = await parseTable(data, 'roster.csv', opts);
    expect(table.headers).toEqual(['姓名', '手机号']);
    expect(table.rows[0].values['姓名']).toBe('李四');
  });

  test('CRLF line ends and quoted cells with commas, quotes and line breaks are read as Excel would', async () => {
    const data = Buffer.from('姓名,工作单位,备注\r\n王五,"市委办公室,综合科","他说""好""\r\n第二行"\r\n', 'utf8');
    const table = await parseTable(data, 'quoted.csv', opts);
    expect(table.rows).toEqual([{ rowNumber: 2, values: { 姓名: '王五', 工作单位: '市委办公室,综合科', 备注: '他说"好"\r\n第二行' } }]);
  });

  test('empty rows are skipped and row numbers count them as Excel does', async () => {
    const data = Buffer.from('\r\n姓名,手机号\r\n\r\n张三,1\r\n,\r\n"多\r\n行",2\r\n李四,3\r\n', 'utf8');
    const table = await parseTable(data, 'gaps.csv', opts);
    expect(table.rows.map((r) => [r.rowNumber, r.values['姓名']])).toEqual([
      [4, '张三'],
      [6, '多\r\n行'],
      [7, '李四'],
    ]);
  });

  test('cells are trimmed, missing cells are empty, and cells without a header are left out', async () => {
    const data = Buffer.from(' 姓名 ,手机号,\n 张三 \n李四,2,多余\n', 'utf8');
    const table = await parseTable(data, 'ragged.csv', opts);
    expect(table.headers).toEqual(['姓名', '手机号']);
    expect(table.rows.map((r) => r.values)).toEqual([
      { 姓名: '张三', 手机号: '' },
      { 姓名: '李四', 手机号: '2' },
    ]);
  });

  test('a cell exported as ="..." to keep Excel from mangling it is read as its text', async () => {
    const data = Buffer.from('身份证号\n="110101199003070011"\n', 'utf8');
    const table = await parseTable(data, 'ids.csv', opts);
    expect(table.rows[0].values['身份证号']).toBe('110101199003070011');
  });

  test('an unterminated quote is malformed_file naming the line', async () => {
    const data = Buffer.from('姓名,手机号\n张三,1\n"李四,2\n', 'utf8');
    const err = await parseTable(data, 'broken.csv', opts).catch((e: unknown) => e);
    expect(err).toMatchObject({ status: 400, code: 'malformed_file' });
    expect((err as Error).message).toMatch(/line \d+/);
  });

  test('repeated header names are refused with invalid_headers', async () => {
    const data = Buffer.from('姓名,手机号, 手机号 \n张三,1,2\n', 'utf8');
    await expect(parseTable(data, 'dup.csv', opts)).rejects.toMatchObject({ status: 400, code: 'invalid_headers', details: { duplicates: ['手机号'] } });
  });

  test('more data rows than allowed are refused with too_many_rows', async () => {
    const lines = ['姓名', ...Array.from({ length: 50000 }, (_, i) => `人${i}`)];
    const data = Buffer.from(lines.join('\n'), 'utf8');
    await expect(parseTable(data, 'big.csv', { maxRows: 10 })).rejects.toMatchObject({ status: 400, code: 'too_many_rows', details: { maxRows: 10 } });
  });

  test('a file with only a header row gives headers and no rows', async () => {
    const table = await parseTable(Buffer.from('姓名,手机号\r\n', 'utf8'), 'empty.csv', opts);
    expect(table).toEqual({ headers: ['姓名', '手机号'], rows: [] });
  });

  test('a header named __proto__ is kept as an ordinary column', async () => {
    const table = await parseTable(Buffer.from('__proto__\nx\n', 'utf8'), 'odd.csv', opts);
    expect(Object.keys(table.rows[0].values)).toEqual(['__proto__']);
    expect(table.rows[0].values['__proto__']).toBe('x');
  });
});
