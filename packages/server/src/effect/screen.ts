/**
 * Screening of free text people type into the feedback form (and of search terms) before anything
 * is stored: e-mail addresses, phone numbers, BSN-like numbers, IBANs, postcodes, street addresses
 * and obvious name patterns are replaced by a marker. AVG art. 5 lid 1 c (data minimisation) and
 * art. 25 (data protection by default): what is not needed is not kept.
 *
 * Limits (docs/effect.md): names cannot be recognised reliably. Only names introduced by a pattern
 * ("mijn naam is …", "ik ben …", "naam: …", a greeting before a signature, "dhr.", "mevr.",
 * initials before a surname) are removed; a bare name in a sentence ("Pieter zei dat …") stays.
 * That is why the form asks people not to type personal details, and why text is erased after a
 * set time. Pure: no I/O, runs in Node and browsers.
 */

/** What stands where something was removed. */
export const REMOVED = '[verwijderd]';

/** Why something was removed (counted, never stored with the text). */
export type ScreenKind = 'email' | 'phone-or-number' | 'iban' | 'postcode' | 'street-address' | 'name';

export interface ScreenResult {
  /** The text with every match replaced by `[verwijderd]`, white space tidied. */
  readonly text: string;
  /** What was removed, by kind (no values). */
  readonly removed: Readonly<Partial<Record<ScreenKind, number>>>;
}

// A word of a name: a capital letter, then letters, apostrophes or hyphens ("Anne-Marie", "O'Neill").
const NAME_WORD = String.raw`\p{Lu}[\p{L}'’-]*`;
// Dutch tussenvoegsels between first name and surname.
const PARTICLE = String.raw`(?:van|de|der|den|ter|ten|te|het|'t|in|op|la|le|du|da|von|el|al|bin)`;
// A name: one to four capitalised words, with particles between them; initials may come first.
const NAME_INITIALS = String.raw`(?:(?:\p{Lu}\.\s?){1,4}\s?(?:${PARTICLE}[ \t]+)*)?`;
const NAME = String.raw`${NAME_INITIALS}${NAME_WORD}(?:[ \t]+(?:${PARTICLE}[ \t]+)*${NAME_WORD}){0,3}`;

