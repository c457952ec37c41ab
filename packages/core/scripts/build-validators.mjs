#!/usr/bin/env node
// Build-time code generation for @woo-kit/core (the package's `codegen` script):
//
// 1. writes the JSON Schemas of src/schemas/index.ts to schemas/<name>.schema.json;
// 2. compiles them with ajv into standalone validator code, bundles ajv's runtime helpers into it
//    with esbuild, and writes src/generated/validators.ts.
//
// The result has no `require`, no `new Function` and no `eval`, so it runs in a browser under a
// strict Content-Security-Policy. Files are only rewritten when their content changes.
import { mkdirSync, readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import Ajv2020, { _ } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const generatedDir = join(packageDir, 'src/generated');
const schemasDir = join(packageDir, 'schemas');

/** Writes a file only when its content changes; atomically, since parallel builds may run. */
function writeIfChanged(path, content) {
  if (existsSync(path) && readFileSync(path, 'utf8') === content) return false;
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, content);
  renameSync(tmp, path);
  return true;
}

// The schema objects and format checks are TypeScript; bundle them to load them here.
const loaded = await build({
  stdin: {
    contents: "export { schemas } from './src/schemas/index.ts';\nexport { ajvFormats } from './src/formats.ts';\n",
    resolveDir: packageDir,
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  write: false,
  logLevel: 'silent',
});
const { schemas, ajvFormats } = await import(`data:text/javascript;base64,${Buffer.from(loaded.outputFiles[0].text).toString('base64')}`);

// 1. Schema files.
for (const [name, schema] of Object.entries(schemas)) {
  writeIfChanged(join(schemasDir, `${name}.schema.json`), `${JSON.stringify(schema, null, 2)}\n`);
}

// 2. Validators. Formats are referenced as `__wooFormats[...]`, imported from src/formats.ts.
const ajv = new Ajv2020({
  code: { source: true, esm: true, formats: _`__wooFormats` },
  allErrors: true,
  // Our own Dutch and English messages come from the keyword and its params (validation/messages.ts),
  // so ajv's English message strings would only make the browser code bigger.
  messages: false,
  strict: true,
  discriminator: true,
  formats: ajvFormats,
});
const exportsByName = {
  wooRequest: 'woo-request',
  decision: 'decision',
  publication: 'publication',
  organisation: 'organisation',
  contactPoint: 'contact-point',
  wooDecision: 'woo-decision',
  inventoryItem: 'inventory-item',
};
/** The schema without its annotations: ajv embeds schema objects in the code, and prose does not validate. */
function withoutAnnotations(node) {
  if (Array.isArray(node)) return node.map(withoutAnnotations);
  if (node === null || typeof node !== 'object') return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'description' || key === 'title' || key === 'examples' || key === '$comment') continue;
    // Keep property *names* that happen to be called "description" or "title".
    out[key] = key === 'properties' ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutAnnotations(v)])) : withoutAnnotations(value);
  }
  return out;
}
for (const name of Object.values(exportsByName)) ajv.addSchema(withoutAnnotations(schemas[name]));

/**
 * One module per schema, so a page that validates only requests does not load the publication
 * validator: bundlers drop the modules a page does not import (the package is side-effect free).
 */
async function standaloneModule(exp, name) {
  const standalone = standaloneCode(ajv, { [`__${exp}`]: `urn:woo-kit:schema:${name}` });
  const bundled = await build({
    stdin: {
      contents: `import { ajvFormats as __wooFormats } from '../../formats.js';\n${standalone}`,
      resolveDir: generatedDir, // for resolving ajv's runtime helpers; the formats import stays as written
      sourcefile: `${name}.standalone.js`,
    },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
    legalComments: 'none',
    plugins: [
      {
        name: 'formats-external',
        setup(b) {
          b.onResolve({ filter: /^\.\.\/\.\.\/formats\.js$/ }, (args) => ({ path: args.path, external: true }));
        },
      },
    ],
  });
  let code = bundled.outputFiles[0].text
    // esbuild names the CommonJS wrapper of ajv's runtime helpers `__require`; it is a plain local
    // function, not Node's require. Rename it so the text check below stays simple and strict.
    .replace('var __commonJS = (cb, mod) => function __require() {', 'var __commonJS = (cb, mod) => function __initModule() {')
    // ajv's runtime helpers carry the source text ajv would emit for them; never used at run time.
    .replace(/\n\s*\w+\.code = 'require\("ajv\/dist\/runtime\/\w+"\)\.default';/g, '');
  // Replace esbuild's untyped export list by an explicitly typed export.
  const exportList = /\nexport \{([^}]*)\};\s*$/.exec(code);
  if (exportList === null) throw new Error(`build-validators: no export list in the ${name} bundle`);
  const local = exportList[1]
    .split(',')
    .map((part) => part.trim().split(/\s+as\s+/))
    .find(([local, exported = local]) => exported === `__${exp}`)?.[0];
  if (local === undefined) throw new Error(`build-validators: ${exp} missing from its bundle`);
  code = code.slice(0, exportList.index);
  const out = [
    '// @ts-nocheck',
    `// Generated by scripts/build-validators.mjs (ajv standalone + esbuild) from the ${name} schema.`,
    '// Do not edit; not committed: the build (`codegen`) writes it.',
    "import type { RawValidator } from '../../validation/raw.js';",
    code.trimEnd(),
    '',
    `/** Standalone validator of the ${name} schema. */`,
    `export const ${exp}Validator: RawValidator = ${local};`,
    '',
  ].join('\n');
  for (const forbidden of ['new Function', 'Function(', 'require(', 'eval(']) {
    if (out.includes(forbidden)) throw new Error(`build-validators: generated ${name} validator contains ${forbidden}`);
  }
  return out;
}

let written = 0;
let bytes = 0;
for (const [exp, name] of Object.entries(exportsByName)) {
  const out = await standaloneModule(exp, name);
  bytes += out.length;
  if (writeIfChanged(join(generatedDir, 'validators', `${name}.ts`), out)) written += 1;
}
const barrel = [
  '// Generated by scripts/build-validators.mjs: one module per schema, re-exported here.',
  ...Object.entries(exportsByName).map(([exp, name]) => `export { ${exp}Validator } from './validators/${name}.js';`),
  '',
].join('\n');
if (writeIfChanged(join(generatedDir, 'validators.ts'), barrel)) written += 1;
console.log(`build-validators: ${written ? `wrote ${written} file(s)` : 'unchanged'}: src/generated/validators/*.ts ` +
`(${bytes} bytes) and schemas/*.schema.json`);
