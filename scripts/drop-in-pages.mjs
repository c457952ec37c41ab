// Test pages for the drop-in folder (packages/elements/dist/drop-in/), shared by `pnpm size` (bytes a
// page downloads, measured in Chromium) and packages/elements/test/drop-in.test.ts (the pages work in
// three engines). A small server on 127.0.0.1 serves the folder under a sub-path, as a CMS would host
// it, with the strict Content-Security-Policy of docs/getting-started-cms-editor.md on every response,
// gzip like a web server, and a log of every response with the bytes sent.
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
export const DROP_IN_DIR = join(root, 'packages/elements/dist/drop-in');

/** The policy of docs/getting-started-cms-editor.md: no inline code, no eval, no other host. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "object-src 'none'; base-uri 'self'; frame-ancestors 'self'";

/**
 * A policy for a site that allows scripts by nonce (a new random value per page), with
 * 'strict-dynamic': then only the page's own script tags carry the nonce, and what they import is
 * trusted through them (CSP Level 3). 'self' is ignored by browsers that know 'strict-dynamic'.
 */
export const nonceCsp = (nonce) =>
  STRICT_CSP.replace("script-src 'self'", `script-src 'nonce-${nonce}' 'strict-dynamic' 'self'`);

/** Where the pages find the drop-in: a sub-path, never the site root. */
export const DROP_IN_PATH = '/gemeente/assets/woo-kit/';

const data = (file) => `/data/${file}`;
const contact =
  '<woo-contact name="Openbaarheidscentrum" phone="14 020" email="openbaarheid@voorbeeld.nl" ' +
  'request-url="https://www.voorbeeld.nl/woo-verzoek"></woo-contact>';
const requestForm =
  '<woo-request-form action="/api/requests" question-url="/contact" draft-key="size"></woo-request-form>';
const SEVEN = [
  'woo-request-form',
  'woo-request-status',
  'woo-deadline-calculator',
  'woo-publications',
  'woo-categories',
  'woo-timeliness-dashboard',
  'woo-contact',
];
const seven = [
  requestForm,
  `<woo-request-status src="${data('request-example.json')}" today="2025-04-30"></woo-request-status>`,
  '<woo-deadline-calculator received-on="2025-03-28"></woo-deadline-calculator>',
  `<woo-publications src="${data('publications.json')}" page-size="5"></woo-publications>`,
  `<woo-categories src="${data('publications.json')}"></woo-categories>`,
  `<woo-timeliness-dashboard src="${data('requests.json')}" target="80" today="2025-04-30">` +
    '</woo-timeliness-dashboard>',
  contact,
];
const decision = `<woo-decision src="${data('decision-woo-2024-0117.json')}" heading-level="2"></woo-decision>`;

/**
 * The pages. `tags` are the components the page shows (each must render); `budget` the most woo-kit
 * may send for it, in bytes of gzip as transferred (issue 19), when the issue sets one.
 */
export const DROP_IN_PAGES = [
  { name: 'loader', title: 'the loader alone (a page without woo-kit tags)', body: '', tags: [], budget: 5 * 1024 },
  { name: 'contact', title: 'only `<woo-contact>`', body: contact, tags: ['woo-contact'], budget: 20 * 1024 },
  { name: 'request-form', title: 'the request form', body: requestForm, tags: ['woo-request-form'], budget: 50 * 1024 },
  {
    name: 'seven',
    title: 'all seven components of issue 19 (all but `<woo-decision>`)',
    body: seven.join('\n'),
    tags: SEVEN,
    budget: 90 * 1024,
  },
  {
    name: 'all',
    title: 'all eight components (`<woo-decision>` came after the budget was set)',
    body: [...seven, decision].join('\n'),
    tags: [...SEVEN, 'woo-decision'],
  },
];

/** The HTML of a page: one classic script that records errors (a test aid), then the one module script. */
export function pageHtml(page, { lang = 'nl', errorLog = false, all = false, nonce } = {}) {
  const n = nonce === undefined ? '' : ` nonce="${nonce}"`;
  const log = errorLog ? `<script src="/error-log.js"${n}></script>\n` : '';
  const loader = `<script type="module" src="${DROP_IN_PATH}${all ? 'woo-kit-all.js' : 'woo-kit.js'}"${n}></script>`;
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>woo-kit: ${page.name}</title>
<link rel="icon" href="data:,">
${log}${loader}
</head>
<body>
<main>
${page.body}
</main>
</body>
</html>
`;
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/**
 * Serves the drop-in folder at DROP_IN_PATH, the example data at /data/, examples/error-log.js, and
 * the pages at /<name>.html (`?lang=` sets `<html lang>`, `?log=1` adds the error log, `?all=1` loads
 * woo-kit-all.js instead of woo-kit.js, `?nonce=1` serves the page with a nonce policy, {@link nonceCsp}).
 * Every response
 * is gzipped (level 9) and logged with the bytes sent: `{ path, bytes, kind }`, kind `woo-kit` for the
 * drop-in folder, `page` for everything else.
 */
export async function serveDropIn() {
  const log = [];
  let last = Date.now();
  const server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      const path = decodeURIComponent(url.pathname);
      let body;
      let type = 'application/octet-stream';
      let kind = 'page';
      let csp = STRICT_CSP;
      const page = DROP_IN_PAGES.find((p) => path === `/${p.name}.html`);
      try {
        if (page) {
          const options = {
            lang: url.searchParams.get('lang') ?? 'nl',
            errorLog: url.searchParams.has('log'),
            all: url.searchParams.has('all'),
          };
          if (url.searchParams.has('nonce')) {
            options.nonce = randomBytes(16).toString('base64');
            csp = nonceCsp(options.nonce);
          }
          body = Buffer.from(pageHtml(page, options));
          type = TYPES['.html'];
        } else {
          const [base, prefix] = path.startsWith(DROP_IN_PATH)
            ? [DROP_IN_DIR, DROP_IN_PATH]
            : path.startsWith('/data/')
              ? [join(root, 'examples/data'), '/data/']
              : path === '/error-log.js'
                ? [join(root, 'examples'), '/']
                : [undefined, ''];
          if (base === undefined) throw new Error('not found');
          const file = normalize(join(base, path.slice(prefix.length)));
          if (!file.startsWith(normalize(base + sep)) || !(await stat(file)).isFile()) throw new Error('not found');
          body = await readFile(file);
          type = TYPES[extname(file)] ?? type;
          if (base === DROP_IN_DIR) kind = 'woo-kit';
        }
      } catch {
        response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'content-security-policy': STRICT_CSP });
        response.end('not found');
        log.push({ path, bytes: 0, kind: 'missing' });
        last = Date.now();
        return;
      }
      const gzipped = gzipSync(body, { level: 9 });
      response.writeHead(200, {
        'content-type': type,
        'content-encoding': 'gzip',
        'content-length': String(gzipped.length),
        'cache-control': 'no-store',
        'content-security-policy': csp,
        'x-content-type-options': 'nosniff',
      });
      response.end(gzipped);
      log.push({ path, bytes: gzipped.length, kind });
      last = Date.now();
    })();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the drop-in server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    log,
    /** Resolves once no request came in for `ms` milliseconds. */
    async quiet(ms = 800) {
      while (Date.now() - last < ms) await new Promise((r) => setTimeout(r, 100));
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
