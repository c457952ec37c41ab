// `pnpm release:build`: versions from the changesets without touching the working tree, a tarball per
// package, and a drop-in zip that works when unpacked into a plain folder and served by a static
// server under the strict CSP, with the browser checking every integrity attribute.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkPage, serveFolder, STRICT_CSP } from '../src/browser.js';
import { buildDropInZip, dropInFiles, latestSection, scriptTags } from '../src/build.js';
import { PAGE_TAGS, publishablePackages, WORKSPACE_ROOT } from '../src/check.js';

const cli = fileURLToPath(new URL('../src/release-build.ts', import.meta.url));
const temp: string[] = [];
let out = '';
let unpacked = '';
let release: {
  versions: Record<string, string>;
  pendingChangesets: number;
  tarballs: string[];
  dropIn: string;
  integrity: Record<string, string>;
};
let statusBefore = '';

const gitStatus = () =>
  spawnSync('git', ['status', '--porcelain', '--untracked-files=all'], { cwd: WORKSPACE_ROOT, encoding: 'utf8' })
    .stdout;
const tempDir = (name: string) => {
  const dir = mkdtempSync(join(tmpdir(), name));
  temp.push(dir);
  return dir;
};

before(() => {
  statusBefore = gitStatus();
  out = join(tempDir('woo-kit-release-build-'), 'out');
  const run = spawnSync(process.execPath, ['--import', 'tsx', cli, '--out', out], {
    cwd: WORKSPACE_ROOT,
    encoding: 'utf8',
  });
  assert.equal(run.status, 0, `${run.stdout}${run.stderr}`);
  release = JSON.parse(readFileSync(join(out, 'release.json'), 'utf8')) as typeof release;
  // Unpack with the system's unzip, a reader independent of the library that wrote the zip.
  unpacked = tempDir('woo-kit-drop-in-');
  const unzip = spawnSync('unzip', ['-q', join(out, release.dropIn), '-d', unpacked], { encoding: 'utf8' });
  assert.equal(unzip.status, 0, unzip.stderr);
});

after(() => {
  for (const dir of temp) rmSync(dir, { recursive: true, force: true });
});

test('the working tree is not changed: changeset version ran on a staging copy', () => {
  assert.equal(gitStatus(), statusBefore);
});

