// Schema checks with xmllint against the official schemas in packages/core/specs (see its README).
// Shared by every test that checks DiWoo output: core's own and the reference service's.
// `pnpm test` installs xmllint (Debian: libxml2-utils) when it runs as root, so a missing xmllint fails
// these tests instead of skipping them.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's folder of official schemas. */
export const specsDir = fileURLToPath(new URL('../../specs/', import.meta.url));
/** DiWoo 0.9.8 + sitemaps.org 0.9, for a whole DiWoo `urlset`. */
export const sitemapSchema = join(specsDir, 'diwoo-sitemap.xsd');
/** sitemaps.org 0.9, for a `sitemapindex`. */
export const siteindexSchema = join(specsDir, 'sitemaps-0.9/siteindex.xsd');
/** Points the MDTO import of the DiWoo schema at a local stand-in, so nothing is fetched from the web. */
export const catalog = join(specsDir, 'diwoo-0.9.8/catalog.xml');

/** Runs xmllint (never on the network); returns its exit status and output. */
export function xmllint(args: readonly string[]): { status: number | null; output: string } {
  const r = spawnSync('xmllint', ['--nonet', '--noout', ...args], {
    encoding: 'utf8',
    env: { ...process.env, XML_CATALOG_FILES: catalog },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error) throw new Error(`xmllint could not run (${r.error.message}); install it: apt-get install libxml2-utils`);
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

/** Writes files into a fresh folder, calls `check` with their paths, and cleans up. */
export function withFiles<T>(files: readonly { name: string; xml: string }[], check: (paths: string[]) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'woo-kit-xml-'));
  try {
    const paths = files.map((f) => {
      const path = join(dir, f.name);
      writeFileSync(path, f.xml, 'utf8');
      return path;
    });
    return check(paths);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Validates XML texts against a schema; the result's status is 0 when every file is valid. */
export function validateXml(
  schema: string,
  files: readonly { name: string; xml: string }[],
): { status: number | null; output: string } {
  return withFiles(files, (paths) => xmllint(['--schema', schema, ...paths]));
}
