import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Publication, WooRequest } from '@woo-kit/core';

/** What the service keeps about a request. */
export interface StoredRequest {
  readonly request: WooRequest;
  readonly idempotencyKey: string;
  /** Hash of the POSTed body: a reused key with another body is refused. */
  readonly bodyHash: string;
}

/**
 * Storage in one SQLite file (better-sqlite3). Every write is one transaction, so nothing is ever
 * half-written; better-sqlite3 is synchronous, so within one process two requests with the same
 * Idempotency-Key cannot both pass the check, and the UNIQUE constraint guards the rest.
 */
export class Store {
  readonly db: Database.Database;
  private readonly statements;

  constructor(file: string) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('foreign_keys = ON');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS requests (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        idempotency_key TEXT NOT NULL UNIQUE,
        body_hash TEXT NOT NULL,
        received_on TEXT NOT NULL,
        json TEXT NOT NULL
      );
      CREATE TABLE IF NOT EXISTS publications (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        json TEXT NOT NULL
      );
    `);
    this.statements = {
      byKey: this.db.prepare<[string], { json: string; idempotency_key: string; body_hash: string }>(
        'SELECT json, idempotency_key, body_hash FROM requests WHERE idempotency_key = ?',
      ),
      byId: this.db.prepare<[string], { json: string }>('SELECT json FROM requests WHERE id = ?'),
      insert: this.db.prepare('INSERT INTO requests (id, idempotency_key, body_hash, received_on, json) VALUES (?, ?, ?, ?, ?)'),
      countInYear: this.db.prepare<[string], { n: number }>("SELECT COUNT(*) AS n FROM requests WHERE substr(received_on, 1, 4) = ?"),
      all: this.db.prepare<[], { json: string }>('SELECT json FROM requests ORDER BY seq'),
      count: this.db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM requests'),
      publications: this.db.prepare<[], { json: string }>('SELECT json FROM publications ORDER BY seq'),
      insertPublication: this.db.prepare('INSERT OR REPLACE INTO publications (id, json) VALUES (?, ?)'),
    };
  }

  /**
   * Creates the request for an Idempotency-Key once, with the next reference of its year
   * (`WOO-2025-0042`). A second call with the same key returns the stored request
   * (`created: false`), whatever happened in between.
   */
  createOnce(
    idempotencyKey: string,
    bodyHash: string,
    receivedOn: string,
    build: (id: string) => WooRequest,
  ): { stored: StoredRequest; created: boolean } {
    const transaction = this.db.transaction((): { stored: StoredRequest; created: boolean } => {
      const existing = this.statements.byKey.get(idempotencyKey);
      if (existing) {
        return {
          stored: { request: JSON.parse(existing.json) as WooRequest, idempotencyKey, bodyHash: existing.body_hash },
          created: false,
        };
      }
      const year = receivedOn.slice(0, 4);
      const sequence = (this.statements.countInYear.get(year)?.n ?? 0) + 1;
      const request = build(`WOO-${year}-${String(sequence).padStart(4, '0')}`);
      this.statements.insert.run(request.id, idempotencyKey, bodyHash, request.receivedOn, JSON.stringify(request));
      return { stored: { request, idempotencyKey, bodyHash }, created: true };
    });
    return transaction.immediate();
  }

  getRequest(id: string): WooRequest | undefined {
    const row = this.statements.byId.get(id);
    return row ? (JSON.parse(row.json) as WooRequest) : undefined;
  }

  listRequests(): WooRequest[] {
    return this.statements.all.all().map((row) => JSON.parse(row.json) as WooRequest);
  }

  countRequests(): number {
    return this.statements.count.get()?.n ?? 0;
  }

  listPublications(): Publication[] {
    return this.statements.publications.all().map((row) => JSON.parse(row.json) as Publication);
  }

  /** Loads sample data in one transaction (all or nothing). */
  seed(requests: readonly WooRequest[], publications: readonly Publication[]): void {
    this.db.transaction(() => {
      requests.forEach((request, i) => {
        this.statements.insert.run(request.id, `sample-${i}`, 'sample', request.receivedOn, JSON.stringify(request));
      });
      for (const publication of publications) this.statements.insertPublication.run(publication.id, JSON.stringify(publication));
    })();
  }

  close(): void {
    this.db.close();
  }
}
