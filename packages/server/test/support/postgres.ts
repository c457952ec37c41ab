/**
 * A real PostgreSQL for the tests, as the test script gets real browsers:
 * - `WOO_KIT_TEST_DATABASE_URL` set: use that server (its role must be allowed to create databases);
 * - otherwise the local cluster of Debian's `postgresql` package. When it is not running and we are
 *   root, it is installed if missing (`apt-get install postgresql`) and started (`pg_ctlcluster`), and
 *   a test role `wookit_test` is made. Not root: one clear line says what to do.
 *
 * Each call of `createTestDatabase` makes a fresh, empty database and returns its URL; `drop` removes it.
 * Run this file directly (`node --import tsx test/support/postgres.ts`) to only make sure PostgreSQL runs.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import pg from 'pg';

const ROLE = 'wookit_test';
const PASSWORD = 'wookit_test';
const DEFAULT_URL = `postgres://${ROLE}:${PASSWORD}@127.0.0.1:5432/postgres`;

export class PostgresUnavailable extends Error {}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

function portOpen(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host });
    socket.setTimeout(1000);
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
    socket.once('error', () => resolve(false));
  });
}

function run(command: string, args: readonly string[]): void {
  const result = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (result.status !== 0)
    throw new PostgresUnavailable(
      `${command} ${args.join(' ')} failed: ${(result.stderr ?? '').trim().split('\n').at(-1) ?? ''}`,
    );
}

/** As root: install (when missing) and start the local cluster, and make the test role. */
function startLocalCluster(): void {
  if (!existsSync('/usr/bin/pg_ctlcluster')) {
    run('apt-get', ['install', '-y', '-q', 'postgresql']);
  }
  const clusters = execFileSync('pg_lsclusters', ['-h'], { encoding: 'utf8' }).trim().split('\n').filter(Boolean);
  if (clusters.length === 0)
    throw new PostgresUnavailable('PostgreSQL is installed but has no cluster (pg_createcluster)');
  const [version, name, , status] = clusters[0]!.split(/\s+/);
  if (status !== 'online') run('pg_ctlcluster', [version!, name!, 'start']);
}

function ensureRole(): void {
  const sql = `DO $$ BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${ROLE}') THEN
      CREATE ROLE ${ROLE} LOGIN CREATEDB PASSWORD '${PASSWORD}';
    END IF;
  END $$;`;
  run('su', [
    'postgres',
    '-c',
    `psql -q -v ON_ERROR_STOP=1 -c "${sql.replace(/\n\s*/g, ' ').replace(/"/g, '\\"').replace(/\$/g, '\\$')}"`,
  ]);
}

let ready: Promise<string> | undefined;

/** Makes sure a PostgreSQL server is there; resolves to a URL of a role that may create databases. */
export function ensurePostgres(): Promise<string> {
  ready ??= (async () => {
    const given = process.env['WOO_KIT_TEST_DATABASE_URL'];
    if (given) return given;
    if (!(await portOpen(5432))) {
      if (!isRoot()) {
        throw new PostgresUnavailable(
          'PostgreSQL is not running on 127.0.0.1:5432 and this is not root: start it (sudo pg_ctlcluster 15 ' +
            'main start) or set WOO_KIT_TEST_DATABASE_URL.',
        );
      }
      startLocalCluster();
      for (let i = 0; i < 50 && !(await portOpen(5432)); i++) await new Promise((r) => setTimeout(r, 200));
    }
    if (isRoot()) ensureRole();
    return DEFAULT_URL;
  })();
  return ready;
}

const DROP_ATTEMPTS = 10;

/** A fresh, empty database for one test file. */
export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const admin = await ensurePostgres();
  const name = `wookit_test_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      try {
        for (let attempt = 1; ; attempt++) {
          try {
            await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
            return;
          } catch (error) {
            // An autovacuum worker busy in the database belongs to no role we may stop, so FORCE fails with
            // 42501 (seen once in CI after a test file wrote many rows); 55006: still in use. Both pass within
            // moments: wait and try again.
            const code = (error as { code?: string }).code;
            if ((code !== '42501' && code !== '55006') || attempt === DROP_ATTEMPTS) throw error;
            await new Promise((resolve) => setTimeout(resolve, 250 * attempt));
          }
        }
      } finally {
        await c.end();
      }
    },
  };
}

// `node --import tsx packages/server/test/support/postgres.ts`: only make sure it runs.
if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  ensurePostgres().then(
    () => console.log('PostgreSQL is ready on 127.0.0.1:5432.'),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(1);
    },
  );
}
