// The size of each component of @woo-kit/elements on its own, as the drop-in folder ships it (used by
// scripts/size.mjs). Each components/<name>/define.ts is bundled and minified by esbuild after the
// build's own source transforms (scripts/build-transforms.mjs: translators' notes out, CSS and markup
// templates minified), with the internal (`_`) property names shortened from one name table made from
// the code of every component, as the drop-in build does across its chunks. gzip level 9.
import { build } from 'esbuild';
import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { internalNameTable, mangleOptions, transformSource } from './build-transforms.mjs';

export const measure = (code) => ({ min: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length });

/** Own code leaves out Lit and the shared woo-kit packages; "with dependencies" leaves out Lit only. */
export const OWN = ['lit', 'lit/*', '@lit/*', '@woo-kit/*'];
export const WITH_DEPENDENCIES = ['lit', 'lit/*', '@lit/*'];

const sourceTransforms = {
  name: 'build-transforms',
  setup(b) {
    b.onLoad({ filter: /[\\/]packages[\\/]elements[\\/]src[\\/].*\.ts$/ }, async (args) => ({
      contents: transformSource(await readFile(args.path, 'utf8'), args.path),
      loader: 'ts',
    }));
  },
};
const localesOnDemand = {
  name: 'locales-on-demand',
  setup(b) {
    b.onResolve({ filter: /generated\/locales\// }, (args) => ({ path: args.path, external: true }));
  },
};

const options = (root, entryPoints, external) => ({
  entryPoints,
  bundle: true,
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
  plugins: [sourceTransforms, localesOnDemand],
});

/** The `define.ts` of every component, by tag name. */
export function componentEntries(root) {
  const components = join(root, 'packages/elements/src/components');
  return (existsSync(components) ? readdirSync(components).sort() : [])
    .map((name) => ({ name, entry: join(components, name, 'define.ts') }))
    .filter(({ entry }) => existsSync(entry));
}

/** The name table of the internal property names in all the components' code (Lit included). */
export async function componentNameTable(root) {
  const entries = componentEntries(root).map(({ entry }) => entry);
  const result = await build(options(root, entries, []));
  try {
    return await internalNameTable(result.outputFiles.filter((f) => f.path.endsWith('.js')).map((f) => f.text));
  } catch {
    return {}; // no internal names at all: nothing to shorten
  }
}

/** One component: its first download (define.js) and what it loads with import() later, min and gzip. */
export async function componentSize(root, entry, external, table) {
  const result = await build({ ...options(root, [entry], external), minify: true, ...mangleOptions({ ...table }) });
  const [first, ...lazy] = [...result.outputFiles]
    .filter((f) => f.path.endsWith('.js'))
    .sort((a, b) => Number(b.path.endsWith('define.js')) - Number(a.path.endsWith('define.js')));
  return { ...measure(first.contents), onDemand: lazy.reduce((sum, f) => sum + measure(f.contents).gzip, 0) };
}

/** Every component: own code and with its @woo-kit dependencies. */
export async function componentSizes(root) {
  const table = await componentNameTable(root);
  const sizes = [];
  for (const { name, entry } of componentEntries(root)) {
    sizes.push({
      name,
      own: await componentSize(root, entry, OWN, table),
      full: await componentSize(root, entry, WITH_DEPENDENCIES, table),
    });
  }
  return sizes;
}

// `node scripts/component-size.mjs [root]`: the table alone, without a build or a browser.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = process.argv[2] ?? fileURLToPath(new URL('..', import.meta.url));
  for (const { name, own, full } of await componentSizes(root)) {
    console.log(`${name}\t${own.gzip}\t${own.min}\t${full.gzip}`);
  }
}
