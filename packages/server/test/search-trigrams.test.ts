// SQLite's search index: the three-letter pieces of words, and the move from the first index (migration 2).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openSqlite } from '../src/store/db.js';
import { migrate, migrations } from '../src/store/migrations.js';
import { indexPublications, removePublications, searchPublications } from '../src/search/index-store.js';
import { publication, query } from './support/search-fixtures.js';
import { fold, trigrams } from '../src/search/text.js';

test('trigrams: each distinct piece of three letters of every word, none across words or of short words', () => {
  assert.equal(trigrams('fietsbrug'), 'fie iet ets tsb sbr bru rug');
  assert.equal(trigrams('de brug, de brug'), 'bru rug');
  assert.equal(trigrams('op 12 mei 2025'), 'mei 202 025');
  assert.equal(trigrams(''), '');
  assert.equal(trigrams(fold('Één Café')), 'een caf afe');
  // Letters outside the BMP count as one letter each.
  assert.equal(trigrams('a𝔸bc'), 'a𝔸b 𝔸bc');
});

test('a query word is found inside a compound, and a piece that spans two words is not a match', async () => {
  const db = openSqlite(':memory:');
  await migrate(db);
  await indexPublications(db, [
    publication('a', 'De nieuwe fietsbrug'),
    publication('b', 'Fiets bij de brug', 'Gestald.'), // has "fie…" and "bru…", but not the word "fietsbrug"
    publication('c', 'Onderhoud', 'Rugzak en brugdek'),
    publication('d', 'Bruine tas', 'Een rugzak'), // has every piece of "brug" ("bru", "rug"), but not the word
  ]);
  const ids = async (q: string) => (await searchPublications(db, query(q))).items.map((p) => p.id).sort();
  assert.deepEqual(await ids('fietsbrug'), ['a']);
  assert.deepEqual(await ids('brug'), ['a', 'b', 'c']);
  assert.deepEqual(await ids('tsbr'), ['a']);
  assert.deepEqual(await ids('brugdek rugzak'), ['c']);
  assert.deepEqual(await ids('ug'), ['a', 'b', 'c', 'd']); // two letters: no piece, the stored text decides
  assert.equal(await removePublications(db, ['a']), 1);
  assert.deepEqual(await ids('fietsbrug'), []);
  assert.deepEqual(await ids('brug'), ['b', 'c']);
  await indexPublications(db, [{ ...publication('c', 'Onderhoud', 'Stoep'), lastModified: '2025-02-01' }]);
  assert.deepEqual(await ids('brugdek'), []);
  assert.deepEqual(await ids('stoep'), ['c']);
  await db.close();
});

test('migration 4 fills the new index from what the first index held', async () => {
  const db = openSqlite(':memory:');
  await migrate(
    db,
    migrations.filter((m) => m.version <= 2),
  );
  // Rows as migration 2's index held them (folded text), written the way it wrote them.
  for (const [id, title, body] of [
    ['x', 'besluit fietsbrug', 'over de vaart'],
    ['y', 'agenda', 'raadsvergadering'],
  ]) {
    await db.run(
      `INSERT INTO woo_search_publications (id, hash, lastmod, shown_on, title_key, categories, document_type, \
title, body, json)
       VALUES (?, '', '', '2025-01-10', ?, 1, '', ?, ?, ?)`,
      [id, title, title, body, JSON.stringify(publication(id!, title!, body))],
    );
  }
  assert.deepEqual(
    await migrate(db),
    migrations.filter((m) => m.version > 2).map((m) => m.version),
  );
  assert.deepEqual(
    (await searchPublications(db, query('brug'))).items.map((p) => p.id),
    ['x'],
  );
  assert.deepEqual(
    (await searchPublications(db, query('vergader'))).items.map((p) => p.id),
    ['y'],
  );
  await db.close();
});

test(
  'the counts of a search without words, kept for a ' + 'minute, follow every change made through this process',
  async () => {
    const db = openSqlite(':memory:');
    await migrate(db);
    await indexPublications(db, [publication('a', 'Een'), publication('b', 'Twee')]);
    const total = async () => (await searchPublications(db, query(''))).total;
    assert.equal(await total(), 2);
    await indexPublications(db, [publication('c', 'Drie')]);
    assert.equal(await total(), 3);
    const facets = (await searchPublications(db, query(''))).facets.categories;
    assert.deepEqual(facets, [{ code: 'c_db4862c3', count: 3 }]);
    await removePublications(db, ['a', 'b']);
    assert.equal(await total(), 1);
    await db.close();
  },
);
