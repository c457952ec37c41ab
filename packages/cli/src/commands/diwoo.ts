import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import {
  DiwooError,
  diwooRobotsTxt,
  fromDiwooSitemap,
  fromSitemapIndex,
  isSitemapIndex,
  toDiwooSitemap,
  toWooKitError,
  type DiwooReadResult,
  type DiwooSitemapOptions,
  type WooKitError,
} from '@woo-kit/core';
import { parseArgs, usageError, type CliIO, type Command } from '../command.js';
import { invalidJsonError, readAll } from '../jsonl.js';
import { readListedSitemap, sitemapNotLocal } from '../sitemap-files.js';
import { jsonLines } from './validate.js';

const USAGE = [
  'usage: woo-kit diwoo parse [--follow DIR]',
  '       woo-kit diwoo sitemap --out DIR --base-url URL [--per-category] [--per-month] [--own-category CODE,…]',
  '       woo-kit diwoo sitemap [--base-url URL] [--out-dir DIR] [--file-name NAME] [--index]',
  '',
  'DiWoo 0.9.8 sitemaps for the national Woo-index (open.overheid.nl).',
  '',
  'parse    Reads a DiWoo sitemap on standard input and writes one Publication as JSON per <url>,',
  '         one per line, in the order of the <url>s. A <url> that cannot be read gets an error line',
  '         in its place: {"error":{"code","message":{"nl","en"},"path"?},"line":N} (N: its line in',
  '         the XML). A time without time zone is read as Dutch local time and noted on standard',
  '         error: {"line":N,"note":{"code":"diwoo-local-time-assumed",…}}. Exit code 1 when any <url>',
  '         could not be read or the input is not a sitemap.',
  '         A sitemap index on standard input: one line per sitemap it lists,',
  '         {"sitemap":LOC,"lastmod"?,"line":N}. With --follow DIR, each listed sitemap is read from',
  '         DIR instead (the file with the last part of its address as name; a gzip file is',
  '         unpacked), and its publications',
  '         are written as above. Nothing is ever fetched from the network; a sitemap that is not in',
  '         DIR gets an error line {"sitemap":LOC,"error":{…}} and exit code 1.',
  '',
  'sitemap  Reads publications on standard input (JSON lines, or one JSON document: a Publication',
  '         or an array of them) and writes a DiWoo sitemap. An invalid publication is left out',
  '         and reported on standard error as a JSON line',
  '         {"line":N,"error":{"code","message":{"nl","en"},"path"?}} (N: the input line it starts on).',
  '         Exit code 1 when anything was left out, 0 otherwise. The XML written is always valid.',
  '',
  '  --out DIR        write the sitemap files and the sitemap index(es) for the Woo-index into DIR:',
  '                   sitemapindex-diwoo.xml (or sitemapindex-diwoo-infocatNNN.xml per category),',
  '                   named as the harvester requires. Needs --base-url. Standard output gets the',
  '                   lines for robots.txt ("Sitemap: URL" per index). Warnings about publications',
  '                   that were written (http instead of https, a file type the harvester does not',
  '                   take, an own category written as c_816e508d) go to standard error as',
  '                   {"line":N,"warning":{"code","message":{"nl","en"},"path"}}; they do not change',
  '                   the exit code.',
  '  --per-category   with --out: one sitemap index per information category',
  '  --per-month      with --out: sitemap files per month a publication was made public',
  '  --own-category CODE,…  categories the body added itself: written as c_816e508d, with a warning',
  '  --out-dir DIR    write the sitemap file(s) into DIR. Needed above 50,000 URLs (or 50 MiB):',
  '                   then the files are NAME-1.xml, NAME-2.xml, … and standard output gets the',
  '                   sitemap index. Otherwise standard output gets the one sitemap (also in DIR).',
  '  --base-url URL   where the files will be served; the sitemap index points there. Needed',
  '                   for an index.',
  '  --file-name NAME start of the file names (default diwoo-sitemap)',
  '  --index          always write a sitemap index, also for one file (so robots.txt can always',
  '                   name the index). Needs --out-dir and --base-url.',
  '',
  'Standard output always carries the document robots.txt should name ("Sitemap: URL").',
].join('\n');

async function write(stream: Writable, text: string): Promise<void> {
  if (!stream.write(text)) await new Promise((resolve) => stream.once('drain', resolve));
}

const errorLine = (error: WooKitError, line: number): string => `${JSON.stringify({ line, error: error.toJSON() })}\n`;

/** Writes the publications (or error lines) of one read sitemap; notes go to standard error. */
async function writeEntries(io: CliIO, result: DiwooReadResult, source?: string): Promise<void> {
  for (const entry of result.entries) {
    const line =
      'publication' in entry
        ? JSON.stringify(entry.publication)
        : JSON.stringify({
            error: entry.error.toJSON(),
            line: entry.line,
            ...(source === undefined ? {} : { sitemap: source }),
          });
    await write(io.stdout, `${line}\n`);
  }
  for (const note of result.notes ?? []) {
    await write(
      io.stderr,
      `${JSON.stringify({ line: note.line, ...(source === undefined ? {} : { sitemap: source }), note })}\n`,
    );
  }
}

