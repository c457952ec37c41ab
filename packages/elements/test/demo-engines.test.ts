// End-to-end in every engine: the demo site (`pnpm start`, strict Content-Security-Policy) renders all
// seven components in Chromium, Firefox and WebKit, with no uncaught error, no console.error, no CSP
// violation, and no request to any host but its own. The engines come from WOO_BROWSERS (all three by
// default; `pnpm test --browser firefox` runs one).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ENGINE_LABEL } from '../../../scripts/browsers.mjs';
import { startDemoServer } from './support/demo-server.js';
import { enginesToTest, launchEngine } from './support/engines.js';

const COMPONENTS = [
  'woo-request-form',
  'woo-request-status',
  'woo-deadline-calculator',
  'woo-publications',
  'woo-categories',
  'woo-timeliness-dashboard',
  'woo-contact',
  'woo-feedback',
  'woo-effect-dashboard',
];

// Every component rendered its shadow root; the data-driven ones finished loading their JSON.
// The status shows a timeline, or without a status link in the address a short explanation.
const READY = `[['woo-request-status', '.timeline, p:not([role=status])'], ['woo-publications', '.results'], \
['woo-categories', '.summary'], ['woo-timeliness-dashboard', '.tiles'], ['woo-contact', 'dt'], ['woo-feedback', \
'form'], ['woo-effect-dashboard', '.tiles']]
  .every(([tag, part]) => document.querySelector(tag)?.shadowRoot?.querySelector(part) != null)`;
// What the page shows and what went wrong (examples/error-log.js), and every resource from another origin.
const STATE = `({
  rendered: Object.fromEntries(${JSON.stringify(COMPONENTS)}.map((tag) => [tag, \
(document.querySelector(tag)?.shadowRoot?.textContent ?? '').trim().length > 0])),
  lang: document.documentElement.lang,
  errors: window.__wooErrors ?? ['examples/error-log.js did not run'],
  foreign: performance.getEntriesByType('resource').map((e) => e.name).filter((url) => \
!url.startsWith(location.origin) && !url.startsWith('data:')),
})`;

let origin = '';
let stopServer: () => void;

before(async () => {
  ({ origin, stop: stopServer } = await startDemoServer({ errorLog: true }));
});
after(() => stopServer?.());

const LANGUAGES = ['nl', 'en', 'ar'];

for (const engine of enginesToTest()) {
  test(
    `${ENGINE_LABEL[engine]}: the demo page in ${LANGUAGES.join(', ')} renders every component ` + `without an error`,
    async () => {
      const browser = await launchEngine(engine);
      try {
        for (const lang of LANGUAGES) {
          const page = await browser.open(`${origin}/?lang=${lang}`);
          await page.waitFor(READY).catch(async (error: Error) => {
            throw new Error(`${lang}: ${error.message}\nstate: ${JSON.stringify(await page.evaluate(STATE))}`);
          });
          const state = await page.evaluate<{
            rendered: Record<string, boolean>;
            lang: string;
            errors: string[];
            foreign: string[];
          }>(STATE);
          assert.deepEqual(state.rendered, Object.fromEntries(COMPONENTS.map((tag) => [tag, true])), lang);
          assert.equal(state.lang, lang);
          assert.deepEqual(state.errors, [], lang);
          assert.deepEqual(state.foreign, [], lang);
          await page.close();
        }
      } finally {
        await browser.close();
      }
    },
  );
}
