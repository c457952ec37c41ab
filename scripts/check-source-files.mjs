#!/usr/bin/env node
// Part of `pnpm lint`: what Prettier and ESLint do not check in the code (sources, tests, stories, scripts,
// benchmarks, examples; generated, copied and data files are skipped as in .prettierignore).
//  1. No line longer than Prettier's printWidth (.prettierrc.json). Prettier breaks code, but not a long
//     string, comment or template literal: break those by hand. A line whose only overlong part is one URL
//     is allowed (a URL cannot be broken), and so is an import whose module path alone makes it long
//     (Prettier keeps an import with one name on one line, and a path cannot be broken either).
//  2. Test files are named for where they run: browser tests (web-test-runner, web-test-runner.config.mjs)
//     are `*.browser.test.ts` and live in `packages/<name>/src/**` or `packages/<name>/test/browser/**`;
//     Node tests (node:test, `test/*.test.ts` in each package) are `*.test.ts` anywhere else. So neither
//     runner picks up the other's files.
// Prints every problem as `file:line: message` and exits 1 if there is one.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { printWidth } = JSON.parse(readFileSync(join(root, '.prettierrc.json'), 'utf8'));

const CODE = /\.(?:ts|mts|cts|js|mjs|cjs)$/;
// Folders never looked into: installed, built, generated, copied (specs) or data.
const SKIP_DIRS = new Set([
  '.git',
  'node_modules',
  'dist',
  'storybook-static',
  'coverage',
  'screenshots',
  'generated',
  'specs',
  'fixtures',
  'data',
]);
// category-messages.ts and plural.ts are written by packages/elements/scripts/generate-*-messages.mjs.
const SKIP_PATHS = new Set([
  'docs/api',
  'release',
  'packages/elements/src/internal/category-messages.ts',
  'packages/elements/src/internal/plural.ts',
]);

/** Every code file under `dir`, as paths relative to the root with `/`. */
function codeFiles(dir) {
  const found = [];
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
    const path = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name) && !SKIP_PATHS.has(path)) found.push(...codeFiles(path));
    } else if (CODE.test(entry.name) && !entry.name.endsWith('.tmp.mjs') && !SKIP_PATHS.has(path)) {
      found.push(path);
    }
  }
  return found;
}

const URL = /\bhttps?:\/\/\S+/g;
const IMPORT_PATH = /^import (?:\* as \w+|\w+|\{ \w+ \}) from '([^']+)';$/;

/** Whether a line is too long, not counting a URL that alone makes it so. */
function tooLong(line) {
  const width = [...line].length;
  if (width <= printWidth) return false;
  if (IMPORT_PATH.test(line)) return false;
  return [...line.replace(URL, 'URL')].length > printWidth;
}

/** The problem with a test file's name or place, or undefined. */
function testNameProblem(path) {
  if (!path.endsWith('.test.ts')) return undefined;
  const inBrowserPlace = /^packages\/[^/]+\/(?:src\/|test\/browser\/)/.test(path);
  const browserName = path.endsWith('.browser.test.ts');
  if (inBrowserPlace && !browserName) {
    return 'a test here runs in the browser (web-test-runner): name it *.browser.test.ts';
  }
  if (!inBrowserPlace && browserName) {
    return 'a browser test belongs in packages/<name>/src/ or packages/<name>/test/browser/';
  }
  return undefined;
}

const problems = [];
const files = codeFiles('');
for (const path of files) {
  const lines = readFileSync(join(root, path), 'utf8').split(/\r?\n/);
  lines.forEach((line, index) => {
    if (tooLong(line)) problems.push(`${path}:${index + 1}: ${[...line].length} characters (at most ${printWidth})`);
  });
  const naming = testNameProblem(path);
  if (naming) problems.push(`${path}: ${naming}`);
}
for (const problem of problems) console.error(problem);
if (problems.length > 0) {
  console.error(`check-source-files: ${problems.length} problem(s) in ${files.length} files`);
  process.exit(1);
}
console.log(`check-source-files: ${files.length} files, no line over ${printWidth} characters, tests named well`);
