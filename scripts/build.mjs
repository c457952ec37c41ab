#!/usr/bin/env node
// Builds the whole workspace from a clean clone: code generation, rollup, declarations, manifest.
// Runs on `pnpm install` (postinstall) and at the start of `pnpm test`, so the repository is
// always built before anything imports a package's dist/.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const order = ['core', 'deadlines', 'classifier', 'inventory', 'zgw', 'elements', 'cli'];
const bin = (name) => join(root, 'node_modules', '.bin', name);
const env = { ...process.env, PATH: `${join(root, 'node_modules', '.bin')}${delimiter}${process.env.PATH ?? ''}` };

function run(label, command, args, cwd = root) {
  const started = Date.now();
  const result = spawnSync(command, args, { cwd, env, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`build: ${label} failed (exit ${result.status ?? result.signal}).`);
    process.exit(1);
  }
  console.log(`build: ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

if (!existsSync(bin('rollup'))) {
  console.error('build: node_modules is missing. Run `pnpm install` first.');
  process.exit(1);
}

// 1. Code generation each package declares as its `codegen` script (validators, locales, model).
for (const pkg of order) {
  const dir = join(root, 'packages', pkg);
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  if (manifest.scripts?.codegen) run(`${pkg} codegen`, 'sh', ['-c', manifest.scripts.codegen], dir);
}
// 2. JavaScript: per-file modules and bundles (rollup.config.mjs).
run('rollup', bin('rollup'), ['-c', '--silent']);
// 3. Declarations (emitDeclarationOnly project references).
run('declarations', bin('tsc'), ['-b']);
// 4. The Custom Elements Manifest, which feeds Storybook and the docs.
if (existsSync(join(root, 'packages/elements/src/components'))) {
  run(
    'custom elements manifest',
    bin('cem'),
    [
      'analyze',
      '--litelement',
      '--globs',
      'src/**/*.ts',
      '--exclude',
      'src/generated/**',
      '--exclude',
      'src/**/*.test.ts',
      '--exclude',
      'src/**/*.stories.ts',
      '--quiet',
    ],
    join(root, 'packages/elements'),
  );
}
const cli = join(root, 'packages/cli/dist/woo-kit.js');
if (existsSync(cli)) chmodSync(cli, 0o755);
