/**
 * The two databases behind one small interface: SQL with `?` placeholders, rows as plain objects,
 * and transactions that either commit whole or leave nothing behind. Connection and lock
 * failures become `StoreUnavailableError` (the HTTP layer answers 503 with Retry-After).
 */
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import pg from 'pg';
import { StoreUnavailableError } from '../errors.js';

export type Dialect = 'sqlite' | 'postgres';

export interface Db {
  readonly dialect: Dialect;
  /** Rows of a query (also of `INSERT … RETURNING`). */
  all<T extends object>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Runs a statement; resolves to the number of rows it changed. */
  run(sql: string, params?: readonly unknown[]): Promise<number>;
  /** Runs several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  /** Runs `fn` in one transaction: all of it is committed, or none of it. */
  transaction<T>(fn: (db: Db) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

// ---------------------------------------------------------------------------------------------
// SQLite (better-sqlite3): synchronous, one connection. A promise-chain lock keeps the statements of
// one transaction together even though `fn` is async; everything else waits its turn.

const SQLITE_UNAVAILABLE = /^SQLITE_(BUSY|LOCKED|CANTOPEN|IOERR|FULL|READONLY)/;

function sqliteError(error: unknown): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && SQLITE_UNAVAILABLE.test(code) ? new StoreUnavailableError(error) : error;
}

export interface SqliteOptions {
  /** How long to wait for a lock held by another process before answering 503 (ms, default 2000). */
  readonly busyTimeoutMs?: number;
}

export function openSqlite(file: string, options: SqliteOptions = {}): Db {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  let db: Database.Database;
  try {
    db = new Database(file, { timeout: options.busyTimeoutMs ?? 2000 });
    db.pragma('journal_mode = WAL');
    // FULL: a transaction that was answered as committed survives a power cut, not only a crash.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    // 64 MiB of pages in memory (SQLite's default is 2 MiB): the search index's B-trees and full-text
    // segments are written in random order, and at a million publications most of that would be re-read.
    db.pragma('cache_size = -65536');
    // Read the file through memory mapping (up to 2 GiB of address space, not of memory): a search
    // reads thousands of rows, and each read is then a memory access instead of a system call and a copy.
    if (file !== ':memory:') db.pragma('mmap_size = 2147483648');
  } catch (error) {
    throw sqliteError(error);
  }
  // Prepared statements are reused: preparing costs more than running a small statement (bulk import).
  const statements = new Map<string, Database.Statement>();
  const prepared = (sql: string): Database.Statement => {
    let statement = statements.get(sql);
    if (!statement) {
      if (statements.size >= 200) statements.clear();
      statements.set(sql, (statement = db.prepare(sql)));
    }
    return statement;
  };
  let queue: Promise<unknown> = Promise.resolve();
  const locked = <T>(fn: () => Promise<T>): Promise<T> => {
    const result = queue.then(fn, fn);
    queue = result.catch(() => undefined);
    return result;
  };
  const direct: Db = {
    dialect: 'sqlite',
    async all<T extends object>(sql: string, params: readonly unknown[] = []) {
      try {
        return prepared(sql).all(...params) as T[];
      } catch (error) {
        throw sqliteError(error);
      }
    },
    async run(sql, params = []) {
      try {
        return prepared(sql).run(...params).changes;
      } catch (error) {
        throw sqliteError(error);
      }
    },
    async exec(sql) {
      try {
        db.exec(sql);
      } catch (error) {
        throw sqliteError(error);
      }
    },
    transaction() {
      throw new Error('nested transactions are not supported');
    },
    async close() {
      db.close();
    },
  };
  return {
    dialect: 'sqlite',
    all: (sql, params) => locked(() => direct.all(sql, params)),
    run: (sql, params) => locked(() => direct.run(sql, params)),
    exec: (sql) => locked(() => direct.exec(sql)),
    transaction: (fn) =>
      locked(async () => {
        // IMMEDIATE: take the write lock at the start, so two processes never deadlock halfway.
        await direct.exec('BEGIN IMMEDIATE');
        try {
          const result = await fn(direct);
          await direct.exec('COMMIT');
          return result;
        } catch (error) {
          if (db.inTransaction) db.exec('ROLLBACK');
          throw error;
        }
      }),
    close: () => locked(() => direct.close()),
  };
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL (pg): a pool; each transaction on one client.

/** SQLSTATE classes and codes that mean "try again later", and Node's network errors. */
function pgUnavailable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') {
    return error instanceof Error && /connect|Connection terminated|timeout/i.test(error.message);
  }
  return (
    /^(08|53|57P)/.test(code) || // connection exception, insufficient resources, operator intervention
    code === '40001' || // serialization failure
    code === '40P01' || // deadlock detected
    code === '55P03' || // lock not available (lock_timeout)
    code === '57014' || // query cancelled (statement_timeout)
    /^E(CONNREFUSED|CONNRESET|NOTFOUND|TIMEDOUT|HOSTUNREACH|PIPE|AI_AGAIN)$/.test(code)
  );
}

