// The layout test renders every story in the language with the longest text (support/layout-locales.ts):
// that must still be the longest of packages/elements/xliff, counted in characters of all translations.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { LONGEST_LOCALE } from './support/layout-locales.js';

const dir = new URL('../xliff/', import.meta.url);

function textLength(xliff: string): number {
  let total = 0;
  for (const match of xliff.matchAll(/<target[^>]*>([\s\S]*?)<\/target>/g))
    total += match[1]!.replace(/<[^>]+>/g, '').length;
  return total;
}

test('the layout test uses the language with the longest translations', () => {
  const lengths = readdirSync(dir)
    .filter((f) => f.endsWith('.xlf'))
    .map((f) => [f.replace('.xlf', ''), textLength(readFileSync(new URL(f, dir), 'utf8'))] as const)
    .sort((a, b) => b[1] - a[1]);
  assert.ok(lengths.length >= 5, 'translations found');
  assert.equal(lengths[0]![0], LONGEST_LOCALE, `lengths: ${JSON.stringify(lengths)}`);
});
