// The demo page (examples/index.html) in the browser tests: web-test-runner serves the page's files,
// and this middleware answers its /api routes with the reference service (examples/reference-service),
// on an in-memory database seeded with the demo's sample data. Opened on the first /api request only,
// so test runs that never load the demo do not pay for it. The service is TypeScript: tsx loads it.
export function demoApiMiddleware() {
  let service;
  return async function demoApi(context, next) {
    if (!context.path.startsWith('/api/')) return next();
    service ??= import('tsx/esm/api')
      .then(({ tsImport }) => tsImport('../examples/reference-service/src/index.ts', import.meta.url))
      .then(({ openService }) => openService({ file: ':memory:' }))
      .then(({ handler }) => handler);
    if (await (await service)(context.req, context.res)) {
      context.respond = false;
      return;
    }
    return next();
  };
}
