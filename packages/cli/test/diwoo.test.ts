import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { examplePublication, fromDiwooSitemap, readSitemapIndex, type Publication } from '@woo-kit/core';
import { runCli } from './run-cli.js';

const jsonLines = (values: readonly unknown[]): string => values.map((v) => JSON.stringify(v)).join('\n') + '\n';
const lines = (text: string): unknown[] =>
  text
    .trimEnd()
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as unknown);
const many = (n: number): Publication[] =>
  Array.from({ length: n }, (_, i) => ({
    ...examplePublication,
    id: `p-${i}`,
    url: `https://www.example.nl/woo/${i}`,
  }));

test('diwoo sitemap: publications in, one sitemap out, exit 0', async () => {
  const r = await runCli(['diwoo', 'sitemap'], jsonLines(many(3)));
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stderr, '');
  assert.ok(r.stdout.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<urlset '));
  assert.deepEqual(fromDiwooSitemap(r.stdout).publications, many(3));
});

test(
  'diwoo sitemap: invalid lines are left out, reported on ' + 'stderr with line number and typed error, exit 1',
  async () => {
    const input = [
      JSON.stringify(examplePublication),
      '',
      '{ not json',
      JSON.stringify({ ...examplePublication, informationCategories: [] }),
      JSON.stringify({ ...examplePublication, id: 'second', officialTitle: 'A <b> & \u0001 "c"' }),
      JSON.stringify({ ...examplePublication, url: 'http://a.nl' }),
    ].join('\n');
    const r = await runCli(['diwoo', 'sitemap'], input);
    assert.equal(r.code, 1);
    const errors = lines(r.stderr) as {
      line: number;
      error: { code: string; message: { nl: string; en: string }; path?: string };
    }[];
    assert.deepEqual(
      errors.map((e) => [e.line, e.error.code, e.error.path]),
      [
        [3, 'invalid-json', undefined],
        [4, 'validation-failed', '/informationCategories'],
        [6, 'diwoo-invalid-url', '/url'],
      ],
    );
    for (const e of errors) assert.ok(e.error.message.nl !== '' && e.error.message.en !== '');
    const back = fromDiwooSitemap(r.stdout).publications;
    assert.deepEqual(
      back.map((p) => p.id),
      [examplePublication.id, 'second'],
    );
    assert.equal(back[1]!.officialTitle, 'A <b> & \uFFFD "c"');
  },
);

test('diwoo sitemap: also one pretty JSON document, or an array, as woo-kit example prints it', async () => {
  const one = await runCli(['diwoo', 'sitemap'], `${JSON.stringify(examplePublication, null, 2)}\n`);
  assert.equal(one.code, 0, one.stderr);
  assert.deepEqual(fromDiwooSitemap(one.stdout).publications, [examplePublication]);
  const arrayText = JSON.stringify([many(2)[0], { bad: true }, many(2)[1]], null, 2);
  const array = await runCli(['diwoo', 'sitemap'], arrayText);
  assert.equal(array.code, 1);
  assert.deepEqual(fromDiwooSitemap(array.stdout).publications, many(2));
  const errors = lines(array.stderr) as { line: number; error: { code: string } }[];
  // 0-based line of the key = 1-based line of its "{"
  const badStarts = arrayText.split('\n').findIndex((l) => l.includes('"bad"'));
  assert.deepEqual(
    errors.map((e) => [e.line, e.error.code]),
    [[badStarts, 'validation-failed']],
    'the line the bad element starts on',
  );
});

test('diwoo sitemap: nothing valid writes nothing on stdout; empty input is fine', async () => {
  const bad = await runCli(['diwoo', 'sitemap'], '{}\n');
  assert.equal(bad.code, 1);
  assert.equal(bad.stdout, '');
  assert.match(bad.stderr, /"code":"validation-failed"/);
  assert.match(bad.stderr, /no sitemap/);
  const empty = await runCli(['diwoo', 'sitemap'], '');
  assert.equal(empty.code, 0);
  assert.equal(empty.stdout, '');
});

