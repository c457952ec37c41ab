// End-to-end: `pnpm start` serves the demo site under a strict Content-Security-Policy, the
// components render in real Chromium without a single CSP violation, and the page asks no host
// but its own.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { chromeArgs, chromePath } from '../../../scripts/chrome-path.mjs';
import { startDemoServer } from './support/demo-server.js';

/** The GOV.UK tag set, as in test/support/a11y.ts (which loads axe into a browser page and cannot run here). */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

let stopServer: () => void;
let origin = '';
let caseworkerKey = '';
let browser: Browser;

before(async () => {
  const chrome = chromePath();
  assert.ok(chrome.found, `No Chromium at ${chrome.path}: apt-get install -y chromium, or set CHROME_PATH`);
  ({ origin, caseworkerKey, stop: stopServer } = await startDemoServer());
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
  const jsonLd = JSON.parse(
    (await page.locator('woo-contact > script[type="application/ld+json"]').textContent()) ?? '{}',
  );
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
  const receipt = (await response.json()) as { id: string; deadline: string; statusUrl: string };
  await form.locator('.receipt').waitFor();
  assert.match((await form.locator('.receipt').textContent()) ?? '', new RegExp(receipt.id));
  // The receipt shows the private status link: the token is in the fragment, never in path or query.
  const link = new URL(receipt.statusUrl);
  assert.equal(link.pathname, '/woo-status');
  assert.equal(link.search, '');
  const token = new URLSearchParams(link.hash.slice(1)).get('t') ?? '';
  assert.ok(token.length >= 22, 'at least 128 bits');
  assert.equal(await form.locator('.status-link a').getAttribute('href'), receipt.statusUrl);
  // The status element switches to the request just sent, read back from /api/requests/:id with the token.
  await page.waitForFunction(() =>
    (document.querySelector('woo-request-status')?.shadowRoot?.textContent ?? '').includes('nieuwe fietsbrug'),
  );
  assert.equal(
    (await fetch(`${origin}/api/requests/${receipt.id}`)).status,
    401,
    'the reference number alone gives nothing',
  );
  const stored = (await (
    await fetch(`${origin}/api/requests/${receipt.id}`, { headers: { authorization: `Bearer ${token}` } })
  ).json()) as { subject: string; requester?: unknown };
  assert.equal(stored.subject, 'Alle verslagen van het overleg over de nieuwe fietsbrug');
  assert.equal(stored.requester, undefined);
  // The status link itself opens the status page.
  const statusPage = await browser.newPage();
  await statusPage.goto(receipt.statusUrl);
  await statusPage.waitForFunction(() =>
    (document.querySelector('woo-request-status')?.shadowRoot?.textContent ?? '').includes('nieuwe fietsbrug'),
  );
  await statusPage.close();
  assert.deepEqual(violations, []);
  assert.deepEqual(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations), []);
  assert.deepEqual(errors, []);
  assert.deepEqual(foreignRequests, []);
  await close();
});

