import { Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import iconv from 'iconv-lite';
import { MalformedFile } from './errors';
import type { SheetRow } from './sheet-row';

const UTF8_BOM = [0xef, 0xbb, 0xbf];
// Fed in slices so that stopping at the row limit also stops the parsing.
const SLICE_BYTES = 64 * 1024;

/**
 * CSV bytes as UTF-8. Excel on a Chinese Windows saves "CSV" in the ANSI code page (GBK), and
 * "CSV UTF-8" with a BOM; bytes that are not valid UTF-8 can only be the former.
 */
export function toUtf8(data: Buffer): Buffer {
  const body = UTF8_BOM.every((b, i) => data[i] === b) ? data.subarray(UTF8_BOM.length) : data;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(body);
    return body;
  } catch {
    // GB18030 is a superset of GBK, so it also reads the few characters GBK lacks.
    return Buffer.from(iconv.decode(body, 'gb18030'), 'utf8');
  }
}

// Some systems export ="0123" so that Excel keeps leading zeros and long digit strings as text.
function unwrapExcelText(value: string): string {
  const m = /^="(.*)"$/s.exec(value);
  return (m ? m[1] : value).trim();
}

function* slices(data: Buffer): Generator<Buffer> {
  for (let at = 0; at < data.length; at += SLICE_BYTES) yield data.subarray(at, at + SLICE_BYTES);
}

/**
 * Every record, with the row number Excel would show for it: one row per record, blank lines
 * included, however many lines a quoted cell spans.
 */
export async function* csvRows(data: Buffer): AsyncGenerator<SheetRow> {
  const parser = Readable.from(slices(toUtf8(data))).pipe(
    parse({
      // Rows as people type them: ragged lengths, and a stray quote inside an unquoted cell.
      relax_column_count: true,
      relax_quotes: true,
      // Blank lines stay in so that the count matches Excel's row numbers; the caller skips them.
      skip_empty_lines: false,
    }),
  );
  let rowNumber = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      rowNumber += 1;
      yield { rowNumber, cells: record.map(unwrapExcelText) };
    }
  } catch (err) {
    if (err instanceof CsvError) {
      throw new MalformedFile(`The CSV file is malformed: ${err.message}`, { line: (err as CsvError & { lines?: number }).lines });
    }
    throw err;
  }
}
