// A tiny request API for the browser tests, served by web-test-runner on the page's own origin.
// POST /test-api/requests creates a request once per Idempotency-Key; after
// POST /test-api/reset?fail=N it first answers 500 N times, as a flaky server would.
// GET /test-api/requests tells how many requests were created.
// GET /test-api/publications/search is the real @woo-kit/server search handler on an in-memory SQLite
// index of the elements' publication fixtures; POST /test-api/search-control?delay=MS&fail=N makes the
// next answers slow, or answers 500 N times.
import { readFileSync } from 'node:fs';

const state = { failNext: 0, byKey: new Map(), created: 0 };
const search = { delay: 0, failNext: 0, requests: 0, server: undefined };

/** The server's own handler on a fresh in-memory SQLite, filled with the publications the element tests use. */
async function searchServer() {
  search.server ??= (async () => {
    const server = await import('../packages/server/dist/index.js');
    const store = await server.openStore({ file: ':memory:' });
    const fixtures = new URL('../packages/elements/test/fixtures/publications.json', import.meta.url);
    await server.indexPublications(store.db, JSON.parse(readFileSync(fixtures, 'utf8')));
    return server.createWooServer({ store });
  })();
  return search.server;
}

async function readBody(req) {
  let body = '';
  for await (const chunk of req) body += chunk;
  return body;
}

export function testApiMiddleware() {
  return async function testApi(context, next) {
    if (!context.path.startsWith('/test-api/')) return next();
    if (context.path === '/test-api/search-control' && context.method === 'POST') {
      search.delay = Number(context.query.delay ?? 0);
      search.failNext = Number(context.query.fail ?? 0);
      context.type = 'application/json';
      context.body = JSON.stringify({ requests: search.requests });
      search.requests = 0;
      return;
    }
    if (context.path === '/test-api/publications/search') {
      search.requests += 1;
      if (search.delay) await new Promise((resolve) => setTimeout(resolve, search.delay));
      if (search.failNext > 0) {
        search.failNext -= 1;
        context.status = 500;
        context.type = 'application/json';
        context.body = JSON.stringify({ error: { code: 'test-failure' } });
        return;
      }
      const woo = await searchServer();
      context.req.url = `/api/publications/search${context.search}`;
      context.respond = false;
      await woo.handle(context.req, context.res);
      return;
    }
    context.type = 'application/json';
    if (context.path === '/test-api/reset' && context.method === 'POST') {
      state.failNext = Number(context.query.fail ?? 0);
      state.byKey.clear();
      state.created = 0;
      context.body = JSON.stringify({ ok: true });
      return;
    }
    if (context.path === '/test-api/requests' && context.method === 'GET') {
      context.body = JSON.stringify({ created: state.created, keys: [...state.byKey.keys()] });
      return;
    }
    if (context.path === '/test-api/requests' && context.method === 'POST') {
      const request = JSON.parse(await readBody(context.req));
      if (state.failNext > 0) {
        state.failNext -= 1;
        context.status = 500;
        context.body = JSON.stringify({ error: { code: 'test-failure' } });
        return;
      }
      const key = context.get('idempotency-key');
      let receipt = state.byKey.get(key);
      if (!receipt) {
        state.created += 1;
        receipt = { id: `WOO-TEST-${state.created}`, receivedOn: request.receivedOn };
        state.byKey.set(key, receipt);
        context.status = 201;
      }
      context.body = JSON.stringify(receipt);
      return;
    }
    context.status = 404;
    context.body = JSON.stringify({ error: { code: 'not-found' } });
  };
}
