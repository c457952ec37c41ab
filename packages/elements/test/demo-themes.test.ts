// End-to-end: the demo site (`pnpm start`) in each real municipal theme with `?theme=<id>`. The theme's
// CSS comes from the demo's own origin under the strict CSP, the components take their tokens from it
// through the chains (--woo-* → --nl-* → --basis-* → --utrecht-* → default), the language links keep
// the theme, and there is no CSP violation, no error and no request to another host.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium, type Browser } from 'playwright-core';
import { chromeArgs, chromePath } from '../../../scripts/chrome-path.mjs';
import { THEMES } from '../../../examples/themes/themes.js';
import { TOKEN_CHAINS, chainProperties } from '../src/styles/token-chains.js';
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

/**
 * For each chain: [name, the private token's value on <woo-contact>, the value of the first chain property
 * the page sets, that property].
 */
type Resolved = [name: string, actual: string, expected: string, from: string][];

for (const theme of THEMES) {
  test(`the demo in the ${theme.id} theme (?theme=${theme.id})`, async () => {
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
        const log = (window as unknown as { __violations: string[] }).__violations;
        log.push(`${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    try {
      const response = await page.goto(`${origin}/?theme=${theme.id}&lang=en`);
      assert.match(response?.headers()['content-security-policy'] ?? '', /style-src 'self'/);
      await page.waitForFunction(
        (className) => document.documentElement.classList.contains(className),
        theme.className,
      );
      const links = await page
        .locator('link[data-woo-theme]')
        .evaluateAll((els) => els.map((el) => (el as HTMLLinkElement).href));
      assert.equal(links.length, theme.bridge ? 2 : 1, 'the theme (and its bridge to woo-kit tokens)');
      for (const link of links) assert.equal(new URL(link).origin, origin, 'the theme CSS comes from the demo origin');
      await page.locator('woo-contact dt').first().waitFor();
      // The theme's stylesheet has loaded (a cross-origin or blocked sheet would have no rules to read).
      await page.waitForFunction(() => {
        const links = [...document.querySelectorAll<HTMLLinkElement>('link[data-woo-theme]')];
        return links.every((link) => !!link.sheet && link.sheet.cssRules.length > 0);
      });
      // Each chain on a component that carries it: the form chains (buttons) on one with a form.
      const chains = TOKEN_CHAINS.map(
        (chain) =>
          [
            chain.name,
            chainProperties(chain),
            chain.fallback,
            chain.setBy === 'form' ? 'woo-deadline-calculator' : 'woo-contact',
          ] as const,
      );
      // A string, not a function: tsx would add helpers (`__name`) that do not exist in the page.
      const resolved: Resolved = await page.evaluate(`(() => {
        const clean = (v) => v.trim().replace(/\\s+/g, ' ');
        return ${JSON.stringify(chains)}.map(([name, properties, fallback, tag]) => {
          const style = getComputedStyle(document.querySelector(tag));
          const from = properties.find((p) => clean(style.getPropertyValue(p)) !== '');
          const expected = from ? clean(style.getPropertyValue(from)) : fallback === 'inherit' ? '' : fallback;
          return [name, clean(style.getPropertyValue('--_woo-' + name)), expected, from ?? 'default'];
        });
      })()`);
      for (const [name, actual, expected, from] of resolved) assert.equal(actual, expected, `--_woo-${name} (${from})`);
      // The language links keep the theme.
      const english = await page.locator('[data-lang="nl"]').getAttribute('href');
      assert.match(english ?? '', new RegExp(`theme=${theme.id}`));
      assert.deepEqual(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations), []);
      assert.deepEqual(errors, []);
      assert.deepEqual(foreignRequests, []);
    } finally {
      await page.close();
    }
  });
}

test('an unknown ?theme= is ignored: no theme stylesheet, no class', async () => {
  const page = await browser.newPage();
  try {
    await page.goto(`${origin}/?theme=does-not-exist`);
    await page.locator('woo-contact dt').first().waitFor();
    assert.equal(await page.locator('link[data-woo-theme]').count(), 0);
    const classes = await page.evaluate(() => document.documentElement.className);
    for (const theme of THEMES) assert.doesNotMatch(classes, new RegExp(theme.className));
  } finally {
    await page.close();
  }
});
