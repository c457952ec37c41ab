// Browser and Node builds of every package.
//
// For each package: per-file ES modules in packages/<pkg>/dist (what npm consumers and the
// dev server import; the classifier's is one module, see SINGLE_MODULE), and one minified drop-in
// module packages/<pkg>/dist/bundle/woo-kit-<pkg>.min.js.
// The elements also get packages/elements/dist/woo-kit.js: every component, Lit included, for a
// CMS page that has nothing but a <script type="module"> tag. Declarations come from `tsc -b`.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import esbuild, { minify } from 'rollup-plugin-esbuild';
import resolve from '@rollup/plugin-node-resolve';
// The source transforms (translators' notes out, CSS and markup templates minified) and the mangling
// of internal (`_`) property names across the chunks of the drop-in folder: scripts/build-transforms.mjs,
// shared with scripts/size.mjs so that `pnpm size` measures the code as it ships.
import { dropNotes, mangleAcrossChunks, minifyCss, minifyHtml } from './scripts/build-transforms.mjs';

const packages = ['core', 'deadlines', 'classifier', 'inventory', 'zgw', 'elements', 'cli'];
const isBare = (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0');

/** Entry points of a package: src/index.ts plus any extra public modules it lists here. */
function entries(pkg) {
  const dir = `packages/${pkg}/src`;
  const list = [join(dir, 'index.ts')];
  if (pkg === 'elements') {
    for (const extra of ['localization.ts']) if (existsSync(join(dir, extra))) list.push(join(dir, extra));
    const components = join(dir, 'components');
    if (existsSync(components)) {
      for (const name of readdirSync(components)) {
        for (const file of ['define.ts', `${name}.ts`]) {
          const path = join(components, name, file);
          if (existsSync(path)) list.push(path);
        }
      }
    }
    const locales = join(dir, 'generated/locales');
    if (existsSync(locales)) for (const f of readdirSync(locales)) if (f.endsWith('.ts')) list.push(join(locales, f));
  }
  if (pkg === 'core') list.push(join(dir, 'categories.ts')); // @woo-kit/core/categories
  if (pkg === 'deadlines') list.push(join(dir, 'requests.ts')); // @woo-kit/deadlines/requests
  if (pkg === 'cli') list.push(join(dir, 'woo-kit.ts'));
  return list.filter((f) => existsSync(f));
}

// Packages whose Node build is one module (dist/index.js) rather than one per source file. The classifier
// exports only its index, and a fresh Node process loads one file of it markedly sooner than eighteen (its
// first answer ~12 ms earlier, docs/classifier.md "Update 15"). @woo-kit/core stays external, so its error
// classes and category settings stay one. Its map leaves the sources out: the model data is in it, and src/ is
// published next to dist/ (all but src/generated/).
const SINGLE_MODULE = new Set(['classifier']);

const esm = (pkg) => ({
  input: entries(pkg),
  external: isBare,
  output: {
    dir: `packages/${pkg}/dist`,
    format: 'es',
    sourcemap: true,
    ...(SINGLE_MODULE.has(pkg)
      ? { entryFileNames: '[name].js', sourcemapExcludeSources: true }
      : { preserveModules: true, preserveModulesRoot: `packages/${pkg}/src` }),
  },
  plugins: [dropNotes(), minifyHtml(), esbuild({ target: 'es2022', tsconfig: `packages/${pkg}/tsconfig.json` })],
});

// `mangle`: an extra minify pass over the whole chunk with these esbuild options (property mangling
// must see every module at once, so it cannot run in the per-file transform).
const bundle = (pkg, input, file, { node = false, mangle } = {}) => ({
  input,
  // @woo-kit/server (database drivers) stays a separate install: `woo-kit serve` loads it when run.
  external: node ? (id) => id.startsWith('node:') || id === '@woo-kit/server' : [],
  output: { file, format: 'es', sourcemap: true, inlineDynamicImports: true },
  plugins: [
    resolve({ browser: !node, preferBuiltins: node, exportConditions: node ? ['node'] : ['browser'] }),
    dropNotes(),
    minifyHtml(),
    esbuild({ target: 'es2022', tsconfig: `packages/${pkg}/tsconfig.json`, minify: true, legalComments: 'none' }),
    ...(mangle ? [minify({ target: 'es2022', legalComments: 'none', ...mangle })] : []),
  ],
  onwarn(warning, warn) {
    if (warning.code === 'THIS_IS_UNDEFINED') return; // Lit's compiled TS helpers
    warn(warning);
  },
});

const configs = [];
for (const pkg of packages) {
  if (!existsSync(`packages/${pkg}/src/index.ts`)) continue;
  configs.push(esm(pkg));
  configs.push(
    bundle(pkg, `packages/${pkg}/src/index.ts`, `packages/${pkg}/dist/bundle/woo-kit-${pkg}.min.js`, {
      node: pkg === 'cli',
      // @woo-kit/deadlines: internal-only property names end in `_` (packages/deadlines/README.md
      // "Reading the source"); the elements bundles carry the deadline engine too, and no other name in
      // them ends in `_` (packages/elements/test/demo-site.test.ts renders every component from woo-kit.js).
      ...(pkg === 'deadlines' || pkg === 'elements' ? { mangle: { mangleProps: /_$/ } } : {}),
    }),
  );
}
if (existsSync('packages/elements/src/woo-kit.ts')) {
  configs.push(
    bundle('elements', 'packages/elements/src/woo-kit.ts', 'packages/elements/dist/woo-kit.js', {
      mangle: { mangleProps: /_$/ },
    }),
  );
}
// The drop-in folder dist/drop-in/: a small loader (woo-kit.js) that loads each component, and the
// translations of the page language, as separate chunks next to it (src/drop-in/loader.ts), and
// woo-kit-all.js that loads every component at once.
if (existsSync('packages/elements/src/drop-in/woo-kit.ts')) {
  const dropIn = 'packages/elements/src/drop-in';
  /** `woo-contact-<hash>.js`, `locale-en-<hash>.js`, `shared-<hash>.js`: readable names in the folder. */
  const chunkName = (chunk) => {
    const id = (chunk.facadeModuleId ?? '').split('\\').join('/');
    const component = /\/components\/(woo-[a-z-]+)\//.exec(id);
    if (component) return `${component[1]}-[hash].js`;
    const locale = /\/generated\/locales\/([a-zA-Z-]+)\.ts$/.exec(id);
    if (locale) return `locale-${locale[1]}-[hash].js`;
    return chunk.name === 'base' ? 'base-[hash].js' : 'shared-[hash].js';
  };
  // What (nearly) every component needs goes into a few chunks rather than many small ones: fewer
  // requests, and gzip compresses one larger file better than several small ones.
  const dropInChunk = (id) => {
    const path = id.split('\\').join('/');
    // The loader and the localisation runtime it installs: the one file every page loads.
    if (
      new RegExp(
        String.raw`\/elements\/src\/(drop-in\/(woo-kit|loader|components)|internal\/define|` +
          String.raw`internal\/locale-runtime|localization|generated\/locale-codes)\.ts$`,
      ).test(path)
    )
      return 'woo-kit';
    if (/\/@lit\/localize\/(init|internal)\/(?!localized-controller)/.test(path)) return 'woo-kit';
    // Lit and woo-kit's base element: every component. Lit's directives only where they are used.
    const directive = /\/directives\//.test(path);
    if (!directive && /\/node_modules\/.*\/(lit|lit-element|@lit\/reactive-element|@lit\/task)\//.test(path))
      return 'base';
    if (/\/node_modules\/.*\/lit-html\/(lit-html|directives\/if-defined)\.js$/.test(path)) return 'base';
    if (/\/@lit\/localize\/internal\/localized-controller\.js$/.test(path)) return 'base';
    if (
      new RegExp(
        String.raw`\/elements\/src\/(internal\/(woo-element|format|heading|safe-url)|styles\/tokens|` +
          String.raw`controllers\/json-source)\.ts$`,
      ).test(path)
    )
      return 'base';
    if (/\/core\/dist\/(errors|formats)\.js$/.test(path)) return 'base';
    // What every validator of @woo-kit/core shares (the validators themselves stay with their users):
    // seven of the eight components validate their input, so it comes with Lit. Not the texts of the
    // issues (validation/messages, run): only the request form shows them; the others ask `isValid…`.
    if (/\/core\/dist\/(model|validation\/(checks|ajv-runtime))\.js$/.test(path)) return 'base';
    return undefined;
  };
  configs.push({
    input: { 'woo-kit': `${dropIn}/woo-kit.ts`, 'woo-kit-all': `${dropIn}/woo-kit-all.ts` },
    output: {
      dir: 'packages/elements/dist/drop-in',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: chunkName,
      experimentalMinChunkSize: 1000,
      manualChunks: dropInChunk,
    },
    plugins: [
      // Chunk names carry a content hash: remove the chunks of an earlier build.
      {
        name: 'clean-drop-in',
        buildStart: () => rmSync('packages/elements/dist/drop-in', { recursive: true, force: true }),
      },
      resolve({ browser: true, exportConditions: ['browser'] }),
      dropNotes(),
      minifyCss(),
      minifyHtml(),
      esbuild({ target: 'es2022', tsconfig: 'packages/elements/tsconfig.json', minify: true, legalComments: 'none' }),
      mangleAcrossChunks(),
    ],
    onwarn(warning, warn) {
      if (warning.code === 'THIS_IS_UNDEFINED') return;
      warn(warning);
    },
  });
}
// src/woo-kit.ts is built only as the self-contained drop-in (dist/woo-kit.js), never per file.
// The CLI entry keeps its shebang line (esbuild preserves `#!` at the top of the entry).
export default configs;
