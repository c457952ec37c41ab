/**
 * @woo-kit/cli: the `woo-kit` command, JSON lines in and out.
 * @packageDocumentation
 */
export { main } from './main.js';
export type { CliIO, Command } from './command.js';
export { mapJsonLines, readAll } from './jsonl.js';
