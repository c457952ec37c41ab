import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { fromDiwooSitemap, readSitemapIndex, toDiwooSitemap, type Publication } from '../src/index.js';
import {
  HOSTILE_SAMPLES,
  expectedAfterRoundTrip,
  minimalPublication,
  publication,
  xmlCarried,
} from './diwoo-arbitraries.js';

// The promise of the DiWoo module: a valid publication written to a sitemap and read back is the same
// publication, except that characters XML 1.0 cannot carry come back as U+FFFD. The oracle
// (`xmlCarried`) is written independently of the module's own escaping code.

test('property: one publication survives the round trip (hostile texts, every optional field)', () => {
  fc.assert(
    fc.property(publication(), (p) => {
      const written = toDiwooSitemap([p]);
      assert.deepEqual(written.skipped, []);
      const read = fromDiwooSitemap(written.files[0]!.xml);
      assert.deepEqual(read.errors, []);
      assert.deepEqual(read.publications, [expectedAfterRoundTrip(p)]);
    }),
    { numRuns: 500 },
  );
});

test('property: many publications split over files come back complete and in order', () => {
  fc.assert(
    fc.property(
      fc.array(publication(), { minLength: 1, maxLength: 25 }),
      fc.integer({ min: 1, max: 7 }),
      (ps, perFile) => {
        const written = toDiwooSitemap(ps, { maxUrlsPerFile: perFile, baseUrl: 'https://www.example.nl/sitemaps/' });
        assert.equal(written.files.length, Math.ceil(ps.length / perFile));
        if (written.files.length > 1)
          assert.deepEqual(
            readSitemapIndex(written.index!),
            written.files.map((f) => `https://www.example.nl/sitemaps/${f.name}`),
          );
        else assert.equal(written.index, undefined);
        const back: Publication[] = written.files.flatMap((f) => fromDiwooSitemap(f.xml).publications);
        assert.deepEqual(back, ps.map(expectedAfterRoundTrip));
      },
    ),
    { numRuns: 100 },
  );
});

test('property: text that XML can carry comes back identical, character for character', () => {
  fc.assert(
    fc.property(publication(), (p) => {
      const clean = expectedAfterRoundTrip(p); // already XML-safe: a second trip changes nothing
      const read = fromDiwooSitemap(toDiwooSitemap([clean]).files[0]!.xml);
      assert.deepEqual(read.publications, [clean]);
    }),
    { numRuns: 200 },
  );
});

test('each hostile sample on its own, in every free-text field', () => {
  const base = minimalPublication;
  for (const sample of HOSTILE_SAMPLES) {
    const p: Publication = {
      ...base,
      id: sample,
      officialTitle: sample,
      shortTitle: sample,
      description: sample,
      publisher: { ...base.publisher, name: sample },
    };
    const read = fromDiwooSitemap(toDiwooSitemap([p]).files[0]!.xml);
    const s = xmlCarried(sample);
    assert.deepEqual(
      read.publications,
      [{ ...p, id: s, officialTitle: s, shortTitle: s, description: s, publisher: { ...p.publisher, name: s } }],
      JSON.stringify(sample),
    );
  }
});
