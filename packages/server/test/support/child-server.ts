// A server in its own process, for the crash test: `node --import tsx child-server.ts` with
// WOO_KIT_TEST_DATABASE (a SQLite file) or DATABASE_URL. Prints its URL on the first line of stdout.
import { startServer } from '../../src/index.js';

const running = await startServer(
  {
    port: 0,
    host: '127.0.0.1',
    database: process.env['WOO_KIT_TEST_DATABASE'] ?? 'crash.sqlite',
    ...(process.env['DATABASE_URL'] ? { databaseUrl: process.env['DATABASE_URL'] } : {}),
    rateLimit: { limit: 1_000_000 },
  },
  { logger: () => {}, today: () => '2025-03-28' },
);
process.stdout.write(`${running.url}\n`);