test('the case-worker page: sign in with the API key, record an event, see status and deadline change', async () => {
  const page = await browser.newPage();
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('request', (request) => {
    if (new URL(request.url()).origin !== origin) foreign.push(request.url());
  });
  await page.goto(`${origin}/behandelaar`);
  await page.locator('#key').fill('wk_wrong_key');
  await page.locator('#sign-in button').click();
  await page.waitForFunction(() => (document.getElementById('sign-in-error')?.textContent ?? '').length > 0);
  await page.locator('#key').fill(caseworkerKey);
  await page.locator('#sign-in button').click();
  await page.locator('#work:not([hidden])').waitFor();
  await page.locator('#current dl').waitFor();
  const before = (await page.locator('#current').textContent()) ?? '';
  await page.locator('#type').selectOption('withdrawn');
  await page.locator('#event button[type=submit]').click();
  await page.waitForFunction(() => (document.getElementById('event-result')?.textContent ?? '').length > 0);
  const result = (await page.locator('#event-result').textContent()) ?? '';
  // The newest request comes first: the one the previous test submitted, still open, so it can be withdrawn.
  assert.match(result, /^Vastgelegd\. Stand: withdrawn\./);
  assert.notEqual((await page.locator('#current').textContent()) ?? '', before);
  assert.match((await page.locator('#current').textContent()) ?? '', /withdrawn/);
  // A second, now impossible event is refused by core's lifecycle rules, with the reason.
  await page.locator('#type').selectOption('postponed');
  await page.locator('#event button[type=submit]').click();
  await page.waitForFunction(() =>
    (document.getElementById('event-result')?.textContent ?? '').startsWith('Niet vastgelegd'),
  );
  await page.locator('woo-timeliness-dashboard .tiles').waitFor();
  assert.deepEqual(errors, []);
  assert.deepEqual(foreign, []);
  await page.close();
});

test('the status page and the case-worker page pass axe (WCAG 2.2 AA and best practices)', async () => {
  // axe is injected as an inline script, which the page's strict CSP would block: this context bypasses it.
  const context = await browser.newContext({ bypassCSP: true });
  const axeSource = readFileSync(fileURLToPath(import.meta.resolve('axe-core/axe.min.js')), 'utf8');
  try {
    for (const path of ['/woo-status#t=niet-geldig&id=WOO-2025-0001', '/behandelaar']) {
      const page = await context.newPage();
      await page.goto(`${origin}${path}`);
      await page.waitForFunction(
        () =>
          customElements.get('woo-timeliness-dashboard') !== undefined ||
          customElements.get('woo-request-status') !== undefined,
      );
      if (path.startsWith('/woo-status')) await page.locator('woo-request-status [role=alert]').waitFor();
      else await page.locator('woo-timeliness-dashboard .tiles').waitFor();
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async (tags) => {
        const axe = (
          window as unknown as {
            axe: {
              run(c: Document, o: unknown): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }>;
            };
          }
        ).axe;
        const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
        return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
      }, AXE_TAGS);
      assert.deepEqual(violations, [], path);
      await page.close();
    }
  } finally {
    await context.close();
  }
});

test('the drop-in bundle works on a plain HTML page under a strict CSP', async () => {
  const { heading, rendered, violations, errors, foreignRequests, close } = await openPage(
    `${origin}/examples/drop-in.html`,
  );
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
      (window as unknown as { __violations: string[] }).__violations.push(
        `${event.violatedDirective} ${event.blockedURI}`,
      );
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
  assert.match(
    (await page.locator('woo-decision #documents-status').textContent()) ?? '',
    /Found: \d+ of 300 documents\./,
  );
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
      (window as unknown as { __violations: string[] }).__violations.push(
        `${event.violatedDirective} ${event.blockedURI}`,
      );
    });
  });
  await page.goto(url);
  await page.waitForFunction(() => customElements.get('woo-contact') !== undefined);
  const term = page.locator('woo-contact dt').first();
  await term.waitFor();
  const heading = await term.textContent();
  // Every component rendered its shadow root; the status finished loading its JSON (or, on the demo
  // page without a status link in the address, says there is no request to show).
  await page.locator('woo-request-status :is(.timeline, p:not([role=status]))').first().waitFor();
  await page.locator('woo-publications .results').waitFor();
  await page.locator('woo-categories .summary').waitFor();
  await page.locator('woo-timeliness-dashboard .tiles').waitFor();
  const rendered = await page.evaluate(
    (tags) =>
      Object.fromEntries(
        tags.map((tag) => [tag, (document.querySelector(tag)?.shadowRoot?.textContent ?? '').trim().length > 0]),
      ),
    Object.keys(ALL_RENDERED),
  );
  const violations = await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
  return { page, heading, rendered, violations, errors, foreignRequests, close: () => page.close() };
}