const pgError = (error: unknown): unknown => (pgUnavailable(error) ? new StoreUnavailableError(error) : error);

/**
 * A read that runs often with the same text (a search, a status page) is a named prepared statement,
 * so PostgreSQL plans it once per connection instead of at every call. Statements whose text varies
 * with the data (`IN (?, ?, …)` lists, writes) stay unnamed, so connections do not collect plans.
 */
function query(sql: string, params: readonly unknown[]): pg.QueryConfig {
  const text = numbered(sql);
  const reuse = /^\s*(SELECT|WITH)\b/i.test(sql) && !/\bIN \(\?/.test(sql) && sql.length < 4000;
  return reuse
    ? { name: `woo_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`, text, values: [...params] }
    : { text, values: [...params] };
}

/** `?` placeholders to `$1, $2, …` (our SQL never uses `?` for anything else). */
function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

export interface PostgresOptions {
  /** Give up connecting after this long (ms, default 3000): the client gets 503, not a hanging request. */
  readonly connectTimeoutMs?: number;
  readonly maxConnections?: number;
  /** Give up waiting for a lock after this long (ms, default 3000): a locked table answers 503, not a hang. */
  readonly lockTimeoutMs?: number;
}

export function openPostgres(connectionString: string, options: PostgresOptions = {}): Db {
  const pool = new pg.Pool({
    connectionString,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 3000,
    max: options.maxConnections ?? 10,
    lock_timeout: options.lockTimeoutMs ?? 3000,
    statement_timeout: 30_000,
  });
  // An idle client that loses its connection must not crash the process.
  pool.on('error', () => {});
  const over = (client: pg.Pool | pg.PoolClient): Omit<Db, 'transaction' | 'close'> => ({
    dialect: 'postgres',
    async all<T extends object>(sql: string, params: readonly unknown[] = []) {
      try {
        return (await client.query(query(sql, params))).rows as T[];
      } catch (error) {
        throw pgError(error);
      }
    },
    async run(sql, params = []) {
      try {
        return (await client.query(query(sql, params))).rowCount ?? 0;
      } catch (error) {
        throw pgError(error);
      }
    },
    async exec(sql) {
      try {
        await client.query(sql);
      } catch (error) {
        throw pgError(error);
      }
    },
  });
  return {
    ...over(pool),
    async transaction(fn) {
      let client: pg.PoolClient;
      try {
        client = await pool.connect();
      } catch (error) {
        throw pgError(error);
      }
      const inner: Db = {
        ...over(client),
        transaction: () => Promise.reject(new Error('nested transactions are not supported')),
        close: async () => {},
      };
      let broken = false;
      try {
        await inner.exec('BEGIN');
        const result = await fn(inner);
        await inner.exec('COMMIT');
        return result;
      } catch (error) {
        // A connection that cannot even roll back is dropped from the pool instead of reused.
        broken = await client.query('ROLLBACK').then(
          () => false,
          () => true,
        );
        throw error;
      } finally {
        client.release(broken);
      }
    },
    async close() {
      await pool.end();
    },
  };
}

/** Unique-constraint violation, in either database. */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
