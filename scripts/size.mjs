#!/usr/bin/env node
// `pnpm size`: measures every bundle (minified and gzip -9) and every component without Lit, loads
// test pages that use the drop-in folder in Chromium and counts the bytes of every response, and
// writes docs/size.md. Budgets come from the issues; anything over budget is marked and fails the run.
import { chromium } from 'playwright-core';
import { chromeArgs, chromePath } from './chrome-path.mjs';
import { DROP_IN_DIR, DROP_IN_PAGES, DROP_IN_PATH, serveDropIn } from './drop-in-pages.mjs';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { componentSizes, measure } from './component-size.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** Budgets in bytes, min+gzip, Lit excluded (from the issues). */
export const budgets = {
  'woo-kit-deadlines.min.js': 6 * 1024,
  'woo-request-form': 14 * 1024,
  'woo-request-status': 8 * 1024,
  'woo-deadline-calculator': 8 * 1024,
  'woo-publications': 16 * 1024,
  'woo-categories': 8 * 1024,
  'woo-contact': 5 * 1024,
  'woo-timeliness-dashboard': 12 * 1024,
  'woo-decision': 14 * 1024,
};

const kB = (n) => `${(n / 1024).toFixed(1)} kB`;
const verdict = (name, gzip) =>
  budgets[name] === undefined
    ? ''
    : gzip <= budgets[name]
      ? `≤ ${kB(budgets[name])} ✓`
      : `> ${kB(budgets[name])} ✗ over budget`;

const rows = [];
const bundles = [
  ...['core', 'deadlines', 'classifier', 'inventory', 'elements', 'cli'].map(
    (p) => `packages/${p}/dist/bundle/woo-kit-${p}.min.js`,
  ),
  'packages/elements/dist/woo-kit.js',
];
const missing = bundles.filter((f) => !existsSync(join(root, f)));
if (missing.length) {
  console.error(`size: run \`pnpm build\` first; missing ${missing.join(', ')}`);
  process.exit(1);
}
for (const file of bundles) {
  const size = measure(readFileSync(join(root, file)));
  const name = file.split('/').pop();
  rows.push({ what: `\`${file}\``, ...size, budget: verdict(name, size.gzip) });
}

// Components: each define.ts bundled and minified twice, as the drop-in folder ships it
// (scripts/component-size.mjs: the build's transforms of scripts/build-transforms.mjs, internal names
// shortened). "Own code" leaves out what a page loads once for all components: Lit (lit, @lit/*) and
// the shared woo-kit packages (@woo-kit/core, deadlines, classifier). "With dependencies" leaves out
// Lit only. Translations load on demand, one locale at a time, so neither counts them. The budgets of
// the issues are checked against own code.
const componentRows = (await componentSizes(root)).map(({ name, own, full }) => ({
  what: `\`<${name}>\``,
  ...own,
  full,
  budget: verdict(name, own.gzip),
}));

