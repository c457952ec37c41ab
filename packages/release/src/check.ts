// `pnpm release:check`: packs every publishable package the way `pnpm publish` will, checks each
// tarball (publint, Are The Types Wrong, and our own rules: licence, engines, nothing users do not
// need, every export present), then installs the tarballs from disk into a scratch project outside
// the workspace and uses them there: in Node (core, deadlines, classifier, the CLI) and in Chromium
// (a plain page that loads the installed drop-in under the strict CSP).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { checkPage, serveFolder } from './browser.js';

export const WORKSPACE_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const ATTW = fileURLToPath(new URL('../node_modules/.bin/attw', import.meta.url));

/** What we support and say in every package's `engines` (docs/releasing.md "Node support"). */
export const SUPPORTED_NODE = '>=20.19';

/** One thing wrong with one package's tarball or with using it. */
export interface Problem {
  readonly package: string;
  /**
   * Stable: `export-missing`, `unwanted-file`, `licence-missing`, `engines`, `publint`, `attw`, `install`, `node`,
   * `cli`, `browser`, …
   */
  readonly code: string;
  readonly message: string;
}

export interface PackageToCheck {
  readonly dir: string;
  readonly manifest: Manifest;
}

export interface Manifest {
  readonly name: string;
  readonly version: string;
  readonly private?: boolean;
  readonly license?: string;
  readonly engines?: Readonly<Record<string, string>>;
  readonly main?: string;
  readonly types?: string;
  readonly bin?: string | Readonly<Record<string, string>>;
  readonly exports?: unknown;
  readonly dependencies?: Readonly<Record<string, string>>;
}

export interface Tarball {
  readonly name: string;
  readonly version: string;
  readonly file: string;
  /** Paths inside the tarball, without the leading `package/`. */
  readonly files: readonly string[];
  /** package.json as packed (workspace: ranges replaced). */
  readonly manifest: Manifest;
}

export interface CheckOptions {
  /** Package folders to check; default: every non-private packages/*. */
  readonly packages?: readonly PackageToCheck[];
  /** Where the tarballs and the scratch project go; default: a new temporary folder. */
  readonly workDir?: string;
  /** Install the tarballs in a scratch project and use them (default true). */
  readonly install?: boolean;
  readonly log?: (line: string) => void;
}

export interface CheckResult {
  readonly problems: readonly Problem[];
  readonly tarballs: readonly Tarball[];
  readonly workDir: string;
}

/** Files that users of a package never need. A path matching one of these fails the check. */
export const UNWANTED: readonly { readonly pattern: RegExp; readonly why: string }[] = [
  {
    pattern: /(^|\/)(test|tests|__tests__|fixtures?|bench|scripts|specs?|stories)\//,
    why: 'a test, fixture, script, spec or story folder',
  },
  // The XLIFF files are the one source of the translations (issue 14): published for translators and
  // for sites that translate further; anything else in xliff/ is not.
  { pattern: /(^|\/)xliff\/(?!(?:[^/]+)\.xlf$)/, why: 'a translation tool file (only the .xlf files are published)' },
  { pattern: /\.(test|spec|bench|stories)\.[cm]?[jt]sx?$/, why: 'a test, benchmark or story file' },
  { pattern: /\.tsbuildinfo$/, why: 'TypeScript build state' },
  { pattern: /(^|\/)generated\/.*\.map$/, why: 'a source map of generated code' },
  { pattern: /(^|\/)src\/generated\//, why: 'the source of generated code (its compiled form is in dist/)' },
  { pattern: /\.(py|sh|log|orig|rej|tgz|zip)$/, why: 'a tool script or build leftover' },
  { pattern: /(^|\/)\.[^/]+$/, why: 'a dot file' },
];

export function readManifest(dir: string): Manifest {
  return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;
}

/** packages/* that are not private, in a stable order. */
export function publishablePackages(root: string = WORKSPACE_ROOT): PackageToCheck[] {
  const base = join(root, 'packages');
  return readdirSync(base, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(base, entry.name, 'package.json')))
    .map((entry) => ({ dir: join(base, entry.name), manifest: readManifest(join(base, entry.name)) }))
    .filter((p) => p.manifest.private !== true)
    .sort((a, b) => a.manifest.name.localeCompare(b.manifest.name));
}

