// GET /api/publications/search and the index behind it: the same behaviour on SQLite and PostgreSQL.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Publication } from '@woo-kit/core';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { searchResponseSchema } from '../src/search/schema.js';
import { countIndexed, indexPublications } from '../src/search/index-store.js';
import { forEachDatabase } from './support/harness.js';

const PUBLISHER = { name: 'Gemeente Voorbeeld', uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm9999' };
const BESLUIT = 'c_db4862c3'; // vergaderstukken Staten, raden, … (Woo 3.3 lid 2 onder d)
const CONVENANT = 'c_8fc2335c'; // convenanten (Woo 3.3 lid 2 onder f)

function publication(id: string, title: string, extra: Partial<Publication> = {}): Publication {
  return {
    id,
    url: `https://www.voorbeeld.nl/publicaties/${id}`,
    officialTitle: title,
    informationCategories: [BESLUIT],
    publisher: PUBLISHER,
    creationDate: '2025-01-10',
    documentActions: [{ soortHandeling: 'c_e1ec050e', atTime: '2025-01-10T10:00:00+01:00' }],
    ...extra,
  };
}

const CORPUS: Publication[] = [
  publication('p1', 'Besluit over de nieuwe Fietsbrug', {
    description: 'De brug over de Vaart.',
    creationDate: '2025-03-01',
    documentType: 'c_386e74cb',
  }),
  publication('p2', 'Verslag raadsvergadering', {
    description: 'Over de fietsbrug en het Café aan de Markt.',
    creationDate: '2025-02-01',
  }),
  publication('p3', 'Convenant Veilig Uitgaan', {
    informationCategories: [CONVENANT],
    creationDate: '2024-12-01',
    documentType: 'c_386e74cb',
  }),
  publication('p4', 'Zwembad Éénhoorn: sluiting', {
    description: 'Advies over het zwembad.',
    informationCategories: [BESLUIT, CONVENANT],
    creationDate: '2025-04-01',
  }),
  publication('p5', 'Bruggen en viaducten: onderhoud', { creationDate: '2023-06-01' }),
  ...Array.from({ length: 25 }, (_, i) =>
    publication(`bulk-${String(i).padStart(2, '0')}`, `Agenda collegevergadering ${i + 1}`, {
      creationDate: `2024-01-${String(i + 1).padStart(2, '0')}`,
    }),
  ),
];

interface Answer {
  total: number;
  page: number;
  pageSize: number;
  sort: string;
  items: Publication[];
  facets: {
    categories: Array<{ code: string; count: number }>;
    documentTypes: Array<{ code: string; count: number; label?: string }>;
  };
}

forEachDatabase('publication search', (ctx) => {
  const search = async (
    query: string,
  ): Promise<{
    status: number;
    body: Answer & { error?: { code: string; path: string; message: { nl: string; en: string } } };
  }> => {
    const res = await fetch(`${ctx.base}/api/publications/search${query}`);
    return { status: res.status, body: (await res.json()) as never };
  };
  const ids = (a: Answer) => a.items.map((p) => p.id);

  before(async () => {
    await indexPublications(ctx.store.db, CORPUS);
  });

  test('a word inside a compound is found, ignoring case and accents', async () => {
    const brug = await search('?q=brug');
    assert.equal(brug.status, 200);
    assert.deepEqual(new Set(ids(brug.body)), new Set(['p1', 'p2', 'p5']));
    assert.deepEqual(ids((await search('?q=CAFE')).body), ['p2']);
    assert.deepEqual(ids((await search('?q=eenhoorn')).body), ['p4']);
    assert.deepEqual(ids((await search('?q=%C3%A9%C3%A9nhoorn')).body), ['p4']);
  });

  test('every word must match; stop words are left out; title matches rank first', async () => {
    assert.deepEqual(ids((await search('?q=de+fietsbrug')).body), ['p1', 'p2']);
    assert.deepEqual(ids((await search('?q=fietsbrug+vaart')).body), ['p1']);
    // "zwembad" is in p4's title and description; nothing else has it.
    assert.deepEqual(ids((await search('?q=zwembad')).body), ['p4']);
  });

  test('the document-type label is searched', async () => {
    // c_386e74cb is "convenant" in TOOI: p1 has that type, and p3 has the word in its title.
    const hits = await search('?q=convenant');
    assert.ok(ids(hits.body).includes('p1'));
    assert.ok(ids(hits.body).includes('p3'));
  });

  test('filters: category, document type and dates; facets count what else matches', async () => {
    const brug = await search(`?q=brug&category=${CONVENANT}`);
    assert.equal(brug.body.total, 0);
    const all = await search(`?category=${CONVENANT}`);
    assert.deepEqual(new Set(ids(all.body)), new Set(['p3', 'p4']));
    const facets = (await search('?q=brug')).body.facets;
    assert.deepEqual(facets.categories, [{ code: BESLUIT, count: 3 }]);
    assert.deepEqual(
      facets.documentTypes.map((f) => [f.code, f.count]),
      [['c_386e74cb', 1]],
    );
    // The category facet ignores the category filter itself, so the other choices keep their counts.
    const filtered = (await search(`?category=${CONVENANT}`)).body.facets.categories;
    assert.deepEqual(filtered, [
      { code: BESLUIT, count: 29 },
      { code: CONVENANT, count: 2 },
    ]);
    assert.deepEqual(ids((await search('?documentType=c_386e74cb&sort=title')).body), ['p1', 'p3']);
    assert.deepEqual(ids((await search('?from=2025-02-01&to=2025-03-31&sort=oldest')).body), ['p2', 'p1']);
  });

  test('sorted as asked, and paged', async () => {
    const newest = await search('?pageSize=3');
    assert.equal(newest.body.total, CORPUS.length);
    assert.equal(newest.body.sort, 'newest');
    assert.deepEqual(ids(newest.body), ['p4', 'p1', 'p2']);
    const titles = await search('?q=agenda&sort=title&pageSize=10&page=1');
    // Numbers sort as numbers: 1, 2, … 10, not 1, 10, 11.
    assert.deepEqual(
      titles.body.items.slice(0, 3).map((p) => p.officialTitle),
      ['Agenda collegevergadering 1', 'Agenda collegevergadering 2', 'Agenda collegevergadering 3'],
    );
    const page3 = await search('?q=agenda&sort=title&pageSize=10&page=3');
    assert.equal(page3.body.total, 25);
    assert.equal(page3.body.page, 3);
    assert.equal(page3.body.items.length, 5);
    // A page past the end gives the last page.
    assert.equal((await search('?q=agenda&pageSize=10&page=9')).body.page, 3);
    assert.equal((await search('?q=brug')).body.sort, 'relevance');
  });

  test('importing the same publication again is one row; a change updates it', async () => {
    const before = await countIndexed(ctx.store.db);
    const again = await indexPublications(ctx.store.db, [CORPUS[0]!, CORPUS[0]!]);
    assert.deepEqual(again, { added: 0, updated: 0, unchanged: 1 });
    const changed = await indexPublications(ctx.store.db, [
      { ...CORPUS[0]!, officialTitle: 'Besluit over de Voetbrug', lastModified: '2025-05-01' },
    ]);
    assert.deepEqual(changed, { added: 0, updated: 1, unchanged: 0 });
    assert.equal(await countIndexed(ctx.store.db), before);
    assert.deepEqual(ids((await search('?q=voetbrug')).body), ['p1']);
    assert.deepEqual(ids((await search('?q=fietsbrug')).body), ['p2']);
    await indexPublications(ctx.store.db, [CORPUS[0]!]);
  });

  test('bad parameters get a typed 400 naming the parameter', async () => {
    const cases: Array<[string, string, string]> = [
      ['?page=0', 'invalid-number', 'query:page'],
      ['?pageSize=1000', 'invalid-number', 'query:pageSize'],
      ['?page=abc', 'invalid-number', 'query:page'],
      ['?category=c_nope', 'unknown-category', 'query:category'],
      ['?from=2025-02-30', 'invalid-date', 'query:from'],
      ['?from=2025-03-01&to=2025-02-01', 'invalid-date-range', 'query:to'],
      ['?sort=random', 'invalid-sort', 'query:sort'],
      ['?zoek=brug', 'unknown-parameter', 'query:zoek'],
      ['?q=a&q=b', 'repeated-parameter', 'query:q'],
      [`?q=${'x'.repeat(201)}`, 'query-too-long', 'query:q'],
      ['?documentType=%3Cscript%3E', 'invalid-document-type', 'query:documentType'],
    ];
    for (const [query, code, path] of cases) {
      const answer = await search(query);
      assert.equal(answer.status, 400, query);
      assert.equal(answer.body.error?.code, code, query);
      assert.equal(answer.body.error?.path, path, query);
      assert.ok(answer.body.error?.message.nl && answer.body.error.message.en, query);
    }
  });

  test('a query of only short words or odd characters answers, never fails', async () => {
    for (const q of ['b', 'br', '"', "'; DROP TABLE woo_search_publications; --", '*', 'NEAR(', '%_']) {
      const answer = await search(`?q=${encodeURIComponent(q)}`);
      assert.equal(answer.status, 200, q);
    }
    assert.ok(ids((await search('?q=br')).body).includes('p1'));
  });

  test('the answer matches its published JSON Schema', async () => {
    const schema = (await (await fetch(`${ctx.base}/api/publications/search/schema.json`)).json()) as object;
    assert.deepEqual(schema, searchResponseSchema);
    const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);
    for (const query of ['?q=brug', '', `?category=${CONVENANT}&pageSize=1`, '?q=nothingmatchesthis']) {
      const answer = await search(query);
      assert.ok(validate(answer.body), `${query}: ${JSON.stringify(validate.errors)}`);
    }
  });
});
