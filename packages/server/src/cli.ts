/**
 * `woo-kit serve` and `woo-kit serve token create|list|revoke`. The CLI package calls `serveMain`;
 * it lives here so the server and its command are tested together.
 */
import type { Writable } from 'node:stream';
import { newApiKey, roles, scopes, scopesOfRole, type Role, type Scope } from './auth.js';
import { ConfigError, loadConfig, type ServeConfig } from './config.js';
import { startServer } from './index.js';
import { jsonLogger } from './log.js';
import { importPublications, ImportError, type ImportSummary } from './search/import.js';
import { openStore } from './store/store.js';

export interface ServeIO {
  readonly stdout: Writable;
  readonly stderr: Writable;
}

type Options = Map<string, string | true>;

function parse(args: readonly string[]): { options: Options; positionals: string[] } {
  const options: Options = new Map();
  const positionals: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      if (eq > 0) options.set(arg.slice(2, eq), arg.slice(eq + 1));
      else if (arg === '--demo' || i + 1 >= args.length || args[i + 1]!.startsWith('--'))
        options.set(arg.slice(2), true);
      else options.set(arg.slice(2), args[++i]!);
    } else positionals.push(arg);
  }
  return { options, positionals };
}

const str = (options: Options, name: string): string | undefined => {
  const value = options.get(name);
  return typeof value === 'string' ? value : undefined;
};

function configOf(options: Options, env: Readonly<Record<string, string | undefined>>): ServeConfig {
  const allowed = new Set([
    'config',
    'port',
    'host',
    'database',
    'public-origin',
    'demo',
    'name',
    'role',
    'scopes',
    'batch',
  ]);
  for (const name of options.keys()) if (!allowed.has(name)) throw new ConfigError(`unknown option --${name}`);
  return loadConfig(str(options, 'config'), env, {
    port: str(options, 'port'),
    host: str(options, 'host'),
    database: str(options, 'database'),
    publicOrigin: str(options, 'public-origin'),
    demo: options.get('demo') === true ? true : undefined,
  });
}

async function token(
  sub: string | undefined,
  rest: readonly string[],
  options: Options,
  config: ServeConfig,
  io: ServeIO,
): Promise<number> {
  const store = await openStore(config.databaseUrl ? { databaseUrl: config.databaseUrl } : { file: config.database });
  try {
    if (sub === 'create') {
      const name = str(options, 'name');
      if (!name) throw new ConfigError('token create needs --name (what the key is for, e.g. "zaaksysteem")');
      const role = str(options, 'role');
      const listed = str(options, 'scopes');
      let granted: readonly Scope[];
      if (role && !listed) {
        if (!(roles as readonly string[]).includes(role))
          throw new ConfigError(`--role must be one of ${roles.join(', ')}`);
        granted = scopesOfRole[role as Role];
      } else if (listed && !role) {
        const parts = listed
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
        const unknown = parts.find((s) => !(scopes as readonly string[]).includes(s));
        if (unknown !== undefined || parts.length === 0)
          throw new ConfigError(`unknown scope "${unknown ?? ''}"; scopes are ${scopes.join(', ')}`);
        granted = parts as Scope[];
      } else throw new ConfigError('token create needs either --role or --scopes');
      const key = newApiKey();
      await store.createApiKey({ id: key.id, name, keyHash: key.keyHash, scopes: granted });
      await store.appendAudit({
        at: new Date().toISOString(),
        actor: 'cli',
        action: 'apikey.created',
        requestId: null,
        detail: key.id,
      });
      io.stdout.write(`${JSON.stringify({ id: key.id, name, scopes: granted, key: key.key })}\n`);
      io.stderr.write('Store this key now: it is shown only once. Send it as "Authorization: Bearer <key>".\n');
      return 0;
    }
    if (sub === 'list') {
      for (const key of await store.listApiKeys()) io.stdout.write(`${JSON.stringify(key)}\n`);
      return 0;
    }
    if (sub === 'revoke') {
      const id = rest[0];
      if (!id) throw new ConfigError('token revoke needs the id of the key');
      const done = await store.revokeApiKey(id);
      if (!done) {
        io.stderr.write(`woo-kit serve token revoke: no active key with id ${id}\n`);
        return 1;
      }
      await store.appendAudit({
        at: new Date().toISOString(),
        actor: 'cli',
        action: 'apikey.revoked',
        requestId: null,
        detail: id,
      });
      io.stdout.write(`${JSON.stringify({ id, revoked: true })}\n`);
      return 0;
    }
    throw new ConfigError(`unknown token command "${sub ?? ''}"; use create, list or revoke`);
  } finally {
    await store.close();
  }
}