function sh(
  command: string,
  args: readonly string[],
  cwd: string,
  input?: string,
): { code: number; stdout: string; stderr: string } {
  const result = spawnSync(command, args, {
    cwd,
    input,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  return {
    code: result.status ?? 1,
    stdout: result.stdout ?? '',
    stderr: `${result.stderr ?? ''}${result.error ? String(result.error) : ''}`,
  };
}

/** `pnpm pack` of one package into `dest`; returns what the tarball holds. */
export function pack(pkg: PackageToCheck, dest: string): Tarball {
  const { name, version } = pkg.manifest;
  const result = sh('pnpm', ['pack', '--pack-destination', dest], pkg.dir);
  const file = join(dest, `${name.replace(/^@/, '').replace('/', '-')}-${version}.tgz`);
  if (result.code !== 0 || !existsSync(file))
    throw new Error(`pnpm pack failed for ${name}: ${result.stderr || result.stdout}`);
  const listing = sh('tar', ['-tzf', file], dest);
  const files = listing.stdout
    .split('\n')
    .filter((line) => line.startsWith('package/') && !line.endsWith('/'))
    .map((line) => line.slice('package/'.length))
    .sort();
  const manifest = JSON.parse(sh('tar', ['-xzOf', file, 'package/package.json'], dest).stdout) as Manifest;
  return { name, version, file, files, manifest };
}

/** Every file an `exports` map (or `main`, `types`, `bin`) points at, as `./path` strings, with where it came from. */
export function exportTargets(manifest: Manifest): { readonly from: string; readonly target: string }[] {
  const targets: { from: string; target: string }[] = [];
  const walk = (value: unknown, from: string): void => {
    if (typeof value === 'string') targets.push({ from, target: value });
    else if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${from}[${i}]`));
    else if (value !== null && typeof value === 'object')
      for (const [key, inner] of Object.entries(value)) walk(inner, `${from}.${key}`);
  };
  walk(manifest.exports, 'exports');
  if (manifest.main) targets.push({ from: 'main', target: manifest.main });
  if (manifest.types) targets.push({ from: 'types', target: manifest.types });
  if (typeof manifest.bin === 'string') targets.push({ from: 'bin', target: manifest.bin });
  else if (manifest.bin)
    for (const [command, target] of Object.entries(manifest.bin)) targets.push({ from: `bin.${command}`, target });
  return targets;
}

function targetMatches(target: string, files: readonly string[]): boolean {
  const path = target.replace(/^\.\//, '');
  if (!path.includes('*')) return files.includes(path);
  const [head, tail] = path.split('*') as [string, string];
  return files.some((file) => file.startsWith(head) && file.endsWith(tail) && file.length >= head.length + tail.length);
}

/** Our own rules for one tarball (publint and attw run separately). */
export function checkTarballContents(tarball: Tarball): Problem[] {
  const problems: Problem[] = [];
  const add = (code: string, message: string) => problems.push({ package: tarball.name, code, message });
  for (const { from, target } of exportTargets(tarball.manifest)) {
    if (!targetMatches(target, tarball.files))
      add('export-missing', `${from} points at ${target}, which is not in the tarball`);
  }
  for (const file of tarball.files) {
    const hit = UNWANTED.find((rule) => rule.pattern.test(file));
    if (hit) add('unwanted-file', `${file} is ${hit.why}; users do not need it (add it to "files" as a "!" pattern)`);
  }
  if (!tarball.manifest.license) add('licence-missing', 'package.json has no "license" field');
  if (!tarball.files.some((file) => /^LICEN[CS]E(\.(md|txt))?$/i.test(file)))
    add('licence-missing', 'the tarball has no LICENSE file');
  if (!tarball.files.includes('README.md')) add('readme-missing', 'the tarball has no README.md');
  if (tarball.manifest.engines?.['node'] !== SUPPORTED_NODE) {
    add(
      'engines',
      `engines.node is ${JSON.stringify(tarball.manifest.engines?.['node'])}; it must say what we support: ` +
        `"${SUPPORTED_NODE}"`,
    );
  }
  for (const [dependency, range] of Object.entries(tarball.manifest.dependencies ?? {})) {
    if (range.startsWith('workspace:') || range.startsWith('file:') || range.startsWith('link:'))
      add('dependency-range', `${dependency} has the range ${range}, which cannot be installed from the registry`);
  }
  return problems;
}

export async function runPublint(tarball: Tarball): Promise<Problem[]> {
  const data = readFileSync(tarball.file);
  const buffer = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;
  const { messages, pkg } = await publint({ pack: { tarball: buffer }, level: 'suggestion', strict: true });
  return messages.map((message) => ({
    package: tarball.name,
    code: 'publint',
    message: `${message.type}: ${formatMessage(message, pkg, { color: false }) ?? message.code}`,
  }));
}

/**
 * Are The Types Wrong, with the esm-only profile: our packages are ES modules only (STYLE.md), so
 * "CommonJS require resolves to ESM" and node10 resolution are expected and not problems.
 */
export function runAttw(tarball: Tarball): Problem[] {
  const result = sh(ATTW, [tarball.file, '--profile', 'esm-only', '--format', 'json', '--no-emoji'], tmpdir());
  let report: { problems?: Record<string, { kind: string; entrypoint?: string; resolutionKind?: string }[]> };
  try {
    report = JSON.parse(result.stdout) as typeof report;
  } catch {
    return [
      {
        package: tarball.name,
        code: 'attw',
        message: `attw did not run: ${result.stderr.slice(0, 500) || result.stdout.slice(0, 500)}`,
      },
    ];
  }
  const ignored = new Set(['node10', 'node16-cjs']);
  return Object.values(report.problems ?? {})
    .flat()
    .filter((problem) => !(problem.resolutionKind && ignored.has(problem.resolutionKind)))
    .map((problem) => ({
      package: tarball.name,
      code: 'attw',
      message: `${problem.kind} at ${problem.entrypoint ?? '.'} (${problem.resolutionKind ?? 'all'})`,
    }));
}

const NODE_SMOKE = `// Written by release:check: uses the installed tarballs the way a Node service would.
import { exampleWooRequest, validateWooRequest } from '@woo-kit/core';
import { computeDeadline } from '@woo-kit/deadlines';
import { classify } from '@woo-kit/classifier';
const validation = validateWooRequest(exampleWooRequest);
const deadline = computeDeadline({ receivedOn: '2025-03-03' });
const classification = classify({ title: 'Verslag van de vergadering van de gemeenteraad' });
console.log(
  JSON.stringify({ valid: validation.ok, deadline: deadline.deadline, ranked: classification.ranking.length }),
);
`;

const PAGE = `<!doctype html>
<html lang="nl">
  <head>
    <meta charset="utf-8">
    <title>woo-kit from the installed package</title>
    <link rel="icon" href="data:,">
    <script type="module" src="/node_modules/@woo-kit/elements/dist/woo-kit.js"></script>
  </head>
  <body>
    <main>
      <h1>woo-kit</h1>
      <woo-contact phone="14 020" email="openbaarheid@voorbeeld.nl"></woo-contact>
      <woo-deadline-calculator received-on="2025-03-03"></woo-deadline-calculator>
      <woo-categories today="2025-06-01"></woo-categories>
    </main>
  </body>
</html>
`;

/** The tags the pages of the checks use; each must render. */
export const PAGE_TAGS = ['woo-contact', 'woo-deadline-calculator', 'woo-categories'] as const;

/**
 * Installs the tarballs in a new project outside the workspace (pnpm; workspace packages come from
 * the tarballs through overrides, third-party ones from the store or the registry) and uses them.
 */
export async function useInScratchProject(
  tarballs: readonly Tarball[],
  workDir: string,
  log: (line: string) => void,
): Promise<Problem[]> {
  const problems: Problem[] = [];
  const scratch = join(workDir, 'scratch');
  mkdirSync(scratch, { recursive: true });
  if (!relative(WORKSPACE_ROOT, scratch).startsWith('..'))
    throw new Error(`the scratch project must be outside the workspace, not in ${scratch}`);
  const fileOf = (name: string) => `file:${tarballs.find((t) => t.name === name)!.file}`;
  const dependencies = Object.fromEntries(tarballs.map((t) => [t.name, fileOf(t.name)]));
  writeFileSync(
    join(scratch, 'package.json'),
    `${JSON.stringify({ name: 'woo-kit-release-check', private: true, type: 'module', dependencies }, null, 2)}\n`,
  );
  // Overrides make every dependency on a workspace package (`"@woo-kit/core": "0.1.0"` inside the
  // cli tarball) resolve to the tarball on disk, not to the registry. better-sqlite3's native build is
  // skipped: compiling it takes minutes here, and the checks below do not open a database
  // (@woo-kit/server's own tests do).
  const overrides = tarballs.map((t) => `  "${t.name}": "${fileOf(t.name)}"`).join('\n');
  writeFileSync(
    join(scratch, 'pnpm-workspace.yaml'),
    `allowBuilds:\n  better-sqlite3: false\n  esbuild: false\noverrides:\n${overrides}\n`,
  );
  log(`release:check: installing ${tarballs.length} tarballs in ${scratch}`);
  const install = sh('pnpm', ['install', '--prefer-offline', '--reporter=append-only'], scratch);
  if (install.code !== 0)
    return [
      {
        package: '(scratch project)',
        code: 'install',
        message: `pnpm install failed: ${(install.stderr || install.stdout).slice(-1500)}`,
      },
    ];

  const names = new Set(tarballs.map((t) => t.name));
  if (['@woo-kit/core', '@woo-kit/deadlines', '@woo-kit/classifier'].every((name) => names.has(name))) {
    writeFileSync(join(scratch, 'smoke.mjs'), NODE_SMOKE);
    const run = sh(process.execPath, ['smoke.mjs'], scratch);
    const expected = '{"valid":true,"deadline":"2025-03-31","ranked":3}';
    if (run.code !== 0 || run.stdout.trim() !== expected)
      problems.push({
        package: '@woo-kit/core, deadlines, classifier',
        code: 'node',
        message:
          `importing them in Node printed ${JSON.stringify(run.stdout.trim())} (exit ${run.code}), ` +
          `not ${expected}: ${run.stderr.slice(0, 800)}`,
      });
  }
  const cli = tarballs.find((t) => t.name === '@woo-kit/cli');
  if (cli) {
    const bin = join(scratch, 'node_modules', '.bin', 'woo-kit');
    const version = sh(bin, ['--version'], scratch);
    if (version.code !== 0 || version.stdout.trim() !== cli.version)
      problems.push({
        package: cli.name,
        code: 'cli',
        message:
          `node_modules/.bin/woo-kit --version printed ${JSON.stringify(version.stdout.trim())} ` +
          `(exit ${version.code}) ${version.stderr.slice(0, 500)}`,
      });
    const deadline = sh(bin, ['deadline', '--received', '2025-03-03'], scratch);
    if (deadline.code !== 0 || !deadline.stdout.includes('2025-03-31'))
      problems.push({
        package: cli.name,
        code: 'cli',
        message:
          `woo-kit deadline --received 2025-03-03 did not give 2025-03-31 ` +
          `(exit ${deadline.code}): ${(deadline.stderr || deadline.stdout).slice(0, 500)}`,
      });
    const validate = sh(bin, ['validate', 'request'], scratch, `${sh(bin, ['example', 'request'], scratch).stdout}\n`);
    if (validate.code !== 0)
      problems.push({
        package: cli.name,
        code: 'cli',
        message:
          `woo-kit example request | woo-kit validate request failed ` +
          `(exit ${validate.code}): ${(validate.stderr || validate.stdout).slice(0, 500)}`,
      });
  }
  if (names.has('@woo-kit/elements')) {
    writeFileSync(join(scratch, 'index.html'), PAGE);
    const server = await serveFolder(scratch);
    try {
      const report = await checkPage(`${server.origin}/`, PAGE_TAGS);
      const missing = PAGE_TAGS.filter((tag) => !report.rendered.includes(tag));
      if (missing.length > 0)
        problems.push({
          package: '@woo-kit/elements',
          code: 'browser',
          message: `the installed drop-in did not render ${missing.join(', ')} in Chromium`,
        });
      for (const error of report.errors)
        problems.push({ package: '@woo-kit/elements', code: 'browser', message: error });
      for (const request of report.foreignRequests)
        problems.push({
          package: '@woo-kit/elements',
          code: 'browser',
          message: `request to another host: ${request}`,
        });
    } finally {
      await server.close();
    }
  }
  return problems;
}

/** The whole check. Never throws for a problem in a package: it is in `problems`. */
export async function releaseCheck(options: CheckOptions = {}): Promise<CheckResult> {
  const log = options.log ?? (() => undefined);
  const workDir = options.workDir ?? mkdtempSync(join(tmpdir(), 'woo-kit-release-check-'));
  const tarballDir = join(workDir, 'tarballs');
  mkdirSync(tarballDir, { recursive: true });
  const packages = options.packages ?? publishablePackages();
  const problems: Problem[] = [];
  const tarballs: Tarball[] = [];
  for (const pkg of packages) {
    let tarball: Tarball;
    try {
      tarball = pack(pkg, tarballDir);
    } catch (error) {
      problems.push({ package: pkg.manifest.name, code: 'pack', message: (error as Error).message });
      continue;
    }
    tarballs.push(tarball);
    const found = [...checkTarballContents(tarball), ...(await runPublint(tarball)), ...runAttw(tarball)];
    log(`release:check: ${tarball.name}@${tarball.version}: ${tarball.files.length} files, ${found.length} problem(s)`);
    problems.push(...found);
  }
  if (options.install !== false && tarballs.length > 0 && problems.length === 0) {
    problems.push(...(await useInScratchProject(tarballs, workDir, log)));
  }
  return { problems, tarballs, workDir };
}
