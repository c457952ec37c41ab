/**
 * Interprets the cells of one inventory row: the assessment words, "Ja"/"yes", grounds with a
 * trailing `;`, dates in the three forms real files use. Each function returns the value or a
 * reason (Dutch and English) why the cell cannot be read.
 */
import { fromDayNumber, dayNumberFromParts } from '@woo-kit/core';
import type { LocalizedText } from '@woo-kit/core';
import { isIsoDate } from '@woo-kit/core';
import { exceptionGroundByArticle } from '@woo-kit/core';
import type { InventoryAssessment, InventoryFileType, InventoryGroundArticle } from '@woo-kit/core';
import { inventoryFileTypes } from '@woo-kit/core';
import type { Cell } from './table.js';

export type Read<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly code: string; readonly reason: LocalizedText };

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const bad = (code: string, nl: string, en: string): Read<never> => ({ ok: false, code, reason: { nl, en } });
const shown = (cell: Cell): string => JSON.stringify(String(cell).slice(0, 60));

/** A cell as trimmed text; numbers as written (`10001`, not `10001.0`). */
export function textOf(cell: Cell): string {
  if (cell === undefined) return '';
  if (typeof cell === 'number') return String(cell);
  return String(cell).trim();
}

const key = (cell: Cell): string =>
  textOf(cell)
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .trim();

const assessments: Readonly<Record<string, InventoryAssessment>> = {
  openbaar: 'public',
  'deels openbaar': 'partlyPublic',
  'gedeeltelijk openbaar': 'partlyPublic',
  'niet openbaar': 'notPublic',
  'reeds openbaar': 'alreadyPublic',
  'al openbaar': 'alreadyPublic',
  public: 'public',
  'partly public': 'partlyPublic',
  partlypublic: 'partlyPublic',
  'not public': 'notPublic',
  notpublic: 'notPublic',
  'already public': 'alreadyPublic',
  alreadypublic: 'alreadyPublic',
};

/** "Beoordeling": Openbaar, Deels openbaar, Niet openbaar, Reeds openbaar (or the English codes). */
export function readAssessment(cell: Cell): Read<InventoryAssessment> {
  const value = assessments[key(cell)];
  return value !== undefined
    ? ok(value)
    : bad(
        'unknown-assessment',
        `onbekende beoordeling ${shown(cell)}. Gebruik Openbaar, Deels openbaar, Niet openbaar of Reeds openbaar.`,
        `unknown assessment ${shown(cell)}. Use Openbaar, Deels openbaar, Niet openbaar or Reeds openbaar.`,
      );
}

const yes = new Set(['ja', 'j', 'yes', 'y', 'true', 'waar', '1', 'x']);
const no = new Set(['', 'nee', 'n', 'no', 'false', 'onwaar', '0']);

/** "Opgeschort": Ja / yes (and the like) or empty / Nee / no. */
export function readYesNo(cell: Cell): Read<boolean> {
  if (typeof cell === 'boolean') return ok(cell);
  const k = key(cell);
  if (yes.has(k)) return ok(true);
  if (no.has(k)) return ok(false);
  return bad('invalid-yes-no', `${shown(cell)} is geen ja of nee.`, `${shown(cell)} is not yes or no.`);
}

/**
 * "Beoordelingsgrond": articles separated by `;` or `,` (a trailing separator is fine), written as
 * `5.1.2e`, `5.1.2.e`, `5.1.2 e`, `art. 5.1.2e` or `5.1 lid 2 sub e`. Each must be in the registry.
 */
export function readGrounds(cell: Cell): Read<InventoryGroundArticle[]> {
  const out: InventoryGroundArticle[] = [];
  for (const part of textOf(cell).split(/[;,\n]+/)) {
    let token = part.toLowerCase().trim();
    if (token === '') continue;
    token = token
      .replace(/^(?:art(?:ikel)?\.?\s*)/, '')
      .replace(/^woo\s+/, '')
      .replace(
        /^(\d+\.\d+)\s*lid\s*(\d+)(?:\s*(?:sub|onder)\s*([a-z]))?$/,
        (_, a: string, l: string, s: string | undefined) => `${a}.${l}${s ?? ''}`,
      )
      .replace(/\s+/g, '')
      .replace(/^(\d+\.\d+\.\d+)\.?([a-z])\.?$/, '$1$2')
      .replace(/\.$/, '');
    const ground = exceptionGroundByArticle(token);
    if (ground === undefined || (!ground.isGround && ground.article !== '5.3')) {
      return bad(
        'unknown-ground',
        `${JSON.stringify(part.trim().slice(0, 40))} is geen uitzonderingsgrond uit hoofdstuk 5 van de Woo ` +
          `(bijvoorbeeld 5.1.2e).`,
        `${JSON.stringify(part.trim().slice(0, 40))} is not an exception ground of Woo chapter 5 (for example 5.1.2e).`,
      );
    }
    const article = ground.article as InventoryGroundArticle;
    if (!out.includes(article)) out.push(article);
  }
  return ok(out);
}

