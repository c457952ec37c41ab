/**
 * Text as the search index keeps it: lower case without accents (é → e, ĳ → ij), so the same query
 * finds the same publications in SQLite, PostgreSQL and the browser search of `<woo-publications>`.
 */

/** Lower case, without accents. */
export function fold(text: string): string {
  return /[^\0-\x7f]/.test(text) ? text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase() : text.toLowerCase();
}

/** The words of a text, folded: "Woo-verzoek" gives "woo" and "verzoek". */
export function words(text: string): string[] {
  return fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

// Small words left out of a query that has other words ("de fietsbrug" searches "fietsbrug"), as in the browser search.
const STOP_WORDS = new Set(
  'de het een en of van in op te voor met over aan bij om the a an and of to for on'.split(' '),
);

/** The words a query searches for: at most 12, without stop words (unless it has nothing else). */
export function queryWords(query: string): string[] {
  const all = [...new Set(words(query))].slice(0, 12);
  const content = all.filter((w) => !STOP_WORDS.has(w));
  return content.length ? content : all;
}

/** Sort key of a title: folded, numbers padded, so "Besluit 9" comes before "Besluit 10". */
export function titleKey(title: string): string {
  return fold(title)
    .replace(/\d+/g, (n) => n.padStart(12, '0'))
    .slice(0, 200);
}

/**
 * The distinct three-letter pieces of the words of a folded text, joined by spaces: what SQLite's
 * index keeps of a publication ("fietsbrug" gives "fie iet ets tsb sbr bru rug"). A word of the query
 * is inside a word of the text only if all its pieces are there, so the index finds the candidates and
 * the stored text confirms them. Words shorter than three letters have no pieces.
 */
export function trigrams(folded: string): string {
  return /[^\0-\x7f]/.test(folded) ? unicodeTrigrams(folded) : asciiTrigrams(folded);
}

/**
 * `trigrams` of a text of ASCII only (nearly every folded Dutch text): one pass over the character
 * codes, each piece known by a number (three codes of 7 bits), so no string is made for a repeat.
 */
function asciiTrigrams(text: string): string {
  const seen = new Set<number>();
  let out = '';
  let run = 0; // letters and digits so far in the current word
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90)) {
      if (++run < 3) continue;
      const key = (text.charCodeAt(i - 2) << 14) | (text.charCodeAt(i - 1) << 7) | c;
      if (seen.has(key)) continue;
      seen.add(key);
      out += out ? ` ${text.slice(i - 2, i + 1)}` : text.slice(i - 2, i + 1);
    } else run = 0;
  }
  return out;
}

function unicodeTrigrams(folded: string): string {
  const pieces = new Set<string>();
  for (const word of folded.match(/[\p{L}\p{N}]{3,}/gu) ?? []) {
    // Letters outside the BMP are two UTF-16 units: count in code points then.
    const letters: string | string[] = /[\uD800-\uDFFF]/.test(word) ? [...word] : word;
    for (let i = 0; i + 3 <= letters.length; i++) {
      pieces.add(typeof letters === 'string' ? letters.slice(i, i + 3) : letters.slice(i, i + 3).join(''));
    }
  }
  return [...pieces].join(' ');
}

/** How many keys PostgreSQL's index of words may hold for one publication (a tsvector holds at most 1 MB). */
const SUFFIX_KEYS = 12_000;
/** Keys of PostgreSQL's index of words are at most this many letters: a longer query word is confirmed by the text. */
export const SUFFIX_KEY_LENGTH = 32;

/**
 * PostgreSQL: the distinct words of three letters or more of a folded text, joined by spaces. The
 * database indexes every ending of every word (`woo_word_suffixes`, schema migration 6: "fietsbrug"
 * gives "fietsbrug", "ietsbrug", … "rug"), so a query word is found inside a compound by looking up
 * the endings that start with it: an exact answer from the index, no text to recheck. A text with
 * a very large number of words keeps its first words up to the index's limit (its other words are
 * still found as whole words, by the `dutch` full text).
 */
export function indexWords(folded: string): string {
  const kept = new Set<string>();
  let keys = 0;
  for (const word of folded.match(/[\p{L}\p{N}]{3,}/gu) ?? []) {
    if (kept.has(word)) continue;
    keys += word.length - 2;
    if (keys > SUFFIX_KEYS) break;
    kept.add(word);
  }
  return [...kept].join(' ');
}
