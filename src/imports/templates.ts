import ExcelJS from 'exceljs';

export interface TemplateColumn {
  header: string;
  /** Shown in the example row (row 2). */
  example?: string;
  /** How to fill the column: a comment on the header cell and a line on the 说明 sheet. */
  note?: string;
}

export type ExportCell = string | number | boolean | null;

// '@' is Excel's Text format: digits typed or pasted later stay as typed, leading zeros and all.
const TEXT_FORMAT = '@';
const NOTES_SHEET = '说明';

/**
 * An import template: bold headers, an example row, and the column notes both as comments and on
 * a second sheet (comments are easy to miss). Every column is Text, so phone numbers and credit
 * codes typed into it are not turned into 1.38E+10.
 */
export async function buildTemplateXlsx(columns: TemplateColumn[], sheetName: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(safeSheetName(sheetName), { views: [{ state: 'frozen', ySplit: 1 }] });
  columns.forEach((column, i) => {
    const sheetColumn = sheet.getColumn(i + 1);
    sheetColumn.numFmt = TEXT_FORMAT;
    sheetColumn.width = columnWidth([column.header, column.example ?? '']);
    const head = sheet.getCell(1, i + 1);
    head.value = column.header;
    head.font = { bold: true };
    if (column.note) head.note = column.note;
    const example = sheet.getCell(2, i + 1);
    example.value = column.example ?? '';
    example.font = { italic: true, color: { argb: 'FF808080' } };
  });

  const notes = workbook.addWorksheet(NOTES_SHEET);
  notes.columns = [
    { header: '列名', width: 20 },
    { header: '示例', width: 24 },
    { header: '填写说明', width: 60 },
  ];
  notes.getRow(1).font = { bold: true };
  for (const column of columns) notes.addRow([column.header, column.example ?? '', column.note ?? '']);
  notes.addRow([]);
  // The importer reads the example row like any other, so the user has to remove it.
  notes.addRow([`第 2 行是示例，导入前请删除或改成真实数据。只导入第一个工作表（${sheet.name}）。`]);
  return writeWorkbook(workbook);
}

/** The same template as CSV, for people without Excel. UTF-8 with a BOM, which Excel needs to see Chinese. */
export function buildTemplateCsv(columns: TemplateColumn[]): Buffer {
  const lines = [columns.map((c) => c.header), columns.map((c) => c.example ?? '')].map((cells) => cells.map(csvField).join(','));
  return Buffer.from(`\ufeff${lines.join('\r\n')}\r\n`, 'utf8');
}

/**
 * A one-sheet export with a bold, frozen header. Strings are written as Text cells, so pass phone
 * numbers and codes as strings; numbers and booleans stay numbers and booleans for sorting and sums.
 */
export async function buildXlsx(sheetName: string, headers: string[], rows: ExportCell[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(safeSheetName(sheetName), { views: [{ state: 'frozen', ySplit: 1 }] });
  const head = sheet.addRow(headers);
  head.font = { bold: true };
  for (const values of rows) {
    const row = sheet.addRow(values.map((v) => (typeof v === 'number' && !Number.isFinite(v) ? null : v)));
    values.forEach((v, i) => {
      if (typeof v === 'string') row.getCell(i + 1).numFmt = TEXT_FORMAT;
    });
  }
  headers.forEach((header, i) => {
    const sample = rows.slice(0, 200).map((r) => (r[i] === null || r[i] === undefined ? '' : String(r[i])));
    sheet.getColumn(i + 1).width = columnWidth([header, ...sample]);
  });
  return writeWorkbook(workbook);
}

async function writeWorkbook(workbook: ExcelJS.Workbook): Promise<Buffer> {
  // exceljs types its result as its own Buffer interface; at run time it is a Node Buffer.
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Excel refuses sheet names over 31 characters or with any of : \ / ? * [ ]. */
function safeSheetName(name: string): string {
  const cleaned = name.replace(/[:\\/?*[\]]/g, '_').replace(/^'+|'+$/g, '').trim().slice(0, 31);
  return cleaned === '' || cleaned === NOTES_SHEET ? 'Sheet1' : cleaned;
}

/** Width in Excel's units (about one Latin character), counting a CJK character as two. */
function columnWidth(texts: string[]): number {
  const longest = Math.max(0, ...texts.map((t) => [...t].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e7f ? 2 : 1), 0)));
  return Math.min(50, Math.max(10, longest + 2));
}

function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
