/**
 * Versioned schema migrations, run on start. Each migration runs once, in order, inside one
 * transaction together with its row in `woo_schema_migrations`; on PostgreSQL an advisory lock
 * keeps two instances that start at the same time from running the same migration twice.
 * Never edit a migration that was released: add a new one.
 */
import type { Db, Dialect } from './db.js';
import { fillTrigrams, fillWords } from '../search/index-store.js';

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: (dialect: Dialect) => string;
  /** Work SQL cannot do (rewriting rows with code), run after `sql` in the same transaction. */
  readonly after?: (db: Db) => Promise<void>;
}

const seq = (d: Dialect) =>
  d === 'sqlite' ? 'INTEGER PRIMARY KEY AUTOINCREMENT' : 'BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY';

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
  {
    version: 3,
    name: 'requests filed as zaken in a zaaksysteem (ZGW)',
    // One row per request that is to be filed as a zaak (src/zgw/filings.ts): the zaak's identificatie
    // (derived from the Idempotency-Key), the zaak and rol once made, and the retry queue's state.
    // `lease_until` lets one worker at a time (also across PostgreSQL instances) file a request.
    sql: () => `
      CREATE TABLE woo_zgw_filings (
        request_id TEXT PRIMARY KEY,
        identificatie TEXT NOT NULL,
        state TEXT NOT NULL,
        zaak_url TEXT,
        rol_url TEXT,
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at TEXT NOT NULL,
        lease_until TEXT,
        last_error TEXT,
        created_at TEXT NOT NULL,
        filed_at TEXT
      );
      CREATE INDEX woo_zgw_filings_queue ON woo_zgw_filings (state, next_attempt_at);
    `,
  },
  {
    version: 4,
    name: 'search index of SQLite: three-letter pieces of words, computed once per publication',
    // The trigram tokenizer of migration 2 indexed every three characters of the text, spaces and
    // repeats included, with their positions: 100 µs of work per publication and a large index.
    // Now the index holds each distinct three-letter piece of a word once, without positions
    // (detail=none, contentless): the stored title and body confirm a candidate. See
    // src/search/index-store.ts. PostgreSQL keeps its indexes (pg_trgm does the same thing there).
    sql: (d) =>
      d === 'sqlite'
        ? `DROP TRIGGER IF EXISTS woo_search_fts_insert;
           DROP TRIGGER IF EXISTS woo_search_fts_delete;
           DROP TRIGGER IF EXISTS woo_search_fts_update;
           DROP TABLE IF EXISTS woo_search_fts;
           CREATE VIRTUAL TABLE woo_search_grams USING fts5(grams, content='', contentless_delete=1, \
detail=none, tokenize='ascii');`
        : '',
    after: async (db) => {
      if (db.dialect !== 'sqlite') return;
      await fillTrigrams(db);
    },
  },
  {
    version: 5,
    name: 'feedback, missed searches and request choices (docs/effect.md)',
    // Counts and screened text only: no IP address, no cookie, no time of day, no request reference.
    sql: (d) => `
      CREATE TABLE woo_feedback (
        seq ${seq(d)},
        day TEXT NOT NULL,
        page_kind TEXT NOT NULL,
        subject TEXT NOT NULL,
        answer TEXT NOT NULL,
        outcome TEXT,
        decision_time TEXT,
        language TEXT,
        -- Screened free text; set to NULL by the retention job (default after 6 months).
        text TEXT,
        text_erased_on TEXT
      );
      CREATE INDEX woo_feedback_day ON woo_feedback (day);
      CREATE TABLE woo_search_misses (
        term TEXT NOT NULL,
        day TEXT NOT NULL,
        reason TEXT NOT NULL,
        count INTEGER NOT NULL,
        PRIMARY KEY (term, day, reason)
      );
      CREATE TABLE woo_request_choices (
        month TEXT NOT NULL,
        choice TEXT NOT NULL,
        count INTEGER NOT NULL,
        PRIMARY KEY (month, choice)
      );
    `,
  },
  {
    version: 6,
    name: 'search index of PostgreSQL: the endings of words instead of pg_trgm',
    // pg_trgm answered "brug" inside "fietsbrug" by intersecting the lists of publications of every
    // three-letter piece, long lists at a million publications, and then rechecked the text of every
    // candidate: most of a search's CPU time. Now a GIN index holds every ending of every word (of at
    // most 32 letters: "fietsbrug", "ietsbrug", … "rug"); a query word is a prefix of an ending, which
    // the index answers exactly. The words come from column `words`, written by the server
    // (src/search/text.ts indexWords), so the words split the same way as in SQLite and the browser.
    // PL/pgSQL: half the CPU time of the same function in SQL (measured: 18 against 35 µs a row).
    sql: (d) =>
      d === 'postgres'
        ? `CREATE FUNCTION woo_word_suffixes(words TEXT) RETURNS tsvector
             LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
               DECLARE
                 keys TEXT[] := '{}';
                 w TEXT;
               BEGIN
                 FOREACH w IN ARRAY string_to_array(words, ' ') LOOP
                   FOR i IN 1 .. length(w) - 2 LOOP
                     keys := keys || substr(w, i, 32);
                   END LOOP;
                 END LOOP;
                 RETURN array_to_tsvector(keys); -- sorted, each key once
               END
             $$;
           ALTER TABLE woo_search_publications ADD COLUMN words TEXT NOT NULL DEFAULT '';`
        : '',
    after: async (db) => {
      if (db.dialect !== 'postgres') return;
      // Filled first, indexed after: one pass to build the index instead of an update per row. At a
      // million publications this takes minutes: longer than the server's limit for one statement.
      await db.exec("SET LOCAL statement_timeout = 0; SET LOCAL maintenance_work_mem = '256MB'");
      await fillWords(db);
      await db.exec(
        'CREATE INDEX woo_search_words ON woo_search_publications USING GIN (woo_word_suffixes(words)); ' +
          'DROP INDEX IF EXISTS woo_search_trgm',
      );
    },
  },
];

/** Applies the migrations the database does not have yet; resolves to the versions applied. */
export async function migrate(db: Db, list: readonly Migration[] = migrations): Promise<number[]> {
  return db.transaction(async (tx) => {
    // Any constant works as the lock key, as long as it is always the same one.
    if (tx.dialect === 'postgres') await tx.all('SELECT pg_advisory_xact_lock(57414801)');
    await tx.exec(
      'CREATE TABLE IF NOT EXISTS woo_schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, ' +
        'applied_at TEXT NOT NULL)',
    );
    const done = new Set(
      (await tx.all<{ version: number }>('SELECT version FROM woo_schema_migrations')).map((r) => Number(r.version)),
    );
    const applied: number[] = [];
    for (const migration of [...list].sort((a, b) => a.version - b.version)) {
      if (done.has(migration.version)) continue;
      const sql = migration.sql(tx.dialect).trim();
      if (sql) await tx.exec(sql);
      await migration.after?.(tx);
      await tx.run('INSERT INTO woo_schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [
        migration.version,
        migration.name,
        new Date().toISOString(),
      ]);
      applied.push(migration.version);
    }
    return applied;
  });
}
