#!/usr/bin/env node
// `pnpm screenshots`: a picture of every story and of the demo page at 375 and 1280 px, in Dutch and
// Arabic, in Chromium, Firefox and WebKit, into screenshots/ (not committed), with screenshots/index.html
// to look through them. A reviewer sees a change to the layout before it lands.
//
// Serves the repository like the browser tests do (esbuild for TypeScript, the demo's /api from the
// reference service on an in-memory database) and renders each page in an iframe of the width
// (packages/elements/test/support/shot.ts); in WebKit, whose element screenshots stop at the window's
// edge, a page is taken as a series of screens as high as the window. Options: --engine chromium|firefox|webkit
// (repeatable),
// --only <text> (stories whose "component story" contains the text, and the demo for "demo").
// Runs with `node --import tsx` (the engine drivers are wrapped in TypeScript).
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ENGINES, ENGINE_LABEL } from './browsers.mjs';
import { demoApiMiddleware } from './wtr-demo-api.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'screenshots');
const WIDTHS = [375, 1280];
const LOCALES = ['nl', 'ar'];

const { values } = parseArgs({ options: { engine: { type: 'string', multiple: true }, only: { type: 'string' } } });
const engines = values.engine?.length ? values.engine : ENGINES;
for (const e of engines) if (!ENGINES.includes(e)) throw new Error(`--engine ${e}: use one of ${ENGINES.join(', ')}`);

const { launchEngine } = await import('../packages/elements/test/support/engines.ts');

const server = await startDevServer({
  config: {
    rootDir: root,
    port: 0,
    hostname: '127.0.0.1',
    nodeResolve: { exportConditions: ['browser', 'development'] },
    watch: false,
    plugins: [esbuildPlugin({ ts: true, tsconfig: join(root, 'tsconfig.base.json') })],
    middleware: [demoApiMiddleware()],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const { port } = server.server.address();
const shotPage = `http://127.0.0.1:${port}/packages/elements/test/support/shot.html`;

/** A file name made of the parts of a shot. */
const fileName = (parts) => `${parts.join('--').replace(/[^\w.-]+/g, '-')}.png`;

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const shots = [];
const failures = [];
try {
  for (const engine of engines) {
    const browser = await launchEngine(engine);
    try {
      const list = await browser.open(`${shotPage}?list=1`);
      await list.waitFor(`document.body.dataset.state !== undefined`, 60_000);
      const stories = JSON.parse(await list.evaluate(`document.body.dataset.stories ?? '[]'`));
      const pages = [
        { label: 'demo', query: { demo: '1' } },
        ...stories.map((s) => ({
          label: `${s.component} ${s.name}`,
          query: { component: s.component, story: s.name },
        })),
      ].filter((p) => !values.only || p.label.includes(values.only));
      for (const pageCase of pages) {
        for (const locale of LOCALES) {
          for (const width of WIDTHS) {
            const file = fileName([engine, pageCase.label, locale, String(width)]);
            const query = new URLSearchParams({
              ...pageCase.query,
              locale,
              width: String(width),
              ...(engine === 'webkit' ? { screen: 'window' } : {}),
            });
            const page = await browser.open(`${shotPage}?${query}`);
            try {
              await page.waitFor(`document.body.dataset.state !== undefined`, 90_000);
              const error = await page.evaluate(`document.body.dataset.error ?? ''`);
              if (error) throw new Error(error);
              // WebKit's element screenshots stop at the window's edge: its pages are taken screen by screen.
              const screens = Number(await page.evaluate(`document.body.dataset.screens ?? '1'`));
              const files = [];
              for (let i = 0; i < screens; i++) {
                const part = screens > 1 ? file.replace(/\.png$/, `--${String(i + 1).padStart(2, '0')}.png`) : file;
                if (screens > 1) {
                  await page.evaluate(`(window.wooShowScreen(${i}), true)`);
                  // WebKit paints a scrolled frame a moment later than the next animation frames.
                  await new Promise((resolve) => setTimeout(resolve, 400));
                }
                await page.screenshot('iframe', join(out, part));
                files.push(part);
              }
              shots.push({ engine, label: pageCase.label, locale, width, files });
              process.stdout.write('.');
            } catch (error) {
              failures.push(`${engine} ${pageCase.label} ${locale} ${width}: ${error.message}`);
              process.stdout.write('x');
            } finally {
              await page.close();
            }
          }
        }
      }
    } finally {
      await browser.close();
    }
  }
} finally {
  await server.stop();
}

const escape = (s) =>
  String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
const sections = [...new Set(shots.map((s) => s.label))].map((label) => {
  const rows = shots
    .filter((s) => s.label === label)
    .map((s) => {
      const width = s.width === 1280 ? 480 : 188;
      const pictures = s.files.map(
        (f) => `<a href="${escape(f)}"><img src="${escape(f)}" alt="" loading="lazy" width="${width}"></a>`,
      );
      const screens = s.files.length > 1 ? `, ${s.files.length} screens` : '';
      const caption = `${ENGINE_LABEL[s.engine]}, ${s.locale}, ${s.width} px${screens}`;
      return `<figure>${pictures.join('')}<figcaption>${escape(caption)}</figcaption></figure>`;
    })
    .join('\n');
  return `<section><h2>${escape(label)}</h2><div class="row">${rows}</div></section>`;
});
writeFileSync(
  join(out, 'index.html'),
  `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>woo-kit screenshots</title>
<style>body{font-family:system-ui,sans-serif;margin:1rem}
.row{display:flex;flex-wrap:wrap;gap:1rem;align-items:flex-start}
figure{margin:0}
img{border:1px solid #999;display:block;height:auto;max-height:60rem}
img{object-fit:cover;object-position:top}</style></head>
<body><h1>woo-kit screenshots</h1>
<p>${shots.length} pictures, ${escape(engines.map((e) => ENGINE_LABEL[e]).join(', '))};
widths ${WIDTHS.join(' and ')} px; ${LOCALES.join(' and ')}. Click a picture for full size.</p>
${failures.length ? `<h2>Not taken</h2><ul>${failures.map((f) => `<li>${escape(f)}</li>`).join('')}</ul>` : ''}
${sections.join('\n')}
</body></html>
`,
);
console.log(
  `\n${shots.length} screenshots ` +
    `in ${out}/index.html${failures.length ? `; ${failures.length} not taken:\n${failures.join('\n')}` : ''}`,
);
process.exitCode = failures.length ? 1 : 0;
