// Shared by the browser benchmarks: bundles a page entry with esbuild into a temporary folder, serves
// it from 127.0.0.1 only, opens it in Debian's Chromium and hands the page to `run`. Everything is
// closed and removed afterwards, also when `run` throws.
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromeArgs, chromePath } from '../../../scripts/chrome-path.mjs';

export const elements = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * @param {string} entry JavaScript source of the page (resolved from packages/elements)
 * @param {(page: import('playwright-core').Page, context: { browser: import('playwright-core').Browser, url: string })
 * => Promise<void>} run
 */
export async function withBenchPage(entry, run) {
  const dir = mkdtempSync(join(tmpdir(), 'woo-bench-'));
  let server;
  let browser;
  try {
    await build({
      stdin: { contents: entry, resolveDir: elements, sourcefile: 'bench-entry.js', loader: 'js' },
      bundle: true,
      format: 'esm',
      target: 'es2022',
      minify: process.env.BENCH_MINIFY !== '0',
      outfile: join(dir, 'bench.js'),
      tsconfig: join(elements, 'tsconfig.json'),
      conditions: ['browser', 'production'],
      logLevel: 'warning',
    });
    const files = {
      // A page as a municipal site shows it: its theme sets the font (NL Design System token, which the
      // components follow), and a heading and some text are on screen before the component comes.
      '/': [
        'text/html',
        `<!doctype html><html lang="nl"><meta charset="utf-8"><title>bench</title><link rel="stylesheet" ` +
          `href="/theme.css"><body><h1>Gemeente Voorbeeld: openheid</h1><p>Hier ziet u hoe snel de gemeente ` +
          `<b>beslist</b> op Woo-verzoeken.</p><script type="module" src="/bench.js"></script></body></html>`,
      ],
      '/theme.css': [
        'text/css',
        ':root { --utrecht-document-font-family: system-ui, sans-serif; } body { font-family: ' +
          'var(--utrecht-document-font-family); }',
      ],
      '/bench.js': ['text/javascript', readFileSync(join(dir, 'bench.js'))],
    };
    server = createServer((request, response) => {
      const file = files[new URL(request.url, 'http://127.0.0.1').pathname];
      response.writeHead(file ? 200 : 404, { 'content-type': file ? file[0] : 'text/plain' });
      response.end(file ? file[1] : 'not found');
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${server.address().port}/`;
    const chrome = chromePath();
    if (!chrome.found)
      throw new Error(`No Chromium at ${chrome.path}: apt-get install -y chromium, or set CHROME_PATH`);
    browser = await chromium.launch({ executablePath: chrome.path, args: [...chromeArgs, '--js-flags=--expose-gc'] });
    const page = await browser.newPage();
    page.on('pageerror', (error) => console.error(`page error: ${error}`));
    await page.goto(url);
    await page.waitForFunction(() => window.ready === true);
    await run(page, { browser, url });
  } finally {
    await browser?.close();
    server?.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
