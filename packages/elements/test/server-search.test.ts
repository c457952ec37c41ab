// The pure parts of the server search of <woo-publications> and <woo-categories>: the request URL and
// reading an answer from another service carefully.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { examplePublication } from '@woo-kit/core';
import { readServerPage, searchUrl } from '../src/internal/server-search.js';

const EMPTY = { query: '', category: '', from: '', to: '', organisation: '', documentType: '', sort: '', page: 1 };

test('the search URL carries the query in the protocol names and keeps the endpoint own parameters', () => {
  const url = new URL(
    searchUrl(
      '/api/publications/search?tenant=x',
      {
        ...EMPTY,
        query: ' fiets brug ',
        category: 'c_3baef532',
        from: '2025-01-01',
        sort: 'title',
        page: 3,
        organisation: 'gm0344',
      },
      10,
      'https://www.voorbeeld.nl/woo',
    ),
  );
  assert.equal(url.origin, 'https://www.voorbeeld.nl');
  assert.deepEqual(Object.fromEntries(url.searchParams), {
    tenant: 'x',
    q: 'fiets brug',
    category: 'c_3baef532',
    from: '2025-01-01',
    sort: 'title',
    page: '3',
    pageSize: '10',
  });
  // Relevance without words is the default order: not sent. Page 1 is not sent. The page size stays within 1–100.
  const plain = new URL(searchUrl('/s', { ...EMPTY, sort: 'relevance' }, 500, 'https://x.nl/'));
  assert.deepEqual(Object.fromEntries(plain.searchParams), { pageSize: '100' });
});

test('an answer is read carefully: items that are not publications are left out and counted', () => {
  const page = readServerPage({
    total: 3,
    page: 1,
    items: [examplePublication, { id: 'x', url: 'javascript:alert(1)' }, null],
    facets: {
      categories: [{ code: 'c_3baef532', count: 3 }, { code: 7 }],
      documentTypes: [{ code: 'c_386e74cb', count: 1, label: 'convenant' }],
    },
  });
  assert.ok(page);
  assert.equal(page.items.length, 1);
  assert.equal(page.skipped, 2);
  assert.deepEqual(page.categories, [{ code: 'c_3baef532', count: 3 }]);
  assert.deepEqual(page.documentTypes, [{ code: 'c_386e74cb', count: 1, label: 'convenant' }]);
  assert.equal(readServerPage({ items: [] }), undefined);
  assert.equal(readServerPage('nope'), undefined);
  assert.equal(readServerPage({ total: 1.5, items: [] }), undefined);
  // No facets: none, not a failure.
  assert.deepEqual(readServerPage({ total: 0, items: [] })?.categories, []);
});
