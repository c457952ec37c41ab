// End-to-end: `pnpm start` serves the demo site under a strict Content-Security-Policy, the
// components render in real Chromium without a single CSP violation, and the page asks no host
// but its own.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium, type Browser } from 'playwright-core';
import { chromeArgs, chromePath } from '../../../scripts/chrome-path.mjs';
import { startDemoServer } from './support/demo-server.js';

let stopServer: () => void;
let origin = '';
let browser: Browser;

before(async () => {
  const chrome = chromePath();
  assert.ok(chrome.found, `No Chromium at ${chrome.path}: apt-get install -y chromium, or set CHROME_PATH`);
  ({ origin, stop: stopServer } = await startDemoServer());
  browser = await chromium.launch({ executablePath: chrome.path, args: chromeArgs });
});

after(async () => {
  await browser?.close();
  stopServer?.();
});

test('the demo page is served with a strict CSP and renders the components without violations', async () => {
  const response = await fetch(`${origin}/`);
  assert.equal(response.status, 200);
  const csp = response.headers.get('content-security-policy') ?? '';
  assert.match(csp, /default-src 'self'/);
  assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);

  const { page, heading, rendered, violations, errors, foreignRequests, close } = await openPage(`${origin}/?lang=en`);
  assert.equal(heading, 'Phone');
  // The publications search works under the CSP and keeps its state in the URL next to ?lang=en.
  await page.locator('woo-publications #query').fill('begroting');
  await page.locator('woo-publications #query').press('Enter');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('zoek') === 'begroting');
  assert.equal(new URL(page.url()).searchParams.get('lang'), 'en');
  assert.match((await page.locator('woo-publications #count').textContent()) ?? '', /publications? found/);
  assert.match((await page.locator('woo-categories .summary').textContent()) ?? '', /mandatory categor/);
  // The contact card put its structured data for search engines in the page itself.
  const jsonLd = JSON.parse((await page.locator('woo-contact > script[type="application/ld+json"]').textContent()) ?? '{}');
  assert.equal(jsonLd['@type'], 'GovernmentOffice');
  assert.deepEqual(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations), []);
  assert.deepEqual(rendered, ALL_RENDERED);
  assert.deepEqual(violations, []);
  assert.deepEqual(errors, []);
  assert.deepEqual(foreignRequests, []);
  await close();
});

test('the whole loop on one origin: the form posts to the reference service, the status reads it back', async () => {
  const { page, violations, errors, foreignRequests, close } = await openPage(`${origin}/`);
  const form = page.locator('woo-request-form');
  await form.locator('#want-documents').check();
  await form.locator('button[type=submit]').click();
  await form.locator('#subject').fill('Alle verslagen van het overleg over de nieuwe fietsbrug');
  await form.locator('button[type=submit]').click();
  await form.locator('#reply-none').check();
  await form.locator('#consent').check();
  await form.locator('button[type=submit]').click();
  await form.locator('.summary-list').waitFor();
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/api/requests') && r.request().method() === 'POST'),
    form.locator('button[type=submit]').click(),
  ]);
  assert.equal(response.status(), 201);
  assert.ok(response.request().headers()['idempotency-key'], 'the form sends an Idempotency-Key');
  const receipt = (await response.json()) as { id: string; deadline: string };
  await form.locator('.receipt').waitFor();
  assert.match((await form.locator('.receipt').textContent()) ?? '', new RegExp(receipt.id));
  // The status element switches to the request just sent, read back from /api/requests/:id.
  await page.waitForFunction(
    (id) => {
      const status = document.querySelector('woo-request-status') as (HTMLElement & { src: string }) | null;
      return (status?.shadowRoot?.textContent ?? '').includes('nieuwe fietsbrug') && status!.src.endsWith(`/${id}`);
    },
    receipt.id,
  );
  const stored = (await (await fetch(`${origin}/api/requests/${receipt.id}`)).json()) as { subject: string; requester?: unknown };
  assert.equal(stored.subject, 'Alle verslagen van het overleg over de nieuwe fietsbrug');
  assert.deepEqual(violations, []);
  assert.deepEqual(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations), []);
  assert.deepEqual(errors, []);
  assert.deepEqual(foreignRequests, []);
  await close();
});

test('the drop-in bundle works on a plain HTML page under a strict CSP', async () => {
  const { heading, rendered, violations, errors, foreignRequests, close } = await openPage(`${origin}/examples/drop-in.html`);
  assert.equal(heading, 'Telefoon');
  assert.deepEqual(rendered, ALL_RENDERED);
  assert.deepEqual(violations, []);
  assert.deepEqual(errors, []);
  assert.deepEqual(foreignRequests, []);
  await close();
});

test('a decided request links to its decision page, which explains an inventory of 300 documents', async () => {
  const page = await browser.newPage();
  const errors: string[] = [];
  const foreignRequests: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== origin && url.protocol !== 'data:') foreignRequests.push(request.url());
  });
  await page.addInitScript(() => {
    (window as unknown as { __violations: string[] }).__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __violations: string[] }).__violations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  // From the main page, in English, to the example of a decided request …
  await page.goto(`${origin}/?lang=en`);
  await page.locator('#decided-example').click();
  await page.waitForURL(/verzoek-beslist\.html\?lang=en$/);
  const link = page.locator('woo-request-status .stage a', { hasText: 'Read the decision and its explanation' });
  await link.waitFor();
  // … and on to its decision page, still in English.
  await link.click();
  await page.waitForURL(/besluit\.html\?lang=en$/);
  await page.locator('woo-decision tbody tr').first().waitFor();
  // The English texts load on demand; then the status reads in English.
  await page.locator('woo-decision #documents-status', { hasText: 'Found: 300 of 300 documents.' }).waitFor();
  assert.equal(await page.locator('woo-decision .ground').count(), 5);
  await page.locator('woo-decision #search').fill('fietsbrug');
  assert.match((await page.locator('woo-decision #documents-status').textContent()) ?? '', /Found: \d+ of 300 documents\./);
  assert.deepEqual(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations), []);
  assert.deepEqual(errors, []);
  assert.deepEqual(foreignRequests, []);
  await page.close();
});

const ALL_RENDERED = {
  'woo-request-form': true,
  'woo-request-status': true,
  'woo-deadline-calculator': true,
  'woo-contact': true,
  'woo-publications': true,
  'woo-categories': true,
  'woo-timeliness-dashboard': true,
};

/** Opens a page, waits for the components, and collects CSP violations, errors and foreign requests. */
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
  await page.locator('woo-publications .results').waitFor();
  await page.locator('woo-categories .summary').waitFor();
  await page.locator('woo-timeliness-dashboard .tiles').waitFor();
  const rendered = await page.evaluate((tags) =>
    Object.fromEntries(
      tags.map((tag) => [
        tag,
        (document.querySelector(tag)?.shadowRoot?.textContent ?? '').trim().length > 0,
      ]),
    ),
    Object.keys(ALL_RENDERED),
  );
  const violations = await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
  return { page, heading, rendered, violations, errors, foreignRequests, close: () => page.close() };
}
