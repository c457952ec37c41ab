// End-to-end: `pnpm start` serves the demo site under a strict Content-Security-Policy, the
// components render in real Chromium without a single CSP violation, and the page asks no host
// but its own.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { chromeArgs, chromePath } from '../../../scripts/chrome-path.mjs';

const startScript = fileURLToPath(new URL('../../../scripts/start.mjs', import.meta.url));
let server: ChildProcess;
let origin = '';
let browser: Browser;

before(async () => {
  const chrome = chromePath();
  assert.ok(chrome.found, `No Chromium at ${chrome.path}: apt-get install -y chromium, or set CHROME_PATH`);
  server = spawn(process.execPath, ['--import', 'tsx', startScript], { env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'inherit'] });
  origin = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the demo server did not start within 30 s')), 30_000);
    server.stdout!.on('data', (chunk: Buffer) => {
      const match = /http:\/\/localhost:(\d+)\//.exec(chunk.toString());
      if (match) {
        clearTimeout(timer);
        resolve(`http://localhost:${match[1]}`);
      }
    });
    server.once('exit', (code) => reject(new Error(`the demo server stopped (exit ${code})`)));
  });
  browser = await chromium.launch({ executablePath: chrome.path, args: chromeArgs });
});

after(async () => {
  await browser?.close();
  server?.kill('SIGTERM');
});

test('the demo page is served with a strict CSP and renders the components without violations', async () => {
  const response = await fetch(`${origin}/`);
  assert.equal(response.status, 200);
  const csp = response.headers.get('content-security-policy') ?? '';
  assert.match(csp, /default-src 'self'/);
  assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);

  const { heading, rendered, violations, errors, foreignRequests, close } = await openPage(`${origin}/?lang=en`);
  assert.equal(heading, 'Phone');
  assert.deepEqual(rendered, { 'woo-request-form': true, 'woo-request-status': true, 'woo-deadline-calculator': true, 'woo-contact': true });
  assert.deepEqual(violations, []);
  assert.deepEqual(errors, []);
  assert.deepEqual(foreignRequests, []);
  await close();
});

test('the drop-in bundle works on a plain HTML page under a strict CSP', async () => {
  const { heading, rendered, violations, errors, foreignRequests, close } = await openPage(`${origin}/examples/drop-in.html`);
  assert.equal(heading, 'Telefoon');
  assert.deepEqual(rendered, { 'woo-request-form': true, 'woo-request-status': true, 'woo-deadline-calculator': true, 'woo-contact': true });
  assert.deepEqual(violations, []);
  assert.deepEqual(errors, []);
  assert.deepEqual(foreignRequests, []);
  await close();
});

/** Opens a page, waits for <woo-contact>, and collects CSP violations, errors and foreign requests. */
async function openPage(url: string) {
  const page = await browser.newPage();
  const foreignRequests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== origin && url.protocol !== 'data:') foreignRequests.push(request.url());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.addInitScript(() => {
    (window as unknown as { __violations: string[] }).__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __violations: string[] }).__violations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await page.goto(url);
  await page.waitForFunction(() => customElements.get('woo-contact') !== undefined);
  const term = page.locator('woo-contact dt').first();
  await term.waitFor();
  const heading = await term.textContent();
  // Every component rendered its shadow root; the status finished loading its JSON.
  await page.locator('woo-request-status .timeline').waitFor();
  const rendered = await page.evaluate(() =>
    Object.fromEntries(
      ['woo-request-form', 'woo-request-status', 'woo-deadline-calculator', 'woo-contact'].map((tag) => [
        tag,
        (document.querySelector(tag)?.shadowRoot?.textContent ?? '').trim().length > 0,
      ]),
    ),
  );
  const violations = await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
  return { heading, rendered, violations, errors, foreignRequests, close: () => page.close() };
}
