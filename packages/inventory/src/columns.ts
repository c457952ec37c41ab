/**
 * The columns of the productierapport and the header variants real files use. Headers are compared
 * without case, spaces or punctuation, so "Family ID", "family_id" and "FamilyID" are one column.
 */
import type { Cell } from './table.js';

/** The fields of `InventoryItem` a column can fill. */
export type InventoryField =
  | 'id'
  | 'matter'
  | 'familyId'
  | 'threadId'
  | 'name'
  | 'fileType'
  | 'date'
  | 'assessment'
  | 'suspended'
  | 'grounds'
  | 'explanation'
  | 'publicLink'
  | 'relatedIds'
  | 'caseNumbers';

const variants: Readonly<Record<InventoryField, readonly string[]>> = {
  id: ['id', 'documentid', 'docid'],
  matter: ['matter', 'matterid'],
  familyId: ['family', 'familyid'],
  threadId: ['emailthreadid', 'emailthread', 'threadid', 'thread'],
  name: ['document', 'documentnaam', 'documentname', 'naam', 'name', 'title'],
  fileType: ['filetype', 'bestandstype', 'type'],
  date: ['datum', 'date', 'documentdatum'],
  assessment: ['beoordeling', 'assessment', 'oordeel'],
  suspended: ['opgeschort', 'suspended'],
  grounds: [
    'beoordelingsgrond',
    'beoordelingsgronden',
    'weigeringsgrond',
    'weigeringsgronden',
    'grond',
    'gronden',
    'grounds',
    'ground',
  ],
  explanation: ['toelichting', 'explanation'],
  publicLink: ['publiekelink', 'publiclink', 'link', 'openbarelink'],
  relatedIds: ['gerelateerdid', 'gerelateerdeid', 'gerelateerdeids', 'relatedid', 'relatedids'],
  caseNumbers: ['zaaknummer', 'zaaknummers', 'casenumber', 'casenumbers'],
};

/** Columns an inventory must have (productierapport: ID, Matter, Document, Datum, Beoordeling). */
export const requiredFields: readonly InventoryField[] = ['id', 'matter', 'name', 'date', 'assessment'];

/** The header each field is written with in the productierapport template. */
export const templateHeaders: Readonly<Record<InventoryField, string>> = {
  id: 'ID',
  matter: 'Matter',
  familyId: 'Family',
  threadId: 'Email Thread ID',
  name: 'Document',
  fileType: 'File Type',
  date: 'Datum',
  assessment: 'Beoordeling',
  suspended: 'Opgeschort',
  grounds: 'Beoordelingsgrond',
  explanation: 'Toelichting',
  publicLink: 'Publieke Link',
  relatedIds: 'Gerelateerd ID',
  caseNumbers: 'Zaaknummer',
};

const normalise = (header: string): string =>
  header
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]/g, '');

const byVariant = new Map<string, InventoryField>();
for (const [field, names] of Object.entries(variants) as [InventoryField, readonly string[]][]) {
  for (const name of names) byVariant.set(name, field);
}

/** Spreadsheet letter of a 0-based column index: 0 → A, 27 → AB. */
export function columnLetter(index: number): string {
  let out = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

export interface ColumnMap {
  /** Column index of each field found. */
  readonly index: Partial<Record<InventoryField, number>>;
  /** Header text and letter for messages, e.g. `Datum (G)`. */
  readonly label: Partial<Record<InventoryField, string>>;
  /** Headers of columns that are not part of the format; they are ignored. */
  readonly ignored: readonly string[];
  readonly missing: readonly InventoryField[];
}

/** Maps a header row to fields. The first column with a name wins when a name repeats. */
export function mapColumns(cells: readonly Cell[]): ColumnMap {
  const index: Partial<Record<InventoryField, number>> = {};
  const label: Partial<Record<InventoryField, string>> = {};
  const ignored: string[] = [];
  cells.forEach((cell, i) => {
    const text = cell === undefined ? '' : String(cell).trim();
    if (text === '') return;
    const field = byVariant.get(normalise(text));
    if (field === undefined || index[field] !== undefined) {
      ignored.push(text);
      return;
    }
    index[field] = i;
    label[field] = `${text} (${columnLetter(i)})`;
  });
  return { index, label, ignored, missing: requiredFields.filter((f) => index[f] === undefined) };
}

/** True when a row looks like the header of an inventory: it names at least the id and the assessment. */
export const isInventoryHeader = (cells: readonly Cell[]): boolean => {
  const map = mapColumns(cells);
  return map.index.id !== undefined && map.index.assessment !== undefined;
};
