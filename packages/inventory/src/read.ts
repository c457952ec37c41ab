/**
 * `readInventory`: reads the inventory of a Woo decision from the "productierapport" format that
 * real inventories come in (XLSX or CSV; the columns of the template of the VWS Woo platform, which
 * ZyLAB also writes). Bad rows become typed errors with row and column; good rows still read.
 */
import { WooKitError } from '@woo-kit/core';
import { validateInventoryItem } from '@woo-kit/core';
import type { InventoryAssessment, InventoryItem } from '@woo-kit/core';
import { mapColumns, isInventoryHeader, templateHeaders, type ColumnMap, type InventoryField } from './columns.js';
import { decodeCsv, readCsvTable } from './csv.js';
import { InventoryFileError, InventoryRowError } from './errors.js';
import { megabytes, resolveLimits, type InventoryLimits } from './limits.js';
import type { Cell, Table, TableRow } from './table.js';
import {
  readAssessment,
  readDate,
  readFileType,
  readGrounds,
  readLink,
  readList,
  readYesNo,
  textOf,
} from './values.js';
import { looksLikeZip } from './zip.js';
import { readXlsxTable } from './xlsx.js';

/** What `readInventory` accepts: a browser `File`/`Blob`, or the bytes. */
export type InventorySource = Blob | ArrayBuffer | Uint8Array;

export interface ReadInventoryOptions {
  /** `xlsx` or `csv`; by default taken from the content (an XLSX file is a zip archive). */
  readonly format?: 'xlsx' | 'csv';
  /** XLSX: the sheet to read; by default the first sheet with an inventory header. */
  readonly sheet?: string;
  /** Used when the file has no "Matter" column (e.g. the request's reference). */
  readonly matter?: string;
  readonly limits?: InventoryLimits;
}

export interface InventoryReadResult {
  /** The documents of every good row, in file order. */
  readonly items: readonly InventoryItem[];
  /** One error per problem in a bad row; such a row is left out of `items`. */
  readonly errors: readonly InventoryRowError[];
  readonly format: 'xlsx' | 'csv';
  /** XLSX: the sheet read. */
  readonly sheet?: string;
  /** Data rows seen (empty rows not counted). */
  readonly rows: number;
  /** Headers of columns that are not part of the format and were ignored. */
  readonly ignoredColumns: readonly string[];
}

/**
 * Throws `InventoryFileError` (`inventory-too-large`) when a file of `size` bytes is over the
 * limit. For callers that know the size before reading the file (a `stat`, a `Content-Length`).
 */
export function assertInventoryFileSize(size: number, limits?: InventoryLimits): void {
  const { maxFileBytes } = resolveLimits(limits);
  if (size > maxFileBytes) {
    throw new InventoryFileError('inventory-too-large', {
      nl:
        `Dit bestand is ${megabytes(size)}. Dat is groter dan de limiet van ${megabytes(maxFileBytes)} ` +
        `(maxFileBytes).`,
      en: `This file is ${megabytes(size)}, over the limit of ${megabytes(maxFileBytes)} (maxFileBytes).`,
    });
  }
}

async function bytesOf(source: InventorySource, limits: InventoryLimits): Promise<Uint8Array> {
  assertInventoryFileSize(
    source instanceof Uint8Array || source instanceof ArrayBuffer ? source.byteLength : source.size,
    limits,
  );
  if (source instanceof Uint8Array) return source;
  if (source instanceof ArrayBuffer) return new Uint8Array(source);
  return new Uint8Array(await source.arrayBuffer());
}

function rowError(
  code: string,
  reason: { nl: string; en: string },
  row: number,
  map: ColumnMap,
  field?: InventoryField,
): InventoryRowError {
  return new InventoryRowError(
    code,
    reason,
    row,
    field === undefined ? undefined : (map.label[field] ?? templateHeaders[field]),
  );
}

