#!/usr/bin/env node
// `pnpm test`: builds, type-checks (counted as one test), runs every package's Node tests (node:test)
// and the browser tests (@web/test-runner in real Chromium), then ends with one line
// "N passed, N failed, N skipped".
// Exits non-zero on any failure, including a test file that fails to load or a failed build.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromePath } from './chrome-path.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const env = { ...process.env, PATH: `${join(root, 'node_modules', '.bin')}${delimiter}${process.env.PATH ?? ''}` };
const totals = { passed: 0, failed: 0, skipped: 0 };

/** Runs a command, echoes its output, and returns the exit code and the whole output. */
function run(command, args, cwd) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const echo = (stream) => (chunk) => {
      output += chunk;
      stream.write(chunk);
    };
    child.stdout.on('data', echo(process.stdout));
    child.stderr.on('data', echo(process.stderr));
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}

const lastNumber = (output, pattern) => {
  const all = [...output.matchAll(pattern)];
  return all.length ? Number(all[all.length - 1][1]) : 0;
};

function finish() {
  console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  process.exit(totals.failed > 0 ? 1 : 0);
}

// 1. Build: the tests import generated code and other packages' dist/.
const build = await run(process.execPath, [join(root, 'scripts/build.mjs')], root);
if (build.code !== 0) {
  console.error('test: the build failed, so no test ran.');
  totals.failed += 1;
  finish();
}

// 2. Type-check sources, tests and stories (esbuild and web-test-runner run TypeScript without checking types).
console.log('\n── type-check (tsconfig.test.json)');
const typecheck = await run(join(root, 'node_modules/.bin/tsc'), ['-p', join(root, 'tsconfig.test.json')], root);
if (typecheck.code === 0) totals.passed += 1;
else totals.failed += 1;

// 3. Node tests of every workspace package (packages/*, examples/*) that has a `test` script.
const dirs = ['packages', 'examples'].flatMap((group) =>
  existsSync(join(root, group))
    ? readdirSync(join(root, group), { withFileTypes: true })
        .filter((d) => d.isDirectory() && existsSync(join(root, group, d.name, 'package.json')))
        .map((d) => join(root, group, d.name))
    : [],
);
for (const dir of dirs) {
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const script = manifest.scripts?.test;
  if (!script) continue;
  console.log(`\n── ${manifest.name}: node tests`);
  const { code, output } = await run('sh', ['-c', script], dir);
  const passed = lastNumber(output, /^# pass (\d+)/gm);
  const failed = lastNumber(output, /^# fail (\d+)/gm) + lastNumber(output, /^# cancelled (\d+)/gm);
  const skipped = lastNumber(output, /^# skipped (\d+)/gm) + lastNumber(output, /^# todo (\d+)/gm);
  totals.passed += passed;
  totals.skipped += skipped;
  // A runner that exits non-zero without reporting a failure (a crash, a file that did not load) counts as one.
  totals.failed += failed > 0 ? failed : code !== 0 ? 1 : 0;
}

// 4. Browser tests in real Chromium.
console.log('\n── browser tests (Chromium)');
const chrome = chromePath();
if (!chrome.found) {
  console.error(
    `test: no Chromium at ${chrome.path}, so the browser tests cannot run.\n` +
      '      Install it with: apt-get update && apt-get install -y chromium\n' +
      '      or point CHROME_PATH at a Chromium or Chrome binary.',
  );
  totals.failed += 1;
  finish();
}
const wtr = await run(join(root, 'node_modules/.bin/web-test-runner'), ['--config', join(root, 'web-test-runner.config.mjs')], root);
const summary = /^browser: (\d+) passed, (\d+) failed, (\d+) skipped/m.exec(wtr.output);
if (summary) {
  totals.passed += Number(summary[1]);
  totals.failed += Number(summary[2]);
  totals.skipped += Number(summary[3]);
  if (wtr.code !== 0 && Number(summary[2]) === 0) totals.failed += 1;
} else if (wtr.code !== 0) {
  totals.failed += 1;
}
finish();
