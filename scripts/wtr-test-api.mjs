// A tiny request API for the browser tests, served by web-test-runner on the page's own origin.
// POST /test-api/requests creates a request once per Idempotency-Key; after
// POST /test-api/reset?fail=N it first answers 500 N times, as a flaky server would.
// GET /test-api/requests tells how many requests were created.
const state = { failNext: 0, byKey: new Map(), created: 0 };

async function readBody(req) {
  let body = '';
  for await (const chunk of req) body += chunk;
  return body;
}

export function testApiMiddleware() {
  return async function testApi(context, next) {
    if (!context.path.startsWith('/test-api/')) return next();
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
