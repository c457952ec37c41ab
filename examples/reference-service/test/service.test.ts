// The demo service: @woo-kit/server with the sample data. The server's own tests are in packages/server.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHttpServer } from '@woo-kit/server';
import { openService } from '../src/index.js';
import { fromSitemapIndex, informationCategories } from '@woo-kit/core';
import { siteindexSchema, sitemapSchema, validateXml } from '../../../packages/core/test/support/xmllint.js';

const dir = mkdtempSync(join(tmpdir(), 'woo-kit-service-'));
const file = join(dir, 'test.sqlite');
const TODAY = '2025-03-28';
let base = '';
let close: () => Promise<void>;

async function start(): Promise<void> {
  const { handler, store } = await openService({ file, today: () => TODAY, publicOrigin: 'https://www.voorbeeld.nl' });
  const server = createHttpServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => new Promise((done) => server.close(() => void store.close().then(() => done())));
}

before(start);
after(async () => {
  await close();
  rmSync(dir, { recursive: true, force: true });
});

const valid = {
  subject: 'Alle verslagen van het overleg over de fietsbrug',
  preferredResponse: 'documents',
  requester: { email: 'iemand@voorbeeld.nl' },
};
const post = (key: string) =>
  fetch(`${base}/api/requests`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': key },
    body: JSON.stringify(valid),
  });

test('publications, timeliness, robots.txt and the DiWoo sitemap of the demo', async () => {
  const publications = (await (await fetch(`${base}/api/publications`)).json()) as {
    items: { informationCategories: string[] }[];
  };
  const categories = new Set(publications.items.flatMap((p) => p.informationCategories));
  // Every category a municipality publishes in; not the two a municipality never has: documents of the
  // States General (Kamerstukken) and subsidy obligations other than by decision (Foreign Affairs only).
  const national = ['c_c76862ab', 'c_cf268088'];
  const municipal = informationCategories.map((c) => c.code).filter((code) => !national.includes(code));
  assert.deepEqual(
    [...categories].sort(),
    [...municipal].sort(),
    'sample publications cover every category a municipality publishes in',
  );
  const timeliness = (await (await fetch(`${base}/api/timeliness`)).json()) as Record<string, unknown>;
  assert.ok(typeof timeliness['requests'] === 'number' && (timeliness['requests'] as number) > 0);
  assert.ok(Array.isArray(timeliness['perMonth']));
  // The split by outcome counts every request once.
  const outcomes = Object.values(timeliness['outcomes'] as Record<string, number>);
  assert.equal(
    outcomes.reduce((a, b) => a + b, 0),
    timeliness['requests'],
  );
  const robots = await (await fetch(`${base}/robots.txt`)).text();
  assert.match(robots, /^Sitemap: https:\/\/www\.voorbeeld\.nl\/sitemapindex-diwoo\.xml$/m);
  const sitemap = await fetch(`${base}/sitemap-diwoo.xml`);
  assert.match(sitemap.headers.get('content-type') ?? '', /application\/xml/);
  const xml = await sitemap.text();
  assert.match(xml, /<urlset/);
  assert.equal((xml.match(/<url>/g) ?? []).length, publications.items.length);
});

test('the DiWoo sitemap is valid against the official schema', async () => {
  const xml = await (await fetch(`${base}/sitemap-diwoo.xml`)).text();
  const result = validateXml(sitemapSchema, [{ name: 'sitemap.xml', xml }]);
  assert.equal(result.status, 0, result.output);
});

test('robots.txt names only the sitemap index; it and every file it points to are served and validate', async () => {
  const robots = await (await fetch(`${base}/robots.txt`)).text();
  const indexUrls = (robots.match(/^Sitemap: (.*)$/gm) ?? []).map((l) => l.slice('Sitemap: '.length));
  assert.deepEqual(
    indexUrls.map((u) => new URL(u).pathname),
    ['/sitemapindex-diwoo.xml'],
  );
  for (const indexUrl of indexUrls) {
    // The public origin is https://www.voorbeeld.nl; this test asks the local server for the same path.
    const response = await fetch(`${base}${new URL(indexUrl).pathname}`);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /application\/xml/);
    const indexXml = await response.text();
    const index = fromSitemapIndex(indexXml);
    assert.deepEqual(index.errors, []);
    assert.ok(index.sitemaps.length >= 1);
    const checked = validateXml(siteindexSchema, [{ name: 'sitemapindex-diwoo.xml', xml: indexXml }]);
    assert.equal(checked.status, 0, checked.output);
    const files = await Promise.all(
      index.sitemaps.map(async (s, i) => {
        assert.ok(s.loc.startsWith('https://www.voorbeeld.nl/'));
        const file = await fetch(`${base}${new URL(s.loc).pathname}`);
        assert.equal(file.status, 200, s.loc);
        return { name: `sitemap-${i}.xml`, xml: await file.text() };
      }),
    );
    const valid = validateXml(sitemapSchema, files);
    assert.equal(valid.status, 0, valid.output);
  }
  assert.equal((await fetch(`${base}/sitemapindex-diwoo-infocat099.xml`)).status, 404);
});

test('the request list is not public', async () => {
  assert.equal((await fetch(`${base}/api/requests`)).status, 401);
});

test('data survives a restart, and the status link still opens the request', async () => {
  const receipt = (await (await post('key-restart')).json()) as { id: string; statusUrl: string };
  await close();
  await start();
  const again = await post('key-restart');
  assert.equal(again.status, 200);
  const replay = (await again.json()) as { id: string; statusUrl: string };
  assert.equal(replay.id, receipt.id);
  const token = new URLSearchParams(new URL(replay.statusUrl).hash.slice(1)).get('t') ?? '';
  assert.equal(
    (await fetch(`${base}/api/requests/${receipt.id}`, { headers: { authorization: `Bearer ${token}` } })).status,
    200,
  );
});
