import { readFile, stat } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import { summarizeInventory, toWooKitError } from '@woo-kit/core';
import { assertInventoryFileSize, readInventory, type InventoryLimits } from '@woo-kit/inventory';
import { parseArgs, usageError, type CliIO, type Command } from '../command.js';

const USAGE = [
  'usage: woo-kit decision read FILE [--format xlsx|csv] [--sheet NAME] [--matter ID]',
  '                                  [--max-rows N] [--max-file-mb N] [--max-unpacked-mb N]',
  '',
  'Reads the inventory (inventarislijst) of a Woo decision in the "productierapport" format, as',
  'XLSX or CSV, and writes JSON lines on standard output:',
  '',
  '  one InventoryItem per document, in file order;',
  '  one line per problem in a bad row: {"error":{"code","message":{"nl","en"},"row","column"?}}',
  '    (the row as a spreadsheet program numbers it; a bad row is left out, the others still read);',
  '  a last line {"summary":{"rows","documents","errors","byAssessment","byGround","suspended"}}.',
  '',
  'A readable summary by assessment and exception ground goes to standard error.',
  'Exit code 0 when every row read, 1 when a row or the file could not be read, 2 on a usage error.',
  '',
  '  --format      xlsx or csv (default: from the content)',
  '  --sheet       XLSX: the sheet to read (default: the first with an inventory header)',
  '  --matter      the Matter for every row, when the file has no Matter column',
  '  --max-rows    most data rows read (default 200000)',
  '  --max-file-mb largest file read, in MB (default 50)',
  '  --max-unpacked-mb  largest unpacked XLSX content, in MB, against zip bombs (default 200)',
].join('\n');

async function write(stream: Writable, text: string): Promise<void> {
  if (!stream.write(text)) await new Promise((resolve) => stream.once('drain', resolve));
}

const MB = 1024 * 1024;

function positiveNumber(value: string | true | undefined): number | undefined | null {
  if (value === undefined) return undefined;
  const n = Number(value);
  return value !== true && Number.isFinite(n) && n > 0 ? n : null;
}

const labels = {
  public: 'openbaar / public',
  partlyPublic: 'deels openbaar / partly public',
  notPublic: 'niet openbaar / not public',
  alreadyPublic: 'reeds openbaar / already public',
} as const;

async function read(args: readonly string[], io: CliIO, command: Command): Promise<number> {
  const { options, positionals } = parseArgs(args);
  const file = positionals[0];
  if (file === undefined || positionals.length > 1) return usageError(io, command, 'give exactly one FILE');
  const format = options.get('format');
  if (format !== undefined && format !== 'xlsx' && format !== 'csv')
    return usageError(io, command, '--format must be xlsx or csv');
  const maxRows = positiveNumber(options.get('max-rows'));
  const maxFileMb = positiveNumber(options.get('max-file-mb'));
  const maxUnpackedMb = positiveNumber(options.get('max-unpacked-mb'));
  if (maxRows === null || maxFileMb === null || maxUnpackedMb === null)
    return usageError(io, command, 'limits must be positive numbers');
  const sheet = options.get('sheet');
  const matter = options.get('matter');
  const limits: InventoryLimits = {
    ...(maxRows === undefined ? {} : { maxRows: Math.floor(maxRows) }),
    ...(maxFileMb === undefined ? {} : { maxFileBytes: maxFileMb * MB }),
    ...(maxUnpackedMb === undefined ? {} : { maxUnpackedBytes: maxUnpackedMb * MB }),
  };
  let result;
  try {
    // Check the size before reading the file into memory.
    assertInventoryFileSize((await stat(file)).size, limits);
    result = await readInventory(await readFile(file), {
      limits,
      ...(format === 'xlsx' || format === 'csv' ? { format } : {}),
      ...(typeof sheet === 'string' ? { sheet } : {}),
      ...(typeof matter === 'string' ? { matter } : {}),
    });
  } catch (error) {
    const typed = toWooKitError(error);
    const code = (error as { code?: unknown }).code;
    if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR') {
      io.stderr.write(`woo-kit decision read: cannot read ${file} (${String(code)})\n`);
      return 1;
    }
    io.stderr.write(`woo-kit decision read: ${typed.code}: ${typed.messages.en}\n`);
    await write(io.stdout, `${JSON.stringify({ error: typed.toJSON() })}\n`);
    return 1;
  }
  for (const item of result.items) await write(io.stdout, `${JSON.stringify(item)}\n`);
  for (const error of result.errors) await write(io.stdout, `${JSON.stringify({ error: error.toJSON() })}\n`);
  const summary = summarizeInventory(result.items);
  await write(
    io.stdout,
    `${JSON.stringify({
      summary: {
        rows: result.rows,
        documents: summary.total,
        errors: result.errors.length,
        byAssessment: summary.byAssessment,
        byGround: Object.fromEntries(summary.byGround.map((g) => [g.ground, g.count])),
        suspended: summary.suspended,
      },
    })}\n`,
  );
  const lines = [
    `${file}: ${summary.total} documents read from ${result.rows} ` +
      `rows${result.sheet === undefined ? '' : ` (sheet "${result.sheet}")`}, ${result.errors.length} problems`,
    ...Object.entries(summary.byAssessment).map(([k, n]) => `  ${labels[k as keyof typeof labels].padEnd(34)} ${n}`),
    ...(summary.byGround.length === 0
      ? []
      : ['  grounds / gronden:', ...summary.byGround.map((g) => `    ${g.ground.padEnd(8)} ${g.count}`)]),
    ...(summary.suspended === 0 ? [] : [`  suspended (objection pending) / opgeschort: ${summary.suspended}`]),
    ...(result.ignoredColumns.length === 0 ? [] : [`  ignored columns: ${result.ignoredColumns.join(', ')}`]),
  ];
  io.stderr.write(`${lines.join('\n')}\n`);
  return result.errors.length === 0 ? 0 : 1;
}

/** `woo-kit decision read FILE`: an inventory (productierapport) as JSON lines. */
export const decision: Command = {
  name: 'decision',
  summary: 'read the inventory of a Woo decision (XLSX/CSV productierapport) as JSON lines',
  usage: USAGE,
  async run(args, io) {
    const [sub, ...rest] = args;
    if (sub !== 'read')
      return usageError(io, this, sub === undefined ? 'missing subcommand "read"' : `unknown subcommand "${sub}"`);
    return read(rest, io, this);
  },
};
