// Privacy duties (AVG): contact details erased after the retention period, export (art. 15) and
// erasure (art. 17) by an admin, and log lines with nothing the requester typed. Both databases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { monthsBefore } from '../src/dates.js';
import { bearer, forEachDatabase, postRequest, submit, TODAY, validRequest } from './support/harness.js';

const event = (base: string, id: string, body: unknown, key: string, etag: string) =>
  fetch(`${base}/api/requests/${id}/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...bearer(key), 'if-match': etag },
    body: JSON.stringify(body),
  });

test('monthsBefore counts calendar months and clamps to the end of a short month', () => {
  assert.equal(monthsBefore('2025-03-28', 12), '2024-03-28');
  assert.equal(monthsBefore('2025-03-31', 1), '2025-02-28');
  assert.equal(monthsBefore('2024-03-31', 1), '2024-02-29');
  assert.equal(monthsBefore('2025-01-15', 13), '2023-12-15');
});

forEachDatabase('privacy', (ctx) => {
  test(
    'contact details are erased 12 months after closing, ' + 'not before; the rest stays for the statistics',
    async () => {
      ctx.today = '2025-03-28';
      const closed = await submit(ctx.base, {
        ...validRequest,
        requester: { name: 'Jan Oud', email: 'jan.oud@voorbeeld.nl' },
      });
      const open = await submit(ctx.base, { ...validRequest, requester: { email: 'nog.open@voorbeeld.nl' } });
      assert.equal(
        (
          await event(
            ctx.base,
            closed.id,
            { type: 'decided', on: '2025-03-28', outcome: 'notHeld' },
            ctx.keys.caseworker,
            '"v1"',
          )
        ).status,
        200,
      );
      ctx.today = '2026-03-27'; // one day short of 12 months
      assert.equal(await ctx.woo.runRetention(), 0);
      assert.equal((await ctx.store.getRequest(closed.id))!.request.requester?.email, 'jan.oud@voorbeeld.nl');
      ctx.today = '2026-03-28';
      assert.equal(await ctx.woo.runRetention(), 1);
      const after = (await ctx.store.getRequest(closed.id))!;
      assert.equal(after.request.requester, undefined);
      assert.equal(after.contactErasedOn, '2026-03-28');
      assert.equal(after.request.subject, validRequest.subject, 'the request itself stays');
      assert.equal((await ctx.store.getRequest(open.id))!.request.requester?.email, 'nog.open@voorbeeld.nl');
      const audit = await ctx.store.listAudit({ requestId: closed.id });
      assert.equal(audit[0]!.actor, 'system:retention');
      assert.equal(await ctx.woo.runRetention(), 0, 'nothing left to erase');
      ctx.today = TODAY;
    },
  );

  test('an admin exports everything about one requester (art. 15) and erases it (art. 17)', async () => {
    const email = `export-${Math.random().toString(36).slice(2)}@voorbeeld.nl`;
    const a = await submit(ctx.base, { ...validRequest, requester: { name: 'Sanne Export', email } });
    await submit(ctx.base, {
      ...validRequest,
      subject: 'Een tweede verzoek van dezelfde persoon',
      requester: { email: email.toUpperCase() },
    });
    await submit(ctx.base, { ...validRequest, requester: { email: 'iemand.anders@voorbeeld.nl' } });
    await event(ctx.base, a.id, { type: 'postponed', on: ctx.today }, ctx.keys.caseworker, '"v1"');
    const admin = { 'content-type': 'application/json', ...bearer(ctx.keys.admin) };
    const exported = await fetch(`${ctx.base}/api/admin/requester-export`, {
      method: 'POST',
      headers: admin,
      body: JSON.stringify({ email }),
    });
    assert.equal(exported.status, 200);
    const data = (await exported.json()) as {
      requests: { id: string; requester: { email: string } }[];
      audit: { action: string }[];
    };
    assert.equal(data.requests.length, 2);
    assert.ok(data.requests.every((r) => r.requester.email.toLowerCase() === email));
    assert.ok(data.audit.some((e) => e.action === 'event.recorded'));
    const erased = await fetch(`${ctx.base}/api/admin/requester-erase`, {
      method: 'POST',
      headers: admin,
      body: JSON.stringify({ requestId: a.id }),
    });
    assert.equal(erased.status, 200);
    assert.deepEqual(await erased.json(), { erased: 2 });
    const again = (await (
      await fetch(`${ctx.base}/api/admin/requester-export`, {
        method: 'POST',
        headers: admin,
        body: JSON.stringify({ email }),
      })
    ).json()) as { requests: unknown[] };
    assert.equal(again.requests.length, 0);
    const rows = JSON.stringify(await ctx.store.db.all('SELECT json FROM woo_requests'));
    assert.ok(!rows.toLowerCase().includes(email), 'the address is gone from the database');
    const actions = (await ctx.store.listAudit()).map((e) => e.action);
    assert.ok(actions.includes('requester.exported') && actions.includes('requester.erased'));
    assert.ok(
      !JSON.stringify(await ctx.store.listAudit())
        .toLowerCase()
        .includes(email),
      'the audit log holds no address',
    );
  });

  test('log lines are structured JSON with nothing the requester typed', async () => {
    ctx.logs.length = 0;
    const secret = {
      subject: 'Mijn buurman Pieter Geheimnaam en zijn schuur',
      preferredResponse: 'documents',
      requester: { name: 'Karin Logvrij', email: 'karin.logvrij@voorbeeld.nl', phone: '0612345678' },
    };
    await postRequest(ctx.base, secret);
    await postRequest(ctx.base, '{"subject": "Pieter Geheimnaam', 'bad-json-key');
    await postRequest(ctx.base, { ...secret, requester: { email: 'geen-adres Karin' } });
    await fetch(`${ctx.base}/api/requests/WOO-2025-0001?naam=Karin%20Logvrij`, {
      headers: bearer('Karin-Logvrij-token'),
    });
    assert.ok(ctx.logs.length >= 4);
    const text = ctx.logs.map((record) => JSON.stringify(record)).join('\n');
    assert.doesNotMatch(text, /Geheimnaam|Karin|Logvrij|0612345678|schuur|naam=/);
    for (const record of ctx.logs) {
      assert.ok(['info', 'warn', 'error'].includes(record.level));
      assert.equal(typeof record.msg, 'string');
    }
    assert.ok(ctx.logs.some((r) => r['route'] === '/api/requests' && r['status'] === 201));
  });
});
