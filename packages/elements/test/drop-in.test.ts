// The drop-in folder (dist/drop-in/) in every engine: served from a sub-path under the strict
// Content-Security-Policy of docs/getting-started-cms-editor.md, a page with one component gets more
// components after load (as a CMS adds them), switches language twice, and every component renders,
// with no uncaught error, console.error or CSP violation (examples/error-log.js), and no request to
// another host. Also under a nonce policy with 'strict-dynamic', and with woo-kit-all.js. The engines
// come from WOO_BROWSERS (all three by default).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ENGINE_LABEL } from '../../../scripts/browsers.mjs';
import { DROP_IN_PATH, serveDropIn } from '../../../scripts/drop-in-pages.mjs';
import { enginesToTest, launchEngine } from './support/engines.js';

const ADDED = [
  ['woo-deadline-calculator', 'received-on="2025-03-28"'],
  ['woo-request-form', 'action="/api/requests" draft-key="drop-in-test"'],
  ['woo-request-status', 'src="/data/request-example.json" today="2025-04-30"'],
  ['woo-publications', 'src="/data/publications.json" page-size="5"'],
  ['woo-categories', 'src="/data/publications.json"'],
  ['woo-timeliness-dashboard', 'src="/data/requests.json" target="80" today="2025-04-30"'],
  ['woo-decision', 'src="/data/decision-woo-2024-0117.json"'],
] as const;
const TAGS = ['woo-contact', ...ADDED.map(([tag]) => tag)];

// Every tag defined and showing text in its shadow root.
const rendered = (tags: readonly string[]) =>
  `${JSON.stringify(tags)}.every((tag) => customElements.get(tag) !== undefined && [...document.querySelectorAll(tag)]
    .every((el) => (el.shadowRoot?.textContent ?? '').trim().length > 0))`;
const CALCULATOR = '<woo-deadline-calculator received-on="2025-03-28"></woo-deadline-calculator>';
/** An expression that adds HTML at the end of the page's main element, as a CMS does. */
const append = (html: string) =>
  `(document.querySelector('main').insertAdjacentHTML('beforeend', ${JSON.stringify(html)}), true)`;
const CONTACT_TEXT = `document.querySelector('woo-contact')?.shadowRoot?.textContent ?? ''`;
const STATE = `({
  errors: window.__wooErrors ?? ['examples/error-log.js did not run'],
  resources: performance.getEntriesByType('resource').map((e) => e.name),
  lang: document.documentElement.lang,
})`;

interface State {
  errors: string[];
  resources: string[];
  lang: string;
}

let server: Awaited<ReturnType<typeof serveDropIn>>;
before(async () => {
  server = await serveDropIn();
});
after(() => server?.close());

for (const engine of enginesToTest()) {
  const label = ENGINE_LABEL[engine];
  test(`${label}: the drop-in from a sub-path defines components added after load and switches language`, async () => {
    const browser = await launchEngine(engine);
    try {
      const page = await browser.open(`${server.origin}/contact.html?log=1`);
      await page.waitFor(rendered(['woo-contact']));
      const dutch = await page.evaluate<string>(CONTACT_TEXT);
      // A CMS adds components after the page loaded.
      const html = ADDED.map(([tag, attributes]) => `<${tag} ${attributes}></${tag}>`).join('');
      await page.evaluate(append(html));
      await page.waitFor(rendered(TAGS));
      // Switch language: English, then Arabic; the texts change each time.
      await page.evaluate(`(document.documentElement.lang = 'en', true)`);
      await page.waitFor(`(${CONTACT_TEXT}) !== ${JSON.stringify(dutch)}`);
      const english = await page.evaluate<string>(CONTACT_TEXT);
      await page.evaluate(`(document.documentElement.lang = 'ar', true)`);
      await page.waitFor(`(${CONTACT_TEXT}) !== ${JSON.stringify(english)}`);
      await page.waitFor(rendered(TAGS));
      const state = await page.evaluate<State>(STATE);
      assert.deepEqual(state.errors, []);
      assert.equal(state.lang, 'ar');
      const foreign = state.resources.filter((url) => !url.startsWith(server.origin) && !url.startsWith('data:'));
      assert.deepEqual(foreign, [], 'no request to another host');
      // Every script came from the drop-in folder under its sub-path (chunk URLs resolve from the
      // loader's URL).
      const scripts = state.resources.filter((url) => url.endsWith('.js')).map((url) => new URL(url).pathname);
      assert.deepEqual(
        scripts.filter((path) => !path.startsWith(DROP_IN_PATH) && path !== '/error-log.js'),
        [],
      );
      // Only the texts of the two languages the page used: each language is a chunk of its own.
      const locales = scripts
        .map((path) => /\/locale-([a-z]+)-/.exec(path)?.[1])
        .filter((l) => l !== undefined)
        .sort();
      assert.deepEqual(locales, ['ar', 'en']);
      await page.close();
    } finally {
      await browser.close();
    }
  });

  test(`${label}: under a nonce policy with 'strict-dynamic', the loader's chunks load through its nonce`, async () => {
    const browser = await launchEngine(engine);
    try {
      const page = await browser.open(`${server.origin}/contact.html?log=1&nonce=1`);
      await page.waitFor(rendered(['woo-contact']));
      await page.evaluate(append(CALCULATOR));
      await page.waitFor(rendered(['woo-contact', 'woo-deadline-calculator']));
      const dutch = await page.evaluate<string>(CONTACT_TEXT);
      await page.evaluate(`(document.documentElement.lang = 'en', true)`);
      await page.waitFor(`(${CONTACT_TEXT}) !== ${JSON.stringify(dutch)}`);
      const state = await page.evaluate<State>(STATE);
      assert.deepEqual(state.errors, []);
      assert.ok(
        state.resources.some((url) => /\/locale-en-/.test(url)),
        'the English texts loaded',
      );
      await page.close();
    } finally {
      await browser.close();
    }
  });

  test(`${label}: woo-kit-all.js defines every component before any tag is on the page`, async () => {
    const browser = await launchEngine(engine);
    try {
      const page = await browser.open(`${server.origin}/loader.html?log=1&all=1`);
      await page.waitFor(`${JSON.stringify(TAGS)}.every((tag) => customElements.get(tag) !== undefined)`);
      await page.evaluate(append(CALCULATOR));
      await page.waitFor(rendered(['woo-deadline-calculator']));
      const state = await page.evaluate<State>(STATE);
      assert.deepEqual(state.errors, []);
      assert.deepEqual(
        state.resources.filter((url) => !url.startsWith(server.origin) && !url.startsWith('data:')),
        [],
      );
      await page.close();
    } finally {
      await browser.close();
    }
  });
}