test('versions come from the changesets, and every publishable package is packed at that version', () => {
  const pending = readdirSync(join(WORKSPACE_ROOT, '.changeset')).filter((f) => f.endsWith('.md') && f !== 'README.md');
  assert.equal(release.pendingChangesets, pending.length);
  const packages = publishablePackages();
  assert.deepEqual(
    Object.keys(release.versions),
    packages.map((p) => p.manifest.name),
  );
  for (const p of packages) {
    const next = release.versions[p.manifest.name]!;
    // Pending changesets bump every package they name; none of ours is bumped down or left behind.
    if (
      pending.some((file) =>
        readFileSync(join(WORKSPACE_ROOT, '.changeset', file), 'utf8').includes(`"${p.manifest.name}"`),
      )
    ) {
      assert.notEqual(next, p.manifest.version, `${p.manifest.name} has a pending changeset`);
    }
    const tarball = `${p.manifest.name.slice(1).replace('/', '-')}-${next}.tgz`;
    assert.ok(release.tarballs.includes(tarball), tarball);
    const manifest = JSON.parse(
      spawnSync('tar', ['-xzOf', join(out, tarball), 'package/package.json'], { encoding: 'utf8' }).stdout,
    ) as { version: string; dependencies?: Record<string, string> };
    assert.equal(manifest.version, next);
    for (const [name, range] of Object.entries(manifest.dependencies ?? {})) {
      if (name.startsWith('@woo-kit/'))
        assert.equal(range, release.versions[name], `${p.manifest.name} depends on ${name} at its new version`);
    }
    if (pending.length > 0) {
      const changelog = spawnSync('tar', ['-xzOf', join(out, tarball), 'package/CHANGELOG.md'], {
        encoding: 'utf8',
      }).stdout;
      assert.match(changelog, new RegExp(`^## ${next.replace(/\./g, '\\.')}$`, 'm'), `${tarball} has its changelog`);
    }
  }
  assert.match(readFileSync(join(out, 'RELEASE-NOTES.md'), 'utf8'), /^# @woo-kit\/elements$/m);
  assert.equal(release.dropIn, `woo-kit-${release.versions['@woo-kit/elements']}-drop-in.zip`);
});

test(
  'the zip holds one folder with the drop-in, example.html, README.txt, LICENSE and integrity.json with the ' +
    'sha384 of every file',
  () => {
    const version = release.versions['@woo-kit/elements']!;
    assert.deepEqual(readdirSync(unpacked), [`woo-kit-${version}`]);
    const folder = join(unpacked, `woo-kit-${version}`);
    const files = (readdirSync(folder, { recursive: true }) as string[]).sort();
    // The drop-in folder packages/elements/dist/drop-in/ (the loader woo-kit.js and its chunks), without source maps.
    const dropIn = join(WORKSPACE_ROOT, 'packages/elements/dist/drop-in');
    const chunks = (readdirSync(dropIn) as string[]).filter((f) => f.endsWith('.js'));
    assert.ok(chunks.includes('woo-kit.js') && chunks.length > 1);
    assert.deepEqual(files, ['LICENSE', 'README.txt', 'example.html', 'integrity.json', ...chunks].sort());
    const integrity = JSON.parse(readFileSync(join(folder, 'integrity.json'), 'utf8')) as {
      algorithm: string;
      files: Record<string, string>;
    };
    assert.equal(integrity.algorithm, 'sha384');
    assert.deepEqual(Object.keys(integrity.files).sort(), files.filter((f) => f !== 'integrity.json').sort());
    for (const [file, value] of Object.entries(integrity.files)) {
      assert.equal(
        value,
        `sha384-${createHash('sha384')
          .update(readFileSync(join(folder, file)))
          .digest('base64')}`,
        file,
      );
    }
    for (const chunk of chunks)
      assert.deepEqual(readFileSync(join(folder, chunk)), readFileSync(join(dropIn, chunk)), chunk);
    const readme = readFileSync(join(folder, 'README.txt'), 'utf8');
    assert.ok(
      readme.includes(`integrity="${integrity.files['woo-kit.js']}" crossorigin="anonymous"`),
      'README.txt shows the script tag with its hash',
    );
    const page = readFileSync(join(folder, 'example.html'), 'utf8');
    assert.doesNotMatch(page, /<script(?![^>]*\bsrc=)[^>]*>/, 'no inline script');
    assert.doesNotMatch(page, /\sstyle=|<style/, 'no inline style');
    const scripts = [...page.matchAll(/<(script|link rel="modulepreload")\b[^>]*>/g)].map((m) => m[0]);
    assert.ok(scripts.length >= 1);
    for (const tag of scripts) assert.match(tag, /integrity="sha384-[A-Za-z0-9+/]+=*" crossorigin="anonymous"/, tag);
  },
);

test(
  'unpacked into a plain folder and served under the strict CSP, the example page renders in Chromium with its ' +
    'integrity checked',
  async () => {
    const folder = join(unpacked, `woo-kit-${release.versions['@woo-kit/elements']}`);
    const server = await serveFolder(folder, STRICT_CSP);
    try {
      const report = await checkPage(`${server.origin}/example.html`, PAGE_TAGS);
      assert.deepEqual(report.rendered, [...PAGE_TAGS]);
      assert.deepEqual(report.errors, []);
      assert.deepEqual(report.foreignRequests, []);
    } finally {
      await server.close();
    }
  },
);

test('the browser refuses a changed woo-kit.js: the integrity attribute is really checked', async () => {
  const version = release.versions['@woo-kit/elements']!;
  const copy = tempDir('woo-kit-drop-in-changed-');
  const unzip = spawnSync('unzip', ['-q', join(out, release.dropIn), '-d', copy], { encoding: 'utf8' });
  assert.equal(unzip.status, 0, unzip.stderr);
  const folder = join(copy, `woo-kit-${version}`);
  appendFileSync(join(folder, 'woo-kit.js'), '\n// changed on the server\n');
  const server = await serveFolder(folder, STRICT_CSP);
  try {
    const report = await checkPage(`${server.origin}/example.html`, PAGE_TAGS, 3_000);
    assert.deepEqual(report.rendered, []);
    assert.ok(
      report.errors.some((e) => /integrity/i.test(e)),
      report.errors.join('\n'),
    );
  } finally {
    await server.close();
  }
});

test(
  'a drop-in folder (dist/drop-in/, a loader with chunks) is packed whole, and each chunk gets a modulepreload ' +
    'with its integrity',
  () => {
    const elements = tempDir('woo-kit-fake-elements-');
    mkdirSync(join(elements, 'dist', 'drop-in', 'chunks'), { recursive: true });
    writeFileSync(join(elements, 'dist', 'woo-kit.js'), 'export {};\n');
    writeFileSync(join(elements, 'dist', 'drop-in', 'woo-kit.js'), "import './chunks/a.js';\n");
    writeFileSync(join(elements, 'dist', 'drop-in', 'chunks', 'a.js'), 'export const a = 1;\n');
    writeFileSync(join(elements, 'dist', 'drop-in', 'chunks', 'a.js.map'), '{}\n');
    const { files } = dropInFiles(elements);
    assert.deepEqual(files, ['chunks/a.js', 'woo-kit.js']);
    const tags = scriptTags('./', { 'woo-kit.js': 'sha384-AAA', 'chunks/a.js': 'sha384-BBB' });
    assert.equal(
      tags,
      '<link rel="modulepreload" href="./chunks/a.js" integrity="sha384-BBB" crossorigin="anonymous">\n' +
        '<script type="module" src="./woo-kit.js" integrity="sha384-AAA" crossorigin="anonymous"></script>',
    );
    rmSync(join(elements, 'dist', 'drop-in'), { recursive: true });
    assert.deepEqual(dropInFiles(elements).files, ['woo-kit.js']);
  },
);

/** A stand-in for a loader with a chunk: the loader defines the page's tags with what the chunk exports. */
function fakeLoaderDropIn(): string {
  const elements = tempDir('woo-kit-fake-loader-');
  mkdirSync(join(elements, 'dist', 'drop-in', 'chunks'), { recursive: true });
  writeFileSync(
    join(elements, 'dist', 'drop-in', 'woo-kit.js'),
    `import { text } from './chunks/text.js';\nfor (const tag of ${JSON.stringify(PAGE_TAGS)}) ` +
      `customElements.define(tag, class extends HTMLElement { connectedCallback() { const p = ` +
      `document.createElement('p'); p.textContent = text; this.attachShadow({ mode: 'open' }).append(p); } });\n`,
  );
  writeFileSync(join(elements, 'dist', 'drop-in', 'chunks', 'text.js'), "export const text = 'uit de chunk';\n");
  const zipDir = tempDir('woo-kit-fake-loader-zip-');
  const zip = buildDropInZip(elements, '9.9.9', zipDir, Buffer.from('EUPL-1.2\n'), new Date('2026-01-01T00:00:00Z'));
  const unpackedLoader = tempDir('woo-kit-fake-loader-unpacked-');
  assert.equal(spawnSync('unzip', ['-q', zip.file, '-d', unpackedLoader]).status, 0);
  return join(unpackedLoader, zip.folder);
}

test(
  'with a loader, every chunk is checked too: the ' + 'modulepreload integrity guards what the loader imports',
  async () => {
    const folder = fakeLoaderDropIn();
    assert.match(
      readFileSync(join(folder, 'example.html'), 'utf8'),
      /<link rel="modulepreload" href="\.\/chunks\/text\.js" integrity="sha384-/,
    );
    let server = await serveFolder(folder, STRICT_CSP);
    try {
      const report = await checkPage(`${server.origin}/example.html`, PAGE_TAGS);
      assert.deepEqual(report.rendered, [...PAGE_TAGS]);
      assert.deepEqual(report.errors, []);
    } finally {
      await server.close();
    }
    appendFileSync(join(folder, 'chunks', 'text.js'), '// changed on the server\n');
    server = await serveFolder(folder, STRICT_CSP);
    try {
      const report = await checkPage(`${server.origin}/example.html`, PAGE_TAGS, 3_000);
      assert.ok(
        report.errors.some((e) => /integrity/i.test(e)),
        report.errors.join('\n'),
      );
      assert.deepEqual(report.rendered, [], 'the loader must not run with a changed chunk');
    } finally {
      await server.close();
    }
  },
);

test('the newest changelog section is the one in the release notes', () => {
  const changelog = '# @woo-kit/core\n\n## 0.3.0\n\n### Minor Changes\n\n- New.\n\n## 0.2.0\n\n- Old.\n';
  assert.equal(latestSection(changelog), '## 0.3.0\n\n### Minor Changes\n\n- New.');
  assert.equal(latestSection('# nothing yet\n'), '');
});
