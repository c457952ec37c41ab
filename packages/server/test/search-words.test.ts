// PostgreSQL's search index of word endings (migration 6), against SQLite's answers, and the move from pg_trgm.
import { test } from 'node:test';
import type { Publication } from '@woo-kit/core';
import assert from 'node:assert/strict';
import { openPostgres, openSqlite, type Db } from '../src/store/db.js';
import { migrate, migrations } from '../src/store/migrations.js';
import { indexPublications, removePublications, searchPublications } from '../src/search/index-store.js';
import { publication, query } from './support/search-fixtures.js';
import { indexWords } from '../src/search/text.js';
import { createTestDatabase } from './support/postgres.js';

const LONG = 'donaudampfschifffahrtsgesellschaftskapitein'; // 43 letters: longer than a key of the index

const CORPUS = [
  publication('a', 'De nieuwe fietsbrug'),
  publication('b', 'Fiets bij de brug', 'Gestald.'),
  publication('c', 'Onderhoud', 'Rugzak en brugdek'),
  publication('d', 'Bruine tas', 'Een rugzak'),
  publication('e', 'Łódź en Ærø', 'Straße 12b, nr. 2025'),
  publication('f', `De ${LONG}`, 'over de Donau'),
];

const QUERIES = [
  'fietsbrug',
  'brug',
  'tsbrug',
  'brugdek rugzak',
  'ug',
  'odz',
  'lodz',
  'aerø',
  'raße',
  '2025',
  '12b',
  LONG,
  LONG.slice(5, 40),
  `${LONG.slice(0, 35)}x`,
  'donau',
];

const ids = async (db: Db, q: string): Promise<string[]> =>
  (await searchPublications(db, query(q))).items.map((p) => p.id).sort();

test('indexWords: distinct words of three letters or more, in the order of the text', () => {
  assert.equal(indexWords('de fietsbrug over de brug, de brug'), 'fietsbrug over brug');
  assert.equal(indexWords('op 12 mei'), 'mei');
  assert.equal(indexWords(''), '');
  // A text with very many words keeps its first ones, within the index's limit per publication.
  const many = Array.from({ length: 5000 }, (_, i) => `woord${i}`).join(' ');
  const kept = indexWords(many).split(' ');
  assert.ok(kept.length > 1000 && kept.length < 5000);
  assert.equal(kept[0], 'woord0');
});

test('PostgreSQL finds a word inside a compound exactly as SQLite does', async () => {
  const database = await createTestDatabase();
  const pg = openPostgres(database.url);
  const lite = openSqlite(':memory:');
  try {
    for (const db of [pg, lite]) {
      await migrate(db);
      await indexPublications(db, CORPUS);
    }
    assert.deepEqual(await ids(pg, 'brug'), ['a', 'b', 'c']);
    assert.deepEqual(await ids(pg, LONG.slice(3)), ['f']);
    for (const q of QUERIES) assert.deepEqual(await ids(pg, q), await ids(lite, q), q);
    // Updates and removals reach the index of words.
    for (const db of [pg, lite]) {
      await indexPublications(db, [{ ...publication('c', 'Onderhoud', 'Stoep'), lastModified: '2025-02-01' }]);
      await removePublications(db, ['a']);
    }
    for (const q of ['brug', 'brugdek', 'stoep', 'toe']) assert.deepEqual(await ids(pg, q), await ids(lite, q), q);
    assert.deepEqual(await ids(pg, 'toe'), ['c']);
  } finally {
    await pg.close();
    await lite.close();
    await database.drop();
  }
});

test('PostgreSQL pages, sorts and counts the facets of a search with words as SQLite does', async () => {
  const database = await createTestDatabase();
  const pg = openPostgres(database.url);
  const lite = openSqlite(':memory:');
  const categories = ['c_db4862c3', 'c_8fc2335c', 'c_3baef532'] as const;
  const types = ['c_386e74cb', 'c_81cc2eb5', ''];
  const stems = ['brug', 'fietsbrug', 'brugdek', 'vaart', 'Besluit 9', 'besluit 10', 'Café'];
  const corpus = Array.from({ length: 120 }, (_, i): Publication => {
    const day = i % 9 === 0 ? undefined : `2024-0${1 + (i % 9)}-1${i % 4}`; // some undated, many on one day
    return {
      id: `g${i}`,
      url: `https://www.voorbeeld.nl/publicaties/g${i}`,
      officialTitle: `${stems[i % 7]} ${stems[(i * 3) % 5]} nummer ${i % 11}`,
      description: stems[(i * 5) % 7]!,
      informationCategories: i % 10 === 0 ? [categories[i % 3]!, categories[(i + 1) % 3]!] : [categories[i % 3]!],
      ...(types[i % 3] ? { documentType: types[i % 3]! } : {}),
      publisher: { name: 'Gemeente Voorbeeld', uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm9999' },
      ...(day ? { creationDate: day } : {}),
      documentActions: day ? [{ soortHandeling: 'c_e1ec050e', atTime: `${day}T10:00:00+01:00` }] : [],
    };
  });
  try {
    for (const db of [pg, lite]) {
      await migrate(db);
      await indexPublications(db, corpus);
    }
    for (const q of ['brug', 'besluit brug', 'caf', 'vaart nummer'])
      for (const sort of ['', 'newest', 'oldest', 'title'] as const)
        for (const category of ['', categories[1]])
          for (const documentType of ['', types[0]!])
            for (const page of [1, 2, 9]) {
              const asked = { ...query(q), sort, category, documentType, page, pageSize: 7 };
              const [a, b] = [await searchPublications(pg, asked), await searchPublications(lite, asked)];
              const label = JSON.stringify(asked);
              assert.deepEqual(
                { ...a, items: a.items.map((p) => p.id) },
                { ...b, items: b.items.map((p) => p.id) },
                label,
              );
            }
  } finally {
    await pg.close();
    await lite.close();
    await database.drop();
  }
});

test('migration 6 fills the words of a PostgreSQL index made before it, and drops the pg_trgm index', async () => {
  const database = await createTestDatabase();
  const db = openPostgres(database.url);
  try {
    await migrate(
      db,
      migrations.filter((m) => m.version <= 5),
    );
    // Rows as the index before migration 6 held them (folded text), written the way it wrote them.
    for (const [id, title, body] of [
      ['x', 'besluit fietsbrug', 'over de vaart'],
      ['y', 'agenda', 'raadsvergadering'],
    ]) {
      await db.run(
        'INSERT INTO woo_search_publications (id, hash, lastmod, shown_on, title_key, categories, ' +
          "document_type, title, body, json) VALUES (?, '', '', '2025-01-10', ?, 1, '', ?, ?, ?)",
        [id, title, title, body, JSON.stringify(publication(id!, title!, body))],
      );
    }
    assert.deepEqual(
      await migrate(db),
      migrations.filter((m) => m.version > 5).map((m) => m.version),
    );
    assert.deepEqual(await ids(db, 'brug'), ['x']);
    assert.deepEqual(await ids(db, 'vergader'), ['y']);
    const indexes = await db.all<{ indexname: string }>(
      "SELECT indexname FROM pg_indexes WHERE tablename = 'woo_search_publications' ORDER BY indexname",
    );
    const names = indexes.map((i) => i.indexname);
    assert.ok(names.includes('woo_search_words'));
    assert.ok(!names.includes('woo_search_trgm'));
  } finally {
    await db.close();
    await database.drop();
  }
});
