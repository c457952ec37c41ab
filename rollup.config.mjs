// Browser and Node builds of every package.
//
// For each package: per-file ES modules in packages/<pkg>/dist (what npm consumers and the
// dev server import), and one minified drop-in module packages/<pkg>/dist/bundle/woo-kit-<pkg>.min.js.
// The elements also get packages/elements/dist/woo-kit.js: every component, Lit included, for a
// CMS page that has nothing but a <script type="module"> tag. Declarations come from `tsc -b`.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import esbuild, { minify } from 'rollup-plugin-esbuild';
import resolve from '@rollup/plugin-node-resolve';
import { transform } from 'esbuild';
import ts from 'typescript';
import { dropMessageNotes, hasMessageNotes } from './scripts/message-notes.mjs';

const packages = ['core', 'deadlines', 'classifier', 'inventory', 'zgw', 'elements', 'cli'];
// Notes for translators (`msg(…, { desc })`) are for the XLIFF files only: dropped from the build.
const dropNotes = () => ({
  name: 'drop-message-notes',
  transform: (code, id) =>
    hasMessageNotes(id) && code.includes('desc:') ? { code: dropMessageNotes(code), map: null } : null,
});
// The CSS in Lit's css`…` templates of the elements: comments and white space out (only in the
// drop-in folder; esbuild does not minify CSS inside template literals). Interpolations stay as written.
const minifyCssText = (text) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/: /g, ':') // a space before ':' can matter in a selector (`.a :focus`), one after never does
    .replace(/;}/g, '}')
    .trim();
const minifyCss = () => ({
  name: 'minify-css-templates',
  transform(code, id) {
    if (!/[\\/]elements[\\/]src[\\/].*\.ts$/.test(id) || !code.includes('css`')) return null;
    const out = code.replace(
      /\bcss`([^`]*)`/g,
      (_, body) =>
        `css\`${body
          .split(/(\$\{[^}]*\})/)
          .map((part, i) => (i % 2 ? part : minifyCssText(part)))
          .join('')}\``,
    );
    return { code: out, map: null };
  },
});
// The markup in Lit's html`…`/svg`…` templates of the elements: the indentation after each line break
// goes (a line break stays one, so the markup means the same: in HTML a line break and its indentation
// are white space like any other, and the pre-wrap text of the components has no indented lines; after a
// line continuation, `\` at the end of a line, the indentation is text and stays). The
// templates are found by TypeScript's parser, so strings, comments, messages (`msg`, `str`) and the
// expressions inside `${…}` are never touched.
const minifyHtml = () => ({
  name: 'minify-html-templates',
  transform(code, id) {
    if (!/[\\/]elements[\\/]src[\\/].*\.ts$/.test(id) || !/\b(?:html|svg)`/.test(code)) return null;
    const file = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    const parts = [];
    const visit = (node) => {
      if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && /^(?:html|svg)$/.test(node.tag.text)) {
        const inMessage =
          ts.isCallExpression(node.parent) &&
          ts.isIdentifier(node.parent.expression) &&
          node.parent.expression.text === 'msg';
        const t = node.template;
        if (!inMessage) {
          for (const part of ts.isNoSubstitutionTemplateLiteral(t)
            ? [t]
            : [t.head, ...t.templateSpans.map((s) => s.literal)]) {
            parts.push([part.getStart(file), part.getEnd()]);
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
    if (parts.length === 0) return null;
    let out = '';
    let at = 0;
    for (const [start, end] of parts.sort((a, b) => a[0] - b[0])) {
      out += code.slice(at, start) + code.slice(start, end).replace(/(?<!\\)\n[ \t]+/g, '\n');
      at = end;
    }
    return { code: out + code.slice(at), map: null };
  },
});
// Property mangling across the chunks of the drop-in folder: internal property names end in `_`
// (packages/deadlines/README.md "Reading the source"). One name table for every chunk, made from all
// modules before the chunks are written, so a name means the same in every chunk; the short names
// (`$0`, `$1`, …) are checked against every property name in the code, so none can clash.
const mangleAcrossChunks = () => {
  let cache;
  return {
    name: 'mangle-internal-props',
    async renderStart() {
      const names = new Set();
      const all = [];
      for (const id of this.getModuleIds()) {
        const code = this.getModuleInfo(id)?.code;
        if (!code) continue;
        all.push(code);
        if (!/_\b/.test(code)) continue;
        const result = await transform(code, { loader: 'js', format: 'esm', mangleProps: /_$/, mangleCache: {} });
        for (const name of Object.keys(result.mangleCache ?? {})) names.add(name);
      }
      cache = {};
      let next = 0;
      for (const name of [...names].sort()) cache[name] = `$${(next++).toString(36)}`;
      // Without names something changed in the build: better to stop than to mangle blindly.
      if (names.size === 0) throw new Error('mangle-internal-props: no internal (`_`) property names found');
      const taken = new Set(Object.values(cache));
      for (const code of all) {
        for (const [, prop] of code.matchAll(/[.]\s*(\$[0-9a-z]+)\b/g)) {
          if (taken.has(prop)) throw new Error(`mangle-internal-props: the code uses ${prop}, a mangled name`);
        }
      }
    },
    async renderChunk(code) {
      const result = await transform(code, {
        loader: 'js',
        format: 'esm',
        minify: true,
        legalComments: 'none',
        target: 'es2022',
        mangleProps: /_$/,
        mangleCache: cache,
        sourcemap: true,
      });
      return { code: result.code, map: result.map };
    },
  };
};
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
  if (pkg === 'deadlines') list.push(join(dir, 'requests.ts')); // @woo-kit/deadlines/requests
  if (pkg === 'cli') list.push(join(dir, 'woo-kit.ts'));
  return list.filter((f) => existsSync(f));
}

const esm = (pkg) => ({
  input: entries(pkg),
  external: isBare,
  output: {
    dir: `packages/${pkg}/dist`,
    format: 'es',
    sourcemap: true,
    preserveModules: true,
    preserveModulesRoot: `packages/${pkg}/src`,
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
