import { parseArgs as readTokens } from 'node:util';
import type { Readable, Writable } from 'node:stream';

/** Where a command reads and writes: the process streams, or test doubles. */
export interface CliIO {
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable;
  /** The environment (secrets such as ZGW_SECRET); `process.env` when absent. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** One `woo-kit <name>` command. `run` resolves to the process exit code. */
export interface Command {
  readonly name: string;
  /** One line for `woo-kit --help`. */
  readonly summary: string;
  /** The usage text shown by `woo-kit <name> --help` and after a usage error. */
  readonly usage: string;
  run(args: readonly string[], io: CliIO): Promise<number>;
}

/** One argument as the commands read it: an option with or without a value, or a positional. */
export type ArgToken =
  | { readonly kind: 'option'; readonly name: string; readonly value: string | undefined }
  | { readonly kind: 'positional'; readonly value: string }
  /** `--`: what follows is positional. */
  | { readonly kind: 'end-of-options' };

export interface ReadArgsOptions {
  /** Options that never take a value, so `--json FILE` keeps FILE as a positional. */
  readonly flags?: readonly string[];
  /**
   * Whether an option that is not a flag takes the next argument as its value even when that starts
   * with `--` (`woo-kit deadline`); otherwise `--name --other` is `--name` without a value.
   */
  readonly valueMayLookLikeAnOption?: boolean;
}

/**
 * The arguments in order, read by Node's `util.parseArgs` (its tokens, without declaring the options,
 * so that each command gives its own messages for unknown options and missing values): `--name value`,
 * `--name=value` and bare `--flag`; everything after `--` and every argument that starts with a single
 * `-` (`-`, `-5`) is a positional.
 */
export function readArgs(
  args: readonly string[],
  { flags = [], valueMayLookLikeAnOption = false }: ReadArgsOptions = {},
): ArgToken[] {
  const { tokens } = readTokens({ args: [...args], strict: false, allowPositionals: true, tokens: true });
  const read: ArgToken[] = [];
  let taken = -1; // the index of the argument last taken as the value of an option
  let lastShort = -1; // the index of the last argument read as a single-dash positional
  for (const token of tokens) {
    if (token.index === taken) continue;
    if (token.kind === 'option-terminator') read.push({ kind: 'end-of-options' });
    else if (token.kind === 'positional') read.push({ kind: 'positional', value: token.value });
    else if (!token.rawName.startsWith('--')) {
      // A short option group (`-ab`) gives one token per letter, all with the same index: keep one.
      if (token.index !== lastShort) read.push({ kind: 'positional', value: args[token.index]! });
      lastShort = token.index;
    } else if (token.inlineValue) read.push({ kind: 'option', name: token.name, value: token.value });
    else {
      const next = args[token.index + 1];
      const takesNext =
        !flags.includes(token.name) && next !== undefined && (valueMayLookLikeAnOption || !next.startsWith('--'));
      if (takesNext) taken = token.index + 1;
      read.push({ kind: 'option', name: token.name, value: takesNext ? next : undefined });
    }
  }
  return read;
}

export interface ParsedArgs {
  /** `--name value` and `--flag` (then `true`); the last value when an option is given more than once. */
  readonly options: ReadonlyMap<string, string | true>;
  /** Every value of each option, in order (for options that may be repeated). */
  readonly lists: ReadonlyMap<string, readonly string[]>;
  readonly positionals: readonly string[];
}

/**
 * Parses `--name value`, `--name=value` and bare `--flag` arguments (`readArgs`). `flags` lists the
 * options that never take a value, so `--json FILE` keeps FILE as a positional.
 */
export function parseArgs(args: readonly string[], flags: readonly string[] = []): ParsedArgs {
  const options = new Map<string, string | true>();
  const lists = new Map<string, string[]>();
  const positionals: string[] = [];
  for (const token of readArgs(args, { flags })) {
    if (token.kind === 'positional') positionals.push(token.value);
    else if (token.kind === 'option') {
      options.set(token.name, token.value ?? true);
      if (token.value !== undefined) lists.set(token.name, [...(lists.get(token.name) ?? []), token.value]);
    }
  }
  return { options, lists, positionals };
}

/** Writes a usage error and returns exit code 2. */
export function usageError(io: CliIO, command: Command, problem: string): number {
  io.stderr.write(`woo-kit ${command.name}: ${problem}\n\n${command.usage}\n`);
  return 2;
}
