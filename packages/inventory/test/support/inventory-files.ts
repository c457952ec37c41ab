// Test helpers: write tables as XLSX (a minimal SpreadsheetML workbook zipped with fflate) and as
// CSV, the way spreadsheet programs do. Independent of the reader: the tests read these back.
import { strToU8, zipSync, type Zippable } from 'fflate';

export type OutCell = string | number | undefined;

const escapeXml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function letter(index: number): string {
  let out = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

export interface XlsxOptions {
  /** Row numbers to leave empty (written as rows without cells, or not at all). */
  readonly sheetName?: string;
  /** Text cells as inline strings instead of shared strings. */
  readonly inline?: boolean;
  /** Extra sheet before the inventory sheet (like a "Lookup values" sheet, but first). */
  readonly lookupFirst?: boolean;
  readonly date1904?: boolean;
}

/** A workbook with one sheet holding `rows` (row 1 first; `undefined` rows are left empty). */
export function writeXlsx(rows: readonly (readonly OutCell[] | undefined)[], options: XlsxOptions = {}): Uint8Array {
  const shared: string[] = [];
  const sharedIndex = new Map<string, number>();
  const sheetRows = rows.map((cells, r) => {
    if (cells === undefined) return r % 2 === 0 ? '' : `<row r="${r + 1}"/>`;
    const xmlCells = cells.map((cell, c) => {
      const ref = `${letter(c)}${r + 1}`;
      if (cell === undefined || cell === '') return c % 3 === 0 ? `<c r="${ref}" s="2"/>` : '';
      if (typeof cell === 'number') return `<c r="${ref}" s="3"><v>${cell}</v></c>`;
      if (options.inline)
        return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(cell)}</t></is></c>`;
      let i = sharedIndex.get(cell);
      if (i === undefined) {
        i = shared.length;
        shared.push(cell);
        sharedIndex.set(cell, i);
      }
      return `<c r="${ref}" t="s"><v>${i}</v></c>`;
    });
    return `<row r="${r + 1}">${xmlCells.join('')}</row>`;
  });
  const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const sheet =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ` +
    `xmlns="${ns}"><sheetData>${sheetRows.join('')}</sheetData></worksheet>`;
  const lookup =
    `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${ns}"><sheetData><row r="1"><c r="A1" ` +
    `t="inlineStr"><is><t>Openbaar</t></is></c></row></sheetData></worksheet>`;
  const sheets = options.lookupFirst
    ? `<sheet name="Lookup values" sheetId="2" r:id="rId2"/><sheet ` +
      `name="${escapeXml(options.sheetName ?? 'Sheet1')}" sheetId="1" r:id="rId1"/>`
    : `<sheet name="${escapeXml(options.sheetName ?? 'Sheet1')}" sheetId="1" r:id="rId1"/><sheet name="Lookup ` +
      `values" sheetId="2" r:id="rId2"/>`;
  const files: Zippable = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    ),
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${ns}" ` +
        `xmlns:r="${rel}"><workbookPr${options.date1904 ? ' date1904="1"' : ''}/><sheets>${sheets}</sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships ` +
        `xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" ` +
        `Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${rel}/worksheet" ` +
        `Target="/xl/worksheets/sheet2.xml"/></Relationships>`,
    ),
    'xl/worksheets/sheet1.xml': strToU8(sheet),
    'xl/worksheets/sheet2.xml': strToU8(lookup),
  };
  if (!options.inline) {
    files['xl/sharedStrings.xml'] = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${ns}" count="${shared.length}" ` +
        (`uniqueCount="${shared.length}">` +
          `${shared.map((s) => `<si><t xml:space="preserve">` + `${escapeXml(s)}</t></si>`).join('')}</sst>`),
    );
  }
  return zipSync(files, { level: 6 });
}

/** CSV as Excel writes it: fields with the separator, quotes or line breaks are quoted. */
export function writeCsv(
  rows: readonly (readonly OutCell[] | undefined)[],
  separator: ';' | ',' | '\t' = ';',
  options: { bom?: boolean; crlf?: boolean } = {},
): Uint8Array {
  const eol = options.crlf === false ? '\n' : '\r\n';
  const field = (cell: OutCell): string => {
    const s = cell === undefined ? '' : String(cell);
    return /[";,\t\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const text = rows.map((cells) => (cells === undefined ? '' : cells.map(field).join(separator))).join(eol) + eol;
  return strToU8((options.bom ? '\uFEFF' : '') + text);
}
