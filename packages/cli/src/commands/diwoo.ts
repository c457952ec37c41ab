import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import {
  DiwooError,
  fromDiwooSitemap,
  toDiwooSitemap,
  toWooKitError,
  type DiwooSitemapOptions,
  type WooKitError,
} from '@woo-kit/core';
import { parseArgs, usageError, type CliIO, type Command } from '../command.js';
import { invalidJsonError, readAll } from '../jsonl.js';
import { jsonLines } from './validate.js';

const USAGE = [
  'usage: woo-kit diwoo parse',
  '       woo-kit diwoo sitemap [--base-url URL] [--out-dir DIR] [--file-name NAME] [--index]',
  '',
  'DiWoo 0.9.8 sitemaps for the national Woo-index (open.overheid.nl).',
  '',
  'parse    Reads a DiWoo sitemap on standard input and writes one Publication as JSON per <url>,',
  '         one per line, in the order of the <url>s. A <url> that cannot be read gets an error line',
  '         in its place: {"error":{"code","message":{"nl","en"},"path"?},"line":N} (N: its line in',
  '         the XML). Exit code 1 when any <url> could not be read or the input is not a sitemap.',
  '',
  'sitemap  Reads publications on standard input (JSON lines, or one JSON document: a Publication',
  '         or an array of them) and writes a DiWoo sitemap. An invalid publication is left out',
  '         and reported on standard error as a JSON line',
  '         {"line":N,"error":{"code","message":{"nl","en"},"path"?}} (N: the input line it starts on).',
  '         Exit code 1 when anything was left out, 0 otherwise. The XML written is always valid.',
  '',
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

async function parse(io: CliIO): Promise<number> {
  const text = await readAll(io.stdin);
  let result;
  try {
    result = fromDiwooSitemap(text);
  } catch (error) {
    const typed = toWooKitError(error);
    io.stderr.write(`woo-kit diwoo parse: ${typed.code}: ${typed.messages.en}\n`);
    return 1;
  }
  for (const entry of result.entries) {
    const line = 'publication' in entry
      ? JSON.stringify(entry.publication)
      : JSON.stringify({ error: entry.error.toJSON(), line: entry.line });
    await write(io.stdout, `${line}\n`);
  }
  return result.errors.length > 0 ? 1 : 0;
}

/**
 * The publications in the input: one JSON document (an object, or an array of them), or JSON lines
 * (one publication per line), as `woo-kit validate` accepts. Each value keeps the line it starts on.
 */
function readPublications(input: string): { values: unknown[]; lineOf: number[]; problems: { line: number; error: WooKitError }[] } {
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

async function sitemap(args: readonly string[], io: CliIO): Promise<number> {
  const { options, positionals } = parseArgs(args, ['index']);
  if (positionals.length > 0) return usageError(io, diwoo, `unexpected argument "${positionals[0]}"`);
  const known = ['base-url', 'out-dir', 'file-name', 'index'];
  for (const [name, value] of options) {
    if (!known.includes(name)) return usageError(io, diwoo, `unknown option --${name}`);
    if (name !== 'index' && value === true) return usageError(io, diwoo, `--${name} needs a value`);
  }
  const baseUrl = options.get('base-url') as string | undefined;
  const outDir = options.get('out-dir') as string | undefined;
  const fileName = options.get('file-name') as string | undefined;
  const alwaysIndex = options.get('index') === true;
  if (alwaysIndex && (outDir === undefined || baseUrl === undefined)) return usageError(io, diwoo, '--index needs --out-dir and --base-url');

  // Read everything first: the split into files depends on how many publications there are.
  const { values, lineOf, problems } = readPublications(await readAll(io.stdin));

  const sitemapOptions: DiwooSitemapOptions = {
    ...(baseUrl === undefined ? {} : { baseUrl }),
    ...(fileName === undefined ? {} : { fileName }),
    ...(alwaysIndex ? { alwaysIndex } : {}),
  };
  let result;
  try {
    result = toDiwooSitemap(values, sitemapOptions);
  } catch (error) {
    if (!(error instanceof DiwooError)) throw error;
    const hint = error.code === 'diwoo-base-url-required' ? ' (more than 50,000 URLs or 50 MiB: give --out-dir and --base-url)' : '';
    return usageError(io, diwoo, `${error.messages.en}${hint}`);
  }
  for (const { index, error } of result.skipped) problems.push({ line: lineOf[index] ?? 0, error });
  problems.sort((a, b) => a.line - b.line);
  for (const { line, error } of problems) await write(io.stderr, errorLine(error, line));
  const leftOut = problems.length;

  if (result.files.length === 0) {
    io.stderr.write('woo-kit diwoo sitemap: no publication to write, so no sitemap (a sitemap needs at least one URL).\n');
    return leftOut > 0 ? 1 : 0;
  }
  if (outDir === undefined) {
    if (result.files.length > 1) {
      return usageError(io, diwoo, `these publications need ${result.files.length} sitemap files: give --out-dir and --base-url`);
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
    if (action === 'parse') {
      if (rest.length > 0) return usageError(io, diwoo, `unexpected argument "${rest[0]}"`);
      return parse(io);
    }
    if (action === 'sitemap') return sitemap(rest, io);
    return usageError(io, diwoo, action === undefined ? 'say parse or sitemap' : `unknown action "${action}"`);
  },
};
