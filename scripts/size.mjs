#!/usr/bin/env node
// `pnpm size`: measures every bundle (minified and gzip -9) and every component without Lit,
// and writes docs/size.md. Budgets come from the issues; a component over budget is marked.
import { build } from 'esbuild';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { dropMessageNotes } from './message-notes.mjs';

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
const measure = (code) => ({ min: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length });
const verdict = (name, gzip) => (budgets[name] === undefined ? '' : gzip <= budgets[name] ? `≤ ${kB(budgets[name])} ✓` : `> ${kB(budgets[name])} ✗ over budget`);

const rows = [];
const bundles = [
  ...['core', 'deadlines', 'classifier', 'inventory', 'elements', 'cli'].map((p) => `packages/${p}/dist/bundle/woo-kit-${p}.min.js`),
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

// Components: each define.ts bundled and minified twice. "Own code" leaves out what a page loads once
// for all components: Lit (lit, @lit/*) and the shared woo-kit packages (@woo-kit/core, deadlines,
// classifier). "With dependencies" leaves out Lit only. Translations load on demand, one locale at a
// time, so neither counts them. The budgets of the issues are checked against own code.
async function componentSize(entry, external) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    // Modules a component imports with import() load on demand, after its first render: they are
    // measured apart ("on demand"), not in its first download.
    splitting: true,
    outdir: join(root, 'node_modules/.cache/woo-kit-size'),
    legalComments: 'none',
    external,
    tsconfig: join(root, 'packages/elements/tsconfig.json'),
    logLevel: 'silent',
    plugins: [
      {
        // As the build does (rollup.config.mjs): notes for translators are not shipped.
        name: 'drop-message-notes',
        setup(b) {
          b.onLoad({ filter: /[\\/]packages[\\/]elements[\\/]src[\\/].*\.ts$/ }, async (args) => ({
            contents: dropMessageNotes(await readFile(args.path, 'utf8')),
            loader: 'ts',
          }));
        },
      },
      {
        name: 'locales-on-demand',
        setup(b) {
          b.onResolve({ filter: /generated\/locales\// }, (args) => ({ path: args.path, external: true }));
        },
      },
    ],
  });
  const [first, ...lazy] = [...result.outputFiles]
    .filter((f) => f.path.endsWith('.js'))
    .sort((a, b) => Number(b.path.endsWith('define.js')) - Number(a.path.endsWith('define.js')));
  return { ...measure(first.contents), onDemand: lazy.reduce((sum, f) => sum + measure(f.contents).gzip, 0) };
}

const componentRows = [];
const components = join(root, 'packages/elements/src/components');
for (const name of existsSync(components) ? readdirSync(components).sort() : []) {
  const entry = join(components, name, 'define.ts');
  if (!existsSync(entry)) continue;
  const own = await componentSize(entry, ['lit', 'lit/*', '@lit/*', '@woo-kit/*']);
  const full = await componentSize(entry, ['lit', 'lit/*', '@lit/*']);
  componentRows.push({ what: `\`<${name}>\``, ...own, full, budget: verdict(name, own.gzip) });
}

const table = (list) =>
  ['| what | minified | min+gzip | budget (gzip) |', '| --- | ---: | ---: | --- |', ...list.map((r) => `| ${r.what} | ${kB(r.min)} | ${kB(r.gzip)} | ${r.budget} |`)].join('\n');
const componentTable = (list) =>
  [
    '| component | own code, min | own code, min+gzip | budget (gzip) | on demand, min+gzip | with @woo-kit ' +
'dependencies, min+gzip |',
    '| --- | ---: | ---: | --- | ---: | ---: |',
    ...list.map((r) => (`| ${r.what} | ${kB(r.min)} | ${kB(r.gzip)} | ${r.budget} | ${r.onDemand ? kB(r.onDemand) : '–'} ` +
`| ${kB(r.full.gzip)} |`)),
  ].join('\n');
const doc = `# Bundle sizes

Measured by \`pnpm size\` (esbuild minify, gzip level 9) on the current build. 1 kB = 1024 bytes.
This file is generated: do not edit it by hand.

## Bundles

Each package's drop-in ES module, and \`woo-kit.js\`, the all-in-one elements bundle with Lit included.

${table(rows)}

## Components

Each component on its own: its \`define.js\` with everything it imports, minified.

- **Own code** leaves out what a page loads once for all its components: Lit (\`lit\`, \`@lit/*\`) and
  the shared woo-kit packages (\`@woo-kit/core\`, \`@woo-kit/deadlines\`, \`@woo-kit/classifier\`).
  The budgets from the issues are checked against this column.
- **With @woo-kit dependencies** adds the parts of the shared packages the component uses (for
  example the request validator of \`@woo-kit/core\` and the deadline engine), still without Lit.
- Translations load on demand, one locale at a time; no column counts them.
- **On demand** is code a component loads with \`import()\` after its first render (the translated
  explanations of deadline steps); it is not part of the first download and not in the budget.

${componentTable(componentRows)}
`;
writeFileSync(join(root, 'docs/size.md'), doc);
console.log(doc);
const over = [...rows, ...componentRows].filter((r) => r.budget.includes('over budget'));
if (over.length) {
  console.error(`size: over budget: ${over.map((r) => r.what).join(', ')}`);
  process.exit(1);
}