const required = (field: InventoryField): { nl: string; en: string } => ({
  nl: `${templateHeaders[field]} is leeg. Dit veld is verplicht.`,
  en: `${templateHeaders[field]} is empty. This field is required.`,
});

/** Field of an `InventoryItem` issue path such as `/grounds/0`. */
const fieldOfPath = (path: string): InventoryField | undefined => {
  const name = path.split('/')[1];
  return name === undefined || name === '' ? undefined : (name as InventoryField);
};

/** Turns one table row into an item, or into the errors that keep it out. */
function readRow(
  row: TableRow,
  map: ColumnMap,
  date1904: boolean,
  matterDefault: string | undefined,
): InventoryItem | InventoryRowError[] {
  const cell = (field: InventoryField): Cell => {
    const i = map.index[field];
    return i === undefined ? undefined : row.cells[i];
  };
  const errors: InventoryRowError[] = [];
  const fail = (field: InventoryField, code: string, reason: { nl: string; en: string }): void => {
    errors.push(rowError(code, reason, row.row, map, field));
  };
  const text = (field: InventoryField): string => textOf(cell(field));

  const id = text('id');
  if (id === '') fail('id', 'missing-value', required('id'));
  const matter = text('matter') || (matterDefault ?? '');
  if (matter === '') fail('matter', 'missing-value', required('matter'));
  const name = text('name');
  if (name === '') fail('name', 'missing-value', required('name'));
  let date = '';
  if (text('date') === '') fail('date', 'missing-value', required('date'));
  else {
    const r = readDate(cell('date'), date1904);
    if (r.ok) date = r.value;
    else fail('date', r.code, r.reason);
  }
  let assessment: InventoryAssessment = 'public';
  if (text('assessment') === '') fail('assessment', 'missing-value', required('assessment'));
  else {
    const r = readAssessment(cell('assessment'));
    if (r.ok) assessment = r.value;
    else fail('assessment', r.code, r.reason);
  }
  const grounds = readGrounds(cell('grounds'));
  if (!grounds.ok) fail('grounds', grounds.code, grounds.reason);
  const suspended = readYesNo(cell('suspended'));
  if (!suspended.ok) fail('suspended', suspended.code, suspended.reason);
  let publicLink: string | undefined;
  if (text('publicLink') !== '') {
    const r = readLink(cell('publicLink'));
    if (r.ok) publicLink = r.value;
    else fail('publicLink', r.code, r.reason);
  }
  if (errors.length > 0) return errors;

  const explanation = text('explanation');
  const familyId = text('familyId');
  const threadId = text('threadId');
  const relatedIds = readList(cell('relatedIds'));
  const caseNumbers = readList(cell('caseNumbers'));
  const item: InventoryItem = {
    id,
    matter,
    name,
    fileType: readFileType(cell('fileType')),
    date,
    assessment,
    grounds: grounds.ok ? grounds.value : [],
    ...(explanation === '' ? {} : { explanation }),
    ...(publicLink === undefined ? {} : { publicLink }),
    ...(relatedIds.length === 0 ? {} : { relatedIds }),
    ...(familyId === '' ? {} : { familyId }),
    ...(threadId === '' ? {} : { threadId }),
    ...(caseNumbers.length === 0 ? {} : { caseNumbers }),
    ...(suspended.ok && suspended.value ? { suspended: true } : {}),
  };
  // The schema (lengths, link form) and the rules of law (grounds per assessment, Woo 5.1 and 5.3).
  const result = validateInventoryItem(item);
  if (result.ok) return item;
  return result.errors.map((issue) => {
    const field = fieldOfPath(issue.path);
    return rowError(issue.code, issue.message, row.row, map, field);
  });
}

