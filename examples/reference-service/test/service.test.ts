import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServiceServer, openService } from '../src/index.js';
import { fromSitemapIndex } from '@woo-kit/core';
import { siteindexSchema, sitemapSchema, validateXml } from '../../../packages/core/test/support/xmllint.js';

const dir = mkdtempSync(join(tmpdir(), 'woo-kit-service-'));
const file = join(dir, 'test.sqlite');
const TODAY = '2025-03-28';
let base = '';
let close: () => Promise<void>;

function start(): Promise<void> {
  const { handler, store } = openService({ file, today: () => TODAY, publicOrigin: 'https://www.voorbeeld.nl' });
  const server = createServiceServer(handler);
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      close = () => new Promise((done) => server.close(() => (store.close(), done())));
      resolve();
    });
  });
}

before(start);
after(async () => {
  await close();
  rmSync(dir, { recursive: true, force: true });
});

const valid = { subject: 'Alle verslagen van het overleg over de fietsbrug', preferredResponse: 'documents', requester: { email: 'iemand@voorbeeld.nl' } };
const post = (body: unknown, key?: string, type = 'application/json') =>
  fetch(`${base}/api/requests`, {
    method: 'POST',
    headers: { 'content-type': type, ...(key ? { 'idempotency-key': key } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

test('POST /api/requests validates, computes the deadline and answers the receipt', async () => {
  const response = await post(valid, 'key-1');
  assert.equal(response.status, 201);
  const receipt = (await response.json()) as Record<string, unknown>;
  assert.match(String(receipt['id']), /^WOO-2025-\d{4}$/);
  assert.equal(receipt['receivedOn'], TODAY);
  assert.equal(receipt['deadline'], '2025-04-25'); // Woo 4.4 lid 1: 28 days
  assert.ok(Array.isArray(receipt['steps']));
  assert.equal(response.headers.get('location'), `/api/requests/${receipt['id']}`);
});

test('a retried POST with the same key returns the same receipt and creates nothing new', async () => {
  const before = ((await (await fetch(`${base}/api/requests`)).json()) as { items: unknown[] }).items.length;
  const first = (await (await post(valid, 'key-retry')).json()) as { id: string };
  const again = await post(valid, 'key-retry');
  assert.equal(again.status, 200);
  assert.equal(again.headers.get('idempotent-replayed'), 'true');
  assert.equal(((await again.json()) as { id: string }).id, first.id);
  const after = ((await (await fetch(`${base}/api/requests`)).json()) as { items: unknown[] }).items.length;
  assert.equal(after, before + 1);
});

test('many concurrent POSTs with one key create exactly one request', async () => {
  const responses = await Promise.all(Array.from({ length: 25 }, () => post(valid, 'key-burst')));
  const ids = new Set(await Promise.all(responses.map(async (r) => ((await r.json()) as { id: string }).id)));
  assert.equal(ids.size, 1);
  assert.equal(responses.filter((r) => r.status === 201).length, 1);
});

test('a key reused with another body is refused', async () => {
  await post(valid, 'key-reuse');
  const response = await post({ ...valid, subject: 'Iets heel anders dan eerst gevraagd' }, 'key-reuse');
  assert.equal(response.status, 422);
  assert.equal(((await response.json()) as { error: { code: string } }).error.code, 'idempotency-key-reused');
});

test('bad input gets a JSON error with the right status and its path; nothing is stored', async () => {
  const count = async () => ((await (await fetch(`${base}/api/requests`)).json()) as { items: unknown[] }).items.length;
  const n = await count();
  const cases: [Response, number, string, string?][] = [
    [await post(valid), 400, 'idempotency-key-required'],
    [await post('{"subject": ', 'k-json'), 400, 'invalid-json', ''],
    [await post(valid, 'k-type', 'text/plain'), 415, 'unsupported-media-type'],
    [await post({ subject: '' }, 'k-empty'), 422, 'invalid-request', '/subject'],
    [await post({ ...valid, period: { from: '2025-02-30' } }, 'k-date'), 422, 'invalid-request', '/period/from'],
    [await post({ ...valid, requester: { email: 'geen-adres' } }, 'k-mail'), 422, 'invalid-request', '/requester/email'],
    [await post({ subject: 'x'.repeat(70_000) }, 'k-big'), 413, 'body-too-large'],
    [await fetch(`${base}/api/requests/WOO-1999-0001`), 404, 'not-found'],
    [await fetch(`${base}/api/publications`, { method: 'DELETE' }), 405, 'method-not-allowed'],
    [await fetch(`${base}/api/timeliness?today=nonsense`), 400, 'invalid-date', 'query:today'],
  ];
  for (const [response, status, code, path] of cases) {
    assert.equal(response.status, status, code);
    assert.match(response.headers.get('content-type') ?? '', /application\/json/);
    const body = (await response.json()) as { error: { code: string; path?: string; message: { nl: string; en: string } } };
    assert.equal(body.error.code, code);
    assert.ok(body.error.message.nl && body.error.message.en);
    if (path !== undefined) assert.equal(body.error.path, path);
  }
  assert.equal(await count(), n);
});

test('read endpoints never return the requester contact details', async () => {
  const { id } = (await (await post(valid, 'key-private')).json()) as { id: string };
  const one = (await (await fetch(`${base}/api/requests/${id}`)).json()) as Record<string, unknown>;
  assert.equal(one['subject'], valid.subject);
  assert.equal(one['requester'], undefined);
  const list = await (await fetch(`${base}/api/requests`)).text();
  assert.doesNotMatch(list, /iemand@voorbeeld\.nl/);
});

test('publications, timeliness, robots.txt and the DiWoo sitemap', async () => {
  const publications = (await (await fetch(`${base}/api/publications`)).json()) as { items: { informationCategories: string[] }[] };
  const categories = new Set(publications.items.flatMap((p) => p.informationCategories));
  assert.equal(categories.size, 18, 'sample publications cover every information category');
  const timeliness = (await (await fetch(`${base}/api/timeliness`)).json()) as Record<string, unknown>;
  assert.ok(typeof timeliness['requests'] === 'number' && (timeliness['requests'] as number) > 0);
  assert.ok(Array.isArray(timeliness['perMonth']));
  // The split by outcome counts every request once.
  const outcomes = Object.values(timeliness['outcomes'] as Record<string, number>);
  assert.equal(outcomes.reduce((a, b) => a + b, 0), timeliness['requests']);
  const robots = await (await fetch(`${base}/robots.txt`)).text();
  // The harvester follows only sitemap indexes named in robots.txt, and only those named by its convention.
  assert.deepEqual(robots.match(/^Sitemap: .*$/gm), ['Sitemap: https://www.voorbeeld.nl/sitemapindex-diwoo.xml']);
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
  assert.deepEqual(indexUrls.map((u) => new URL(u).pathname), ['/sitemapindex-diwoo.xml']);
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
    const files = await Promise.all(index.sitemaps.map(async (s, i) => {
      assert.ok(s.loc.startsWith('https://www.voorbeeld.nl/'));
      const file = await fetch(`${base}${new URL(s.loc).pathname}`);
      assert.equal(file.status, 200, s.loc);
      return { name: `sitemap-${i}.xml`, xml: await file.text() };
    }));
    const valid = validateXml(sitemapSchema, files);
    assert.equal(valid.status, 0, valid.output);
  }
  assert.equal((await fetch(`${base}/sitemapindex-diwoo-infocat099.xml`)).status, 404);
});

test('data survives a restart', async () => {
  const { id } = (await (await post(valid, 'key-restart')).json()) as { id: string };
  await close();
  await start();
  const response = await fetch(`${base}/api/requests/${id}`);
  assert.equal(response.status, 200);
  const again = await post(valid, 'key-restart');
  assert.equal(again.status, 200);
  assert.equal(((await again.json()) as { id: string }).id, id);
});