test('diwoo sitemap --out-dir: one file, written to the folder and to stdout; --index adds an index', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'woo-kit-diwoo-cli-'));
  try {
    const one = await runCli(['diwoo', 'sitemap', '--out-dir', dir, '--file-name', 'woo'], jsonLines(many(2)));
    assert.equal(one.code, 0, one.stderr);
    assert.deepEqual(readdirSync(dir), ['woo.xml']);
    assert.equal(readFileSync(join(dir, 'woo.xml'), 'utf8'), one.stdout);
    const indexed = await runCli(
      ['diwoo', 'sitemap', '--out-dir', join(dir, 'idx'), '--base-url', 'https://www.example.nl/woo/', '--index'],
      jsonLines(many(2)),
    );
    assert.equal(indexed.code, 0, indexed.stderr);
    assert.deepEqual(readSitemapIndex(indexed.stdout), ['https://www.example.nl/woo/diwoo-sitemap.xml']);
    assert.ok(existsSync(join(dir, 'idx', 'diwoo-sitemap.xml')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test(
  'diwoo sitemap: more than 50,000 publications are ' + 'split into files in --out-dir, the index on stdout',
  async () => {
    const input = jsonLines(many(50_001));
    const noDir = await runCli(['diwoo', 'sitemap'], input);
    assert.equal(noDir.code, 2);
    assert.equal(noDir.stdout, '');
    assert.match(noDir.stderr, /--out-dir and --base-url/);
    const dir = mkdtempSync(join(tmpdir(), 'woo-kit-diwoo-cli-'));
    try {
      const r = await runCli(
        ['diwoo', 'sitemap', '--out-dir', dir, '--base-url', 'https://www.example.nl/sitemaps'],
        input,
      );
      assert.equal(r.code, 0, r.stderr.slice(0, 500));
      const count = readdirSync(dir).length;
      assert.ok(count >= 2);
      const names = Array.from({ length: count }, (_, i) => `diwoo-sitemap-${i + 1}.xml`);
      assert.deepEqual(readdirSync(dir).sort(), [...names].sort());
      assert.deepEqual(
        readSitemapIndex(r.stdout),
        names.map((n) => `https://www.example.nl/sitemaps/${n}`),
      );
      const last = fromDiwooSitemap(readFileSync(join(dir, names.at(-1)!), 'utf8')).publications;
      assert.equal(last.at(-1)!.id, 'p-50000');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
);

test('diwoo sitemap: usage errors are exit code 2', async () => {
  assert.equal((await runCli(['diwoo', 'sitemap', '--nope'])).code, 2);
  assert.equal((await runCli(['diwoo', 'sitemap', '--index'])).code, 2);
  assert.equal((await runCli(['diwoo', 'sitemap', 'extra'])).code, 2);
  assert.equal((await runCli(['diwoo', 'sitemap', '--base-url', 'ftp://x'], jsonLines(many(1)))).code, 2);
  assert.equal((await runCli(['diwoo', 'sitemap', '--file-name', '../x'], jsonLines(many(1)))).code, 2);
  assert.equal((await runCli(['diwoo'])).code, 2);
  assert.equal((await runCli(['diwoo', 'publish'])).code, 2);
  const help = await runCli(['diwoo', '--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /woo-kit diwoo parse/);
});

test('diwoo parse: one Publication JSON line per <url>, an error line in place of a bad one, exit 1', async () => {
  const written = await runCli(['diwoo', 'sitemap'], jsonLines(many(3)));
  // Break the second <url>: drop its publisher.
  let seen = 0;
  const broken = written.stdout.replace(/<diwoo:publisher [^\n]*\n/g, (m) => (++seen === 2 ? '' : m));
  const r = await runCli(['diwoo', 'parse'], broken);
  assert.equal(r.code, 1);
  const out = lines(r.stdout) as Record<string, unknown>[];
  assert.equal(out.length, 3);
  assert.deepEqual(out[0], many(3)[0]);
  assert.deepEqual(out[2], many(3)[2]);
  const error = out[1] as { error: { code: string; message: { nl: string; en: string } }; line: number };
  assert.equal(error.error.code, 'diwoo-missing-element');
  assert.ok(error.error.message.nl.length > 0 && error.error.message.en.length > 0);
  assert.equal(broken.split('\n')[error.line - 1], '<url>');

  const ok = await runCli(['diwoo', 'parse'], written.stdout);
  assert.equal(ok.code, 0);
  assert.deepEqual(lines(ok.stdout), many(3));
});

test('diwoo parse: a round trip through both commands keeps the publications', async () => {
  const input = many(5).map((p, i) => ({ ...p, officialTitle: `${p.officialTitle} <${i}> & "quoted" 😀 שלום` }));
  const xml = await runCli(['diwoo', 'sitemap'], jsonLines(input));
  const back = await runCli(['diwoo', 'parse'], xml.stdout);
  assert.equal(back.code, 0);
  assert.deepEqual(lines(back.stdout), input);
});

test(
  'diwoo parse: input that is not a sitemap, or has a ' + 'DOCTYPE, is refused with a typed error on stderr',
  async () => {
    const doctype = await runCli(
      ['diwoo', 'parse'],
      '<!DOCTYPE x [<!ENTITY a SYSTEM "file:///etc/passwd">]><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">&a;</urlset>',
    );
    assert.equal(doctype.code, 1);
    assert.equal(doctype.stdout, '');
    assert.match(doctype.stderr, /^woo-kit diwoo parse: xml-doctype-not-allowed: /);
    const html = await runCli(['diwoo', 'parse'], '<html/>');
    assert.equal(html.code, 1);
    assert.match(html.stderr, /diwoo-not-a-sitemap/);
    assert.equal((await runCli(['diwoo', 'parse', 'x'])).code, 2);
  },
);
