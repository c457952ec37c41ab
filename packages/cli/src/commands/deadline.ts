import type { Command } from '../command.js';

/** `woo-kit deadline`: not built yet. */
export const deadline: Command = {
  name: 'deadline',
  summary: 'not available yet',
  usage: 'usage: woo-kit deadline',
  async run(_args, io) {
    io.stderr.write('woo-kit deadline: not available yet\n');
    return 2;
  },
};
