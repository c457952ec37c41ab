// The real-title corpus keeps its provenance: every row says where it comes from, under which licence,
// how its category was made, and which split it is in; whole organisations are in one split only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { categoryByCode } from '@woo-kit/core';

interface Row {
  title: string;
  summary?: string;
  category: string;
  organisation: string;
  label: string;
  source: string;
  licence: string;
  split: string;
  date?: string;
  sourceDocumentType?: string;
}
const rows: Row[] = readFileSync(new URL('../data/real/real-titles.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as Row);

test(
  'real corpus: every row has a title, an official category, an organisation, a source, a licence, a ' +
    'label kind and a split',
  () => {
    assert.ok(rows.length > 3000);
    for (const r of rows) {
      assert.ok(r.title.trim().length > 0, 'title');
      assert.ok(categoryByCode(r.category) !== undefined, `category ${r.category}`);
      // A public repository (github:owner/name…) or a stored public web page with its address.
      const source = r.source.startsWith('github:') || /^stored public web page\b.*\bhttps?:\/\/\S+/.test(r.source);
      assert.ok(r.organisation.length > 0 && source && r.licence.length > 0, r.title);
      const labels = [
        'publisher-section',
        'publisher-category',
        'mapped-from-document-type',
        'mapped-from-announcement-type',
      ];
      assert.ok(labels.includes(r.label), r.label);
      // A row labelled through a mapping keeps the publisher's own type, so the mapping can be reviewed.
      if (r.label.startsWith('mapped-from-')) assert.ok((r.sourceDocumentType ?? '').length > 0, r.title);
      assert.ok(['train', 'tune', 'holdout', 'test'].includes(r.split), r.split);
    }
  },
);

test(
  'real corpus: a test organisation is wholly in test (others: train, tune, holdout), and the UWV slice ' +
    'is test only',
  () => {
    const splits = new Map<string, Set<string>>();
    for (const r of rows) splits.set(r.organisation, (splits.get(r.organisation) ?? new Set()).add(r.split));
    for (const [organisation, set] of splits) {
      if (set.has('test')) assert.equal(set.size, 1, `${organisation}: a test body has no rows in another split`);
    }
    // The calibration's real `tune` rows come from train organisations only; a `holdout` row comes from a train
    // organisation or from one that is never trained on at all (every row holdout, like the Eerste Kamer's items of
    // the Handelingen).
    for (const r of rows.filter((x) => x.split === 'tune'))
      assert.ok(splits.get(r.organisation)!.has('train'), r.organisation);
    for (const r of rows.filter((x) => x.split === 'holdout')) {
      const set = splits.get(r.organisation)!;
      assert.ok(set.has('train') || set.size === 1, r.organisation);
    }
    assert.deepEqual([...splits.get('UWV')!], ['test']);
    const uwv = readFileSync(new URL('../data/real/uwv-woo-publicaties.jsonl', import.meta.url), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '').length;
    assert.equal(
      rows.filter((r) => r.organisation === 'UWV').length,
      uwv,
      'every UWV title is in the corpus (duplicates removed: none)',
    );
  },
);

test('real corpus: no duplicate titles within an organisation', () => {
  const seen = new Set<string>();
  for (const r of rows) {
    const key = `${r.organisation}|${r.title.toLowerCase()}`;
    assert.ok(!seen.has(key), key);
    seen.add(key);
  }
});

test(
  'real corpus: the council rows of Huizen keep their RIS document type, a held-out date is never trained on, ' +
    'and no incoming letter names a private sender by initials',
  () => {
    const huizen = rows.filter((r) => r.organisation === 'Gemeente Huizen');
    assert.ok(huizen.length > 400);
    const categories = new Set(huizen.map((r) => r.category));
    // ingekomen stukken (3.3.2a), vergaderstukken decentrale overheden (3.3.2c), besluitenlijsten (3.3.2d)
    assert.deepEqual([...categories].sort(), ['c_3a248e3a', 'c_8c840238', 'c_db4862c3']);
    const heldOutDates = new Set(huizen.filter((r) => r.split === 'holdout' && r.date).map((r) => r.date));
    assert.ok(heldOutDates.size > 0);
    for (const r of huizen) {
      assert.equal(r.label, 'mapped-from-document-type', r.title);
      assert.ok(r.source.startsWith('github:rubenwoudsma/open-ris-monitor@'), r.source);
      if (r.split !== 'holdout' && r.date) assert.ok(!heldOutDates.has(r.date), `${r.date} is held out`);
      if (r.category === 'c_8c840238') assert.doesNotMatch(r.title, /\(\s*(?:[A-Z]\.\s?)+[A-Z][\w'-]+\s*\)/, r.title);
    }
  },
);

test('real corpus: no council paper of Eindhoven is trained or tuned on (its motion register is held out)', () => {
  const papers = rows.filter((r) => r.organisation === 'Gemeente Eindhoven' && r.category === 'c_db4862c3');
  assert.ok(papers.length > 300);
  for (const r of papers) {
    assert.equal(r.split, 'holdout', r.title);
    assert.equal(r.label, 'publisher-section', r.title);
    assert.ok(r.source.startsWith('github:JuggleRob/motie-schraper-Eindhoven@'), r.source);
  }
});
