import { PassThrough, Readable } from 'node:stream';
import { main } from '../src/main.js';

/** Runs the CLI in-process with the given arguments and stdin text; collects its output. */
export async function runCli(
  args: string[],
  input = '',
  env?: Record<string, string>,
): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c) => (out += c));
  stderr.on('data', (c) => (err += c));
  const code = await main(args, { stdin: Readable.from([input]), stdout, stderr, ...(env ? { env } : {}) });
  return { code, stdout: out, stderr: err };
}
