import type { Command } from '../command.js';

const usage = [
  'usage: woo-kit serve [--config FILE] [--port N] [--host HOST] [--database FILE] [--public-origin URL] [--demo]',
  '       woo-kit serve token create --name NAME (--role reader|caseworker|admin | --scopes S,S) [--config ' +
    'FILE] [--database FILE]',
  '       woo-kit serve token list [--config FILE] [--database FILE]',
  '       woo-kit serve token revoke ID [--config FILE] [--database FILE]',
  '       woo-kit serve import FILE|DIR... [--batch N] [--config FILE] [--database FILE]',
  '',
  'Runs the woo-kit server: Woo requests from the public, an API for case workers, the DiWoo sitemap.',
  'Data goes into a SQLite file (default ./woo-kit.sqlite), or into PostgreSQL when DATABASE_URL is set.',
  'Migrations run on start. Log lines are JSON on stdout and stderr. Stop with Ctrl+C or SIGTERM.',
  '',
  '  --config FILE        JSON settings (port, host, database, databaseUrl, publicOrigin, statusPage, oidc,',
  '                       rateLimit, trustProxy, retentionMonths, minimumGroupSize, demo, zgw); options win',
  '                       zgw files requests as zaken in a zaaksysteem; its secret from ZGW_SECRET (docs/zgw.md)',
  '  --port N             port to listen on (default 8080, or PORT)',
  '  --host HOST          address to listen on (default 127.0.0.1: put a reverse proxy with TLS in front)',
  '  --database FILE      the SQLite file (ignored when DATABASE_URL is set)',
  '  --public-origin URL  the address the public uses, e.g. https://www.voorbeeld.nl (or PUBLIC_ORIGIN)',
  "  --demo               fill an empty database with the demo municipality's sample data",
  '',
  'import fills the search index (GET /api/publications/search) from DiWoo sitemaps, sitemap indexes (their',
  'sitemaps are read from the same folder) and Publication JSON lines; running it again changes only what changed.',
  'It prints a JSON summary; the exit code is 1 when records were left out (they are listed), else 0.',
  '',
  'token create prints the new API key once; only its hash is stored. Roles: reader (read requests),',
  'caseworker (also record events), admin (also audit log, export, erase). Scopes: requests:read, ' +
    'requests:write, admin.',
].join('\n');

/**
 * `woo-kit serve`: runs @woo-kit/server (see its README and docs/getting-started-integrator.md).
 * Loaded only when used, so the other commands never load a database driver.
 */
export const serve: Command = {
  name: 'serve',
  summary: 'run the woo-kit server (SQLite or PostgreSQL); manage its API keys; fill its search index',
  usage,
  async run(args, io) {
    const { serveMain } = await import('@woo-kit/server');
    return serveMain(args, io);
  },
};
