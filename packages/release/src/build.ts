// `pnpm release:build`: what a release publishes, built in a staging copy so the working tree is never
// changed. `changeset version` runs on the copy (versions and changelogs from the pending changesets),
// every publishable package is packed there, and the drop-in download is zipped:
//
//   <out>/<scope>-<name>-<version>.tgz           one per publishable package
//   <out>/RELEASE-NOTES.md                        the new changelog section of every package
//   <out>/woo-kit-<version>-drop-in.zip           woo-kit-<version>/ with the drop-in, example.html,
//                                                  README.txt, LICENSE and integrity.json
//   <out>/integrity.json                          the same hashes, next to the zip
//   <out>/release.json                            versions and files, for the publish job
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative, sep } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { pack, publishablePackages, readManifest, WORKSPACE_ROOT, type Tarball } from './check.js';

/** The Subresource Integrity value of some bytes: `sha384-` and the base64 digest (W3C SRI). */
export function sri(data: Uint8Array): string {
  return `sha384-${createHash('sha384').update(data).digest('base64')}`;
}

/**
 * The files of the drop-in, relative to the folder they come from. Today the drop-in is the single
 * self-contained `dist/woo-kit.js`; when `dist/drop-in/` exists (a loader with chunks), the whole
 * folder is the drop-in. Source maps stay out: a CMS editor does not need them.
 */
export function dropInFiles(elementsDir: string): { readonly base: string; readonly files: readonly string[] } {
  const folder = join(elementsDir, 'dist', 'drop-in');
  if (existsSync(folder) && statSync(folder).isDirectory()) {
    const files = (readdirSync(folder, { recursive: true }) as string[])
      .map((file) => file.split(sep).join('/'))
      .filter((file) => statSync(join(folder, file)).isFile() && !file.endsWith('.map'))
      .sort();
    if (!files.includes('woo-kit.js')) throw new Error(`${folder} has no woo-kit.js, the file a page loads`);
    return { base: folder, files };
  }
  const single = join(elementsDir, 'dist', 'woo-kit.js');
  if (!existsSync(single)) throw new Error(`${single} is missing: run pnpm build first`);
  return { base: join(elementsDir, 'dist'), files: ['woo-kit.js'] };
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The script tag (and, for a drop-in with chunks, one modulepreload per chunk) with their integrity. */
export function scriptTags(prefix: string, hashes: Readonly<Record<string, string>>): string {
  const chunks = Object.keys(hashes).filter((file) => file.endsWith('.js') && file !== 'woo-kit.js');
  return [
    // A module fetched by a modulepreload with integrity is not fetched again by the import, so the
    // browser checks every chunk of a loader too (HTML "modulepreload"; the policy needs no inline code).
    ...chunks.map(
      (file) =>
        `<link rel="modulepreload" href="${escapeHtml(prefix + file)}" integrity="${hashes[file]}" ` +
        `crossorigin="anonymous">`,
    ),
    `<script type="module" src="${escapeHtml(`${prefix}woo-kit.js`)}" integrity="${hashes['woo-kit.js']}" ` +
      `crossorigin="anonymous"></script>`,
  ].join('\n');
}

function examplePage(version: string, tags: string): string {
  return `<!doctype html>
<html lang="nl">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>woo-kit ${version}: voorbeeld</title>
    <link rel="icon" href="data:,">
    ${tags.split('\n').join('\n    ')}
  </head>
  <body>
    <main>
      <h1>woo-kit ${version}</h1>
      <p>Deze pagina laadt alleen woo-kit.js uit deze map. / This page loads only woo-kit.js from this folder.</p>
      <woo-contact
        name="Openbaarheidscentrum"
        phone="14 020"
        email="openbaarheid@voorbeeld.nl"
        address="Stadhuisplein 1, 1234 AB Voorbeeld"
        opening-hours="Maandag tot en met vrijdag, 9.00 tot 17.00 uur"
      ></woo-contact>
      <woo-deadline-calculator received-on="2025-03-03"></woo-deadline-calculator>
      <woo-categories></woo-categories>
    </main>
  </body>
</html>
`;
}

/** The Content-Security-Policy the README gives as an example (one line, to copy). */
const EXAMPLE_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'self'",
].join('; ');