async function importCommand(
  paths: readonly string[],
  options: Options,
  config: ServeConfig,
  io: ServeIO,
): Promise<number> {
  if (paths.length === 0)
    throw new ConfigError('import needs a file or folder (DiWoo sitemaps, a sitemap index, or Publication JSON lines)');
  const batchText = str(options, 'batch');
  const batchSize = batchText === undefined ? undefined : Number(batchText);
  if (batchSize !== undefined && !(Number.isInteger(batchSize) && batchSize >= 1 && batchSize <= 50_000))
    throw new ConfigError('--batch must be a whole number from 1 to 50000');
  const store = await openStore(config.databaseUrl ? { databaseUrl: config.databaseUrl } : { file: config.database });
  const tty = (io.stderr as { isTTY?: boolean }).isTTY === true;
  const started = Date.now();
  const line = (s: ImportSummary) => {
    const seconds = Math.max(0.001, (Date.now() - started) / 1000);
    return (
      `${s.read} read, ${s.added} added, ${s.updated} updated, ${s.unchanged} unchanged, ${s.invalid} left out ` +
      `(${Math.round((s.added + s.updated + s.unchanged) / seconds)}/s)`
    );
  };
  try {
    const summary = await importPublications(store.db, paths, {
      ...(batchSize ? { batchSize } : {}),
      // A progress line that overwrites itself, only on a terminal (a log file gets only the summary).
      ...(tty ? { onProgress: (s: ImportSummary) => io.stderr.write(`\r\x1b[2K${line(s)}`) } : {}),
    });
    if (tty) io.stderr.write('\r\x1b[2K');
    for (const p of summary.problems)
      io.stderr.write(`${p.file}${p.line ? `:${p.line}` : ''}: ${p.code}: ${p.message.en}\n`);
    if (summary.invalid > summary.problems.length)
      io.stderr.write(`… and ${summary.invalid - summary.problems.length} more\n`);
    io.stderr.write(`${summary.files} file(s): ${line(summary)} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    const { problems: _problems, ...counts } = summary;
    void _problems;
    io.stdout.write(`${JSON.stringify(counts)}\n`);
    return summary.invalid > 0 ? 1 : 0;
  } catch (error) {
    if (error instanceof ImportError) {
      io.stderr.write(`woo-kit serve import: ${error.message}\n`);
      return 2;
    }
    throw error;
  } finally {
    await store.close();
  }
}

/**
 * Runs `woo-kit serve …`; resolves to the exit code. For `serve` itself it resolves when the server
 * stops (SIGINT or SIGTERM, or `stop` resolving). Never throws.
 */
export async function serveMain(
  args: readonly string[],
  io: ServeIO,
  env: Readonly<Record<string, string | undefined>> = process.env,
  stop?: Promise<void>,
): Promise<number> {
  try {
    const { options, positionals } = parse(args);
    const config = configOf(options, env);
    if (positionals[0] === 'token') return await token(positionals[1], positionals.slice(2), options, config, io);
    if (positionals[0] === 'import') return await importCommand(positionals.slice(1), options, config, io);
    if (positionals.length > 0) throw new ConfigError(`unexpected argument "${positionals[0]}"`);
    const running = await startServer(config, { logger: jsonLogger(io.stdout, io.stderr) });
    await new Promise<void>((resolve) => {
      const done = () => resolve();
      process.once('SIGINT', done);
      process.once('SIGTERM', done);
      void stop?.then(done);
    });
    await running.close();
    return 0;
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr.write(`woo-kit serve: ${error.message} (woo-kit serve --help shows the options)\n`);
      return 2;
    }
    // A database that cannot be reached, a port in use: one line, no stack trace.
    const code = (error as { code?: unknown } | null)?.code;
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`woo-kit serve: cannot start: ${message}${typeof code === 'string' ? ` (${code})` : ''}\n`);
    return 1;
  }
}
