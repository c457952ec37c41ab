import { readFile } from 'node:fs/promises';
import { basename, resolve, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { DiwooError } from '@woo-kit/core';

/**
 * Sitemaps on disk, never on the network: the commands that read a sitemap index (`woo-kit diwoo parse
 * --follow`, `woo-kit classify --learn`) look for each sitemap it lists as a file in one folder.
 */

/** The local file for a sitemap address: the last part of its path, inside `dir` (never outside it). */
export function localSitemapFile(loc: string, dir: string): string | undefined {
  const path = loc.replace(/[?#].*$/, '');
  let name = path.slice(path.lastIndexOf('/') + 1);
  try {
    name = decodeURIComponent(name);
  } catch {
    return undefined;
  }
  if (name === '' || name === '.' || name === '..' || name !== basename(name) || name.includes(sep)) return undefined;
  const root = resolve(dir);
  const file = resolve(root, name);
  return file.startsWith(root + sep) ? file : undefined;
}

/** The error for a listed sitemap that is not a file in `dir`. */
export const sitemapNotLocal = (loc: string, dir: string): DiwooError =>
  new DiwooError('diwoo-sitemap-not-local', {
    nl:
      `De sitemap ${loc.slice(0, 300)} staat niet als bestand in ${dir}. woo-kit haalt niets van het netwerk; ` +
      `zet het bestand daar neer.`,
    en:
      `The sitemap ${loc.slice(0, 300)} is not a file in ${dir}. woo-kit fetches nothing from the network; put ` +
      `the file there.`,
  });

/**
 * The text of a sitemap file, as UTF-8. A gzip-compressed file (`sitemap-1.xml.gz`, which the sitemaps
 * protocol allows) is recognised by its first two bytes and unpacked.
 */
export async function readSitemapText(file: string): Promise<string> {
  const bytes = await readFile(file);
  const gzipped = bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
  return (gzipped ? gunzipSync(bytes) : bytes).toString('utf8');
}

/**
 * Reads the sitemap listed at `loc` from `dir`: its text, or `undefined` when it is not there (or cannot
 * be read or unpacked).
 */
export async function readListedSitemap(loc: string, dir: string): Promise<string | undefined> {
  const file = localSitemapFile(loc, dir);
  if (file === undefined) return undefined;
  try {
    return await readSitemapText(file);
  } catch {
    return undefined;
  }
}