function readmeText(version: string, tags: string): string {
  return `woo-kit ${version}: the drop-in for a CMS page
==============================================

woo-kit adds the features of the Wet open overheid (Woo) to a municipality's website as HTML tags:
<woo-contact>, <woo-request-form>, <woo-request-status>, <woo-deadline-calculator>,
<woo-publications>, <woo-categories> and <woo-timeliness-dashboard>.

What is in this folder
- woo-kit.js      the loader: it loads the components a page shows, the library they use (Lit)
                  and the texts of the page's language from the other .js files in this folder
                  (woo-kit-all.js loads every component at once; integrity.json lists every file).
- example.html    a page that uses the file; open it through a web server (not as a file:// page).
- integrity.json  the sha384 Subresource Integrity hash of every file in this folder.
- LICENSE         EUPL-1.2.

How to use it
1. Upload woo-kit.js (and any chunk files next to it) to your website, for example to /assets/woo-kit/.
   Do not change the file: the browser checks it against the hash below and refuses a changed file.
2. Put this once on the page, in the <head> (change /assets/woo-kit/ to where you put the file):

${tags
  .replaceAll('./', '/assets/woo-kit/')
  .split('\n')
  .map((line) => `   ${line}`)
  .join('\n')}

   It must be type="module". integrity lets the browser refuse a file that was changed on the way or
   on the server; crossorigin="anonymous" is needed for integrity to work when the file comes from
   another address (a CDN).
3. Add the tags where you want them, for example:

   <woo-deadline-calculator received-on="2025-03-03"></woo-deadline-calculator>

   Every tag and attribute is explained in docs/getting-started-cms-editor.md in the woo-kit
   repository.

Content-Security-Policy
woo-kit works under a strict policy and needs no 'unsafe-inline' and no 'unsafe-eval', for example:
  ${EXAMPLE_POLICY}
connect-src must allow every src and action address you give the components.

Languages: Dutch (default), English, Turkish, Arabic, Polish, Ukrainian; the components follow <html lang>.
Security problems: see SECURITY.md in the repository. Licence: EUPL-1.2 (LICENSE).
`;
}

export interface DropInZip {
  readonly file: string;
  readonly folder: string;
  /** File name inside the folder → sha384 SRI value. */
  readonly integrity: Readonly<Record<string, string>>;
}

/** Builds `woo-kit-<version>-drop-in.zip` in `outDir` from the elements package in `elementsDir`. */
export function buildDropInZip(
  elementsDir: string,
  version: string,
  outDir: string,
  licence: Uint8Array,
  mtime: Date,
): DropInZip {
  const folder = `woo-kit-${version}`;
  const { base, files } = dropInFiles(elementsDir);
  const contents = new Map<string, Uint8Array>(files.map((file) => [file, readFileSync(join(base, file))]));
  const jsHashes = Object.fromEntries([...contents].map(([file, data]) => [file, sri(data)]));
  const pageTags = scriptTags('./', jsHashes);
  contents.set('example.html', Buffer.from(examplePage(version, pageTags)));
  contents.set('README.txt', Buffer.from(readmeText(version, pageTags)));
  contents.set('LICENSE', licence);
  const integrity = Object.fromEntries(
    [...contents].sort(([a], [b]) => a.localeCompare(b)).map(([file, data]) => [file, sri(data)]),
  );
  const integrityJson = Buffer.from(`${JSON.stringify({ version, algorithm: 'sha384', files: integrity }, null, 2)}\n`);
  contents.set('integrity.json', integrityJson);
  const zippable: Zippable = {};
  for (const [file, data] of contents) zippable[`${folder}/${file}`] = [data, { mtime }];
  const zip = join(outDir, `${folder}-drop-in.zip`);
  writeFileSync(zip, zipSync(zippable, { level: 9 }));
  writeFileSync(join(outDir, 'integrity.json'), integrityJson);
  return { file: zip, folder, integrity };
}

/** The newest section (`## <version>` up to the next `## `) of a changelog, or '' when there is none. */
export function latestSection(changelog: string): string {
  const start = changelog.indexOf('\n## ');
  if (start < 0) return '';
  const end = changelog.indexOf('\n## ', start + 1);
  return changelog.slice(start + 1, end < 0 ? undefined : end).trim();
}

export interface ReleaseBuild {
  readonly outDir: string;
  readonly versions: Readonly<Record<string, string>>;
  readonly pendingChangesets: number;
  readonly tarballs: readonly Tarball[];
  readonly zip: DropInZip;
}

