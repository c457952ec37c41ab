/**
 * Text normalisation shared by the rules, the model features and the training script, so training
 * and prediction always see the same text.
 */

/** Longest title (in UTF-16 code units) the classifier reads; the rest is ignored, so a 1 MB title costs nothing. */
export const MAX_TITLE_LENGTH = 400;
/** Longest summary the classifier reads. */
export const MAX_SUMMARY_LENGTH = 600;
/** Longest piece of body text the classifier reads. */
export const MAX_TEXT_LENGTH = 1000;

// "B&W", "B & W", "B en W", "B. en W.", "burgemeester en wethouders" all mean the college.
const COLLEGE_SYMBOL = /\bb\s*[&+]\s*w\b/g;
const COLLEGE_WORDS = /\bb en w\b|\bburgemeester en wethouders\b/g;
// "GS" / "PS" / "AB" / "DB" are common abbreviations of provincial and board bodies.
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  gs: 'gedeputeerde staten',
  ps: 'provinciale staten',
  rib: 'raadsinformatiebrief',
  apv: 'algemene plaatselijke verordening apv',
  stcrt: 'staatscourant',
};
// One pass for all of them (no spelled-out form holds another abbreviation as a word, so the order never mattered).
const ABBREVIATION = /\b(?:gs|ps|rib|apv|stcrt)\b/g;
const spellOut = (abbreviation: string): string => ABBREVIATIONS[abbreviation]!;
const MARKS = /\p{M}+/gu;
// Everything that is not a letter or digit separates words (hyphens, slashes, quotes, control characters).
const SEPARATORS = /[^\p{L}\p{N}]+/gu;

/**
 * Normalises a Dutch title for matching: keeps at most `maxLength` characters, removes accents
 * (`financiële` → `financiele`), lowercases, writes every form of "B&W" as `benw`, spells out a few
 * common abbreviations (GS, PS, RIB, APV, Stcrt.), and turns punctuation, hyphens and control characters into
 * single spaces. Numbers stay. Never throws: a value that is not a string gives `''`.
 *
 * @example normalizeTitle('Besluitenlijst B&W 14-01-2025') === 'besluitenlijst benw 14 01 2025'
 */
export function normalizeTitle(text: unknown, maxLength: number = MAX_TITLE_LENGTH): string {
  if (typeof text !== 'string' || text.length === 0) return '';
  let s = text.length > maxLength ? text.slice(0, maxLength) : text;
  s = s.normalize('NFKD').replace(MARKS, '').toLowerCase();
  s = s.replace(COLLEGE_SYMBOL, ' benw ');
  s = ` ${s.replace(SEPARATORS, ' ')} `;
  s = s.replace(COLLEGE_WORDS, 'benw');
  s = s.replace(ABBREVIATION, spellOut);
  return s.trim().replace(/ {2,}/g, ' ');
}

// "Gemeente Ede - Besluitenlijst B&W …": a short name before a spaced dash or bar.
const NAME_PREFIX = /^\s*[^-–—|:]{2,40}?\s+[-–—|]\s+(?=\S)/u;
// A meeting, not a name: the rest of the title is an item on its agenda.
const MEETING_PREFIX = /\b(?:vergadering|raadsvergadering|statenvergadering|commissievergadering|beraad)\b/iu;

/**
 * The normalised title without a leading name prefix ("Utrecht - Verordening …" → "verordening …"),
 * or `''` when the title has no such prefix. Rules test it to see whether a title convention starts
 * the title proper.
 */
export function titleWithoutPrefix(text: unknown, maxLength: number = MAX_TITLE_LENGTH): string {
  if (typeof text !== 'string' || text.length === 0) return '';
  const s = text.length > maxLength ? text.slice(0, maxLength) : text;
  const m = NAME_PREFIX.exec(s);
  // "Raadsvergadering - Parkeerverordening 2013" is an item of a meeting, not a by-law of a body called so.
  if (m === null || MEETING_PREFIX.test(m[0])) return '';
  return normalizeTitle(s.slice(m[0].length), maxLength);
}
