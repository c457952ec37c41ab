import type { Command } from '../command.js';

/** `woo-kit classify`: not built yet. */
export const classify: Command = {
  name: 'classify',
  summary: 'not available yet',
  usage: 'usage: woo-kit classify',
  async run(_args, io) {
    io.stderr.write('woo-kit classify: not available yet\n');
    return 2;
  },
};