function run(command: string, args: readonly string[], cwd: string): void {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}: ${result.stderr || result.stdout}`);
}

/** Copies what `changeset version` and `pnpm pack` need into a staging folder (no node_modules). */
function stage(root: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'woo-kit-release-stage-'));
  for (const file of ['package.json', 'pnpm-workspace.yaml', 'LICENSE']) cpSync(join(root, file), join(dir, file));
  cpSync(join(root, '.changeset'), join(dir, '.changeset'), { recursive: true });
  for (const group of ['packages', 'examples']) {
    if (!existsSync(join(root, group))) continue;
    for (const entry of readdirSync(join(root, group), { withFileTypes: true })) {
      const from = join(root, group, entry.name);
      if (!entry.isDirectory() || !existsSync(join(from, 'package.json'))) continue;
      const publishable = group === 'packages' && readManifest(from).private !== true;
      // Publishable packages are copied whole (pack reads their files); the others only need their
      // manifest so that changesets sees the whole workspace.
      if (publishable)
        cpSync(from, join(dir, group, entry.name), {
          recursive: true,
          filter: (path) => basename(path) !== 'node_modules',
        });
      else {
        mkdirSync(join(dir, group, entry.name), { recursive: true });
        cpSync(join(from, 'package.json'), join(dir, group, entry.name, 'package.json'));
      }
    }
  }
  return dir;
}

/** The date of the last commit, so the same commit gives the same zip; now when there is no git. */
function sourceDate(root: string): Date {
  const fromEnv = Number(process.env['SOURCE_DATE_EPOCH']);
  if (Number.isFinite(fromEnv) && fromEnv > 0) return new Date(fromEnv * 1000);
  const git = spawnSync('git', ['log', '-1', '--format=%ct'], { cwd: root, encoding: 'utf8' });
  const seconds = Number(git.stdout?.trim());
  return Number.isFinite(seconds) && seconds > 0 ? new Date(seconds * 1000) : new Date();
}

/** The whole release build. The working tree is read, never written (except `outDir`). */
export function releaseBuild(options: {
  readonly root?: string;
  readonly outDir: string;
  readonly log?: (line: string) => void;
}): ReleaseBuild {
  const root = options.root ?? WORKSPACE_ROOT;
  const log = options.log ?? (() => undefined);
  const outDir = options.outDir;
  const insideRepository = !relative(root, outDir).startsWith('..');
  const insideReleaseFolder = !relative(join(root, 'release'), outDir).startsWith('..');
  if (insideRepository && !insideReleaseFolder)
    throw new Error(`write the release into ${join(root, 'release')} or outside the repository, not into ${outDir}`);
  if (existsSync(outDir) && readdirSync(outDir).length > 0 && !existsSync(join(outDir, 'release.json'))) {
    throw new Error(`${outDir} is not empty and holds no earlier release build: choose an empty folder`);
  }
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const staged = stage(root);
  try {
    const pendingChangesets = readdirSync(join(staged, '.changeset')).filter(
      (file) => file.endsWith('.md') && file !== 'README.md',
    ).length;
    if (pendingChangesets > 0) {
      log(`release:build: ${pendingChangesets} pending changeset(s): changeset version (on a staging copy)`);
      run(join(root, 'node_modules', '.bin', 'changeset'), ['version'], staged);
    }
    const packages = publishablePackages(staged);
    const versions = Object.fromEntries(packages.map((p) => [p.manifest.name, p.manifest.version]));
    const tarballs = packages.map((p) => pack(p, outDir));
    for (const t of tarballs) log(`release:build: ${basename(t.file)} (${t.files.length} files)`);
    const notes = packages
      .map((p) => {
        const changelog = join(p.dir, 'CHANGELOG.md');
        const section = existsSync(changelog) ? latestSection(readFileSync(changelog, 'utf8')) : '';
        return section ? `# ${p.manifest.name}\n\n${section}\n` : '';
      })
      .filter(Boolean)
      .join('\n');
    writeFileSync(join(outDir, 'RELEASE-NOTES.md'), notes || 'No changes.\n');
    const elements = packages.find((p) => p.manifest.name === '@woo-kit/elements');
    if (!elements) throw new Error('@woo-kit/elements is not among the publishable packages');
    const zip = buildDropInZip(
      elements.dir,
      elements.manifest.version,
      outDir,
      readFileSync(join(root, 'LICENSE')),
      sourceDate(root),
    );
    log(`release:build: ${basename(zip.file)}`);
    writeFileSync(
      join(outDir, 'release.json'),
      JSON.stringify(
        {
          versions,
          pendingChangesets,
          tarballs: tarballs.map((t) => basename(t.file)),
          dropIn: basename(zip.file),
          integrity: zip.integrity,
        },
        null,
        2,
      ) + '\n',
    );
    return { outDir, versions, pendingChangesets, tarballs, zip };
  } finally {
    rmSync(staged, { recursive: true, force: true });
  }
}
