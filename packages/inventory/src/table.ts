/** A sheet as rows of cells, the common form of XLSX and CSV before columns are interpreted. */

/** A cell value: text, a number (XLSX numbers and dates), a boolean, or empty. */
export type Cell = string | number | boolean | undefined;

/** One row with the number a spreadsheet program shows for it. */
export interface TableRow {
  readonly row: number;
  readonly cells: readonly Cell[];
}

export interface Table {
  readonly rows: readonly TableRow[];
  /** XLSX only: the workbook counts dates from 1904 (old Mac Excel) instead of 1900. */
  readonly date1904?: boolean;
  /** XLSX only: the sheet read. */
  readonly sheet?: string;
}

export const isEmptyCell = (cell: Cell): boolean =>
  cell === undefined || (typeof cell === 'string' && cell.trim() === '');