const EMAIL = /[\p{L}\p{N}._%+-]+\s?(?:@|\(at\)|\[at\])\s?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/giu;
// Country code and check digits: capitals (a space may follow) or small letters written together.
const IBAN = /\b(?:[A-Z]{2}\s?\d{2}|[a-z]{2}\d{2})(?:\s?[A-Za-z0-9]){10,30}\b/gu;
// Digits with separators between them: a phone number, BSN, account number or the like.
const DIGIT_RUN = /(?:\+|\b00)?\(?\d[\d \t.\-/()]*\d/gu;
// Four digits and two letters: capitals ("1234 AB") or written together ("1234ab"); "2024 en" is no postcode.
const POSTCODE = /\b[1-9]\d{3}(?:\s?[A-Z]{2}|[a-z]{2})\b(?:[ \t,]+\d{1,5}(?:\s?[a-z]\b|-\d{1,4})?)?/gu;
const STREET_SUFFIX =
  String.raw`(?:straat|weg|laan|plein|kade|gracht|singel|dijk|pad|hof|park|steeg|dreef|markt|` +
  String.raw`plantsoen|erf|baan|wal|haven|veld|hoek|ring|dam|burg|kamp|akker|wei|oord|boulevard|` +
  String.raw`allee|street|road|avenue|lane)`;
const STREET = new RegExp(
  String.raw`(?:\b\p{Lu}[\p{L}'’-]*\s)?\b[\p{L}'’-]*${STREET_SUFFIX}\s\d{1,5}(?:\s?[a-z]\b|-\d{1,4})?`,
  'giu',
);

// Words that introduce a name, in the six languages of the components where it is cheap to do so.
const INTRODUCERS = [
  String.raw`mijn naam is`,
  String.raw`ik heet`,
  String.raw`ik ben`,
  String.raw`naam\s?:`,
  String.raw`my name is`,
  String.raw`name\s?:`,
  String.raw`i am`,
  String.raw`i'm`,
  String.raw`benim adım`,
  String.raw`adım`,
  String.raw`nazywam się`,
  String.raw`mam na imię`,
  String.raw`mijn zoon|mijn dochter|mijn man|mijn vrouw|mijn buurman|mijn buurvrouw|mijn moeder|mijn vader`,
];
const TITLES =
  String.raw`(?:dhr|mevr|mw|mr|mrs|ms|drs|dr|ir|ing|prof)\.?|` +
  String.raw`de heer|mevrouw|meneer|juffrouw|sayın|pan|pani`;
const GREETINGS =
  String.raw`(?:met\s)?(?:vriendelijke\s)?groet(?:en)?|mvg|gr\.|hartelijke groet(?:en)?|` +
  String.raw`kind regards|regards|best wishes|thanks|bedankt|dank u wel|pozdrawiam|saygılarımla`;

/**
 * `source` matching either case, letter by letter. The patterns with a name cannot use the `i` flag:
 * with it, `\p{Lu}` also matches small letters, and "ik ben boos" would lose "boos".
 */
function anyCase(source: string): string {
  return source.replace(/\\.|\p{L}/gu, (c) =>
    c.length > 1 || c.toLowerCase() === c.toUpperCase() ? c : `[${c.toLowerCase()}${c.toUpperCase()}]`,
  );
}
const INTRODUCED = new RegExp(String.raw`(\b(?:${anyCase(INTRODUCERS.join('|'))})[ \t,:]*)(${NAME})`, 'gu');
const TITLED = new RegExp(String.raw`(\b(?:${anyCase(TITLES)})[ \t]+)(${NAME})`, 'gu');
const SIGNED = new RegExp(String.raw`(\b(?:${anyCase(GREETINGS)})[ \t]*[,.!]?\s*)(${NAME})`, 'gu');
// Initials followed by a surname: "J. de Vries", "A.B. Jansen".
const INITIALS = new RegExp(String.raw`\b(?:\p{Lu}\.\s?){1,4}\s?(?:${PARTICLE}\s)*${NAME_WORD}`, 'gu');

/** Whether `digits` (8 or 9 of them) pass the BSN eleven test (elfproef). */
export function passesElevenTest(digits: string): boolean {
  if (!/^\d{8,9}$/.test(digits)) return false;
  const d = digits.padStart(9, '0');
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(d[i]) * (9 - i);
  sum -= Number(d[8]);
  return sum % 11 === 0 && d !== '000000000';
}

/** A date written with numbers (12-03-2025, 2025-03-12, 1/2/2024): kept, it says what someone looked for. */
function isDate(run: string): boolean {
  const dmy = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(run);
  const ymd = /^(\d{4})-(\d{2})-(\d{2})$/.exec(run);
  const [day, month] = dmy ? [Number(dmy[1]), Number(dmy[2])] : ymd ? [Number(ymd[3]), Number(ymd[2])] : [0, 0];
  return day >= 1 && day <= 31 && month >= 1 && month <= 12;
}

/**
 * Removes what could point at a person. Digit runs: 9 or more digits (with spaces, dots, dashes,
 * slashes or brackets between them) are removed: every Dutch phone number (10 digits, 11–13 with
 * +31 or 0031), every BSN (9 digits) and every bank account number; 8 digits that pass the BSN
 * eleven test (a BSN whose leading zero was dropped) too. Dates and shorter numbers (years, amounts,
 * house numbers without a street, "14 020") stay.
 */
export function screenText(input: string): ScreenResult {
  const removed: Partial<Record<ScreenKind, number>> = {};
  const count = (kind: ScreenKind) => {
    removed[kind] = (removed[kind] ?? 0) + 1;
    return REMOVED;
  };
  // Control characters (but tab and line breaks) become spaces: they would only hide what follows.
  // eslint-disable-next-line no-control-regex -- these characters are exactly what is looked for
  let text = input.normalize('NFC').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ' ');
  text = text.replace(EMAIL, () => count('email'));
  text = text.replace(IBAN, (match) => ((match.match(/\d/g)?.length ?? 0) >= 10 ? count('iban') : match));
  text = text.replace(DIGIT_RUN, (match) => {
    const run = match.replace(/^[(]+|[)]+$/g, '');
    const digits = run.replace(/\D/g, '');
    if (isDate(run.trim())) return match;
    if (digits.length >= 9 || (digits.length === 8 && passesElevenTest(digits))) return count('phone-or-number');
    return match;
  });
  text = text.replace(STREET, () => count('street-address'));
  text = text.replace(POSTCODE, () => count('postcode'));
  for (const pattern of [INTRODUCED, TITLED, SIGNED]) {
    text = text.replace(pattern, (_match, before: string) => `${before}${count('name')}`);
  }
  text = text.replace(INITIALS, () => count('name'));
  // Two markers in a row are one; white space is tidied (nothing else is changed).
  text = text
    .replace(/(\[verwijderd\][\s,.;-]*){2,}/g, `${REMOVED} `)
    .replace(/[ \t]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { text, removed };
}

/**
 * A search term as it is counted: screened (a term from which anything had to be removed is not
 * counted at all), folded to lower case without accents, white space collapsed, at most 80
 * characters. `undefined` when nothing countable is left (shorter than 2 letters, or screened).
 */
export function normaliseTerm(input: string): string | undefined {
  const screened = screenText(input);
  if (Object.keys(screened.removed).length > 0) return undefined;
  const term = screened.text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/["'’“”()[\]{}<>*?!,;:]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if ((term.match(/\p{L}/gu)?.length ?? 0) < 2) return undefined;
  // A term of more than 6 words is a sentence, not a search term: too personal to count.
  if (term.split(' ').length > 6 || term.length > 80) return undefined;
  return term;
}
