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

export interface ParsedArgs {
  /** `--name value` and `--flag` (then `true`). */
  readonly options: ReadonlyMap<string, string | true>;
  readonly positionals: readonly string[];
}

/**
 * Parses `--name value`, `--name=value` and bare `--flag` arguments. `flags` lists the options that
 * never take a value, so `--json FILE` keeps FILE as a positional.
 */
export function parseArgs(args: readonly string[], flags: readonly string[] = []): ParsedArgs {
  const options = new Map<string, string | true>();
  const positionals: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      if (eq > 0) options.set(arg.slice(2, eq), arg.slice(eq + 1));
      else if (flags.includes(arg.slice(2)) || i + 1 >= args.length || args[i + 1]!.startsWith('--')) options.set(arg.slice(2), true);
      else options.set(arg.slice(2), args[++i]!);
    } else {
      positionals.push(arg);
    }
  }
  return { options, positionals };
}

/** Writes a usage error and returns exit code 2. */
export function usageError(io: CliIO, command: Command, problem: string): number {
  io.stderr.write(`woo-kit ${command.name}: ${problem}\n\n${command.usage}\n`);
  return 2;
}
