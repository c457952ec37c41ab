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

/** FNV-1a over the UTF-16 code units of `text`, masked to a bucket. */
export function hashFeature(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) & MASK;
}

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

function tokenClass(token: string): string {
  if (!/^\d+$/.test(token)) return token;
  const n = token.length === 4 ? Number(token) : 0;
  return n >= 1900 && n <= 2099 ? '#jaar' : '#getal';
}

/**
 * Adds the features of one normalised text (see `normalizeTitle`) to `out`, each with `value`
 * (1 for the title, less for summary and body text).
 */
export function addFeatures(normalized: string, value: number, out: FeatureList): void {
  if (normalized === '') return;
  const raw = normalized.split(' ');
  let previous = '';
  for (let i = 0; i < raw.length; i++) {
    const token = tokenClass(raw[i]!);
    const word = out.tokens.length;
    out.tokens.push(raw[i]!);
    const push = (feature: string): void => {
      out.buckets.push(hashFeature(feature));
      out.values.push(value);
      out.words.push(word);
    };
    push(`w${token}`);
    if (i === 0) push(`f${token}`);
    if (previous !== '') {
      out.buckets.push(hashFeature(`b${previous} ${token}`));
      out.values.push(value);
      out.words.push(-1);
    }
    previous = token;
    if (token.length < 4 || token.charCodeAt(0) === 35 /* # */ || STOP_WORDS.has(token)) continue;
    const n = token.length;
    if (n > 5) push(`p${token.slice(0, 5)}`);
    if (n > 7) push(`p${token.slice(0, 7)}`);
    if (n > 5) push(`s${token.slice(n - 5)}`);
    if (n > 7) push(`s${token.slice(n - 7)}`);
    if (n > 9) push(`s${token.slice(n - 9)}`);
    const padded = `<${token}>`;
    for (let j = 0; j + 4 <= padded.length; j++) push(`c${padded.slice(j, j + 4)}`);
  }
}
