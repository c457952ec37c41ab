// woo-kit serve import: DiWoo sitemaps, sitemap indexes and JSON lines, idempotent, on both databases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { serveMain } from '../src/cli.js';
import { beginBulkImport, countIndexed, searchPublications } from '../src/search/index-store.js';
import { importPublications } from '../src/search/import.js';
import { openStore } from '../src/store/store.js';
import { forEachDatabase } from './support/harness.js';

const FIXTURES = new URL('./fixtures/import/', import.meta.url).pathname;
const QUERY = { q: '', category: '', documentType: '', from: '', to: '', sort: '' as const, page: 1, pageSize: 20 };

forEachDatabase('import', (ctx) => {
  test('a sitemap index follows its local sitemaps once; the rest are reported, never fetched', async () => {
    const first = await importPublications(ctx.store.db, [FIXTURES], { batchSize: 3 });
    assert.equal(first.files, 4); // two sitemaps, the index, the JSON lines
    assert.equal(first.added, 6);
    assert.equal(first.updated, 0);
    // 16 sitemaps of the index are not in the folder; one line is not JSON; one record is not a publication.
    assert.equal(first.problems.filter((p) => p.code === 'sitemap-not-local').length, 16);
    assert.deepEqual(
      first.problems
        .filter((p) => p.code !== 'sitemap-not-local')
        .map((p) => [p.file.split('/').pop(), p.line, p.code]),
      [
        ['publications.jsonl', 2, 'invalid-json'],
        ['publications.jsonl', 3, 'validation-failed'],
      ],
    );
    assert.equal(first.invalid, 18);
    assert.equal(await countIndexed(ctx.store.db), 6);
    const found = await searchPublications(ctx.store.db, { ...QUERY, q: 'brug' });
    assert.deepEqual(
      found.items.map((p) => p.id),
      ['jl-1'],
    );
  });

  test('importing again changes nothing; a changed lastmod updates that publication', async () => {
    const again = await importPublications(ctx.store.db, [FIXTURES]);
    assert.deepEqual([again.added, again.updated, again.unchanged], [0, 0, 6]);
    const dir = mkdtempSync(join(tmpdir(), 'woo-kit-import-'));
    const xml = readFileSync(join(FIXTURES, 'sitemap-00001.xml'), 'utf8').replace(
      '<lastmod>2024-04-01</lastmod>',
      '<lastmod>2025-05-05</lastmod>',
    );
    writeFileSync(join(dir, 'sitemap-00001.xml'), xml);
    const changed = await importPublications(ctx.store.db, [join(dir, 'sitemap-00001.xml')]);
    assert.deepEqual([changed.added, changed.updated, changed.unchanged], [0, 1, 1]);
    assert.equal(await countIndexed(ctx.store.db), 6);
  });

  test('a large import gives the same index; an import that was stopped is repaired by the next', async () => {
    const sorted = async () =>
      (await searchPublications(ctx.store.db, { ...QUERY, sort: 'title' })).items.map((p) => p.id);
    const before = await sorted();
    await ctx.store.db.exec('DELETE FROM woo_search_publications');
    if (ctx.kind === 'sqlite') await ctx.store.db.exec('DELETE FROM woo_search_grams');
    const bulk = await importPublications(ctx.store.db, [FIXTURES], { bulk: true, batchSize: 2 });
    assert.equal(bulk.added, 6);
    assert.deepEqual(await sorted(), before);
    assert.deepEqual(
      await sortingIndexes(),
      ctx.kind === 'sqlite' ? ['woo_search_shown_on', 'woo_search_title_key'] : [],
    );
    // Stopped halfway: the sorting indexes are gone until the next import, which builds them again.
    await beginBulkImport(ctx.store.db);
    assert.deepEqual(await sorted(), before);
    const small = await importPublications(ctx.store.db, [FIXTURES]);
    assert.deepEqual([small.added, small.unchanged], [0, 6]);
    assert.deepEqual(
      await sortingIndexes(),
      ctx.kind === 'sqlite' ? ['woo_search_shown_on', 'woo_search_title_key'] : [],
    );
  });

  /** SQLite's indexes for sorting (PostgreSQL keeps its indexes during an import). */
  const sortingIndexes = async (): Promise<string[]> =>
    ctx.kind === 'sqlite'
      ? (
          await ctx.store.db.all<{ name: string }>(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND name IN ('woo_search_shown_on', " +
              "'woo_search_title_key') ORDER BY name",
          )
        ).map((r) => r.name)
      : [];
});

test('woo-kit serve import prints a summary, lists what was left out and exits 1 when something was', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'woo-kit-import-cli-'));
  const database = join(dir, 'index.sqlite');
  const out = new PassThrough();
  const err = new PassThrough();
  let stdout = '';
  let stderr = '';
  out.on('data', (c) => (stdout += c));
  err.on('data', (c) => (stderr += c));
  const code = await serveMain(
    ['import', join(FIXTURES, 'publications.jsonl'), '--database', database, '--batch', '1'],
    { stdout: out, stderr: err },
    {},
  );
  assert.equal(code, 1);
  assert.deepEqual(JSON.parse(stdout.trim()), { files: 1, read: 4, added: 2, updated: 0, unchanged: 0, invalid: 2 });
  assert.match(stderr, /publications\.jsonl:2: invalid-json/);
  assert.match(stderr, /publications\.jsonl:3: validation-failed/);
  // Not a terminal: no progress line with carriage returns, only the summary.
  assert.doesNotMatch(stderr, /\r/);
  assert.match(stderr, /1 file\(s\): 4 read, 2 added/);

  const clean = join(dir, 'clean.jsonl');
  writeFileSync(
    clean,
    readFileSync(join(FIXTURES, 'publications.jsonl'), 'utf8')
      .split('\n')
      .filter((l) => l.includes('"jl-1"'))
      .join('\n'),
  );
  assert.equal(
    await serveMain(
      ['import', clean, '--database', database],
      { stdout: new PassThrough(), stderr: new PassThrough() },
      {},
    ),
    0,
  );
  assert.equal(
    await serveMain(
      ['import', join(dir, 'missing.jsonl'), '--database', database],
      { stdout: new PassThrough(), stderr: err },
      {},
    ),
    2,
  );
  assert.equal(await serveMain(['import', '--database', database], { stdout: new PassThrough(), stderr: err }, {}), 2);
  const store = await openStore({ file: database });
  assert.equal(await countIndexed(store.db), 2);
  await store.close();
});
