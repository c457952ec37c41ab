/**
 * Reads the rows of an XLSX workbook (Office Open XML SpreadsheetML, ECMA-376 part 1 §18): the
 * workbook's sheet list, the shared strings and one worksheet. Formulas are not evaluated: the
 * cached value (`<v>`) is read, as a spreadsheet program shows it.
 */
import { InventoryFileError } from './errors.js';
import type { Cell, Table, TableRow } from './table.js';
import { attribute, decodeXmlText, textOf } from './xml.js';
import { ZipReader } from './zip.js';

export interface XlsxOptions {
  readonly maxUnpackedBytes: number;
  readonly maxRows: number;
  /** Name of the sheet to read; by default the first sheet whose first row looks like an inventory header. */
  readonly sheet?: string | undefined;
  /** Tells whether a row is the header the caller looks for (used to pick the sheet). */
  readonly isHeader: (cells: readonly Cell[]) => boolean;
  readonly tooManyRows: () => Error;
}

interface SheetRef {
  readonly name: string;
  readonly path: string;
}

/** Column index (0-based) of a cell reference such as `AB12`. */
function columnIndex(ref: string): number {
  let index = 0;
  for (let i = 0; i < ref.length; i += 1) {
    const code = ref.charCodeAt(i);
    if (code < 65 || code > 90) break;
    index = index * 26 + (code - 64);
  }
  return index - 1;
}

function resolveTarget(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  // Relative to xl/; resolve `..` segments.
  const parts = ['xl'];
  for (const part of target.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

async function sheetsOf(zip: ZipReader): Promise<{ sheets: SheetRef[]; date1904: boolean }> {
  const workbook = await zip.text('xl/workbook.xml');
  if (workbook === undefined) {
    throw new InventoryFileError('inventory-unreadable', {
      nl: 'Dit bestand is geen XLSX-werkmap: xl/workbook.xml ontbreekt.',
      en: 'This file is not an XLSX workbook: xl/workbook.xml is missing.',
    });
  }
  const rels = (await zip.text('xl/_rels/workbook.xml.rels')) ?? '';
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b([^>]*)\/?>/g)) {
    const id = attribute(m[1] ?? '', 'Id');
    const target = attribute(m[1] ?? '', 'Target');
    if (id !== undefined && target !== undefined) targets.set(id, resolveTarget(target));
  }
  const sheets: SheetRef[] = [];
  for (const m of workbook.matchAll(/<(?:\w+:)?sheet\b([^>]*)\/?>/g)) {
    const attrs = m[1] ?? '';
    const name = attribute(attrs, 'name') ?? '';
    const id = attribute(attrs, 'r:id') ?? /\s\w+:id\s*=\s*"([^"]*)"/.exec(attrs)?.[1];
    const path = id === undefined ? undefined : targets.get(id);
    if (path !== undefined) sheets.push({ name, path });
  }
  const pr = /<(?:\w+:)?workbookPr\b([^>]*)>/.exec(workbook)?.[1] ?? '';
  const d1904 = attribute(pr, 'date1904');
  return { sheets, date1904: d1904 === '1' || d1904 === 'true' };
}

function sharedStringsOf(xml: string | undefined): string[] {
  if (xml === undefined) return [];
  const out: string[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?si>([\s\S]*?)<\/(?:\w+:)?si>|<(?:\w+:)?si\/>/g))
    out.push(m[1] === undefined ? '' : textOf(m[1]));
  return out;
}

function cellValue(attrs: string, body: string, shared: readonly string[]): Cell {
  const type = attribute(attrs, 't') ?? 'n';
  if (type === 'inlineStr') return textOf(body);
  const raw = /<(?:\w+:)?v>([\s\S]*?)<\/(?:\w+:)?v>/.exec(body)?.[1];
  if (raw === undefined) return undefined;
  switch (type) {
    case 's':
      return shared[Number(raw)] ?? '';
    case 'b':
      return raw.trim() === '1';
    case 'n': {
      const n = Number(raw);
      return raw.trim() !== '' && Number.isFinite(n) ? n : decodeXmlText(raw);
    }
    case 'e':
      return undefined; // an error value such as #REF! reads as empty
    default: // str (formula text), d (ISO date)
      return decodeXmlText(raw);
  }
}

function rowsOf(xml: string, shared: readonly string[], options: XlsxOptions, firstOnly?: number): TableRow[] {
  const rows: TableRow[] = [];
  const rowRe = /<(?:\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g;
  const cellRe = /<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g;
  let previous = 0;
  for (let m = rowRe.exec(xml); m !== null; m = rowRe.exec(xml)) {
    const number = Number(attribute(m[1] ?? '', 'r') ?? previous + 1);
    previous = number;
    const body = m[2];
    if (body === undefined) continue;
    const cells: Cell[] = [];
    let position = 0;
    cellRe.lastIndex = 0;
    for (let c = cellRe.exec(body); c !== null; c = cellRe.exec(body)) {
      const attrs = c[1] ?? '';
      const ref = attribute(attrs, 'r');
      const index = ref === undefined ? position : columnIndex(ref);
      position = index + 1;
      if (index < 0 || index > 16_383) continue; // XLSX has at most 16,384 columns
      cells[index] = cellValue(attrs, c[2] ?? '', shared);
    }
    if (cells.every((cell) => cell === undefined || (typeof cell === 'string' && cell.trim() === ''))) continue;
    rows.push({ row: number, cells });
    if (firstOnly !== undefined && rows.length >= firstOnly) break;
    // The header plus maxRows data rows.
    if (rows.length > options.maxRows + 1) throw options.tooManyRows();
  }
  return rows;
}

/** Reads the rows of the inventory sheet of an XLSX workbook. */
export async function readXlsxTable(bytes: Uint8Array, options: XlsxOptions): Promise<Table> {
  const zip = new ZipReader(bytes, options.maxUnpackedBytes);
  const { sheets, date1904 } = await sheetsOf(zip);
  const shared = sharedStringsOf(await zip.text('xl/sharedStrings.xml'));
  const candidates = options.sheet === undefined ? sheets : sheets.filter((s) => s.name === options.sheet);
  if (candidates.length === 0) {
    throw new InventoryFileError('inventory-sheet-not-found', {
      nl: `Het werkblad ${JSON.stringify(options.sheet ?? '')} staat niet in dit bestand.`,
      en: `The sheet ${JSON.stringify(options.sheet ?? '')} is not in this file.`,
    });
  }
  let first: Table | undefined;
  for (const sheet of candidates) {
    const xml = await zip.text(sheet.path);
    if (xml === undefined) continue;
    // The header is among the first rows (a title row may come first).
    const head = rowsOf(xml, shared, options, 10);
    const table: Table = { rows: [], date1904, sheet: sheet.name };
    first ??= { ...table, rows: head };
    if (head.some((r) => options.isHeader(r.cells))) return { ...table, rows: rowsOf(xml, shared, options) };
  }
  // No sheet has the inventory header: return the first, the caller reports the missing columns.
  return first ?? { rows: [], date1904, sheet: candidates[0]?.name ?? '' };
}
