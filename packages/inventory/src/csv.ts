/**
 * Reads CSV as written by spreadsheet programs (RFC 4180 plus what Excel does): a byte order mark,
 * `;` or `,` or tab as separator (Dutch Excel writes `;`), quoted fields with separators, quotes and
 * line breaks inside, CRLF or LF line ends.
 */
import type { Cell, Table, TableRow } from './table.js';

/**
 * The separator: of `;`, `,` and tab, the one that occurs most often on one line (outside quotes)
 * within the first lines. Looking past the first line copes with a title row above the header.
 */
function separatorOf(text: string): string {
  const best = new Map<string, number>([
    [';', 0],
    [',', 0],
    ['\t', 0],
  ]);
  let line = new Map<string, number>([
    [';', 0],
    [',', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  let lines = 0;
  for (let i = 0; i < text.length && lines < 20; i += 1) {
    const ch = text[i]!;
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === '\n') {
      for (const [sep, n] of line) best.set(sep, Math.max(best.get(sep)!, n));
      line = new Map([
        [';', 0],
        [',', 0],
        ['\t', 0],
      ]);
      lines += 1;
    } else if (!quoted && line.has(ch)) line.set(ch, line.get(ch)! + 1);
  }
  for (const [sep, n] of line) best.set(sep, Math.max(best.get(sep)!, n));
  let found = ',';
  let most = 0;
  for (const [sep, n] of best) {
    if (n > most) {
      found = sep;
      most = n;
    }
  }
  return found;
}

/** Decodes CSV bytes: UTF-8 (with or without BOM), or Windows-1252 when they are not valid UTF-8. */
export function decodeCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/**
 * Parses CSV text into rows. A record is numbered as a spreadsheet program would show it (the first
 * record is row 1), even when a quoted field holds line breaks. Throws `tooManyRows()` past `maxRows`
 * data rows (plus the header).
 */
export function readCsvTable(text: string, maxRows: number, tooManyRows: () => Error): Table {
  const sep = separatorOf(text);
  const rows: TableRow[] = [];
  let cells: Cell[] = [];
  let field = '';
  let quoted = false;
  let record = 1;
  const endField = (): void => {
    cells.push(field);
    field = '';
  };
  const endRecord = (): void => {
    endField();
    if (cells.some((c) => typeof c === 'string' && c.trim() !== '')) {
      rows.push({ row: record, cells });
      if (rows.length > maxRows + 1) throw tooManyRows();
    }
    cells = [];
    record += 1;
  };
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;
  while (i < n) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i += 1;
        continue;
      }
      field += ch;
      i += 1;
      continue;
    }
    if (ch === '"' && field.trim() === '') {
      quoted = true;
      field = '';
      i += 1;
    } else if (ch === sep) {
      endField();
      i += 1;
    } else if (ch === '\r' || ch === '\n') {
      endRecord();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      field += ch;
      i += 1;
    }
  }
  if (field !== '' || cells.length > 0) endRecord();
  return { rows };
}
