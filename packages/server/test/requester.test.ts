// The requester: private by default. Runs against SQLite and PostgreSQL.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bearer, forEachDatabase, fromStatusUrl, postRequest, submit, TODAY, validRequest } from './support/harness.js';

forEachDatabase('requester', (ctx) => {
  test('POST answers 201 with id and a status link holding a 256-bit token in the fragment', async () => {
    const response = await postRequest(ctx.base);
    assert.equal(response.status, 201);
    assert.equal(response.headers.get('referrer-policy'), 'no-referrer');
    const receipt = (await response.json()) as Record<string, unknown>;
    assert.match(String(receipt['id']), /^WOO-2025-\d{4}$/);
    assert.equal(receipt['receivedOn'], TODAY);
    assert.equal(receipt['deadline'], '2025-04-25'); // Woo 4.4 lid 1: four weeks
    const statusUrl = new URL(String(receipt['statusUrl']));
    assert.equal(statusUrl.origin + statusUrl.pathname, 'https://www.voorbeeld.nl/woo-status');
    assert.equal(statusUrl.search, '', 'nothing in the query string, which reaches server logs');
    const { token, id } = fromStatusUrl(statusUrl.href);
    assert.equal(id, receipt['id']);
    assert.match(token, /^[A-Za-z0-9_-]{43}$/);
    assert.ok(Buffer.from(token, 'base64url').length * 8 >= 128);
    assert.equal(response.headers.get('location'), null, 'no Location that would give the id without the token');
  });

  test('the token opens the request, without contact details', async () => {
    const { id, token } = await submit(ctx.base);
    const response = await fetch(`${ctx.base}/api/requests/${id}`, { headers: bearer(token) });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('referrer-policy'), 'no-referrer');
    const request = (await response.json()) as Record<string, unknown>;
    assert.equal(request['id'], id);
    assert.equal(request['subject'], validRequest.subject);
    assert.equal(request['requester'], undefined);
  });

  test("the reference number alone, a wrong token or another request's token gives nothing", async () => {
    const a = await submit(ctx.base);
    const b = await submit(ctx.base);
    const answers = await Promise.all([
      fetch(`${ctx.base}/api/requests/${a.id}`),
      fetch(`${ctx.base}/api/requests/${a.id}`, { headers: bearer('x'.repeat(43)) }),
      fetch(`${ctx.base}/api/requests/${a.id}`, { headers: bearer(b.token) }),
      fetch(`${ctx.base}/api/requests/WOO-2025-9999`, { headers: bearer(a.token) }),
    ]);
    for (const response of answers) {
      assert.equal(response.status, 401);
      const body = (await response.json()) as { error: { code: string } };
      assert.equal(body.error.code, 'unauthorized');
      assert.doesNotMatch(JSON.stringify(body), /fietsbrug|fatima/i);
    }
  });

  test('the token is stored only as a hash', async () => {
    const { id, token } = await submit(ctx.base);
    const rows = await ctx.store.db.all<Record<string, unknown>>('SELECT * FROM woo_requests WHERE id = ?', [id]);
    const text = JSON.stringify(rows);
    assert.ok(!text.includes(token), 'the token itself is nowhere in the row');
    assert.match(String(rows[0]!['token_hash']), /^[0-9a-f]{64}$/);
  });

  test('a retry with the same key gives the same request and a new token; the old one stops working', async () => {
    const key = `retry-${Math.random()}`;
    const first = (await (await postRequest(ctx.base, validRequest, key)).json()) as { id: string; statusUrl: string };
    const again = await postRequest(ctx.base, validRequest, key);
    assert.equal(again.status, 200);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    const second = (await again.json()) as { id: string; statusUrl: string };
    assert.equal(second.id, first.id);
    const oldToken = fromStatusUrl(first.statusUrl).token;
    const newToken = fromStatusUrl(second.statusUrl).token;
    assert.notEqual(newToken, oldToken);
    assert.equal((await fetch(`${ctx.base}/api/requests/${first.id}`, { headers: bearer(newToken) })).status, 200);
    assert.equal((await fetch(`${ctx.base}/api/requests/${first.id}`, { headers: bearer(oldToken) })).status, 401);
    const reused = await postRequest(
      ctx.base,
      { ...validRequest, subject: 'Iets heel anders dan daarnet gevraagd' },
      key,
    );
    assert.equal(reused.status, 422);
    assert.equal(((await reused.json()) as { error: { code: string } }).error.code, 'idempotency-key-reused');
  });

  test('bad input gets typed JSON errors: 400 malformed, 422 rule break, 415 not JSON', async () => {
    const malformed = await postRequest(ctx.base, '{"subject": ');
    assert.equal(malformed.status, 400);
    const m = (await malformed.json()) as {
      error: { code: string; message: { nl: string; en: string }; path: string };
    };
    assert.equal(m.error.code, 'invalid-json');
    assert.ok(m.error.message.nl && m.error.message.en);
    assert.equal(m.error.path, '');
    const invalid = await postRequest(ctx.base, { preferredResponse: 'documents' });
    assert.equal(invalid.status, 422);
    const i = (await invalid.json()) as { error: { code: string; path: string } };
    assert.equal(i.error.code, 'invalid-request');
    assert.equal(typeof i.error.path, 'string');
    assert.equal((await postRequest(ctx.base, 'x', 'k-415', { 'content-type': 'text/plain' })).status, 415);
    assert.equal((await postRequest(ctx.base, validRequest, null)).status, 400);
    const badDay = await fetch(`${ctx.base}/api/timeliness?today=2025-02-30`);
    assert.equal(badDay.status, 400);
    assert.equal(((await badDay.json()) as { error: { path: string } }).error.path, 'query:today');
    assert.equal((await fetch(`${ctx.base}/api/publications`, { method: 'DELETE' })).status, 405);
  });

  test('public statistics: no subjects, and months with fewer than 5 requests merged', async () => {
    // Requests in three months: 6 in January, 2 in February, 1 in March (plus those the other tests made).
    const seeds = [
      ...Array.from({ length: 6 }, (_, i) => ({ id: `WOO-2024-S1${i}`, receivedOn: `2024-01-${String(10 + i)}` })),
      ...Array.from({ length: 2 }, (_, i) => ({ id: `WOO-2024-S2${i}`, receivedOn: `2024-02-${String(10 + i)}` })),
      { id: 'WOO-2024-S30', receivedOn: '2024-03-12' },
    ].map((r) => ({
      ...r,
      channel: 'webForm' as const,
      subject: 'Geheim onderwerp dat nooit publiek mag zijn',
      preferredResponse: 'documents' as const,
      requester: { email: 'p@voorbeeld.nl' },
    }));
    await ctx.store.seed(seeds, []);
    const response = await fetch(`${ctx.base}/api/timeliness`);
    assert.equal(response.status, 200);
    const text = await response.text();
    assert.doesNotMatch(text, /Geheim|fietsbrug|voorbeeld\.nl|WOO-/);
    const stats = JSON.parse(text) as {
      requests: number;
      perMonth: { month: string; months: string[]; requests: number }[];
    };
    for (const group of stats.perMonth)
      assert.ok(group.requests >= 5, `group ${group.months.join('+')} has ${group.requests}`);
    const early = stats.perMonth.filter((g) => g.month.startsWith('2024'));
    assert.deepEqual(early[0]!.months, ['2024-01']);
    assert.ok(
      stats.perMonth.some((g) => g.months.includes('2024-02') && g.months.includes('2024-03')),
      'February and March are merged',
    );
    assert.equal(
      stats.perMonth.reduce((n, g) => n + g.requests, 0),
      stats.requests,
      'no request is lost by merging',
    );
  });

  test('Referrer-Policy: no-referrer on every answer, also errors and the DiWoo files', async () => {
    const answers = await Promise.all(
      [
        '/api/requests',
        '/api/requests/WOO-2025-0001',
        '/api/timeliness',
        '/api/publications',
        '/sitemap-diwoo.xml',
        '/robots.txt',
        '/api/nope',
      ].map((p) => fetch(`${ctx.base}${p}`)),
    );
    for (const response of answers) assert.equal(response.headers.get('referrer-policy'), 'no-referrer', response.url);
  });
});
