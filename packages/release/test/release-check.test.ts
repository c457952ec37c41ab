// `pnpm release:check` as part of `pnpm test`: the real packages pass it (packed, publint, attw,
// installed from the tarballs in a project outside the workspace and used in Node and Chromium),
// and it fails when a package is broken the way a release can be broken.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  publishablePackages,
  releaseCheck,
  SUPPORTED_NODE,
  UNWANTED,
  WORKSPACE_ROOT,
  type CheckResult,
} from '../src/check.js';

const cli = fileURLToPath(new URL('../src/release-check.ts', import.meta.url));
const temp: string[] = [];
let result: CheckResult;

before(async () => {
  result = await releaseCheck();
  temp.push(result.workDir);
});

after(() => {
  for (const dir of temp) rmSync(dir, { recursive: true, force: true });
});

/** A copy of packages/core outside the workspace (core has no dependencies, so it packs on its own). */
function copyOfCore(change: (dir: string, manifest: Record<string, unknown>) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'woo-kit-broken-core-'));
  temp.push(dir);
  const core = join(WORKSPACE_ROOT, 'packages/core');
  for (const part of ['package.json', 'README.md', 'dist', 'src', 'schemas'])
    cpSync(join(core, part), join(dir, part), { recursive: true });
  cpSync(join(WORKSPACE_ROOT, 'LICENSE'), join(dir, 'LICENSE'));
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Record<string, unknown>;
  change(dir, manifest);
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return dir;
}

function runCli(args: readonly string[]): { code: number; output: string } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], { cwd: WORKSPACE_ROOT, encoding: 'utf8' });
  return { code: run.status ?? 1, output: `${run.stdout}${run.stderr}` };
}

test(
  'every publishable package passes: packed, publint, attw, installed outside the workspace, used in Node and ' +
    'Chromium',
  () => {
    assert.deepEqual(
      result.tarballs.map((t) => t.name),
      publishablePackages().map((p) => p.manifest.name),
    );
    assert.ok(result.tarballs.length >= 7, 'core, deadlines, classifier, zgw, server, elements and cli are published');
    assert.deepEqual(result.problems, []);
  },
);

test('each tarball has its licence and the supported Node version, and nothing users do not need', () => {
  const root = JSON.parse(readFileSync(join(WORKSPACE_ROOT, 'package.json'), 'utf8')) as { engines: { node: string } };
  assert.equal(root.engines.node, SUPPORTED_NODE);
  for (const tarball of result.tarballs) {
    assert.equal(tarball.manifest.license, 'EUPL-1.2', tarball.name);
    assert.ok(tarball.files.includes('LICENSE'), `${tarball.name} has LICENSE`);
    assert.equal(tarball.manifest.engines?.['node'], SUPPORTED_NODE, tarball.name);
    assert.deepEqual(
      tarball.files.filter((file) => UNWANTED.some((rule) => rule.pattern.test(file))),
      [],
      tarball.name,
    );
    assert.deepEqual(
      tarball.files.filter((file) => /(^|\/)test\/|\.test\.|\.stories\.|fixtures?\//.test(file)),
      [],
      tarball.name,
    );
  }
  const elements = result.tarballs.find((t) => t.name === '@woo-kit/elements')!;
  assert.ok(elements.files.includes('dist/woo-kit.js'), 'the drop-in is in the elements tarball');
  const cliTarball = result.tarballs.find((t) => t.name === '@woo-kit/cli')!;
  assert.deepEqual(cliTarball.manifest.bin, { 'woo-kit': './dist/woo-kit.js' });
});

test('release:check fails when a package exports a file that is not in its tarball', () => {
  const dir = copyOfCore((_, manifest) => {
    manifest['exports'] = {
      ...(manifest['exports'] as object),
      './missing': { types: './dist/missing.d.ts', default: './dist/missing.js' },
    };
  });
  const { code, output } = runCli(['--package', dir, '--no-install']);
  assert.equal(code, 1, output);
  assert.match(
    output,
    /\[export-missing\] exports\.\.\/missing\.default points at \.\/dist\/missing\.js, which is not in the tarball/,
  );
  assert.match(output, /\[export-missing\] exports\.\.\/missing\.types points at \.\/dist\/missing\.d\.ts/);
  // publint sees it too, independently of our own rule.
  assert.match(output, /\[publint\] error: .*missing/);
});

test('the same copy without the broken export passes, so the failure above is the export and nothing else', () => {
  const dir = copyOfCore(() => undefined);
  const { code, output } = runCli(['--package', dir, '--no-install']);
  assert.equal(code, 0, output);
});

test('release:check fails on a test file, a missing licence or a missing engines field', async () => {
  const dir = copyOfCore((copy, manifest) => {
    writeFileSync(join(copy, 'dist', 'helpers.test.js'), 'export {};\n');
    rmSync(join(copy, 'LICENSE'));
    delete manifest['engines'];
  });
  const check = await releaseCheck({
    packages: [{ dir, manifest: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) }],
    install: false,
  });
  temp.push(check.workDir);
  const codes = new Set(check.problems.map((p) => p.code));
  assert.ok(codes.has('unwanted-file'), JSON.stringify(check.problems));
  assert.ok(check.problems.some((p) => p.code === 'unwanted-file' && p.message.startsWith('dist/helpers.test.js')));
  assert.ok(codes.has('licence-missing'));
  assert.ok(codes.has('engines'));
});
