import { parseTable } from '../../src/imports/table';

const opts = { maxRows: 100 };

async function codeAndMessage(data: Buffer, filename = 'upload'): Promise<{ code: string; message: string }> {
  const err = (await parseTable(data, filename, opts).catch((e: unknown) => e)) as { code: string; message: string };
  return { code: err.code, message: err.message };
}

/** A zip whose one entry, with no data, claims to unpack to `size` bytes. */
function zipClaiming(size: number): Buffer {
  const name = Buffer.from('xl/worksheets/sheet1.xml');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt32LE(size, 24);
  central.writeUInt16LE(name.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(local.length + name.length, 16);
  return Buffer.concat([local, name, central, name, end]);
}

describe('files that are neither CSV nor XLSX', () => {
  test('a PNG image is unsupported_file and the message names CSV and XLSX', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    const { code, message } = await codeAndMessage(png, 'photo.png');
    expect(code).toBe('unsupported_file');
    expect(message).toMatch(/PNG/);
    expect(message).toMatch(/Only CSV or XLSX files are accepted/);
  });

  test('a PDF is unsupported_file', async () => {
    const { code, message } = await codeAndMessage(Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n', 'latin1'));
    expect(code).toBe('unsupported_file');
    expect(message).toMatch(/PDF/);
  });

  test('an old .xls workbook is unsupported_file with a hint to save as .xlsx', async () => {
    const xls = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(64)]);
    const { code, message } = await codeAndMessage(xls, 'roster.xls');
    expect(code).toBe('unsupported_file');
    expect(message).toMatch(/\.xlsx/);
  });

  test('a zip that is not a workbook is unsupported_file', async () => {
    const garbage = Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.from('not really a zip at all, just text')]);
    expect((await codeAndMessage(garbage, 'fake.xlsx')).code).toBe('unsupported_file');
  });

  test('a well-formed zip without a workbook inside is unsupported_file', async () => {
    expect((await codeAndMessage(zipClaiming(10), 'fake.xlsx')).code).toBe('unsupported_file');
  });

  test('a zip claiming to unpack to more than 100 MB is refused as too large before unpacking', async () => {
    const err = await parseTable(zipClaiming(0xffffffff), 'bomb.xlsx', opts).catch((e: unknown) => e);
    expect(err).toMatchObject({ status: 413, code: 'payload_too_large' });
  });

  test('binary content with NUL bytes is unsupported_file rather than rows of garbage', async () => {
    const binary = Buffer.from([0x41, 0x42, 0x00, 0x01, 0x02, 0x2c, 0x0a, 0x43]);
    expect((await codeAndMessage(binary, 'data.csv')).code).toBe('unsupported_file');
  });

  test('UTF-16 text from Excel "Unicode Text" is unsupported_file with a hint', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('姓名\t手机号\r\n', 'utf16le')]);
    const { code, message } = await codeAndMessage(utf16, 'roster.txt');
    expect(code).toBe('unsupported_file');
    expect(message).toMatch(/CSV UTF-8/);
  });

  test('an empty file is unsupported_file', async () => {
    expect((await codeAndMessage(Buffer.alloc(0), 'empty.csv')).code).toBe('unsupported_file');
  });

  test('a file of blank lines has no header row and is unsupported_file', async () => {
    const { code, message } = await codeAndMessage(Buffer.from('\ufeff\r\n , \r\n\r\n', 'utf8'), 'blank.csv');
    expect(code).toBe('unsupported_file');
    expect(message).toMatch(/no header row/);
  });
});
