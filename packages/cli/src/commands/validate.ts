import { readFile } from 'node:fs/promises';
import {
  validateContactPoint,
  validateDecision,
  validateInventoryItem,
  validateWooDecision,
  validateOrganisation,
  validatePublication,
  validateWooRequest,
  type ValidationIssue,
  type ValidationResult,
} from '@woo-kit/core';
import { parseArgs, usageError, type Command } from '../command.js';
import { readAll } from '../jsonl.js';
import { documentKinds, isDocumentKind, type DocumentKind } from './example.js';

type Lang = 'nl' | 'en';

const VALIDATORS: Readonly<Record<DocumentKind, (value: unknown) => ValidationResult<unknown>>> = {
  request: validateWooRequest,
  decision: validateDecision,
  publication: validatePublication,
  contact: validateContactPoint,
  organisation: validateOrganisation,
  'woo-decision': validateWooDecision,
  'inventory-item': validateInventoryItem,
};

/** The result for one document: the line it starts on and its issues (none when valid). */
interface DocumentResult {
  readonly line: number;
  readonly errors: readonly (ValidationIssue & { readonly line: number })[];
}

function invalidJson(line: number, rawDetail: string): DocumentResult {
  const oneLine = rawDetail.replace(/\s+/g, ' ').trim();
  const detail = oneLine.length > 100 ? `${oneLine.slice(0, 100)}…` : oneLine;
  return {
    line,
    errors: [
      {
        line,
        path: '',
        code: 'invalid-json',
        message: {
          nl: `Dit is geen geldige JSON (${detail}).`,
          en: `This is not valid JSON (${detail}).`,
        },
      },
    ],
  };
}

/** The line (1-based) of the character at `offset`. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * The line on which each value of a JSON text starts, by JSON pointer. Only called on text that
 * `JSON.parse` accepted, so it can be a small scanner. Returns an empty map when the text is too
 * deeply nested to scan.
 */
export function jsonLines(text: string, firstLine = 1): Map<string, number> {
  const lines = new Map<string, number>();
  let i = 0;
  let line = firstLine;
  const skipSpace = (): void => {
    while (i < text.length) {
      const c = text[i];
      if (c === '\n') line++;
      else if (c !== ' ' && c !== '\t' && c !== '\r') return;
      i++;
    }
  };
  const readString = (): string => {
    const start = i;
    i++; // opening quote
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++; // closing quote
    return JSON.parse(text.slice(start, i)) as string;
  };
  const escape = (key: string): string => key.replace(/~/g, '~0').replace(/\//g, '~1');
  const value = (pointer: string): void => {
    skipSpace();
    lines.set(pointer, line);
    const c = text[i];
    if (c === '{') {
      i++;
      skipSpace();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        skipSpace();
        const keyLine = line;
        const key = readString();
        skipSpace();
        i++; // colon
        const child = `${pointer}/${escape(key)}`;
        value(child);
        if (lines.get(child) !== keyLine) lines.set(child, keyLine); // a value on the next line: point at its key
        skipSpace();
        if (text[i++] === '}') return;
      }
    } else if (c === '[') {
      i++;
      skipSpace();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (let index = 0; ; index++) {
        value(`${pointer}/${index}`);
        skipSpace();
        if (text[i++] === ']') return;
      }
    } else if (c === '"') {
      readString();
    } else {
      while (i < text.length && !',}] \t\r\n'.includes(text[i]!)) i++;
    }
  };
  try {
    value('');
  } catch {
    return new Map();
  }
  return lines;
}

/** The line of `path`, or of its nearest parent that has one (a missing field points at its object). */
function lineOf(lines: Map<string, number>, path: string, fallback: number): number {
  for (let p = path; ; p = p.slice(0, p.lastIndexOf('/'))) {
    const found = lines.get(p);
    if (found !== undefined) return found;
    if (p === '') return fallback;
  }
}

function check(kind: DocumentKind, value: unknown, line: number, lines: Map<string, number>): DocumentResult {
  const result = VALIDATORS[kind](value);
  if (result.ok) return { line, errors: [] };
  return { line, errors: result.errors.map((e) => ({ ...e, line: lineOf(lines, e.path, line) })) };
}

/**
 * The offset of the first syntax error in a JSON text, by a strict scan (RFC 8259); -1 when
 * unknown. `JSON.parse` in Node 20 does not always say where it stopped.
 */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const fail = (): never => {
    throw i;
  };
  const ws = (): void => {
    while (i < text.length && ' \t\r\n'.includes(text[i]!)) i++;
  };
  const literal = (word: string): void => {
    if (text.startsWith(word, i)) i += word.length;
    else fail();
  };
  const string = (): void => {
    i++;
    for (;;) {
      if (i >= text.length) fail();
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return;
      }
      if (c < 0x20) fail();
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
            i++;
            fail();
          }
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else {
          i++;
          fail();
        }
      } else i++;
    }
  };
  const number = (): void => {
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (m === null || m[0] === '' || m[0] === '-') fail();
    i += m![0].length;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail();
        string();
        ws();
        if (text[i] !== ':') fail();
        i++;
        value();
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return;
        }
        fail();
      }
    } else if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value();
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return;
        }
        fail();
      }
    } else if (c === '"') string();
    else if (c === 't') literal('true');
    else if (c === 'f') literal('false');
    else if (c === 'n') literal('null');
    else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) number();
    else fail();
  };
  try {
    value();
    ws();
    return i < text.length ? i : -1;
  } catch (stop) {
    return typeof stop === 'number' ? stop : -1;
  }
}

