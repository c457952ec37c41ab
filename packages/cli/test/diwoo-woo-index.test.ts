import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { examplePublication, fromDiwooSitemap, fromSitemapIndex, type Publication } from '@woo-kit/core';
import { runCli } from './run-cli.js';

const jsonLines = (values: readonly unknown[]): string => values.map((v) => JSON.stringify(v)).join('\n') + '\n';
const lines = (text: string): Record<string, unknown>[] =>
  text
    .trimEnd()
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
const many = (n: number): Publication[] =>
  Array.from({ length: n }, (_, i) => ({
    ...examplePublication,
    id: `p-${i}`,
    url: `https://www.example.nl/woo/${i}.pdf`,
  }));
const BASE = 'https://www.example.nl/woo/';

async function inTempDir(run: (dir: string) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'woo-kit-cli-'));
  try {
    await run(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test(
  'diwoo sitemap --out: files and sitemapindex-diwoo.xml in DIR, robots.txt lines on stdout, ' + 'warnings on stderr',
  async () => {
    await inTempDir(async (dir) => {
      const input = [...many(2), { ...many(3)[2]!, url: 'http://www.example.nl/woo/2.pdf' }];
      const r = await runCli(['diwoo', 'sitemap', '--out', dir, '--base-url', BASE], jsonLines(input));
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stdout, `Sitemap: ${BASE}sitemapindex-diwoo.xml\n`);
      assert.deepEqual(readdirSync(dir).sort(), ['diwoo-sitemap.xml', 'sitemapindex-diwoo.xml']);
      const index = fromSitemapIndex(readFileSync(join(dir, 'sitemapindex-diwoo.xml'), 'utf8'));
      assert.deepEqual(
        index.sitemaps.map((s) => s.loc),
        [`${BASE}diwoo-sitemap.xml`],
      );
      assert.equal(fromDiwooSitemap(readFileSync(join(dir, 'diwoo-sitemap.xml'), 'utf8')).publications.length, 3);
      const warnings = lines(r.stderr) as {
        line: number;
        warning: { code: string; path: string; message: { nl: string; en: string } };
      }[];
      assert.deepEqual(
        warnings.map((w) => [w.line, w.warning.code, w.warning.path]),
        [[3, 'diwoo-loc-not-https', '/url']],
      );
    });
  },
);

test('diwoo sitemap --out --per-category --per-month --own-category: one named index per category', async () => {
  await inTempDir(async (dir) => {
    const input = [
      { ...many(1)[0]!, informationCategories: ['c_fdaee95e'] },
      { ...many(2)[1]!, informationCategories: ['eigen-categorie'] },
    ];
    const r = await runCli(
      [
        'diwoo',
        'sitemap',
        '--out',
        dir,
        '--base-url',
        BASE,
        '--per-category',
        '--per-month',
        '--own-category',
        'eigen-categorie',
      ],
      jsonLines(input),
    );
    assert.equal(r.code, 0, r.stderr);
    assert.equal(
      r.stdout,
      `Sitemap: ${BASE}sitemapindex-diwoo-infocat015.xml\nSitemap: ${BASE}sitemapindex-diwoo-infocat018.xml\n`,
    );
    assert.deepEqual(readdirSync(dir).sort(), [
      'diwoo-sitemap-infocat015-2025-04.xml',
      'diwoo-sitemap-infocat018-2025-04.xml',
      'sitemapindex-diwoo-infocat015.xml',
      'sitemapindex-diwoo-infocat018.xml',
    ]);
    assert.deepEqual(
      lines(r.stderr).map((l) => (l['warning'] as { code: string }).code),
      ['diwoo-own-category'],
    );
  });
});

test('diwoo sitemap: usage errors of the Woo-index options are exit code 2', async () => {
  assert.equal((await runCli(['diwoo', 'sitemap', '--out', '/tmp/x'], jsonLines(many(1)))).code, 2, 'needs --base-url');
  assert.equal((await runCli(['diwoo', 'sitemap', '--per-category'], jsonLines(many(1)))).code, 2, 'needs --out');
  assert.equal(
    (await runCli(['diwoo', 'sitemap', '--out', '/tmp/x', '--base-url', BASE, '--index'], jsonLines(many(1)))).code,
    2,
  );
  assert.equal((await runCli(['diwoo', 'parse', '--nope'])).code, 2);
});

test('diwoo parse: a sitemap index is listed, one line per sitemap', async () => {
  await inTempDir(async (dir) => {
    await runCli(['diwoo', 'sitemap', '--out', dir, '--base-url', BASE, '--per-month'], jsonLines(many(2)));
    const r = await runCli(['diwoo', 'parse'], readFileSync(join(dir, 'sitemapindex-diwoo.xml'), 'utf8'));
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(lines(r.stdout), [
      { sitemap: `${BASE}diwoo-sitemap-2025-04.xml`, lastmod: '2025-04-15T10:00:00+02:00', line: 3 },
    ]);
  });
});

test(
  'diwoo parse --follow DIR: the listed sitemaps are read from DIR, never from the network; a missing one is an ' +
    'error line',
  async () => {
    await inTempDir(async (dir) => {
      await runCli(['diwoo', 'sitemap', '--out', dir, '--base-url', BASE], jsonLines(many(3)));
      const index = readFileSync(join(dir, 'sitemapindex-diwoo.xml'), 'utf8')
        // A second entry on a host that does not exist, and one that tries to leave the folder.
        .replace(
          '</sitemapindex>',
          '<sitemap><loc>https://127.0.0.1:9/elders/ontbreekt.xml</loc></sitemap>\n<sitemap><loc>https://www.example.nl/%2E%2E%2Fpasswd</loc></sitemap>\n</sitemapindex>',
        );
      const r = await runCli(['diwoo', 'parse', '--follow', dir], index);
      assert.equal(r.code, 1);
      const out = lines(r.stdout);
      assert.deepEqual(out.slice(0, 3), many(3));
      assert.deepEqual(
        out.slice(3).map((l) => [(l['error'] as { code: string }).code, l['sitemap']]),
        [
          ['diwoo-sitemap-not-local', 'https://127.0.0.1:9/elders/ontbreekt.xml'],
          ['diwoo-sitemap-not-local', 'https://www.example.nl/%2E%2E%2Fpasswd'],
        ],
      );
      // The same sitemap gzip-compressed (as the sitemaps protocol allows) is unpacked and read alike.
      const plain = join(dir, 'diwoo-sitemap.xml');
      writeFileSync(`${plain}.gz`, gzipSync(readFileSync(plain)));
      rmSync(plain);
      const gzIndex = index.replace('diwoo-sitemap.xml<', 'diwoo-sitemap.xml.gz<');
      assert.notEqual(gzIndex, index);
      const gz = await runCli(['diwoo', 'parse', '--follow', dir], gzIndex);
      assert.deepEqual(lines(gz.stdout).slice(0, 3), many(3));
      writeFileSync(plain, gunzipSync(readFileSync(`${plain}.gz`)));
      // --follow with a plain sitemap is a usage error.
      assert.equal(
        (await runCli(['diwoo', 'parse', '--follow', dir], readFileSync(join(dir, 'diwoo-sitemap.xml'), 'utf8'))).code,
        2,
      );
    });
  },
);

test('diwoo parse: a time without time zone is read as Dutch local time and noted on stderr', async () => {
  const xml = (await runCli(['diwoo', 'sitemap'], jsonLines(many(1)))).stdout.replace(
    '2025-04-15T10:00:00+02:00</diwoo:atTime>',
    '2025-02-10T09:30:00</diwoo:atTime>',
  );
  const r = await runCli(['diwoo', 'parse'], xml);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(
    (lines(r.stdout)[0]!['documentActions'] as { atTime: string }[])[0]!.atTime,
    '2025-02-10T09:30:00+01:00',
  );
  const notes = lines(r.stderr) as { line: number; note: { code: string; path: string } }[];
  assert.deepEqual(
    notes.map((n) => [n.note.code, n.note.path]),
    [['diwoo-local-time-assumed', '/documentActions/0/atTime']],
  );
  assert.equal(xml.split('\n')[notes[0]!.line - 1], '<diwoo:atTime>2025-02-10T09:30:00</diwoo:atTime>');
});

test(
  'diwoo parse: a file that is not well-formed stops only ' + 'that file; writeFileSync keeps this test honest',
  async () => {
    await inTempDir(async (dir) => {
      await runCli(
        ['diwoo', 'sitemap', '--out', dir, '--base-url', BASE, '--per-month'],
        jsonLines([...many(1), { ...many(2)[1]!, publishedOn: '2025-05-01' }]),
      );
      writeFileSync(join(dir, 'diwoo-sitemap-2025-04.xml'), '<urlset');
      const r = await runCli(
        ['diwoo', 'parse', '--follow', dir],
        readFileSync(join(dir, 'sitemapindex-diwoo.xml'), 'utf8'),
      );
      assert.equal(r.code, 1);
      const out = lines(r.stdout);
      assert.equal((out[0]!['error'] as { code: string }).code, 'xml-not-well-formed');
      assert.equal(out[1]!['id'], 'p-1');
    });
  },
);
