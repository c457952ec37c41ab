// One small interface over the three engines' drivers, for Node tests that open real pages (the demo
// site) and for `pnpm screenshots`: Playwright for Chromium, puppeteer-core over WebDriver BiDi for
// Firefox, webdriverio over WebDriver classic for WebKit (see scripts/browsers.mjs). Only what those
// need: open a page, wait for a condition, evaluate an expression, take a picture of an element, close.
//
// Expressions are JavaScript source text, not functions: tsx compiles test functions with helpers
// (`__name`) that do not exist in the page.
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { remote } from 'webdriverio';
import { chromeArgs, chromePath } from '../../../../scripts/chrome-path.mjs';
import { ENGINES, firefoxLaunchOptions, startWebKitDriver, type Engine } from '../../../../scripts/browsers.mjs';

export interface EnginePage {
  /** Evaluates an expression in the page and returns its (JSON) result. */
  evaluate<T>(expression: string): Promise<T>;
  /** Waits until the expression is true in the page, or fails after `ms`. */
  waitFor(expression: string, ms?: number): Promise<void>;
  /** Saves a PNG of the first element that matches `selector` (all of it, also what is below the window). */
  screenshot(selector: string, file: string): Promise<void>;
  close(): Promise<void>;
}

/** The window size pages open in: room for a 1280 px frame. */
const WINDOW = { width: 1400, height: 1000 };

export interface EngineBrowser {
  readonly engine: Engine;
  open(url: string): Promise<EnginePage>;
  close(): Promise<void>;
}

/** The engines a test run asked for (`WOO_BROWSERS`, set by scripts/test-all.mjs), all three by default. */
export function enginesToTest(): Engine[] {
  const asked = process.env.WOO_BROWSERS;
  if (asked === undefined) return [...ENGINES];
  return asked
    .split(',')
    .map((e) => e.trim())
    .filter((e): e is Engine => (ENGINES as string[]).includes(e));
}

async function poll(check: () => Promise<boolean>, ms: number, what: string): Promise<void> {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function launchEngine(engine: Engine): Promise<EngineBrowser> {
  if (engine === 'chromium') {
    const browser = await chromium.launch({ executablePath: chromePath().path, args: chromeArgs });
    return {
      engine,
      async open(url) {
        const page = await browser.newPage({ viewport: WINDOW });
        await page.goto(url);
        return {
          evaluate: (expression) => page.evaluate(expression),
          // Not waitForFunction: it evaluates a string with eval in the page, which a strict CSP forbids.
          waitFor: async (expression, ms = 30_000) =>
            poll(async () => (await page.evaluate(expression)) === true, ms, expression),
          screenshot: async (selector, file) => void (await page.locator(selector).first().screenshot({ path: file })),
          close: () => page.close(),
        };
      },
      close: () => browser.close(),
    };
  }
  if (engine === 'firefox') {
    const browser = await puppeteer.launch(firefoxLaunchOptions());
    return {
      engine,
      async open(url) {
        const page = await browser.newPage();
        await page.setViewport(WINDOW);
        await page.goto(url);
        return {
          evaluate: (expression) => page.evaluate(expression) as never,
          waitFor: async (expression, ms = 30_000) =>
            poll(async () => (await page.evaluate(expression)) === true, ms, expression),
          async screenshot(selector, file) {
            const element = await page.$(selector);
            if (!element) throw new Error(`no ${selector} on ${page.url()}`);
            await element.screenshot({ path: file as `${string}.png` });
          },
          close: () => page.close(),
        };
      },
      close: () => browser.close(),
    };
  }
  const { options, stop } = await startWebKitDriver();
  const browser = await remote(options as never);
  await browser.setWindowSize(WINDOW.width, WINDOW.height);
  return {
    engine,
    async open(url) {
      await browser.navigateTo(url);
      return {
        evaluate: (expression) => browser.execute(`return (${expression});`) as never,
        waitFor: async (expression, ms = 30_000) =>
          poll(async () => (await browser.execute(`return (${expression});`)) === true, ms, expression),
        screenshot: async (selector, file) => void (await browser.$(selector).saveScreenshot(file)),
        close: async () => void (await browser.navigateTo('about:blank')),
      };
    },
    async close() {
      await browser.deleteSession();
      stop();
    },
  };
}
