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

/** The most a gzip-compressed file may unpack to: twice the 50 MB the sitemaps protocol allows a sitemap. */
export const MAX_UNPACKED_BYTES = 100 * 1024 * 1024;

const tooLarge = (file: string): DiwooError =>
  new DiwooError('diwoo-file-too-large', {
    nl: `${file} pakt uit tot meer dan ${MAX_UNPACKED_BYTES / 1024 / 1024} MB; zo groot is geen sitemap. Niet gelezen.`,
    en: `${file} unpacks to more than ${MAX_UNPACKED_BYTES / 1024 / 1024} MB, more than any sitemap. Not read.`,
  });

/**
 * The text of a sitemap file, as UTF-8. A gzip-compressed file (`sitemap-1.xml.gz`, which the sitemaps
 * protocol allows) is recognised by its first two bytes and unpacked, up to `MAX_UNPACKED_BYTES`.
 *
 * @throws DiwooError `diwoo-file-too-large` when it unpacks to more; the file system's error when it cannot be read.
 */
export async function readSitemapText(file: string): Promise<string> {
  const bytes = await readFile(file);
  if (bytes.length < 2 || bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes.toString('utf8');
  try {
    return gunzipSync(bytes, { maxOutputLength: MAX_UNPACKED_BYTES }).toString('utf8');
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge(file);
    throw new DiwooError(
      'diwoo-not-gzip',
      {
        nl: `${file} begint als een gzip-bestand maar kan niet worden uitgepakt.`,
        en: `${file} starts like a gzip file but cannot be unpacked.`,
      },
      { cause: error },
    );
  }
}

/**
 * Reads the sitemap listed at `loc` from `dir`: its text, or `undefined` when there is no such file there.
 *
 * @throws DiwooError when the file is there but cannot be unpacked (see `readSitemapText`).
 */
export async function readListedSitemap(loc: string, dir: string): Promise<string | undefined> {
  const file = localSitemapFile(loc, dir);
  if (file === undefined) return undefined;
  try {
    return await readSitemapText(file);
  } catch (error) {
    if (error instanceof DiwooError) throw error;
    return undefined; // not there, a folder, or not readable: as good as absent
  }
}
