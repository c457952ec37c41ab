#!/usr/bin/env node
// Build-time code generation for @woo-kit/core (the package's `codegen` script):
//
// 1. writes the JSON Schemas of src/schemas/index.ts to schemas/<name>.schema.json;
// 2. compiles them with ajv into standalone validator code, one module per schema that imports the
//    shared run-time helpers of src/validation/ajv-runtime.ts, and writes src/generated/validators/*.ts.
//
// The result has no `require`, no `new Function` and no `eval`, so it runs in a browser under a
// strict Content-Security-Policy. Files are only rewritten when their content changes.
import { mkdirSync, readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import Ajv2020, { _ } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { PUSH_ERROR, ajvOptions, compactValidator } from './compact-validator.mjs';

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
const { schemas, ajvFormats } = await import(
  `data:text/javascript;base64,${Buffer.from(loaded.outputFiles[0].text).toString('base64')}`
);

// 1. Schema files.
for (const [name, schema] of Object.entries(schemas)) {
  writeIfChanged(join(schemasDir, `${name}.schema.json`), `${JSON.stringify(schema, null, 2)}\n`);
}

// 2. Validators. Formats are referenced as `__wooFormats[...]`, imported from src/formats.ts.
const ajv = new Ajv2020({
  ...ajvOptions,
  code: { source: true, esm: true, formats: _`__wooFormats` },
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
    out[key] =
      key === 'properties'
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutAnnotations(v)]))
        : withoutAnnotations(value);
  }
  return out;
}
for (const name of Object.values(exportsByName)) ajv.addSchema(withoutAnnotations(schemas[name]));

/**
 * One module per schema, so a page that validates only requests does not load the publication
 * validator: bundlers drop the modules a page does not import (the package is side-effect free).
 *
 * ajv's standalone ESM code still `require`s its two run-time helpers (code-point length and deep
 * equality). They are replaced by imports of src/validation/ajv-runtime.ts, so every validator
 * shares one small copy and each module is plain ES code without top-level calls: nothing in it
 * runs when it is loaded, so a bundler drops what a page does not use.
 */
const RUNTIME = { 'ajv/dist/runtime/ucs2length': 'ucs2length', 'ajv/dist/runtime/equal': 'equal' };
function standaloneModule(exp, name) {
  let code = standaloneCode(ajv, { [`__${exp}`]: `urn:woo-kit:schema:${name}` }).replace(/^"use strict";/, '');
  const helpers = [];
  code = code.replace(/const (\w+) = require\("([^"]+)"\)\.default;/g, (_, local, module) => {
    const helper = RUNTIME[module];
    if (helper === undefined)
      throw new Error(
        `build-validators: the ${name} validator needs ${module}; add it to src/validation/ajv-runtime.ts`,
      );
    helpers.push(`${helper} as ${local}`);
    return '';
  });
  const exported = new RegExp(`export const __${exp} = (\\w+);`).exec(code);
  if (exported === null) throw new Error(`build-validators: ${exp} missing from the ${name} code`);
  code = compactValidator(code.replace(exported[0], ''));
  helpers.push(`pushError as ${PUSH_ERROR}`);
  const out = [
    '// @ts-nocheck',
    `// Generated by scripts/build-validators.mjs (ajv standalone) from the ${name} schema.`,
    '// Do not edit; not committed: the build (`codegen`) writes it.',
    "import type { RawValidator } from '../../validation/raw.js';",
    "import { ajvFormats as __wooFormats } from '../../formats.js';",
    ...(helpers.length ? [`import { ${helpers.join(', ')} } from '../../validation/ajv-runtime.js';`] : []),
    code.trim(),
    '',
    `/** Standalone validator of the ${name} schema. */`,
    `export const ${exp}Validator: RawValidator = ${exported[1]};`,
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
  const out = standaloneModule(exp, name);
  bytes += out.length;
  if (writeIfChanged(join(generatedDir, 'validators', `${name}.ts`), out)) written += 1;
}
const barrel = [
  '// Generated by scripts/build-validators.mjs: one module per schema, re-exported here.',
  ...Object.entries(exportsByName).map(([exp, name]) => `export { ${exp}Validator } from './validators/${name}.js';`),
  '',
].join('\n');
if (writeIfChanged(join(generatedDir, 'validators.ts'), barrel)) written += 1;
console.log(
  `build-validators: ${written ? `wrote ${written} file(s)` : 'unchanged'}: src/generated/validators/*.ts ` +
    `(${bytes} bytes) and schemas/*.schema.json`,
);
