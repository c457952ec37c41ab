import type { Command } from '../command.js';

/** `woo-kit diwoo`: not built yet. */
export const diwoo: Command = {
  name: 'diwoo',
  summary: 'not available yet',
  usage: 'usage: woo-kit diwoo',
  async run(_args, io) {
    io.stderr.write('woo-kit diwoo: not available yet\n');
    return 2;
  },
};
