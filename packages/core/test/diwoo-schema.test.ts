// Validates generated sitemaps with xmllint against the official DiWoo 0.9.8 and sitemaps.org 0.9
// schemas. The schemas live in ../shared/specs beside the clone (/work/shared here; CI puts a copy of
// shared/ beside the clone too). Where they or xmllint (Debian: libxml2-utils) are missing, the tests
// skip with a message instead of failing.
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { examplePublication, toDiwooSitemap, type Publication } from '../src/index.js';
import { hostileUrl, publication } from './diwoo-arbitraries.js';

// ../../../shared from the package directory (packages/core).
const specs = fileURLToPath(new URL('../../../../shared/specs/', import.meta.url));
const sitemapSchema = join(specs, 'diwoo-sitemap.xsd');
const catalog = join(specs, 'diwoo-0.9.8/catalog.xml');
const siteindexSchema = join(specs, 'sitemaps-0.9/siteindex.xsd');

function hasXmllint(): boolean {
  const r = spawnSync('xmllint', ['--version'], { encoding: 'utf8' });
  return r.status === 0;
}

/** Why these tests cannot run here, or undefined when they can. */
function missing(): string | undefined {
  if (!existsSync(sitemapSchema) || !existsSync(catalog)) {
    return `the official schemas are not here (${sitemapSchema}); put a copy of shared/ beside the clone to run this test`;
  }
  if (!hasXmllint()) return 'xmllint is not installed (Debian/Ubuntu: apt-get install libxml2-utils)';
  return undefined;
}

/** Runs xmllint on files; returns its exit status and output. */
function xmllint(args: readonly string[]): { status: number | null; output: string } {
  const r = spawnSync('xmllint', ['--nonet', '--noout', ...args], {
    encoding: 'utf8',
    // The catalog points the MDTO import at a local stand-in, so nothing is fetched from the web.
    env: { ...process.env, XML_CATALOG_FILES: catalog },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

/** Writes files into a fresh folder, calls `check` with their paths, and cleans up. */
function withFiles<T>(files: readonly { name: string; xml: string }[], check: (paths: string[]) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'woo-kit-diwoo-'));
  try {
    const paths = files.map((f) => {
      const path = join(dir, f.name);
      writeFileSync(path, f.xml, 'utf8');
      return path;
    });
    return check(paths);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function assertValid(files: readonly { name: string; xml: string }[]): void {
  withFiles(files, (paths) => {
    const r = xmllint(['--schema', sitemapSchema, ...paths]);
    assert.equal(r.status, 0, r.output.slice(0, 4000));
  });
}

const skipIfMissing = (t: TestContext): boolean => {
  const reason = missing();
  if (reason !== undefined) t.skip(reason);
  return reason !== undefined;
};

test('xmllint: the example publication validates against the DiWoo 0.9.8 sitemap schema', (t) => {
  if (skipIfMissing(t)) return;
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

test('xmllint: the check is real — a sitemap without a publisher is rejected', (t) => {
  if (skipIfMissing(t)) return;
  const xml = toDiwooSitemap([examplePublication]).files[0]!.xml.replace(/<diwoo:publisher [^\n]*\n/, '');
  withFiles([{ name: 'broken.xml', xml }], (paths) => {
    const r = xmllint(['--schema', sitemapSchema, ...paths]);
    assert.notEqual(r.status, 0);
    assert.match(r.output, /publisher/);
  });
});

test('xmllint: 300 random publications with hostile texts, URLs and every optional field validate', (t) => {
  if (skipIfMissing(t)) return;
  const publications = fc.sample(publication(hostileUrl), { numRuns: 300, seed: 20251 });
  const { files, skipped } = toDiwooSitemap(publications, { maxUrlsPerFile: 60, baseUrl: 'https://www.example.nl/woo/' });
  // Only URLs a sitemap cannot hold may be left out; everything else is written and valid.
  for (const s of skipped) assert.equal(s.error.code, 'diwoo-invalid-url', s.error.message);
  assert.ok(files.reduce((n, f) => n + f.urlCount, 0) >= 150, 'most random publications are written');
  assertValid(files);
});

test('xmllint: a property over small batches — whatever is written validates', (t) => {
  if (skipIfMissing(t)) return;
  // Each run starts xmllint once; 25 runs of up to 8 publications keep this under a few seconds.
  fc.assert(
    fc.property(fc.array(publication(hostileUrl), { minLength: 1, maxLength: 8 }), (ps) => {
      const { files } = toDiwooSitemap(ps);
      if (files.length > 0) assertValid(files);
    }),
    { numRuns: 25 },
  );
});

test('xmllint: a split sitemap — every file validates and the index is well-formed', (t) => {
  if (skipIfMissing(t)) return;
  const ps = Array.from({ length: 7 }, (_, i) => ({ ...examplePublication, id: `p-${i}`, url: `https://www.example.nl/woo/${i}` }));
  const { files, index } = toDiwooSitemap(ps, { maxUrlsPerFile: 3, baseUrl: 'https://www.example.nl/sitemaps/' });
  assert.equal(files.length, 3);
  assertValid(files);
  assert.ok(index !== undefined);
  withFiles([{ name: 'index.xml', xml: index }], (paths) => {
    if (existsSync(siteindexSchema)) {
      const r = xmllint(['--schema', siteindexSchema, ...paths]);
      assert.equal(r.status, 0, r.output);
    } else {
      // shared/specs/sitemaps-0.9 holds only sitemap.xsd, not siteindex.xsd: the index is checked for
      // well-formedness only (its structure is checked by readSitemapIndex in diwoo-write.test.ts).
      t.diagnostic('no siteindex.xsd in shared/specs/sitemaps-0.9: sitemap index checked with xmllint --noout (well-formedness) only');
      const r = xmllint(paths);
      assert.equal(r.status, 0, r.output);
    }
  });
});
