import { csvRows } from './csv';
import { InvalidHeaders, TooManyRows, UnsupportedFile } from './errors';
import type { SheetRow } from './sheet-row';
import { detectFormat } from './sniff';
import { xlsxRows } from './xlsx';

export interface TableRow {
  /** The row number Excel shows, so an error report can point at the row to fix. */
  rowNumber: number;
  /** Every header maps to a trimmed string; '' where the cell is empty or missing. */
  values: Record<string, string>;
}

export interface Table {
  /** Trimmed header names in sheet order; columns with an empty header are left out. */
  headers: string[];
  /** Data rows below the header, fully empty rows skipped. */
  rows: TableRow[];
}

export interface ParseTableOptions {
  /** More data rows than this is refused ('too_many_rows') without reading the rest. */
  maxRows: number;
}

/**
 * Reads an uploaded CSV or XLSX file into rows keyed by header. The header is the first row that
 * is not empty, so a title line above it must be removed by the user (it would become the header).
 */
export async function parseTable(data: Buffer, filename: string, opts: ParseTableOptions): Promise<Table> {
  const source: Iterable<SheetRow> | AsyncIterable<SheetRow> =
    detectFormat(data, filename) === 'xlsx' ? await xlsxRows(data, filename) : csvRows(data);

  let columns: { index: number; name: string }[] | undefined;
  const rows: TableRow[] = [];
  for await (const { rowNumber, cells } of source) {
    if (cells.every((cell) => cell === '')) continue;
    if (!columns) {
      columns = headerColumns(cells);
      continue;
    }
    if (rows.length === opts.maxRows) throw new TooManyRows(opts.maxRows);
    // fromEntries defines own properties, so even a header named __proto__ stays a plain key.
    rows.push({ rowNumber, values: Object.fromEntries(columns.map(({ index, name }) => [name, cells[index] ?? ''])) });
  }
  if (!columns) {
    const name = filename ? `"${filename.slice(0, 100)}"` : 'The file';
    throw new UnsupportedFile(`${name} has no header row.`);
  }
  return { headers: columns.map((c) => c.name), rows };
}

function headerColumns(cells: string[]): { index: number; name: string }[] {
  const columns = cells.map((name, index) => ({ index, name })).filter((c) => c.name !== '');
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const { name } of columns) {
    if (seen.has(name)) duplicates.add(name);
    seen.add(name);
  }
  if (duplicates.size > 0) {
    const list = [...duplicates];
    throw new InvalidHeaders(`Each column needs its own header; repeated: ${list.join(', ')}`, { duplicates: list });
  }
  return columns;
}