/** Splits the input into documents: one JSON value, or one per line (JSON lines). */
function validateText(kind: DocumentKind, text: string): DocumentResult[] {
  if (text.trim() === '') return [invalidJson(1, 'empty input')];
  try {
    const value: unknown = JSON.parse(text);
    const start = lineAt(text, text.search(/\S/));
    return [check(kind, value, start, jsonLines(text))];
  } catch (wholeError) {
    const rows = text.split('\n');
    const filled = rows.map((row, index) => ({ row, line: index + 1 })).filter(({ row }) => row.trim() !== '');
    const firstParses = ((): boolean => {
      try {
        JSON.parse(filled[0]!.row);
        return true;
      } catch {
        return false;
      }
    })();
    if (filled.length > 1 && firstParses) {
      // JSON lines: every non-empty line is a document of its own.
      return filled.map(({ row, line }) => {
        let value: unknown;
        try {
          value = JSON.parse(row);
        } catch (error) {
          return invalidJson(line, error instanceof Error ? error.message : String(error));
        }
        return check(kind, value, line, jsonLines(row, line));
      });
    }
    // One document with a syntax error: point at the line where parsing stopped, when known.
    const detail = wholeError instanceof Error ? wholeError.message : String(wholeError);
    const offset = jsonErrorOffset(text);
    return [invalidJson(offset < 0 ? 1 : lineAt(text, offset), detail)];
  }
}

/** `woo-kit validate`: checks JSON documents or JSON lines against a schema of @woo-kit/core. */
export const validate: Command = {
  name: 'validate',
  summary: 'check a request, publication or contact point (JSON or JSON lines)',
  usage: [
    `usage: woo-kit validate ${Object.keys(documentKinds).join('|')} [FILE] [--json] [--lang nl|en]`,
    '',
    'Checks one JSON document, or JSON lines (one document per line), read from FILE or from',
    'standard input. Prints each error with its line and JSON pointer, then a summary.',
    'Exit code 0 when everything is valid, 1 when anything is not.',
    '',
    '  --json       print one JSON result per document: {"line","ok","errors":[{path,code,message}]}',
    '  --lang LANG  language of the messages: nl (default) or en',
  ].join('\n'),
  async run(args, io) {
    const { options, positionals } = parseArgs(args, ['json']);
    for (const name of options.keys()) {
      if (name !== 'json' && name !== 'lang') return usageError(io, validate, `unknown option --${name}`);
    }
    const lang = options.get('lang') ?? 'nl';
    if (lang !== 'nl' && lang !== 'en')
      return usageError(io, validate, `--lang must be nl or en, not "${String(lang)}"`);
    const [kind, file, ...rest] = positionals;
    if (kind === undefined) return usageError(io, validate, 'name the kind of document');
    if (!isDocumentKind(kind)) return usageError(io, validate, `unknown kind of document "${kind}"`);
    if (rest.length > 0) return usageError(io, validate, `unexpected argument "${rest[0]}"`);

    let text: string;
    try {
      text = file === undefined || file === '-' ? await readAll(io.stdin) : await readFile(file, 'utf8');
    } catch (error) {
      io.stderr.write(
        `woo-kit validate: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      return 2;
    }
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // a byte-order mark from Windows editors

    const results = validateText(kind, text);
    const invalid = results.filter((r) => r.errors.length > 0);
    if (options.get('json') === true) {
      for (const r of results) {
        const errors = r.errors.map(({ line, path, code, message }) => ({ line, path, code, message }));
        const result = r.errors.length === 0 ? { line: r.line, ok: true } : { line: r.line, ok: false, errors };
        io.stdout.write(JSON.stringify(result) + '\n');
      }
    } else {
      for (const r of invalid) {
        for (const e of r.errors)
          io.stdout.write(`line ${e.line}: ${e.path === '' ? '/' : e.path}: ${e.code} — ${e.message[lang as Lang]}\n`);
      }
      const errorCount = invalid.reduce((n, r) => n + r.errors.length, 0);
      const n = results.length;
      io.stdout.write(
        lang === 'nl'
          ? `${n} ${n === 1 ? 'document' : 'documenten'} gecontroleerd: ${n - invalid.length} ` +
              `geldig, ${invalid.length} ongeldig (${errorCount} ${errorCount === 1 ? 'fout' : 'fouten'}).\n`
          : `${n} ${n === 1 ? 'document' : 'documents'} checked: ${n - invalid.length} valid, ${invalid.length} ` +
              `invalid (${errorCount} ${errorCount === 1 ? 'error' : 'errors'}).\n`,
      );
    }
    return invalid.length > 0 ? 1 : 0;
  },
};
