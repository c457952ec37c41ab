import { examples } from '@woo-kit/core';
import { parseArgs, usageError, type Command } from '../command.js';

/** The names the CLI accepts, mapped to the schema names of @woo-kit/core. */
export const documentKinds = {
  request: 'woo-request',
  decision: 'decision',
  publication: 'publication',
  contact: 'contact-point',
  organisation: 'organisation',
  'woo-decision': 'woo-decision',
  'inventory-item': 'inventory-item',
} as const;

/** A kind of document the CLI knows. */
export type DocumentKind = keyof typeof documentKinds;

/** True when `name` is a kind of document the CLI knows. */
export function isDocumentKind(name: string | undefined): name is DocumentKind {
  return name !== undefined && Object.prototype.hasOwnProperty.call(documentKinds, name);
}

const KINDS = Object.keys(documentKinds).join('|');

/** `woo-kit example`: prints a valid example document of a schema. */
export const example: Command = {
  name: 'example',
  summary: 'print a valid example request, publication or contact point',
  usage: [
    `usage: woo-kit example ${KINDS}`,
    '',
    'Prints a complete, valid example of the document as pretty JSON. Use it as a starting point',
    'for your own data; `woo-kit validate` checks the result.',
  ].join('\n'),
  async run(args, io) {
    const { options, positionals } = parseArgs(args);
    for (const name of options.keys()) return usageError(io, example, `unknown option --${name}`);
    const [kind, ...rest] = positionals;
    if (kind === undefined) return usageError(io, example, 'name the kind of document');
    if (!isDocumentKind(kind)) return usageError(io, example, `unknown kind of document "${kind}"`);
    if (rest.length > 0) return usageError(io, example, `unexpected argument "${rest[0]}"`);
    io.stdout.write(`${JSON.stringify(examples[documentKinds[kind]], null, 2)}\n`);
    return 0;
  },
};
