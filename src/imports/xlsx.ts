import ExcelJS, { type CellValue } from 'exceljs';
import { FileTooLarge, UnsupportedFile } from './errors';
import type { SheetRow } from './sheet-row';

/**
 * exceljs inflates the whole workbook in memory, and a few MB of zip can claim gigabytes. A roster
 * of the largest allowed size is a few MB of XML, so this leaves a wide margin.
 */
export const MAX_XLSX_EXPANDED_BYTES = 100 * 1024 * 1024;

/**
 * The total uncompressed size the zip's central directory declares, or undefined when there is
 * no readable directory (then it is no workbook either).
 */
export function declaredZipSize(data: Buffer): number | undefined {
  const EOCD = 0x06054b50;
  const CENTRAL = 0x02014b50;
  // The end record is 22 bytes plus a comment of at most 65535.
  const earliest = Math.max(0, data.length - 22 - 0xffff);
  let end = -1;
  for (let at = data.length - 22; at >= earliest; at -= 1) {
    if (data.readUInt32LE(at) === EOCD) {
      end = at;
      break;
    }
  }
  if (end < 0) return undefined;
  const entries = data.readUInt16LE(end + 10);
  let at = data.readUInt32LE(end + 16);
  let total = 0;
  for (let i = 0; i < entries; i += 1) {
    if (at + 46 > data.length || data.readUInt32LE(at) !== CENTRAL) return undefined;
    // 0xffffffff defers to a ZIP64 field: only entries of 4 GB need one, so count it as that.
    total += data.readUInt32LE(at + 24);
    at += 46 + data.readUInt16LE(at + 28) + data.readUInt16LE(at + 30) + data.readUInt16LE(at + 32);
  }
  return total;
}

/** A whole number of digits for a number, as Excel shows it in a General cell that is wide enough. */
export function numberText(n: number): string {
  if (!Number.isFinite(n)) return '';
  // Excel keeps 15 significant digits; rounding there also turns 0.30000000000000004 back into 0.3.
  const shortest = String(Number(n.toPrecision(15)));
  return shortest.includes('e') ? expandExponent(shortest) : shortest;
}

function expandExponent(text: string): string {
  const [mantissa, exponent] = text.split('e');
  const negative = mantissa.startsWith('-');
  const [whole, fraction = ''] = mantissa.replace('-', '').split('.');
  const digits = whole + fraction;
  const point = whole.length + Number(exponent);
  let plain: string;
  if (point <= 0) plain = `0.${'0'.repeat(-point)}${digits}`;
  else if (point >= digits.length) plain = digits + '0'.repeat(point - digits.length);
  else plain = `${digits.slice(0, point)}.${digits.slice(point)}`;
  return negative ? `-${plain}` : plain;
}

/** yyyy-mm-dd, with the time only when there is one. exceljs gives dates as UTC wall-clock time. */
export function dateText(date: Date): string {
  // Serial day numbers are floats; round away the millisecond noise before looking at the time.
  const rounded = new Date(Math.round(date.getTime() / 1000) * 1000);
  const iso = rounded.toISOString();
  const time = iso.slice(11, 19);
  return time === '00:00:00' ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${time}`;
}

/** What a person sees in the cell, as trimmed text. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return dateText(value);
  if ('richText' in value) return value.richText.map((run) => run.text).join('').trim();
  // A hyperlink's text is rich text when part of it is styled, whatever the typings say.
  if ('hyperlink' in value) return cellText(value.text as CellValue);
  if ('formula' in value || 'sharedFormula' in value) return cellText(value.result ?? null);
  if ('error' in value) return value.error;
  return '';
}

/** The rows of the first worksheet as text; cells of merged ranges repeat the range's value. */
export async function xlsxRows(data: Buffer, filename: string): Promise<Iterable<SheetRow>> {
  const name = filename ? `"${filename.slice(0, 100)}"` : 'The file';
  const expanded = declaredZipSize(data);
  if (expanded === undefined) throw new UnsupportedFile(`${name} is a damaged or unknown zip file, not an XLSX workbook.`);
  if (expanded > MAX_XLSX_EXPANDED_BYTES) throw new FileTooLarge(MAX_XLSX_EXPANDED_BYTES, 'The unpacked workbook');

  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs declares its own Buffer type; a Node Buffer is what it reads at run time.
    await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
  } catch {
    // A .docx, a damaged download, a plain zip: exceljs cannot tell us more than that it failed.
    throw new UnsupportedFile(`${name} could not be read as an XLSX workbook.`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new UnsupportedFile(`${name} has no worksheet.`);
  return (function* rows(): Generator<SheetRow> {
    for (let rowNumber = 1; rowNumber <= sheet.rowCount; rowNumber += 1) {
      const row = sheet.findRow(rowNumber);
      if (!row) continue;
      const cells: string[] = [];
      for (let col = 1; col <= row.cellCount; col += 1) cells.push(cellText(row.getCell(col).value));
      yield { rowNumber, cells };
    }
  })();
}
