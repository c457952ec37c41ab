import type { Command } from '../command.js';

/** `woo-kit categories`: not built yet. */
export const categories: Command = {
  name: 'categories',
  summary: 'not available yet',
  usage: 'usage: woo-kit categories',
  async run(_args, io) {
    io.stderr.write('woo-kit categories: not available yet\n');
    return 2;
  },
};
