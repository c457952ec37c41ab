// Every endpoint, as every kind of caller: anonymous, the requester (right and wrong token), reader,
// caseworker and admin. Each cell of the table is one real HTTP call. Both databases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO_PUBLISHER, samplePublications } from '../src/demo/index.js';
import { bearer, forEachDatabase, postRequest, submit, validRequest, type Context } from './support/harness.js';

type Caller = 'anonymous' | 'requester' | 'wrongToken' | 'reader' | 'caseworker' | 'admin';
const callers: readonly Caller[] = ['anonymous', 'requester', 'wrongToken', 'reader', 'caseworker', 'admin'];

interface Endpoint {
  readonly name: string;
  /** Expected status per caller. */
  readonly expect: Readonly<Record<Caller, number>>;
  /** Makes the call; `own` is a request of the requester (fresh for each call). */
  call(ctx: Context, headers: Record<string, string>, own: { id: string; etag: string }): Promise<Response>;
}

const all = (status: number): Record<Caller, number> => ({
  anonymous: status,
  requester: status,
  wrongToken: status,
  reader: status,
  caseworker: status,
  admin: status,
});
const staffOnly = (reader: number, caseworker: number, admin: number): Record<Caller, number> => ({
  anonymous: 401,
  requester: 401,
  wrongToken: 401,
  reader,
  caseworker,
  admin,
});
const json = { 'content-type': 'application/json' };

const endpoints: readonly Endpoint[] = [
  {
    name: 'POST /api/requests',
    expect: all(201),
    call: (ctx, h) => postRequest(ctx.base, validRequest, `authz-${Math.random()}`, h),
  },
  {
    name: 'GET /api/requests',
    expect: staffOnly(200, 200, 200),
    call: (ctx, h) => fetch(`${ctx.base}/api/requests`, { headers: h }),
  },
  {
    name: 'GET /api/requests/:id',
    expect: { anonymous: 401, requester: 200, wrongToken: 401, reader: 200, caseworker: 200, admin: 200 },
    call: (ctx, h, own) => fetch(`${ctx.base}/api/requests/${own.id}`, { headers: h }),
  },
  {
    name: 'POST /api/requests/:id/events',
    expect: staffOnly(403, 200, 200),
    call: (ctx, h, own) =>
      fetch(`${ctx.base}/api/requests/${own.id}/events`, {
        method: 'POST',
        headers: { ...json, ...h, 'if-match': own.etag },
        body: JSON.stringify({ type: 'postponed', on: ctx.today }),
      }),
  },
  {
    name: 'GET /api/audit',
    expect: staffOnly(403, 403, 200),
    call: (ctx, h) => fetch(`${ctx.base}/api/audit`, { headers: h }),
  },
  {
    name: 'POST /api/admin/requester-export',
    expect: staffOnly(403, 403, 200),
    call: (ctx, h, own) =>
      fetch(`${ctx.base}/api/admin/requester-export`, {
        method: 'POST',
        headers: { ...json, ...h },
        body: JSON.stringify({ requestId: own.id }),
      }),
  },
  {
    name: 'POST /api/admin/requester-erase',
    expect: staffOnly(403, 403, 200),
    call: (ctx, h, own) =>
      fetch(`${ctx.base}/api/admin/requester-erase`, {
        method: 'POST',
        headers: { ...json, ...h },
        body: JSON.stringify({ requestId: own.id }),
      }),
  },
  {
    name: 'GET /api/timeliness',
    expect: all(200),
    call: (ctx, h) => fetch(`${ctx.base}/api/timeliness`, { headers: h }),
  },
  {
    name: 'GET /api/publications',
    expect: all(200),
    call: (ctx, h) => fetch(`${ctx.base}/api/publications`, { headers: h }),
  },
  {
    name: 'GET /sitemap-diwoo.xml',
    expect: all(200),
    call: (ctx, h) => fetch(`${ctx.base}/sitemap-diwoo.xml`, { headers: h }),
  },
  {
    name: 'GET /sitemapindex-diwoo.xml',
    expect: all(200),
    call: (ctx, h) => fetch(`${ctx.base}/sitemapindex-diwoo.xml`, { headers: h }),
  },
  { name: 'GET /robots.txt', expect: all(200), call: (ctx, h) => fetch(`${ctx.base}/robots.txt`, { headers: h }) },
];

forEachDatabase('authorisation', (ctx) => {
  test(
    'every endpoint answers every caller as the table ' + 'says, and never leaks contact details to the public',
    async () => {
      const sample = {
        publisherUri: DEMO_PUBLISHER.uri,
        publisherName: DEMO_PUBLISHER.name,
        today: ctx.today,
        baseUrl: 'https://www.voorbeeld.nl/',
      };
      await ctx.store.seed([], samplePublications(sample).slice(0, 2));
      const seen: string[] = [];
      for (const endpoint of endpoints) {
        for (const caller of callers) {
          const own = await submit(ctx.base, {
            ...validRequest,
            requester: { email: `eigen-${Math.random().toString(36).slice(2)}@voorbeeld.nl` },
          });
          const headers =
            caller === 'anonymous'
              ? {}
              : caller === 'requester'
                ? bearer(own.token)
                : caller === 'wrongToken'
                  ? bearer(`${own.token.slice(0, -2)}AA`)
                  : bearer(ctx.keys[caller]);
          const response = await endpoint.call(ctx, headers, { id: own.id, etag: '"v1"' });
          const body = await response.text();
          seen.push(`${endpoint.name} as ${caller}: ${response.status}`);
          assert.equal(
            response.status,
            endpoint.expect[caller],
            `${endpoint.name} as ${caller}: ${body.slice(0, 200)}`,
          );
          assert.equal(response.headers.get('referrer-policy'), 'no-referrer');
          if (!['reader', 'caseworker', 'admin'].includes(caller)) {
            assert.doesNotMatch(body, /@voorbeeld\.nl/, `${endpoint.name} as ${caller} shows no e-mail address`);
          }
          if (response.status === 401) assert.equal(response.headers.get('www-authenticate'), 'Bearer');
          if (response.status >= 400) assert.ok((JSON.parse(body) as { error: { code: string } }).error.code);
        }
      }
      assert.equal(seen.length, endpoints.length * callers.length);
    },
  );

  test('an unknown reference is 401 for a requester (nothing to probe) and 404 for staff', async () => {
    const { token } = await submit(ctx.base);
    assert.equal((await fetch(`${ctx.base}/api/requests/WOO-2025-9999`, { headers: bearer(token) })).status, 401);
    assert.equal(
      (await fetch(`${ctx.base}/api/requests/WOO-2025-9999`, { headers: bearer(ctx.keys.reader) })).status,
      404,
    );
  });
});
