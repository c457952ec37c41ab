import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { WooKitInputError, toWooKitError, type WooKitErrorJSON } from '@woo-kit/core';

/** The error line a batch writes for a bad input line; the batch goes on. */
export interface ErrorLine {
  readonly error: WooKitErrorJSON;
}

/** Malformed JSON on one input line. */
export function invalidJsonError(lineNumber: number, cause: unknown): WooKitInputError {
  return new WooKitInputError(
    'invalid-json',
    {
      nl: `Regel ${lineNumber} is geen geldige JSON.`,
      en: `Line ${lineNumber} is not valid JSON.`,
    },
    { cause },
  );
}

/**
 * Reads JSON lines from `input` and writes one output line per non-empty input line, in the same
 * order. `handle` gets the parsed value; whatever it throws becomes `{ "error": … }` on that line,
 * so one bad line never stops the batch. Resolves to the number of lines that failed.
 */
export async function mapJsonLines(
  input: Readable,
  output: Writable,
  handle: (value: unknown, lineNumber: number) => unknown,
): Promise<number> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let lineNumber = 0;
  let failures = 0;
  for await (const line of lines) {
    lineNumber += 1;
    if (line.trim() === '') continue;
    let result: unknown;
    try {
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (cause) {
        throw invalidJsonError(lineNumber, cause);
      }
      result = handle(value, lineNumber);
    } catch (error) {
      failures += 1;
      result = { error: toWooKitError(error).toJSON() } satisfies ErrorLine;
    }
    if (!output.write(`${JSON.stringify(result)}\n`)) {
      await new Promise((resolve) => output.once('drain', resolve));
    }
  }
  return failures;
}

/** Reads a whole stream as UTF-8 text. */
export async function readAll(input: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of input) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
