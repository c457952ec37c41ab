// A tiny static file server on 127.0.0.1 and a Chromium page check, shared by `release:check` (a page
// served from an installed @woo-kit/elements) and the drop-in zip test (a page served from the
// unpacked download). Nothing here talks to another host.
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { chromium } from 'playwright-core';
import { chromeArgs, chromePath } from '../../../scripts/chrome-path.mjs';

/** The policy of docs/getting-started-cms-editor.md: no inline code, no eval, no other host. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "object-src 'none'; base-uri 'self'; frame-ancestors 'self'";

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

export interface StaticServer {
  readonly origin: string;
  close(): Promise<void>;
}

/** Serves the files under `root` (no directory listing, nothing outside `root`) with `csp` on every response. */
export async function serveFolder(root: string, csp: string = STRICT_CSP): Promise<StaticServer> {
  const base = normalize(root + sep);
  const server: Server = createServer((request, response) => {
    void (async () => {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
      const file = normalize(join(base, path.endsWith('/') ? `${path}index.html` : path));
      try {
        if (!file.startsWith(base) || !(await stat(file)).isFile()) throw new Error('not a file');
        const body = await readFile(file);
        response.writeHead(200, {
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
          'content-security-policy': csp,
          'x-content-type-options': 'nosniff',
        });
        response.end(body);
      } catch {
        response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'content-security-policy': csp });
        response.end('not found');
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the static server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface PageReport {
  /** Tags (lower case) that are defined and rendered something into their shadow root. */
  readonly rendered: readonly string[];
  /** Console errors, page errors and failed requests, in order. */
  readonly errors: readonly string[];
  /** Requests to any origin other than the page's own. */
  readonly foreignRequests: readonly string[];
}

/**
 * Opens `url` in Chromium and waits (up to `timeout` ms) until every tag in `tags` is defined and has
 * rendered, then reports what rendered and every error. Does not throw when a tag never renders: the
 * caller compares `rendered` with what it expected.
 */
export async function checkPage(url: string, tags: readonly string[], timeout = 20_000): Promise<PageReport> {
  const chrome = chromePath();
  if (!chrome.found) throw new Error(`No Chromium at ${chrome.path}: apt-get install -y chromium, or set CHROME_PATH`);
  const browser = await chromium.launch({ executablePath: chrome.path, args: chromeArgs });
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    const foreignRequests: string[] = [];
    const origin = new URL(url).origin;
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()} (${message.location().url})`);
    });
    page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
    page.on('requestfailed', (request) =>
      errors.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? 'unknown'})`),
    );
    page.on('request', (request) => {
      const target = new URL(request.url());
      if (target.protocol !== 'data:' && target.origin !== origin) foreignRequests.push(request.url());
    });
    await page.goto(url, { waitUntil: 'load' });
    const renderedCheck = (names: readonly string[]) =>
      names.filter(
        (name) =>
          customElements.get(name) !== undefined &&
          [...document.querySelectorAll(name)].every((element) => (element.shadowRoot?.childElementCount ?? 0) > 0),
      );
    const allRendered = (names: readonly string[]) =>
      names.every(
        (name) =>
          customElements.get(name) !== undefined &&
          [...document.querySelectorAll(name)].every((element) => (element.shadowRoot?.childElementCount ?? 0) > 0),
      );
    await page.waitForFunction(allRendered, tags, { timeout }).catch(() => undefined);
    // Let late errors (a failed fetch, a rejected promise) reach the listeners.
    await page.waitForTimeout(300);
    const rendered = await page.evaluate(renderedCheck, tags);
    return { rendered, errors, foreignRequests };
  } finally {
    await browser.close();
  }
}
