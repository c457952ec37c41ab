/**
 * Versioned schema migrations, run on start. Each migration runs once, in order, inside one
 * transaction together with its row in `woo_schema_migrations`; on PostgreSQL an advisory lock
 * keeps two instances that start at the same time from running the same migration twice.
 * Never edit a migration that was released: add a new one.
 */
import type { Db, Dialect } from './db.js';

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: (dialect: Dialect) => string;
}

const seq = (d: Dialect) => (d === 'sqlite' ? 'INTEGER PRIMARY KEY AUTOINCREMENT' : 'BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY');

export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'requests, publications, api keys, audit log',
    sql: (d) => `
      CREATE TABLE woo_requests (
        seq ${seq(d)},
        id TEXT NOT NULL UNIQUE,
        idempotency_key TEXT NOT NULL UNIQUE,
        body_hash TEXT NOT NULL,
        -- SHA-256 of the requester's capability token; the token itself is never stored.
        token_hash TEXT NOT NULL,
        received_on TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        closed_on TEXT,
        contact_erased_on TEXT,
        json TEXT NOT NULL
      );
      CREATE INDEX woo_requests_closed ON woo_requests (closed_on);
      CREATE TABLE woo_request_numbers (
        year TEXT PRIMARY KEY,
        last INTEGER NOT NULL
      );
      CREATE TABLE woo_publications (
        seq ${seq(d)},
        id TEXT NOT NULL UNIQUE,
        json TEXT NOT NULL
      );
      CREATE TABLE woo_api_keys (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        key_hash TEXT NOT NULL UNIQUE,
        scopes TEXT NOT NULL,
        created_at TEXT NOT NULL,
        revoked_at TEXT
      );
      CREATE TABLE woo_audit_log (
        seq ${seq(d)},
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        request_id TEXT,
        detail TEXT
      );
      ${
        d === 'sqlite'
          ? `CREATE TRIGGER woo_audit_log_no_update BEFORE UPDATE ON woo_audit_log BEGIN SELECT RAISE(ABORT, 'woo_audit_log is append-only'); END;
             CREATE TRIGGER woo_audit_log_no_delete BEFORE DELETE ON woo_audit_log BEGIN SELECT RAISE(ABORT, 'woo_audit_log is append-only'); END;`
          : `CREATE FUNCTION woo_audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
               BEGIN RAISE EXCEPTION 'woo_audit_log is append-only'; END $$;
             CREATE TRIGGER woo_audit_log_no_change BEFORE UPDATE OR DELETE ON woo_audit_log
               FOR EACH ROW EXECUTE FUNCTION woo_audit_log_append_only();`
      }
    `,
  },
];

/** Applies the migrations the database does not have yet; resolves to the versions applied. */
export async function migrate(db: Db, list: readonly Migration[] = migrations): Promise<number[]> {
  return db.transaction(async (tx) => {
    // Any constant works as the lock key, as long as it is always the same one.
    if (tx.dialect === 'postgres') await tx.all('SELECT pg_advisory_xact_lock(57414801)');
    await tx.exec('CREATE TABLE IF NOT EXISTS woo_schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    const done = new Set((await tx.all<{ version: number }>('SELECT version FROM woo_schema_migrations')).map((r) => Number(r.version)));
    const applied: number[] = [];
    for (const migration of [...list].sort((a, b) => a.version - b.version)) {
      if (done.has(migration.version)) continue;
      await tx.exec(migration.sql(tx.dialect));
      await tx.run('INSERT INTO woo_schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [migration.version, migration.name, new Date().toISOString()]);
      applied.push(migration.version);
    }
    return applied;
  });
}
