/**
 * Typed errors of the inventory reader. A file that cannot be read at all (not a spreadsheet, over
 * a limit, required columns missing) throws `InventoryFileError`; a bad row gives an
 * `InventoryRowError` in the result, and the other rows still read.
 */
import { WooKitInputError, type LocalizedText, type WooKitErrorJSON } from '@woo-kit/core';

/** The whole file cannot be read. `code` says why, e.g. `inventory-too-large`. */
export class InventoryFileError extends WooKitInputError {}

/** The plain-data form of a row error, as the CLI writes it. */
export interface InventoryRowErrorJSON extends WooKitErrorJSON {
  readonly row: number;
  readonly column?: string;
}

/** One bad row: the spreadsheet row number (the header is row 1 in a typical file) and the column. */
export class InventoryRowError extends WooKitInputError {
  /** Row number as a spreadsheet program shows it. */
  readonly row: number;
  /** The column's header as written in the file, with its letter, e.g. `Datum (G)`; undefined for the whole row. */
  readonly column: string | undefined;

  constructor(code: string, message: LocalizedText, row: number, column?: string) {
    const where: LocalizedText = {
      nl: `Rij ${row}${column === undefined ? '' : `, kolom ${column}`}: `,
      en: `Row ${row}${column === undefined ? '' : `, column ${column}`}: `,
    };
    super(code, { nl: where.nl + message.nl, en: where.en + message.en }, { path: `/rows/${row}` });
    this.row = row;
    this.column = column;
  }

  override toJSON(): InventoryRowErrorJSON {
    return this.column === undefined
      ? { code: this.code, message: this.messages, row: this.row }
      : { code: this.code, message: this.messages, row: this.row, column: this.column };
  }
}
