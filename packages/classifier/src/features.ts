/**
 * Hashed features of the linear model: word unigrams and bigrams, the first word, word prefixes
 * and suffixes (Dutch compounds put the head at the end: "afvalstoffen|verordening") and character
 * 4-grams. Each feature is hashed (FNV-1a, 32 bit) into one of `2^FEATURE_BITS` buckets, so the model
 * needs no vocabulary. Training and prediction share this file.
 */
import { FUNCTION_WORDS } from './stop-words.js';

/** Number of hash bits: 2^17 buckets. Changing it means retraining. */
export const FEATURE_BITS = 17;
const MASK = (1 << FEATURE_BITS) - 1;

// Short function words: kept as words (the model gives them small weights) but no n-grams.
const STOP_WORDS = new Set(FUNCTION_WORDS);

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a state `h` after the code units `from` to `to` (not included) of `text`. */
function fnvRange(h: number, text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h;
}

/** FNV-1a (32 bits) over the UTF-16 code units of `text`. */
export function fnv1a(text: string): number {
  return fnvRange(FNV_OFFSET, text, 0, text.length) >>> 0;
}

/** FNV-1a over the UTF-16 code units of `text`, masked to a bucket. */
export function hashFeature(text: string): number {
  return fnv1a(text) & MASK;
}

// The state after each feature's one-letter kind: w(ord), f(irst word), b(igram), p(refix), s(uffix), c(haracters).
const KIND = {
  word: fnvRange(FNV_OFFSET, 'w', 0, 1),
  first: fnvRange(FNV_OFFSET, 'f', 0, 1),
  bigram: fnvRange(FNV_OFFSET, 'b', 0, 1),
  prefix: fnvRange(FNV_OFFSET, 'p', 0, 1),
  suffix: fnvRange(FNV_OFFSET, 's', 0, 1),
  chars: fnvRange(FNV_OFFSET, 'c', 0, 1),
} as const;

/** A growing list of features: bucket, value and the index of the word it came from (-1: none). */
export interface FeatureList {
  buckets: number[];
  values: number[];
  words: number[];
  /** The words in order, over all fields the features came from. */
  tokens: string[];
}

/** An empty feature list. */
export function emptyFeatures(): FeatureList {
  return { buckets: [], values: [], words: [], tokens: [] };
}

const DIGITS = /^\d+$/;

function tokenClass(token: string): string {
  if (!DIGITS.test(token)) return token;
  const n = token.length === 4 ? Number(token) : 0;
  return n >= 1900 && n <= 2099 ? '#jaar' : '#getal';
}

/**
 * Adds the features of one normalised text (see `normalizeTitle`) to `out`, each with `value`
 * (1 for the title, less for summary and body text). A feature is the hash of its kind letter and its text (`w` +
 * word, `f` + first word, `b` + word pair, `p` / `s` + the first or last 5, 7 or 9 letters, `c` + 4 letters of
 * `<word>`); the hash runs over the title's own characters, so no feature text is built.
 */
export function addFeatures(normalized: string, value: number, out: FeatureList): void {
  if (normalized === '') return;
  const { buckets, values, words } = out;
  const add = (h: number, word: number): void => {
    buckets.push((h >>> 0) & MASK);
    values.push(value);
    words.push(word);
  };
  const raw = normalized.split(' ');
  let previous = '';
  for (let i = 0; i < raw.length; i++) {
    const token = tokenClass(raw[i]!);
    const word = out.tokens.length;
    out.tokens.push(raw[i]!);
    const n = token.length;
    add(fnvRange(KIND.word, token, 0, n), word);
    if (i === 0) add(fnvRange(KIND.first, token, 0, n), word);
    if (previous !== '')
      add(fnvRange(Math.imul(fnvRange(KIND.bigram, previous, 0, previous.length) ^ 32, FNV_PRIME), token, 0, n), -1);
    previous = token;
    if (n < 4 || token.charCodeAt(0) === 35 /* # */ || STOP_WORDS.has(token)) continue;
    if (n > 5) {
      const five = fnvRange(KIND.prefix, token, 0, 5);
      add(five, word);
      if (n > 7) add(fnvRange(five, token, 5, 7), word);
      add(fnvRange(KIND.suffix, token, n - 5, n), word);
      if (n > 7) add(fnvRange(KIND.suffix, token, n - 7, n), word);
      if (n > 9) add(fnvRange(KIND.suffix, token, n - 9, n), word);
    }
    // The 4-grams of "<token>": "<" and ">" mark the word's start and end.
    for (let j = 0; j + 4 <= n + 2; j++) {
      let h = KIND.chars;
      for (let q = j; q < j + 4; q++)
        h = Math.imul(h ^ (q === 0 ? 60 /* < */ : q === n + 1 ? 62 /* > */ : token.charCodeAt(q - 1)), FNV_PRIME);
      add(h, word);
    }
  }
}