// Pages that use the drop-in folder, loaded in Chromium from a server that gzips every response
// (scripts/drop-in-pages.mjs). Counted: the bytes sent for every response, woo-kit's (the files of
// the drop-in folder) apart from the page's own (the HTML and the JSON the components read).
if (!existsSync(join(DROP_IN_DIR, 'woo-kit.js'))) {
  console.error('size: run `pnpm build` first; missing packages/elements/dist/drop-in/woo-kit.js');
  process.exit(1);
}
const chrome = chromePath();
if (!chrome.found) {
  console.error(`size: no Chromium at ${chrome.path}: apt-get install -y chromium, or set CHROME_PATH`);
  process.exit(1);
}
const LANGUAGES = ['en', 'tr', 'ar', 'pl', 'uk'];
const problems = [];
const pageRows = [];
const switchRows = [];
const server = await serveDropIn();
const browser = await chromium.launch({ executablePath: chrome.path, args: chromeArgs });
const sum = (list) => list.reduce((total, r) => total + r.bytes, 0);
const fileName = (path) => path.slice(DROP_IN_PATH.length);
try {
  for (const page of DROP_IN_PAGES) {
    for (const lang of page.name === 'contact' ? ['nl', 'en'] : ['nl']) {
      const context = await browser.newContext(); // an empty cache: a first visit
      const tab = await context.newPage();
      const errors = [];
      tab.on('pageerror', (error) => errors.push(error.message));
      tab.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      const start = server.log.length;
      await tab.goto(`${server.origin}/${page.name}.html?lang=${lang}`);
      const rendered = (tags) =>
        tags.every(
          (tag) =>
            customElements.get(tag) !== undefined &&
            [...document.querySelectorAll(tag)].every((el) => (el.shadowRoot?.childElementCount ?? 0) > 0),
        );
      const until = Date.now() + 30_000;
      while (!(await tab.evaluate(rendered, page.tags)) && Date.now() < until) await tab.waitForTimeout(100);
      await server.quiet();
      if (!(await tab.evaluate(rendered, page.tags))) problems.push(`${page.name}: not every component rendered`);
      const responses = server.log.slice(start);
      const wooKit = responses.filter((r) => r.kind === 'woo-kit');
      const own = responses.filter((r) => r.kind !== 'woo-kit');
      if (responses.some((r) => r.kind === 'missing'))
        problems.push(
          `${page.name}: missing ${responses
            .filter((r) => r.kind === 'missing')
            .map((r) => r.path)
            .join(', ')}`,
        );
      if (lang === 'nl' && wooKit.some((r) => /locale-/.test(r.path)))
        problems.push(`${page.name}: a Dutch page loaded translations`);
      const budget = lang === 'nl' ? page.budget : undefined;
      const bytes = sum(wooKit);
      const verdict =
        budget === undefined ? '' : bytes <= budget ? `≤ ${kB(budget)} ✓` : `> ${kB(budget)} ✗ over budget`;
      if (verdict.includes('over budget'))
        problems.push(`${page.name}: ${kB(bytes)} is over its budget of ${kB(budget)}`);
      if (errors.length) problems.push(`${page.name}: ${errors.join('; ')}`);
      pageRows.push({
        what: `${page.title}${lang === 'nl' ? '' : ', in English'}`,
        files: wooKit.length,
        bytes,
        own: sum(own),
        verdict,
        list: wooKit.map((r) => fileName(r.path)),
      });
      // Switching language on the page with seven components: each switch fetches the texts of that
      // language, one file, and nothing else; back to Dutch fetches nothing.
      if (page.name === 'seven') {
        for (const to of [...LANGUAGES, 'nl']) {
          const before = server.log.length;
          const text = await tab.evaluate(() => document.querySelector('woo-contact')?.shadowRoot?.textContent ?? '');
          await tab.evaluate((l) => {
            document.documentElement.lang = l;
          }, to);
          const changed = Date.now() + 15_000;
          while (
            (await tab.evaluate(() => document.querySelector('woo-contact')?.shadowRoot?.textContent ?? '')) === text &&
            Date.now() < changed
          ) {
            await tab.waitForTimeout(100);
          }
          await server.quiet();
          const fetched = server.log.slice(before);
          const expected = to === 'nl' ? [] : [new RegExp(`^locale-${to}-[\\w-]+\\.js$`)];
          const names = fetched.map((r) => fileName(r.path));
          const onlyTexts = names.length === expected.length && names.every((name, i) => expected[i].test(name));
          if (!onlyTexts)
            problems.push(`switching to ${to} fetched ${names.join(', ') || 'nothing'}, not only the ${to} texts`);
          switchRows.push({
            to,
            names,
            bytes: sum(fetched),
            verdict: onlyTexts ? '✓ only its texts' : '✗ more than its texts',
          });
        }
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}

const table = (list) =>
  [
    '| what | minified | min+gzip | budget (gzip) |',
    '| --- | ---: | ---: | --- |',
    ...list.map((r) => `| ${r.what} | ${kB(r.min)} | ${kB(r.gzip)} | ${r.budget} |`),
  ].join('\n');
const componentTable = (list) =>
  [
    '| component | own code, min | own code, min+gzip | budget (gzip) | on demand, min+gzip | with @woo-kit ' +
      'dependencies, min+gzip |',
    '| --- | ---: | ---: | --- | ---: | ---: |',
    ...list.map(
      (r) =>
        `| ${r.what} | ${kB(r.min)} | ${kB(r.gzip)} | ${r.budget} | ${r.onDemand ? kB(r.onDemand) : '–'} ` +
        `| ${kB(r.full.gzip)} |`,
    ),
  ].join('\n');
const doc = `# Bundle sizes

Measured by \`pnpm size\` (esbuild minify, gzip level 9) on the current build. 1 kB = 1024 bytes.
This file is generated: do not edit it by hand.

## Bundles

Each package's drop-in ES module, and \`woo-kit.js\`, the all-in-one elements bundle with Lit included.

${table(rows)}

## Components

Each component on its own: its \`define.js\` with everything it imports, minified as the drop-in
folder ships it (scripts/component-size.mjs): the build's own source transforms first
(scripts/build-transforms.mjs, the same module rollup.config.mjs uses: translators' notes out, CSS and
markup templates minified), then esbuild's minifier with the internal property names (ending in \`_\`)
shortened from one name table for all components.

- **Own code** leaves out what a page loads once for all its components: Lit (\`lit\`, \`@lit/*\`) and
  the shared woo-kit packages (\`@woo-kit/core\`, \`@woo-kit/deadlines\`, \`@woo-kit/classifier\`).
  The budgets from the issues are checked against this column.
- **With @woo-kit dependencies** adds the parts of the shared packages the component uses (for
  example the request validator of \`@woo-kit/core\` and the deadline engine), still without Lit.
- Translations load on demand, one locale at a time; no column counts them.
- **On demand** is code a component loads with \`import()\` after its first render (the translated
  explanations of deadline steps); it is not part of the first download and not in the budget.

${componentTable(componentRows)}

## Pages that use the drop-in folder

The drop-in folder \`packages/elements/dist/drop-in/\` (the loader \`woo-kit.js\` and its chunks), served
under a sub-path with gzip (level 9) and the strict Content-Security-Policy, and test pages loaded in
Chromium with an empty cache (scripts/drop-in-pages.mjs), in Dutch unless the row says otherwise
(Dutch is the source language: it needs no translations). **woo-kit** counts the bytes sent for every
response from the drop-in folder: the loader, Lit, the components' code and the translations; the
budgets of issue 19 are checked against it. **Page and data** is the rest: the HTML page and the JSON
files the components read (the municipality's own content, not woo-kit's).

| page | woo-kit files | woo-kit, gzip as transferred | budget | page and data |
| --- | ---: | ---: | --- | ---: |
${pageRows.map((r) => `| ${r.what} | ${r.files} | ${kB(r.bytes)} | ${r.verdict} | ${kB(r.own)} |`).join('\n')}

Files of each page: ${pageRows.map((r) => `\n- ${r.what}: ${r.list.map((f) => `\`${f}\``).join(', ')}`).join('')}

### Switching language

On the page with seven components, \`<html lang>\` switched in turn; what each switch fetched.
Switching to a language fetches that language's texts and nothing else; back to Dutch, nothing.

| to | fetched | gzip as transferred | |
| --- | --- | ---: | --- |
${switchRows
  .map((r) => `| ${r.to} | ${r.names.map((f) => `\`${f}\``).join(', ') || 'nothing'} | ${kB(r.bytes)} | ${r.verdict} |`)
  .join('\n')}
`;
writeFileSync(join(root, 'docs/size.md'), doc);
console.log(doc);
const over = [...rows, ...componentRows].filter((r) => r.budget.includes('over budget'));
if (over.length) problems.push(`over budget: ${over.map((r) => r.what).join(', ')}`);
if (problems.length) {
  for (const problem of problems) console.error(`size: ${problem}`);
  process.exit(1);
}