/** Reads the rows of a table (XLSX sheet or CSV) as inventory items. */
export function inventoryFromTable(
  table: Table,
  format: 'xlsx' | 'csv',
  options: { matter?: string | undefined } = {},
): InventoryReadResult {
  const headerAt = table.rows.findIndex((r) => isInventoryHeader(r.cells));
  const header = table.rows[headerAt < 0 ? 0 : headerAt];
  const map = mapColumns(header?.cells ?? []);
  const missing = map.missing.filter((f) => !(f === 'matter' && options.matter !== undefined));
  if (header === undefined || missing.length > 0) {
    const names = (
      header === undefined
        ? ['ID', 'Matter', 'Document', 'Datum', 'Beoordeling']
        : missing.map((f) => templateHeaders[f])
    ).join(', ');
    throw new InventoryFileError('inventory-missing-columns', {
      nl: `Dit is geen inventarislijst in het formaat van het productierapport: de kolommen ${names} ontbreken.`,
      en: `This is not an inventory in the productierapport format: the columns ${names} are missing.`,
    });
  }
  const items: InventoryItem[] = [];
  const errors: InventoryRowError[] = [];
  const dataRows = table.rows.slice((headerAt < 0 ? 0 : headerAt) + 1);
  for (const row of dataRows) {
    try {
      const read = readRow(row, map, table.date1904 === true, options.matter);
      if (Array.isArray(read)) errors.push(...read);
      else items.push(read);
    } catch (error) {
      // A bad row never stops the file.
      const e =
        error instanceof WooKitError
          ? error
          : new WooKitError('internal-error', { nl: String(error), en: String(error) });
      errors.push(new InventoryRowError(e.code, e.messages, row.row));
    }
  }
  return {
    items,
    errors,
    format,
    ...(table.sheet === undefined ? {} : { sheet: table.sheet }),
    rows: dataRows.length,
    ignoredColumns: map.ignored,
  };
}

/**
 * Reads an inventory (productierapport) from an XLSX or CSV file. Works in browsers (pass the
 * `File` of an `<input type="file">`) and in Node (pass a `Buffer`). The zip library loads only
 * when an XLSX file is read.
 *
 * Throws `InventoryFileError` when the file cannot be read at all: over a limit
 * (`inventory-too-large`, `inventory-unpacked-too-large`, `inventory-too-many-rows`), not a
 * spreadsheet (`inventory-unreadable`), or without the required columns (`inventory-missing-columns`).
 * Bad rows are reported in `errors`, each with its row number and column.
 */
export async function readInventory(
  source: InventorySource,
  options: ReadInventoryOptions = {},
): Promise<InventoryReadResult> {
  const limits = resolveLimits(options.limits);
  const bytes = await bytesOf(source, limits);
  const tooManyRows = (): InventoryFileError =>
    new InventoryFileError('inventory-too-many-rows', {
      nl:
        `Deze inventarislijst heeft meer dan ${limits.maxRows.toLocaleString('nl-NL')} rijen. Dat is meer dan ` +
        `de limiet (maxRows).`,
      en: `This inventory has more than ${limits.maxRows.toLocaleString('en-GB')} rows, over the limit (maxRows).`,
    });
  // An old .xls workbook, or an .xlsx protected with a password, is an OLE compound file (D0 CF 11 E0).
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw new InventoryFileError('inventory-unreadable', {
      nl:
        'Dit is een oud Excel-bestand (.xls) of een bestand met een wachtwoord. Sla het op als .xlsx zonder ' +
        'wachtwoord, of als CSV.',
      en:
        'This is an old Excel file (.xls) or a file protected with a password. Save it as .xlsx without a ' +
        'password, or as CSV.',
    });
  }
  const format = options.format ?? (looksLikeZip(bytes) ? 'xlsx' : 'csv');
  const table =
    format === 'xlsx'
      ? await readXlsxTable(bytes, {
          maxUnpackedBytes: limits.maxUnpackedBytes,
          maxRows: limits.maxRows,
          sheet: options.sheet,
          isHeader: isInventoryHeader,
          tooManyRows,
        })
      : readCsvTable(decodeCsv(bytes), limits.maxRows, tooManyRows);
  return inventoryFromTable(table, format, { matter: options.matter });
}