async function parse(args: readonly string[], io: CliIO): Promise<number> {
  const { options, positionals } = parseArgs(args);
  if (positionals.length > 0) return usageError(io, diwoo, `unexpected argument "${positionals[0]}"`);
  for (const [name, value] of options) {
    if (name !== 'follow') return usageError(io, diwoo, `unknown option --${name}`);
    if (value === true) return usageError(io, diwoo, '--follow needs a folder');
  }
  const follow = options.get('follow') as string | undefined;
  const text = await readAll(io.stdin);
  try {
    if (isSitemapIndex(text)) {
      const index = fromSitemapIndex(text);
      let failed = index.errors.length > 0;
      for (const e of index.errors)
        await write(io.stdout, `${JSON.stringify({ error: e.error.toJSON(), line: e.line })}\n`);
      for (const sitemap of index.sitemaps) {
        if (follow === undefined) {
          const lastmod = sitemap.lastmod === undefined ? {} : { lastmod: sitemap.lastmod };
          await write(io.stdout, JSON.stringify({ sitemap: sitemap.loc, ...lastmod, line: sitemap.line }) + '\n');
          continue;
        }
        try {
          const xml = await readListedSitemap(sitemap.loc, follow);
          if (xml === undefined) throw sitemapNotLocal(sitemap.loc, follow);
          const result = fromDiwooSitemap(xml);
          await writeEntries(io, result, sitemap.loc);
          if (result.errors.length > 0) failed = true;
        } catch (error) {
          // One unreadable sitemap does not stop the others.
          failed = true;
          await write(
            io.stdout,
            `${JSON.stringify({ sitemap: sitemap.loc, error: toWooKitError(error).toJSON(), line: sitemap.line })}\n`,
          );
        }
      }
      return failed ? 1 : 0;
    }
    if (follow !== undefined) return usageError(io, diwoo, '--follow needs a sitemap index on standard input');
    const result = fromDiwooSitemap(text);
    await writeEntries(io, result);
    return result.errors.length > 0 ? 1 : 0;
  } catch (error) {
    const typed = toWooKitError(error);
    io.stderr.write(`woo-kit diwoo parse: ${typed.code}: ${typed.messages.en}\n`);
    return 1;
  }
}

/**
 * The publications in the input: one JSON document (an object, or an array of them), or JSON lines
 * (one publication per line), as `woo-kit validate` accepts. Each value keeps the line it starts on.
 */
function readPublications(input: string): {
  values: unknown[];
  lineOf: number[];
  problems: { line: number; error: WooKitError }[];
} {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const values: unknown[] = [];
  const lineOf: number[] = [];
  const problems: { line: number; error: WooKitError }[] = [];
  if (text.trim() === '') return { values, lineOf, problems };
  try {
    const whole: unknown = JSON.parse(text);
    const lines = jsonLines(text);
    if (Array.isArray(whole)) {
      whole.forEach((value: unknown, i) => {
        values.push(value);
        lineOf.push(lines.get(`/${i}`) ?? 1);
      });
    } else {
      values.push(whole);
      lineOf.push(lines.get('') ?? 1);
    }
    return { values, lineOf, problems };
  } catch {
    // Not one JSON document: JSON lines.
  }
  text.split('\n').forEach((row, i) => {
    if (row.trim() === '') return;
    try {
      values.push(JSON.parse(row));
      lineOf.push(i + 1);
    } catch (cause) {
      problems.push({ line: i + 1, error: invalidJsonError(i + 1, cause) });
    }
  });
  return { values, lineOf, problems };
}

/** `diwoo sitemap --out DIR`: the files and the named indexes for the Woo-index, robots.txt lines on stdout. */
async function sitemapForWooIndex(options: ReadonlyMap<string, string | true>, io: CliIO): Promise<number> {
  const outDir = options.get('out') as string;
  const baseUrl = options.get('base-url') as string | undefined;
  if (baseUrl === undefined)
    return usageError(io, diwoo, '--out needs --base-url (a sitemap index holds absolute addresses)');
  if (options.has('out-dir') || options.has('index'))
    return usageError(io, diwoo, '--out writes the index already: leave out --out-dir and --index');
  const own = options.get('own-category');
  const fileName = options.get('file-name') as string | undefined;
  const { values, lineOf, problems } = readPublications(await readAll(io.stdin));
  const sitemapOptions: DiwooSitemapOptions = {
    baseUrl,
    ...(fileName === undefined ? {} : { fileName }),
    ...(options.get('per-category') === true ? { indexPerCategory: true } : {}),
    ...(options.get('per-month') === true ? { splitPerMonth: true } : {}),
    ...(typeof own === 'string'
      ? {
          ownCategories: own
            .split(',')
            .map((c) => c.trim())
            .filter(Boolean),
        }
      : {}),
  };
  let result;
  try {
    result = toDiwooSitemap(values, sitemapOptions);
  } catch (error) {
    if (!(error instanceof DiwooError)) throw error;
    return usageError(io, diwoo, error.messages.en);
  }
  for (const { index, error } of result.skipped) problems.push({ line: lineOf[index] ?? 0, error });
  problems.sort((a, b) => a.line - b.line);
  for (const { line, error } of problems) await write(io.stderr, errorLine(error, line));
  for (const { index, code, message, path } of result.warnings) {
    await write(io.stderr, `${JSON.stringify({ line: lineOf[index] ?? 0, warning: { code, message, path } })}\n`);
  }
  if (result.files.length === 0) {
    io.stderr.write(
      'woo-kit diwoo sitemap: no publication to write, so no sitemap (a sitemap needs at least one URL).\n',
    );
    return problems.length > 0 ? 1 : 0;
  }
  await mkdir(outDir, { recursive: true });
  for (const file of [...result.files, ...result.indexes]) await writeFile(join(outDir, file.name), file.xml, 'utf8');
  await write(io.stdout, diwooRobotsTxt(result.indexes));
  return problems.length > 0 ? 1 : 0;
}

