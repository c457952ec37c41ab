// Test commands that work the same in all three engines (see scripts/browsers.mjs), called from the
// browser through packages/elements/test/support/commands.ts:
//
//   woo-emulate-media  { forcedColors?, reducedMotion?, colorScheme? }
//   woo-set-viewport   { width, height }
//   woo-send-keys      { press } | { type }
//
// The stock commands of @web/test-runner-commands cover only part of this: they cannot emulate forced
// colours over WebDriver BiDi (Firefox) and quietly ignore `forcedColors` for puppeteer, and over WebDriver
// classic (WebKit) they drop repeated letters and send key names as text. Where an engine really cannot
// do something, the command answers `{ supported: false, reason }`; the test then skips itself, and the
// reason is recorded here so the summary can list every skip with its reason, by engine.

/** Skip reasons given in this run: test file → reasons. Read by the summary reporter. */
export const skipReasons = new Map();

function recordSkip(testFile, reason) {
  if (!skipReasons.has(testFile)) skipReasons.set(testFile, new Set());
  skipReasons.get(testFile).add(reason);
  return { supported: false, reason };
}

// WebDriver key codes (W3C WebDriver, "Keyboard actions") for the key names the tests use.
const WEBDRIVER_KEYS = {
  Tab: '\uE004',
  Enter: '\uE007',
  Escape: '\uE00C',
  Space: ' ',
  Backspace: '\uE003',
  Delete: '\uE017',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Home: '\uE011',
  End: '\uE010',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  Shift: '\uE008',
};

/** `Shift+Tab` → the WebDriver keys to hold and press. */
function webdriverCombination(press) {
  const parts = press === '+' ? ['+'] : press.split('+');
  return parts.map((part) => {
    const code = WEBDRIVER_KEYS[part] ?? (part.length === 1 ? part : undefined);
    if (code === undefined) throw new Error(`woo-send-keys: no WebDriver code for the key "${part}"`);
    return code;
  });
}

// Firefox preferences that stand for the media features (set browser-wide from the privileged context).
const FIREFOX_PREFS = {
  forcedColors: (value) => [['browser.display.document_color_use', 'Int', value === 'active' ? 2 : 0]],
  reducedMotion: (value) => [['ui.prefersReducedMotion', 'Int', value === 'reduce' ? 1 : 0]],
  colorScheme: (value) => [
    ['layout.css.prefers-color-scheme.content-override', 'Int', value === 'dark' ? 0 : value === 'light' ? 1 : 2],
  ],
};
const MEDIA_QUERY = {
  forcedColors: (value) => `(forced-colors: ${value === 'active' ? 'active' : 'none'})`,
  reducedMotion: (value) => `(prefers-reduced-motion: ${value === 'reduce' ? 'reduce' : 'no-preference'})`,
  colorScheme: (value) => (value === 'dark' ? '(prefers-color-scheme: dark)' : '(prefers-color-scheme: light)'),
};

const chromeContexts = new WeakMap();

/** Sets Firefox preferences through WebDriver BiDi in the browser's privileged (chrome) context. */
async function setFirefoxPrefs(page, prefs) {
  const connection = page.browser().connection;
  let context = chromeContexts.get(connection);
  if (!context) {
    const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
    context = tree.result.contexts[0].context;
    chromeContexts.set(connection, context);
  }
  const calls = prefs
    .map(([name, type, value]) => `Services.prefs.set${type}Pref(${JSON.stringify(name)}, ${JSON.stringify(value)});`)
    .join(' ');
  await connection.send('script.evaluate', { expression: `${calls} true`, target: { context }, awaitPromise: false });
}

/** Waits until the page's media queries agree with what was asked (preferences apply asynchronously). */
async function waitForMedia(page, queries) {
  for (let i = 0; i < 100; i++) {
    const ok = await page.evaluate((qs) => qs.every((q) => matchMedia(q).matches), queries);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`woo-emulate-media: the page did not match ${queries.join(' and ')}`);
}

export function wooCommandsPlugin(engine) {
  return {
    name: 'woo-commands',
    async executeCommand({ command, payload, session }) {
      const browser = session.browser;
      if (command === 'woo-emulate-media') {
        if (engine === 'chromium') {
          await browser.getPage(session.id).emulateMedia(payload);
          return { supported: true };
        }
        if (engine === 'firefox') {
          const page = browser.getPage(session.id);
          const entries = Object.entries(payload).filter(([key, value]) => FIREFOX_PREFS[key] && value != null);
          await setFirefoxPrefs(
            page,
            entries.flatMap(([key, value]) => FIREFOX_PREFS[key](value)),
          );
          await waitForMedia(
            page,
            entries.map(([key, value]) => MEDIA_QUERY[key](value)),
          );
          return { supported: true };
        }
        // Going back to the defaults needs nothing; anything else WebDriver classic cannot do.
        const asksSomething = Object.entries(payload).some(
          ([key, value]) =>
            value != null &&
            value !== 'none' &&
            value !== 'no-preference' &&
            !(key === 'colorScheme' && value === 'light'),
        );
        if (!asksSomething) return { supported: true };
        return recordSkip(
          session.testFile,
          'WebKit over WebDriver has no media emulation (forced colours, reduced motion)',
        );
      }
      if (command === 'woo-set-viewport') {
        const { width, height } = payload;
        if (engine === 'chromium') await browser.getPage(session.id).setViewportSize({ width, height });
        else if (engine === 'firefox') await browser.getPage(session.id).setViewport({ width, height });
        else {
          const driver = browser.driver;
          // The window is bigger than the viewport by its decorations: size it, then correct by the difference.
          await driver.setWindowSize(width, height);
          const [w, h] = await driver.execute(() => [window.innerWidth, window.innerHeight]);
          if (w !== width || h !== height) await driver.setWindowSize(width + (width - w), height + (height - h));
          const [w2] = await driver.execute(() => [window.innerWidth]);
          if (w2 !== width)
            return recordSkip(
              session.testFile,
              `WebKit over WebDriver cannot make the viewport ${width} px wide (smallest: ${w2} px)`,
            );
        }
        return { supported: true };
      }
      if (command === 'woo-send-keys') {
        if (engine === 'webkit') {
          const keys = 'press' in payload ? [webdriverCombination(payload.press)] : [...payload.type].map((c) => [c]);
          for (const combination of keys) {
            // Modifiers are held while the key is pressed: down all, then up all in reverse.
            const actions = [
              ...combination.map((value) => ({ type: 'keyDown', value })),
              ...[...combination].reverse().map((value) => ({ type: 'keyUp', value })),
            ];
            await browser.driver.performActions([{ type: 'key', id: 'keyboard', actions }]);
          }
          await browser.driver.releaseActions();
          return { supported: true };
        }
        const page = browser.getPage(session.id);
        // Over WebDriver BiDi puppeteer knows the space bar only as ' '.
        if ('press' in payload)
          await page.keyboard.press(engine === 'firefox' && payload.press === 'Space' ? ' ' : payload.press);
        else await page.keyboard.type(payload.type);
        return { supported: true };
      }
      return undefined;
    },
  };
}
