import { UnsupportedFile } from './errors';

export type TableFormat = 'xlsx' | 'csv';

const ZIP = [0x50, 0x4b, 0x03, 0x04];

// Files people pick by mistake, named so the message can say what they picked.
const KNOWN_BINARIES: { magic: number[]; what: string }[] = [
  { magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], what: 'an old Excel 97-2003 (.xls) or Word file; open it in Excel or WPS and save it as .xlsx.' },
  { magic: [0x25, 0x50, 0x44, 0x46, 0x2d], what: 'a PDF document.' },
  { magic: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image.' },
  { magic: [0xff, 0xd8, 0xff], what: 'a JPEG image.' },
  { magic: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image.' },
  { magic: [0x1f, 0x8b], what: 'a gzip archive.' },
  { magic: [0x52, 0x61, 0x72, 0x21], what: 'a RAR archive.' },
  { magic: [0x37, 0x7a, 0xbc, 0xaf], what: 'a 7-Zip archive.' },
  // Excel's "Unicode Text" export: UTF-16, tab separated.
  { magic: [0xff, 0xfe], what: 'UTF-16 text; save it from Excel as "CSV UTF-8" or as .xlsx instead.' },
  { magic: [0xfe, 0xff], what: 'UTF-16 text; save it from Excel as "CSV UTF-8" or as .xlsx instead.' },
];

function startsWith(data: Buffer, magic: number[]): boolean {
  return data.length >= magic.length && magic.every((byte, i) => data[i] === byte);
}

/**
 * Decides by content, never by file name or declared type: browsers label CSV as anything from
 * text/csv to application/vnd.ms-excel, and people rename files.
 */
export function detectFormat(data: Buffer, filename: string): TableFormat {
  const name = filename ? `"${filename.slice(0, 100)}"` : 'The file';
  if (data.length === 0) throw new UnsupportedFile(`${name} is empty.`);
  if (startsWith(data, ZIP)) return 'xlsx';
  const known = KNOWN_BINARIES.find((k) => startsWith(data, k.magic));
  if (known) throw new UnsupportedFile(`${name} is ${known.what}`);
  // Text never holds NUL; a binary file read as CSV would give rows of garbage instead of an error.
  if (data.includes(0)) throw new UnsupportedFile(`${name} is not a text file.`);
  return 'csv';
}
