// The model's features (src/features.ts) are hashes of short feature texts. addFeatures hashes the title's own
// characters without building those texts; this test builds them the plain way and checks that every bucket, value
// and word index is the same, on every real title in data/, so the trained model reads the same features.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { FUNCTION_WORDS } from '../src/stop-words.js';
import { addFeatures, emptyFeatures, hashFeature, type FeatureList } from '../src/features.js';
import { normalizeTitle } from '../src/normalize.js';

/** The features as texts, in the documented order. */
function plainFeatures(normalized: string, value: number): FeatureList {
  const out = emptyFeatures();
  if (normalized === '') return out;
  const stop = new Set(FUNCTION_WORDS);
  const add = (text: string, word: number): void => {
    out.buckets.push(hashFeature(text));
    out.values.push(value);
    out.words.push(word);
  };
  let previous = '';
  normalized.split(' ').forEach((raw, i) => {
    const token = /^\d+$/.test(raw)
      ? raw.length === 4 && Number(raw) >= 1900 && Number(raw) <= 2099
        ? '#jaar'
        : '#getal'
      : raw;
    const word = out.tokens.push(raw) - 1;
    add(`w${token}`, word);
    if (i === 0) add(`f${token}`, word);
    if (previous !== '') add(`b${previous} ${token}`, -1);
    previous = token;
    if (token.length < 4 || token.startsWith('#') || stop.has(token)) return;
    const n = token.length;
    if (n > 5) add(`p${token.slice(0, 5)}`, word);
    if (n > 7) add(`p${token.slice(0, 7)}`, word);
    if (n > 5) add(`s${token.slice(n - 5)}`, word);
    if (n > 7) add(`s${token.slice(n - 7)}`, word);
    if (n > 9) add(`s${token.slice(n - 9)}`, word);
    const padded = `<${token}>`;
    for (let j = 0; j + 4 <= padded.length; j++) add(`c${padded.slice(j, j + 4)}`, word);
  });
  return out;
}

test('addFeatures gives the features of their plain texts, on every real title', () => {
  const titles = readFileSync(new URL('../data/real/real-titles.jsonl', import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as { title: string }).title);
  const extra = ['', 'a', 'Besluit 2024 12 1899', 'Ωmega α b', 'raadsinformatiebrief over de jeugdzorg'];
  let features = 0;
  for (const title of [...titles, ...extra]) {
    const normalized = normalizeTitle(title);
    const fast = emptyFeatures();
    addFeatures(normalized, 0.5, fast);
    assert.deepEqual(fast, plainFeatures(normalized, 0.5), normalized);
    features += fast.buckets.length;
  }
  assert.ok(titles.length > 10_000 && features > 300_000, `${titles.length} titles, ${features} features`);
});

test('addFeatures adds to what the list holds (the title, then the description)', () => {
  const out = emptyFeatures();
  addFeatures('jaarverslag 2023', 1, out);
  addFeatures('over de klachten', 0.5, out);
  const title = plainFeatures('jaarverslag 2023', 1);
  const summary = plainFeatures('over de klachten', 0.5);
  assert.deepEqual(out.tokens, [...title.tokens, ...summary.tokens]);
  assert.deepEqual(out.buckets, [...title.buckets, ...summary.buckets]);
  // Word indexes run on over the fields.
  assert.equal(out.words[title.words.length], 2);
});
