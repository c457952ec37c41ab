// Interoperability with another public Woo platform: the DiWoo sitemaps and sitemap index of
// minvws/nl-rdo-woo-web (see test/fixtures/diwoo-real/README.md). They must read completely, and what
// woo-kit writes from them must be valid against the official XSD and lose nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fromDiwooSitemap, fromSitemapIndex, toDiwooSitemap, type Publication } from '../src/index.js';
import { siteindexSchema, sitemapSchema, validateXml } from './support/xmllint.js';

const fixture = (name: string): string =>
  readFileSync(new URL(`./fixtures/diwoo-real/${name}`, import.meta.url), 'utf8');
const DECISION = 'minvws-woo-web-woo-besluit-documents.xml';
const REPORTS = 'minvws-woo-web-jaarverslag-convenant-hasParts.xml';
const INDEX = 'minvws-woo-web-sitemapindex.xml';

/** An independent look at a fixture (plain regular expressions, not woo-kit's reader): per <url>, what it holds. */
function oracle(xml: string) {
  return [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map(([, body]) => {
    const one = (re: RegExp): string | undefined => re.exec(body!)?.[1];
    const all = (re: RegExp): string[] => [...body!.matchAll(re)].map((m) => m[1]!);
    return {
      loc: one(/<loc>([^<]*)<\/loc>/),
      lastmod: one(/<lastmod>([^<]*)<\/lastmod>/),
      title: one(/<diwoo:officieleTitel>([^<]*)</),
      created: one(/<diwoo:creatiedatum>([^<]*)</),
      publisher: one(/<diwoo:publisher resource="([^"]*)"/),
      categories: all(/<diwoo:informatiecategorie resource="[^"]*\/(c_[0-9a-f]{8})"/g),
      actions: all(/<diwoo:soortHandeling resource="[^"]*\/(c_[0-9a-f]{8})"/g),
      times: all(/<diwoo:atTime>([^<]*)</g),
      isPartOf: one(/<diwoo:isPartOf resource="([^"]*)"/),
      hasParts: all(/<diwoo:hasPart resource="([^"]*)"/g),
    };
  });
}

function assertReadCompletely(name: string): readonly Publication[] {
  const xml = fixture(name);
  const expected = oracle(xml);
  const r = fromDiwooSitemap(xml);
  assert.deepEqual(r.errors, [], name);
  assert.equal(r.publications.length, expected.length, `${name}: every <url> is read`);
  assert.equal(r.declaredVersion, '0.9.4', 'the schema location of DiWoo 0.9.4 is read and reported');
  r.publications.forEach((p, i) => {
    const e = expected[i]!;
    assert.equal(p.url, e.loc);
    assert.equal(p.officialTitle, e.title);
    assert.equal(p.creationDate, e.created);
    assert.equal(p.publisher.uri, e.publisher);
    // The producer's own labels ("jaarplannen en jaarverslagen", "convenanten"): matched on resource.
    assert.deepEqual(p.informationCategories, e.categories);
    assert.deepEqual(
      p.documentActions.map((a) => a.soortHandeling),
      e.actions,
    );
    assert.deepEqual(
      p.documentActions.map((a) => a.atTime),
      e.times,
      '+00:00 is kept as written',
    );
    assert.equal(p.lastModified, e.lastmod, 'lastmod, a plain date, is kept');
    assert.equal(p.isPartOf?.resource, e.isPartOf);
    assert.deepEqual(
      (p.hasParts ?? []).map((h) => h.resource),
      e.hasParts,
    );
  });
  return r.publications;
}

test('the Woo-decision sitemap reads completely: every document, its category and the decision it is part of', () => {
  const ps = assertReadCompletely(DECISION);
  assert.equal(ps.length, 2);
  assert.deepEqual(
    ps.map((p) => p.informationCategories),
    [['c_3baef532'], ['c_3baef532']],
  );
  assert.ok(ps.every((p) => p.isPartOf?.label === 'file_name.pdf'));
});

test('the annual-report and covenant sitemap reads completely: categories by resource, every part', () => {
  const ps = assertReadCompletely(REPORTS);
  assert.deepEqual(
    ps.map((p) => p.informationCategories),
    [['c_c6cd1213'], ['c_8fc2335c']],
  );
  assert.deepEqual(
    ps.map((p) => p.hasParts?.length),
    [3, 3],
  );
});

test('the sitemap index reads as a typed list of 18 sitemaps, in order, with lines', () => {
  const xml = fixture(INDEX);
  const r = fromSitemapIndex(xml);
  assert.deepEqual(r.errors, []);
  const locs = [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]);
  assert.deepEqual(
    r.sitemaps.map((s) => s.loc),
    locs,
  );
  assert.equal(r.sitemaps.length, 18);
  assert.deepEqual(r.sitemaps[0], { index: 0, line: 3, loc: locs[0] });
  assert.equal(r.sitemaps[17]!.line, 54);
});

test('written back: valid against the official XSD, nothing lost, and the harvester warnings listed', () => {
  const read = [...assertReadCompletely(DECISION), ...assertReadCompletely(REPORTS)];
  const written = toDiwooSitemap(read, { baseUrl: 'https://www.example.nl/woo/' });
  assert.deepEqual(written.skipped, []);
  const sitemaps = validateXml(sitemapSchema, written.files);
  assert.equal(sitemaps.status, 0, sitemaps.output);
  const indexes = validateXml(
    siteindexSchema,
    written.indexes.map((i) => ({ name: i.name, xml: i.xml })),
  );
  assert.equal(indexes.status, 0, indexes.output);
  assert.deepEqual(
    written.indexes.map((i) => i.name),
    ['sitemapindex-diwoo.xml'],
  );
  // Nothing lost: the same publications come back.
  assert.deepEqual(
    written.files.flatMap((f) => fromDiwooSitemap(f.xml).publications),
    read,
  );
  // Their test set-up serves from http://localhost: the harvester wants https, and cannot tell the
  // file type from a URL without extension.
  const codes = (i: number) =>
    written.warnings
      .filter((w) => w.index === i)
      .map((w) => w.code)
      .sort();
  assert.deepEqual(codes(0), ['diwoo-file-type-unknown', 'diwoo-loc-not-https', 'diwoo-resource-not-https']);
  assert.deepEqual(codes(2), [
    'diwoo-file-type-unknown',
    'diwoo-loc-not-https',
    'diwoo-resource-not-https',
    'diwoo-resource-not-https',
    'diwoo-resource-not-https',
  ]);
});
