// The case worker's side: list and read requests, record events checked by core's lifecycle rules,
// optimistic locking with ETag/If-Match, API keys, OpenID Connect, the audit log. Both databases.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { newApiKey } from '../src/auth.js';
import { bearer, forEachDatabase, submit, validRequest } from './support/harness.js';
import { startTestIssuer } from './support/oidc.js';

const issuer = await startTestIssuer();
after(() => issuer.close());

const postEvent = (base: string, id: string, event: unknown, headers: Record<string, string>) =>
  fetch(`${base}/api/requests/${id}/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(event),
  });

forEachDatabase(
  'case worker',
  (ctx) => {
    test('a reader lists and reads requests with contact details and an ETag', async () => {
      const { id } = await submit(ctx.base);
      const list = await fetch(`${ctx.base}/api/requests`, { headers: bearer(ctx.keys.reader) });
      assert.equal(list.status, 200);
      const items = ((await list.json()) as { items: { id: string; requester?: { email?: string } }[] }).items;
      assert.equal(items.find((r) => r.id === id)?.requester?.email, validRequest.requester.email);
      const one = await fetch(`${ctx.base}/api/requests/${id}`, { headers: bearer(ctx.keys.reader) });
      assert.equal(one.status, 200);
      assert.equal(one.headers.get('etag'), '"v1"');
      const body = (await one.json()) as Record<string, unknown>;
      assert.equal(body['state'], 'received');
      assert.equal(body['deadline'], '2025-04-25');
      assert.deepEqual(body['requester'], validRequest.requester);
    });

    test('an event is checked by the lifecycle rules and answered with the new deadline and status', async () => {
      const { id } = await submit(ctx.base);
      const caseworker = bearer(ctx.keys.caseworker);
      const postponed = await postEvent(
        ctx.base,
        id,
        { type: 'postponed', on: '2025-03-28' },
        { ...caseworker, 'if-match': '"v1"' },
      );
      assert.equal(postponed.status, 200, await postponed.clone().text());
      assert.equal(postponed.headers.get('etag'), '"v2"');
      const after = (await postponed.json()) as Record<string, unknown>;
      assert.equal(after['state'], 'postponed');
      assert.equal(after['deadline'], '2025-05-09'); // Woo 4.4 lid 2: two more weeks
      // Woo 4.4 lid 2 allows one postponement only.
      const twice = await postEvent(
        ctx.base,
        id,
        { type: 'postponed', on: '2025-03-28' },
        { ...caseworker, 'if-match': '"v2"' },
      );
      assert.equal(twice.status, 422);
      const error = (await twice.json()) as { error: { code: string; message: { nl: string; en: string } } };
      assert.equal(error.error.code, 'invalid-transition');
      assert.ok(error.error.message.nl && error.error.message.en);
      // A refusal needs its grounds (Woo 5.1).
      const noGrounds = await postEvent(
        ctx.base,
        id,
        { type: 'decided', on: '2025-03-28', outcome: 'refused' },
        { ...caseworker, 'if-match': '"v2"' },
      );
      assert.equal(noGrounds.status, 422);
      const decided = await postEvent(
        ctx.base,
        id,
        { type: 'decided', on: '2025-03-28', outcome: 'refused', grounds: ['5.1.2e'] },
        { ...caseworker, 'if-match': '"v2"' },
      );
      assert.equal(decided.status, 200, await decided.clone().text());
      const final = (await decided.json()) as Record<string, unknown>;
      assert.equal(final['state'], 'decided');
      assert.equal(final['stage'], 'decided-on-time');
      assert.equal(final['closedOn'], '2025-03-28');
    });

    test('an event after today or malformed JSON is refused; nothing changes', async () => {
      const { id } = await submit(ctx.base);
      const caseworker = { ...bearer(ctx.keys.caseworker), 'if-match': '"v1"' };
      const future = await postEvent(ctx.base, id, { type: 'postponed', on: '2099-01-01' }, caseworker);
      assert.equal(future.status, 422);
      assert.equal(((await future.json()) as { error: { code: string } }).error.code, 'event-in-future');
      const malformed = await fetch(`${ctx.base}/api/requests/${id}/events`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...caseworker },
        body: '{"type":',
      });
      assert.equal(malformed.status, 400);
      assert.equal((await ctx.store.getRequest(id))!.version, 1);
    });

    test('concurrent edits: without If-Match or with an old ETag the answer is 412', async () => {
      const { id } = await submit(ctx.base);
      const caseworker = bearer(ctx.keys.caseworker);
      const none = await postEvent(ctx.base, id, { type: 'postponed', on: '2025-03-28' }, caseworker);
      assert.equal(none.status, 412);
      assert.equal(((await none.json()) as { error: { code: string } }).error.code, 'if-match-required');
      // Two case workers saw v1; both send it at the same time: one wins, the other gets 412.
      const answers = await Promise.all([
        postEvent(ctx.base, id, { type: 'postponed', on: '2025-03-28' }, { ...caseworker, 'if-match': '"v1"' }),
        postEvent(ctx.base, id, { type: 'zienswijzeAsked', on: '2025-03-28' }, { ...caseworker, 'if-match': '"v1"' }),
      ]);
      assert.deepEqual(answers.map((r) => r.status).sort(), [200, 412]);
      const loser = answers.find((r) => r.status === 412)!;
      assert.equal(loser.headers.get('etag'), '"v2"');
      assert.equal(((await loser.json()) as { error: { code: string } }).error.code, 'changed-meanwhile');
      assert.equal((await ctx.store.getRequest(id))!.request.events?.length, 1);
    });

    test('the audit log records who did what to which request, is admin-only and append-only', async () => {
      const { id } = await submit(ctx.base);
      await postEvent(
        ctx.base,
        id,
        { type: 'postponed', on: '2025-03-28' },
        { ...bearer(ctx.keys.caseworker), 'if-match': '"v1"' },
      );
      assert.equal((await fetch(`${ctx.base}/api/audit`, { headers: bearer(ctx.keys.caseworker) })).status, 403);
      const response = await fetch(`${ctx.base}/api/audit?requestId=${id}`, { headers: bearer(ctx.keys.admin) });
      assert.equal(response.status, 200);
      const { items } = (await response.json()) as {
        items: { actor: string; action: string; requestId: string; detail: string }[];
      };
      assert.equal(items.length, 1);
      assert.match(items[0]!.actor, /^apikey:[0-9a-f]{12}$/);
      assert.equal(items[0]!.action, 'event.recorded');
      assert.equal(items[0]!.detail, 'postponed');
      await assert.rejects(ctx.store.db.run('UPDATE woo_audit_log SET actor = ?', ['someone else']));
      await assert.rejects(ctx.store.db.run('DELETE FROM woo_audit_log'));
      assert.equal((await ctx.store.listAudit({ requestId: id })).length, 1);
    });

    test('API keys are stored hashed, carry scopes and stop working when revoked', async () => {
      const key = newApiKey();
      await ctx.store.createApiKey({
        id: key.id,
        name: 'zaaksysteem',
        keyHash: key.keyHash,
        scopes: ['requests:read'],
      });
      const rows = JSON.stringify(await ctx.store.db.all('SELECT * FROM woo_api_keys'));
      assert.ok(!rows.includes(key.key));
      assert.equal((await fetch(`${ctx.base}/api/requests`, { headers: bearer(key.key) })).status, 200);
      const { id } = await submit(ctx.base);
      assert.equal(
        (
          await postEvent(
            ctx.base,
            id,
            { type: 'postponed', on: '2025-03-28' },
            { ...bearer(key.key), 'if-match': '"v1"' },
          )
        ).status,
        403,
      );
      assert.equal(await ctx.store.revokeApiKey(key.id), true);
      assert.equal((await fetch(`${ctx.base}/api/requests`, { headers: bearer(key.key) })).status, 401);
      assert.equal(await ctx.store.revokeApiKey(key.id), false);
    });

    test('OpenID Connect: a token from the issuer with the right roles works; anything off is 401', async () => {
      const { id } = await submit(ctx.base);
      const good = await issuer.sign({ realm_access: { roles: ['caseworker'] } });
      assert.equal((await fetch(`${ctx.base}/api/requests/${id}`, { headers: bearer(good) })).status, 200);
      const recorded = await postEvent(
        ctx.base,
        id,
        { type: 'postponed', on: '2025-03-28' },
        { ...bearer(good), 'if-match': '"v1"' },
      );
      assert.equal(recorded.status, 200);
      const audit = await ctx.store.listAudit({ requestId: id });
      assert.equal(audit[0]!.actor, 'oidc:medewerker-1');
      const readerOnly = await issuer.sign({ realm_access: { roles: ['reader'] } });
      assert.equal(
        (
          await postEvent(
            ctx.base,
            id,
            { type: 'decided', on: '2025-03-28', outcome: 'disclosed' },
            { ...bearer(readerOnly), 'if-match': '"v2"' },
          )
        ).status,
        403,
      );
      const noRoles = await issuer.sign({});
      assert.equal((await fetch(`${ctx.base}/api/requests`, { headers: bearer(noRoles) })).status, 403);
      const bad = [
        await issuer.sign({ realm_access: { roles: ['admin'] } }, { key: 'wrong' }),
        await issuer.sign({ realm_access: { roles: ['admin'] }, iss: 'https://evil.invalid/' }),
        await issuer.sign({ realm_access: { roles: ['admin'] }, aud: 'another-app' }),
        await issuer.sign({ realm_access: { roles: ['admin'] } }, { expiresIn: '-1m' }),
        'eyJhbGciOiJub25lIn0.eyJyZWFsbV9hY2Nlc3MiOnsicm9sZXMiOlsiYWRtaW4iXX19.x',
      ];
      for (const token of bad)
        assert.equal((await fetch(`${ctx.base}/api/requests`, { headers: bearer(token) })).status, 401);
    });
  },
  { oidc: issuer.options },
);
