import type { Command } from '../command.js';

/** `woo-kit validate`: not built yet. */
export const validate: Command = {
  name: 'validate',
  summary: 'not available yet',
  usage: 'usage: woo-kit validate',
  async run(_args, io) {
    io.stderr.write('woo-kit validate: not available yet\n');
    return 2;
  },
};