async function sitemap(args: readonly string[], io: CliIO): Promise<number> {
  const flags = ['index', 'per-category', 'per-month'];
  const { options, positionals } = parseArgs(args, flags);
  if (positionals.length > 0) return usageError(io, diwoo, `unexpected argument "${positionals[0]}"`);
  const known = ['base-url', 'out-dir', 'file-name', 'index', 'out', 'per-category', 'per-month', 'own-category'];
  for (const [name, value] of options) {
    if (!known.includes(name)) return usageError(io, diwoo, `unknown option --${name}`);
    if (!flags.includes(name) && value === true) return usageError(io, diwoo, `--${name} needs a value`);
  }
  if (options.has('out')) return sitemapForWooIndex(options, io);
  if (options.has('per-category') || options.has('per-month'))
    return usageError(io, diwoo, '--per-category and --per-month need --out');
  const baseUrl = options.get('base-url') as string | undefined;
  const outDir = options.get('out-dir') as string | undefined;
  const fileName = options.get('file-name') as string | undefined;
  const alwaysIndex = options.get('index') === true;
  if (alwaysIndex && (outDir === undefined || baseUrl === undefined))
    return usageError(io, diwoo, '--index needs --out-dir and --base-url');

  // Read everything first: the split into files depends on how many publications there are.
  const { values, lineOf, problems } = readPublications(await readAll(io.stdin));

  const sitemapOptions: DiwooSitemapOptions = {
    ...(baseUrl === undefined ? {} : { baseUrl }),
    ...(fileName === undefined ? {} : { fileName }),
    ...(alwaysIndex ? { alwaysIndex } : {}),
    ...(typeof options.get('own-category') === 'string'
      ? {
          ownCategories: (options.get('own-category') as string)
            .split(',')
            .map((c) => c.trim())
            .filter(Boolean),
        }
      : {}),
  };
  let result;
  try {
    result = toDiwooSitemap(values, sitemapOptions);
  } catch (error) {
    if (!(error instanceof DiwooError)) throw error;
    const hint =
      error.code === 'diwoo-base-url-required'
        ? ' (more than 50,000 URLs or 50 MiB: give --out-dir and --base-url)'
        : '';
    return usageError(io, diwoo, `${error.messages.en}${hint}`);
  }
  for (const { index, error } of result.skipped) problems.push({ line: lineOf[index] ?? 0, error });
  problems.sort((a, b) => a.line - b.line);
  for (const { line, error } of problems) await write(io.stderr, errorLine(error, line));
  for (const { index, code, message, path } of result.warnings) {
    await write(io.stderr, `${JSON.stringify({ line: lineOf[index] ?? 0, warning: { code, message, path } })}\n`);
  }
  const leftOut = problems.length;

  if (result.files.length === 0) {
    io.stderr.write(
      'woo-kit diwoo sitemap: no publication to write, so no sitemap (a sitemap needs at least one URL).\n',
    );
    return leftOut > 0 ? 1 : 0;
  }
  if (outDir === undefined) {
    if (result.files.length > 1) {
      return usageError(
        io,
        diwoo,
        `these publications need ${result.files.length} sitemap files: give --out-dir and --base-url`,
      );
    }
    await write(io.stdout, result.files[0]!.xml);
  } else {
    await mkdir(outDir, { recursive: true });
    for (const file of result.files) await writeFile(join(outDir, file.name), file.xml, 'utf8');
    await write(io.stdout, result.index ?? result.files[0]!.xml);
  }
  return leftOut > 0 ? 1 : 0;
}

/** `woo-kit diwoo`: DiWoo 0.9.8 sitemaps for the Woo-index, to and from Publication JSON lines. */
export const diwoo: Command = {
  name: 'diwoo',
  summary: 'write Publication JSON lines as a DiWoo sitemap for the Woo-index, or read one back',
  usage: USAGE,
  async run(args, io) {
    const [action, ...rest] = args;
    if (action === 'parse') return parse(rest, io);
    if (action === 'sitemap') return sitemap(rest, io);
    return usageError(io, diwoo, action === undefined ? 'say parse or sitemap' : `unknown action "${action}"`);
  },
};