/** Days between 1970-01-01 and the spreadsheet epochs. */
const EPOCH_1900 = dayNumberFromParts(1899, 12, 30); // serial 61 = 1900-03-01 (Lotus's 1900-02-29 bug)
const EPOCH_1904 = dayNumberFromParts(1904, 1, 1);

/** A spreadsheet date number (days since 1900 or 1904; a fraction is the time of day). */
export function dateFromSerial(serial: number, date1904 = false): string | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return undefined; // up to 9999-12-31
  const days = Math.floor(serial);
  if (date1904) return fromDayNumber(EPOCH_1904 + days);
  if (days === 60) return undefined; // 1900-02-29 does not exist
  return fromDayNumber(days < 60 ? EPOCH_1900 + days + 1 : EPOCH_1900 + days);
}

const pad = (n: string): string => n.padStart(2, '0');

/** "Datum": `YYYY-MM-DD`, `MM/DD/YYYY`, a date number, or an ISO date-time (its date is used). */
export function readDate(cell: Cell, date1904 = false): Read<string> {
  const invalid = (): Read<never> =>
    bad(
      'invalid-date',
      `${shown(cell)} is geen datum. Schrijf JJJJ-MM-DD of MM/DD/JJJJ.`,
      `${shown(cell)} is not a date. Write YYYY-MM-DD or MM/DD/YYYY.`,
    );
  if (typeof cell === 'number') {
    const iso = dateFromSerial(cell, date1904);
    return iso !== undefined ? ok(iso) : invalid();
  }
  const text = textOf(cell);
  let iso: string | undefined;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text)) !== null) iso = m[1];
  else if ((m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+[\d:]+(?:\s*[AP]M)?)?$/i.exec(text)) !== null)
    iso = `${m[3]}-${pad(m[1]!)}-${pad(m[2]!)}`;
  else if ((m = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(text)) !== null)
    iso = `${m[3]}-${pad(m[2]!)}-${pad(m[1]!)}`; // Dutch DD-MM-YYYY
  // a date number exported as text
  else if (/^\d{1,7}(?:\.\d+)?$/.test(text)) iso = dateFromSerial(Number(text), date1904);
  return iso !== undefined && isIsoDate(iso) ? ok(iso) : invalid();
}

const fileTypeAliases: Readonly<Record<string, InventoryFileType>> = {
  docx: 'doc',
  word: 'doc',
  document: 'doc',
  txt: 'doc',
  rtf: 'doc',
  odt: 'doc',
  xls: 'spreadsheet',
  xlsx: 'spreadsheet',
  csv: 'spreadsheet',
  ods: 'spreadsheet',
  ppt: 'presentation',
  pptx: 'presentation',
  odp: 'presentation',
  jpg: 'image',
  jpeg: 'image',
  png: 'image',
  gif: 'image',
  tif: 'image',
  tiff: 'image',
  msg: 'email',
  eml: 'email',
  'e-mail': 'email',
  mail: 'email',
  htm: 'html',
  mp4: 'video',
  mov: 'video',
  mp3: 'audio',
  wav: 'audio',
  vcf: 'vcard',
};

/** "File Type": one of the productierapport's types; empty or unknown reads as `unknown` (as its manual says). */
export function readFileType(cell: Cell): InventoryFileType {
  const k = key(cell).replace(/^\./, '');
  if ((inventoryFileTypes as readonly string[]).includes(k)) return k as InventoryFileType;
  return fileTypeAliases[k] ?? 'unknown';
}

/** A list cell ("Gerelateerd ID", "Zaaknummer"): values separated by `;` or `,`. */
export function readList(cell: Cell): string[] {
  return textOf(cell)
    .split(/[;,\n]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** "Publieke Link": a web address; spaces (as in the template) are percent-encoded. */
export function readLink(cell: Cell): Read<string> {
  const text = textOf(cell);
  if (!/^https?:\/\/[^\s/]+/i.test(text)) {
    return bad(
      'invalid-link',
      `${shown(cell)} is geen webadres (http:// of https://).`,
      `${shown(cell)} is not a web address (http:// or https://).`,
    );
  }
  return ok(text.replace(/ /g, '%20'));
}
