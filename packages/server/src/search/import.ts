/**
 * Fills the search index from files a publication platform already writes: DiWoo sitemaps, sitemap
 * indexes (their sitemaps are read from the same folder, never fetched), and Publication JSON (JSON
 * lines, an array or `{ items }`). Publications go in in batches, each batch one transaction; doing
 * it twice changes nothing, and a publication whose content (its `lastmod`) changed is updated. A
 * record that cannot be read is counted and reported with its file and line; it never stops the rest.
 */
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, isAbsolute, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import {
  fromDiwooSitemap,
  fromSitemapIndex,
  isSitemapIndex,
  validatePublication,
  type LocalizedText,
  type Publication,
} from '@woo-kit/core';
import type { Db } from '../store/db.js';
import { beginBulkImport, countIndexed, endBulkImport, indexPublications } from './index-store.js';

export interface ImportProblem {
  readonly file: string;
  /** Line of the record (1-based), when known. */
  readonly line?: number;
  readonly code: string;
  readonly message: LocalizedText;
}

export interface ImportSummary {
  readonly files: number;
  /** Records read (valid or not). */
  readonly read: number;
  readonly added: number;
  readonly updated: number;
  readonly unchanged: number;
  /** Records left out because they could not be read or are not valid publications. */
  readonly invalid: number;
  /** The first problems (at most `maxProblems`), in the order they were found. */
  readonly problems: readonly ImportProblem[];
}

export interface ImportOptions {
  /** Publications per transaction (default 5000). */
  readonly batchSize?: number;
  /**
   * Import as a large import (see `beginBulkImport`): `true`, `false`, or by default when the files
   * hold about 50,000 publications or more and at least a tenth of what the index holds.
   */
  readonly bulk?: boolean;
  /** Called after every batch with the counts so far. */
  readonly onProgress?: (summary: ImportSummary, file: string) => void;
  /** How many problems to keep for the summary (default 100); all are counted. */
  readonly maxProblems?: number;
}

export class ImportError extends Error {
  readonly code: string;
  readonly messages: LocalizedText;
  constructor(code: string, message: LocalizedText) {
    super(message.en);
    this.name = 'ImportError';
    this.code = code;
    this.messages = message;
  }
}

/** From this many publications (estimated from the size of the files) an import is a large import. */
const BULK_IMPORT = 50_000;

const PUBLICATION_FILES = new Set(['.xml', '.jsonl', '.ndjson', '.json']);

/** The files of `paths`: a file as is, a folder's XML and JSON files (not its subfolders), sorted. */
async function filesOf(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch {
      throw new ImportError('file-not-found', { nl: `${path} bestaat niet.`, en: `${path} does not exist.` });
    }
    if (info.isDirectory()) {
      const names = (await readdir(path)).filter((n) => PUBLICATION_FILES.has(extname(n).toLowerCase())).sort();
      out.push(...names.map((n) => resolve(path, n)));
    } else out.push(resolve(path));
  }
  return out;
}

/**
 * A sitemap of an index, as a local file: a `file:` URL, a path, or the file name of an http(s) address in the index's
 * folder.
 */
function localSitemap(loc: string, indexFile: string): string {
  if (loc.startsWith('file:')) return fileURLToPath(loc);
  if (/^https?:/i.test(loc)) return join(dirname(indexFile), basename(new URL(loc).pathname));
  return isAbsolute(loc) ? loc : resolve(dirname(indexFile), loc);
}

type Sink = (publication: Publication) => Promise<void>;

