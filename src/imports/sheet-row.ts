/** One row of a sheet as text, whatever the file format. */
export interface SheetRow {
  /** 1-based, as Excel shows it. */
  rowNumber: number;
  /** Trimmed cell texts, left to right; '' for an empty cell. */
  cells: string[];
}
