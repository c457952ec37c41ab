import type { Command } from '../command.js';

/** `woo-kit example`: not built yet. */
export const example: Command = {
  name: 'example',
  summary: 'not available yet',
  usage: 'usage: woo-kit example',
  async run(_args, io) {
    io.stderr.write('woo-kit example: not available yet\n');
    return 2;
  },
};
