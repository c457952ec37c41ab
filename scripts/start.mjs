#!/usr/bin/env node
// `pnpm start`: the demo site on one origin, http://localhost:8000 (PORT changes it).
// Serves examples/ (the openness page of the fictitious "Gemeente Voorbeeld"), the packages'
// sources through esbuild, and the reference service (examples/reference-service) under /api,
// /sitemap-diwoo.xml and /robots.txt, all under a strict Content-Security-Policy like a municipal
// site would use. Runs with `node --import tsx`, so the service's TypeScript loads as is.
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const port = Number(process.env.PORT ?? 8000);
const { openService } = await import('../examples/reference-service/src/index.ts');
// The demo's data lives in examples/reference-service/data/ (SQLite), so it survives a restart.
const {
  handler: service,
  store,
  caseworkerKey,
} = await openService({
  caseworkerKey: true,
  // With PORT=0 (tests) the port is not known yet: links then take their origin from the Host header.
  ...(process.env.PUBLIC_ORIGIN || port !== 0
    ? { publicOrigin: process.env.PUBLIC_ORIGIN ?? `http://localhost:${port}` }
    : {}),
  // WOO_KIT_DATABASE chooses another SQLite file (the end-to-end tests use a temporary one).
  ...(process.env.WOO_KIT_DATABASE ? { file: process.env.WOO_KIT_DATABASE } : {}),
});

/** Same-origin only: no third-party host, no inline script, no eval. */
export const contentSecurityPolicy =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "object-src 'none'; base-uri 'self'; frame-ancestors 'self'";

const server = await startDevServer({
  config: {
    rootDir: root,
    port,
    hostname: process.env.HOST ?? 'localhost',
    nodeResolve: { exportConditions: ['browser', 'production'] },
    watch: false,
    plugins: [
      esbuildPlugin({ ts: true, target: 'es2022', tsconfig: join(root, 'tsconfig.base.json') }),
      // End-to-end tests (WOO_KIT_ERROR_LOG=1): record the page's errors in window.__wooErrors from the first script
      // on.
      ...(process.env.WOO_KIT_ERROR_LOG === '1'
        ? [
            {
              name: 'woo-error-log',
              transform(context) {
                if (context.response.is('html') && typeof context.body === 'string') {
                  return {
                    body: context.body.replace('<head>', '<head>\n    <script src="/examples/error-log.js"></script>'),
                  };
                }
                return undefined;
              },
            },
          ]
        : []),
    ],
    middleware: [
      async function referenceService(context, next) {
        // The service answers its own paths on the raw request; everything else goes on to the files.
        if (await service(context.req, context.res)) {
          context.respond = false;
          return;
        }
        await next();
      },
      async function homepage(context, next) {
        if (context.path === '/' || context.path === '/index.html') context.path = '/examples/index.html';
        // The status page a receipt links to (`/woo-status#t=…`) and the case-worker demo page.
        if (context.path === '/woo-status') context.path = '/examples/woo-status.html';
        if (context.path === '/behandelaar') context.path = '/examples/caseworker.html';
        await next();
        context.set('Content-Security-Policy', contentSecurityPolicy);
        // no-referrer: a status link's fragment never leaves the page anyway, and no path does either.
        context.set('Referrer-Policy', 'no-referrer');
        context.set('X-Content-Type-Options', 'nosniff');
      },
    ],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const address = server.server?.address();
const actualPort = typeof address === 'object' && address ? address.port : port;
console.log(`woo-kit demo: http://localhost:${actualPort}/  (stop with Ctrl+C)`);
console.log(`case-worker page: http://localhost:${actualPort}/behandelaar  (API key for this run: ${caseworkerKey})`);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    await server.stop();
    store.close();
    process.exit(0);
  });
}
