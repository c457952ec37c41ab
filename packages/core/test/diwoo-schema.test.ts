// Validates generated sitemaps with xmllint against the official DiWoo 0.9.8 and sitemaps.org 0.9
// schemas in packages/core/specs (see test/support/xmllint.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { examplePublication, toDiwooSitemap, type Publication } from '../src/index.js';
import { hostileUrl, publication } from './diwoo-arbitraries.js';
import { siteindexSchema, sitemapSchema, validateXml } from './support/xmllint.js';

function assertValid(files: readonly { name: string; xml: string }[]): void {
  const r = validateXml(sitemapSchema, files);
  assert.equal(r.status, 0, r.output.slice(0, 4000));
}

test('xmllint: the example publication validates against the DiWoo 0.9.8 sitemap schema', () => {
  const minimal: Publication = {
    id: 'min',
    url: 'https://www.example.nl/min',
    officialTitle: 'Minimaal',
    informationCategories: ['c_816e508d'],
    publisher: { name: 'gemeente Amsterdam', uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0363' },
    documentActions: [{ soortHandeling: 'c_dfcee535', atTime: '2025-12-31t23:59:59.999999999z' }],
  };
  const { files, skipped } = toDiwooSitemap([examplePublication, minimal]);
  assert.deepEqual(skipped, []);
  assertValid(files);
});

test('xmllint: the check is real — a sitemap without a publisher is rejected', () => {
  const xml = toDiwooSitemap([examplePublication]).files[0]!.xml.replace(/<diwoo:publisher [^\n]*\n/, '');
  const r = validateXml(sitemapSchema, [{ name: 'broken.xml', xml }]);
  assert.notEqual(r.status, 0);
  assert.match(r.output, /publisher/);
});

test('xmllint: 300 random publications with hostile texts, URLs and every optional field validate', () => {
  const publications = fc.sample(publication(hostileUrl), { numRuns: 300, seed: 20251 });
  const { files, skipped } = toDiwooSitemap(publications, {
    maxUrlsPerFile: 60,
    baseUrl: 'https://www.example.nl/woo/',
  });
  // Only URLs a sitemap cannot hold may be left out; everything else is written and valid.
  for (const s of skipped) assert.equal(s.error.code, 'diwoo-invalid-url', s.error.message);
  assert.ok(files.reduce((n, f) => n + f.urlCount, 0) >= 150, 'most random publications are written');
  assertValid(files);
});

test('xmllint: a property over small batches — whatever is written validates', () => {
  // Each run starts xmllint once; 25 runs of up to 8 publications keep this under a few seconds.
  fc.assert(
    fc.property(fc.array(publication(hostileUrl), { minLength: 1, maxLength: 8 }), (ps) => {
      const { files } = toDiwooSitemap(ps);
      if (files.length > 0) assertValid(files);
    }),
    { numRuns: 25 },
  );
});

test('xmllint: a split sitemap — every file and the index validate', () => {
  const ps = Array.from({ length: 7 }, (_, i) => ({
    ...examplePublication,
    id: `p-${i}`,
    url: `https://www.example.nl/woo/${i}`,
  }));
  const { files, index } = toDiwooSitemap(ps, { maxUrlsPerFile: 3, baseUrl: 'https://www.example.nl/sitemaps/' });
  assert.equal(files.length, 3);
  assertValid(files);
  assert.ok(index !== undefined);
  const r = validateXml(siteindexSchema, [{ name: 'index.xml', xml: index }]);
  assert.equal(r.status, 0, r.output);
});