/** Imports files or folders into the search index of `db`. Throws `ImportError` only when a path does not exist. */
export async function importPublications(
  db: Db,
  paths: readonly string[],
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const batchSize = options.batchSize ?? 5000;
  const maxProblems = options.maxProblems ?? 100;
  const counts = { files: 0, read: 0, added: 0, updated: 0, unchanged: 0, invalid: 0 };
  const problems: ImportProblem[] = [];
  const summary = (): ImportSummary => ({ ...counts, problems: [...problems] });
  const problem = (p: ImportProblem) => {
    counts.invalid++;
    if (problems.length < maxProblems) problems.push(p);
  };
  let batch: Publication[] = [];
  let current = '';
  const flush = async () => {
    if (batch.length === 0) return;
    const done = await indexPublications(db, batch);
    batch = [];
    counts.added += done.added;
    counts.updated += done.updated;
    counts.unchanged += done.unchanged;
    options.onProgress?.(summary(), current);
  };
  const sink: Sink = async (publication) => {
    batch.push(publication);
    if (batch.length >= batchSize) await flush();
  };

  const seen = new Set<string>();
  const readFileOnce = async (file: string): Promise<void> => {
    if (seen.has(file)) return;
    seen.add(file);
    current = file;
    counts.files++;
    const ext = extname(file).toLowerCase();
    if (ext === '.xml') await readXml(file);
    else await readJson(file);
  };

  const readXml = async (file: string): Promise<void> => {
    let xml: string;
    try {
      xml = await readFile(file, 'utf8');
    } catch {
      problem({
        file,
        code: 'file-unreadable',
        message: { nl: 'Dit bestand kan niet gelezen worden.', en: 'This file cannot be read.' },
      });
      return;
    }
    if (isSitemapIndex(xml)) {
      const index = fromSitemapIndex(xml);
      for (const e of index.errors) problem({ file, line: e.line, code: e.error.code, message: e.error.messages });
      for (const entry of index.sitemaps) {
        const local = localSitemap(entry.loc, file);
        try {
          await stat(local);
        } catch {
          problem({
            file,
            line: entry.line,
            code: 'sitemap-not-local',
            message: {
              nl:
                `De sitemap ${basename(local)} staat niet naast de index. Download hem eerst; woo-kit haalt ` +
                `niets op.`,
              en:
                `The sitemap ${basename(local)} is not next to the index. Download it first; woo-kit fetches ` +
                `nothing.`,
            },
          });
          continue;
        }
        await readFileOnce(local);
        current = file;
      }
      return;
    }
    let read;
    try {
      read = fromDiwooSitemap(xml);
    } catch (error) {
      const e = error as { code?: string; messages?: LocalizedText };
      problem({
        file,
        code: e.code ?? 'diwoo-unreadable',
        message: e.messages ?? { nl: 'Dit is geen DiWoo-sitemap.', en: 'This is not a DiWoo sitemap.' },
      });
      return;
    }
    counts.read += read.entries.length;
    for (const e of read.errors) problem({ file, line: e.line, code: e.error.code, message: e.error.messages });
    for (const p of read.publications) await sink(p);
  };

  const record = async (file: string, line: number, value: unknown): Promise<void> => {
    counts.read++;
    const checked = validatePublication(value);
    if (checked.ok) await sink(checked.value);
    else {
      const first = checked.errors[0];
      problem({
        file,
        line,
        code: 'validation-failed',
        message: first
          ? {
              nl: `Geen geldige publicatie: ${first.message.nl} (${first.path || '/'})`,
              en: `Not a valid publication: ${first.message.en} (${first.path || '/'})`,
            }
          : { nl: 'Geen geldige publicatie.', en: 'Not a valid publication.' },
      });
    }
  };

  const readJson = async (file: string): Promise<void> => {
    // An array or `{ items }` is read whole; anything else as JSON lines, one record per line, streamed.
    const head = await new Promise<string>((done) => {
      const stream = createReadStream(file, { encoding: 'utf8', start: 0, end: 63 });
      let text = '';
      stream.on('data', (chunk) => (text += chunk));
      stream.on('end', () => done(text));
      stream.on('error', () => done(''));
    });
    if (/^\s*(\[|\{\s*"items")/.test(head)) {
      let value: unknown;
      try {
        value = JSON.parse(await readFile(file, 'utf8'));
      } catch {
        problem({
          file,
          code: 'invalid-json',
          message: { nl: 'Dit bestand is geen geldige JSON.', en: 'This file is not valid JSON.' },
        });
        return;
      }
      const items = Array.isArray(value) ? value : (value as { items?: unknown }).items;
      if (!Array.isArray(items)) {
        problem({ file, code: 'invalid-json', message: { nl: 'items is geen lijst.', en: 'items is not a list.' } });
        return;
      }
      for (const [i, item] of items.entries()) await record(file, i + 1, item);
      return;
    }
    const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
    let n = 0;
    for await (const line of lines) {
      n++;
      if (line.trim() === '') continue;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        counts.read++;
        problem({
          file,
          line: n,
          code: 'invalid-json',
          message: { nl: 'Deze regel is geen geldige JSON.', en: 'This line is not valid JSON.' },
        });
        continue;
      }
      await record(file, n, value);
    }
  };

  const files = await filesOf(paths);
  let bulk = options.bulk;
  if (bulk === undefined) {
    // About 500 bytes a publication in a sitemap or in JSON lines.
    let bytes = 0;
    for (const file of files)
      bytes += await stat(file).then(
        (s) => s.size,
        () => 0,
      );
    const estimate = bytes / 500;
    bulk = estimate >= BULK_IMPORT && estimate >= (await countIndexed(db)) / 10;
  }
  if (bulk) await beginBulkImport(db);
  try {
    for (const file of files) await readFileOnce(file);
    await flush();
  } finally {
    await endBulkImport(db);
  }
  return summary();
}
