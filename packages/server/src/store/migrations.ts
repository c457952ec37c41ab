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
          ? `CREATE TRIGGER woo_audit_log_no_update BEFORE UPDATE ON woo_audit_log
               BEGIN SELECT RAISE(ABORT, 'woo_audit_log is append-only'); END;
             CREATE TRIGGER woo_audit_log_no_delete BEFORE DELETE ON woo_audit_log
               BEGIN SELECT RAISE(ABORT, 'woo_audit_log is append-only'); END;`
          : `CREATE FUNCTION woo_audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
               BEGIN RAISE EXCEPTION 'woo_audit_log is append-only'; END $$;
             CREATE TRIGGER woo_audit_log_no_change BEFORE UPDATE OR DELETE ON woo_audit_log
               FOR EACH ROW EXECUTE FUNCTION woo_audit_log_append_only();`
      }
    `,
  },
  {
    version: 2,
    name: 'search index of publications',
    // One row per publication (by id) with the folded text that is searched and the columns that are
    // filtered and sorted on; see src/search/index-store.ts. SQLite: an FTS5 table with the trigram
    // tokenizer over that text (external content, kept in step by triggers), so "brug" finds
    // "fietsbrug". PostgreSQL: a tsvector in the `dutch` configuration (stems) and a pg_trgm index
    // (words inside compounds), both GIN.
    sql: (d) => `
      CREATE TABLE woo_search_publications (
        doc ${seq(d)},
        id TEXT NOT NULL UNIQUE,
        -- SHA-256 of the publication's JSON: the same publication again changes nothing.
        hash TEXT NOT NULL,
        lastmod TEXT NOT NULL,
        -- The date shown and filtered on (made public, else created, else first action); '' when none.
        shown_on TEXT NOT NULL,
        title_key TEXT NOT NULL,
        -- Bit i is category i of CATEGORY_CODES in src/search/index-store.ts.
        categories INTEGER NOT NULL,
        document_type TEXT NOT NULL,
        title TEXT NOT NULL,
        body TEXT NOT NULL,
        json TEXT NOT NULL${
          d === 'postgres'
            ? `,
        tsv tsvector GENERATED ALWAYS AS
          (setweight(to_tsvector('dutch', title), 'A') || setweight(to_tsvector('dutch', body), 'B')) STORED`
            : ''
        }
      );
      CREATE INDEX woo_search_shown_on ON woo_search_publications (shown_on);
      CREATE INDEX woo_search_title_key ON woo_search_publications (title_key);
      ${
        d === 'sqlite'
          ? `CREATE VIRTUAL TABLE woo_search_fts USING fts5(title, body, content='woo_search_publications',
               content_rowid='doc', tokenize='trigram remove_diacritics 1');
             CREATE TRIGGER woo_search_fts_insert AFTER INSERT ON woo_search_publications BEGIN
               INSERT INTO woo_search_fts (rowid, title, body) VALUES (new.doc, new.title, new.body);
             END;
             CREATE TRIGGER woo_search_fts_delete AFTER DELETE ON woo_search_publications BEGIN
               INSERT INTO woo_search_fts (woo_search_fts, rowid, title, body)
                 VALUES ('delete', old.doc, old.title, old.body);
             END;
             CREATE TRIGGER woo_search_fts_update AFTER UPDATE OF title, body ON woo_search_publications BEGIN
               INSERT INTO woo_search_fts (woo_search_fts, rowid, title, body)
                 VALUES ('delete', old.doc, old.title, old.body);
               INSERT INTO woo_search_fts (rowid, title, body) VALUES (new.doc, new.title, new.body);
             END;`
          : `CREATE EXTENSION IF NOT EXISTS pg_trgm;
             CREATE INDEX woo_search_tsv ON woo_search_publications USING GIN (tsv);
             CREATE INDEX woo_search_trgm ON woo_search_publications USING GIN ((title || ' ' || body) gin_trgm_ops);`
      }
    `,
  },
];

/** Applies the migrations the database does not have yet; resolves to the versions applied. */
export async function migrate(db: Db, list: readonly Migration[] = migrations): Promise<number[]> {
  return db.transaction(async (tx) => {
    // Any constant works as the lock key, as long as it is always the same one.
    if (tx.dialect === 'postgres') await tx.all('SELECT pg_advisory_xact_lock(57414801)');
    await tx.exec('CREATE TABLE IF NOT EXISTS woo_schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, ' +
'applied_at TEXT NOT NULL)');
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
