// The real-title corpus keeps its provenance: every row says where it comes from, under which licence,
// how its category was made, and which split it is in; whole organisations are in one split only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { categoryByCode } from '@woo-kit/core';

interface Row { title: string; summary?: string; category: string; organisation: string; label: string; source: string; licence: string; split: string }
const rows: Row[] = readFileSync(new URL('../data/real/real-titles.jsonl', import.meta.url), 'utf8')
  .split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as Row);

test('real corpus: every row has a title, an official category, an organisation, a source, a licence, a label kind ' +
'and a split', () => {
  assert.ok(rows.length > 3000);
  for (const r of rows) {
    assert.ok(r.title.trim().length > 0, 'title');
    assert.ok(categoryByCode(r.category) !== undefined, `category ${r.category}`);
    assert.ok(r.organisation.length > 0 && r.source.startsWith('github:') && r.licence.length > 0, r.title);
    assert.ok(['publisher-section', 'publisher-category', 'mapped-from-document-type'].includes(r.label), r.label);
    assert.ok(r.split === 'train' || r.split === 'test', r.split);
  }
});

test(('real corpus: an organisation is wholly in train or wholly in test, and the UWV evaluation slice is ' +
'test only'), () => {
  const splits = new Map<string, Set<string>>();
  for (const r of rows) splits.set(r.organisation, (splits.get(r.organisation) ?? new Set()).add(r.split));
  for (const [organisation, set] of splits) assert.equal(set.size, 1, organisation);
  assert.deepEqual([...splits.get('UWV')!], ['test']);
  const uwv = readFileSync(new URL('../data/real/uwv-woo-publicaties.jsonl', import.meta.url), 'utf8').split('\n').filter((l) => l.trim() !== '').length;
  assert.equal(rows.filter((r) => r.organisation === 'UWV').length, uwv, 'every UWV title is in the corpus (duplicates removed: none)');
});

test('real corpus: no duplicate titles within an organisation', () => {
  const seen = new Set<string>();
  for (const r of rows) {
    const key = `${r.organisation}|${r.title.toLowerCase()}`;
    assert.ok(!seen.has(key), key);
    seen.add(key);
  }
});
