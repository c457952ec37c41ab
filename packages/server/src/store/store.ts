/**
 * What the server keeps, behind one interface for SQLite and PostgreSQL: requests (with the hash of
 * the requester's capability token and a version for optimistic locking), publications, API keys
 * (hashed) and the append-only audit log. All SQL is shared; only the column type of the sequence
 * differs (see migrations.ts).
 */
import type { Publication, WooRequest } from '@woo-kit/core';
import {
  isUniqueViolation,
  openPostgres,
  openSqlite,
  type Db,
  type PostgresOptions,
  type SqliteOptions,
} from './db.js';
import { migrate } from './migrations.js';
import { indexPublications } from '../search/index-store.js';

/** A request as stored. */
export interface StoredRequest {
  readonly request: WooRequest;
  readonly idempotencyKey: string;
  readonly bodyHash: string;
  readonly tokenHash: string;
  /** Goes up by one with every change; the HTTP layer sends it as the ETag. */
  readonly version: number;
  /** The day the request was closed (decided, withdrawn or forwarded), if it was. */
  readonly closedOn: string | null;
  /** The day the requester's contact details were erased, if they were. */
  readonly contactErasedOn: string | null;
}

export interface ApiKeyRecord {
  readonly id: string;
  readonly name: string;
  readonly scopes: readonly string[];
  readonly createdAt: string;
  readonly revokedAt: string | null;
}

export interface AuditEntry {
  readonly seq?: number;
  readonly at: string;
  /** Who: `apikey:<id>`, `oidc:<subject>`, `requester` or `system:<job>`. Never a name or e-mail address. */
  readonly actor: string;
  readonly action: string;
  readonly requestId: string | null;
  /** Short, machine-made detail (an event type, a count); never text a person typed. */
  readonly detail: string | null;
}

interface RequestRow {
  id: string;
  idempotency_key: string;
  body_hash: string;
  token_hash: string;
  version: number | string;
  closed_on: string | null;
  contact_erased_on: string | null;
  json: string;
}

const REQUEST_COLUMNS = 'id, idempotency_key, body_hash, token_hash, version, closed_on, contact_erased_on, json';

function fromRow(row: RequestRow): StoredRequest {
  return {
    request: JSON.parse(row.json) as WooRequest,
    idempotencyKey: row.idempotency_key,
    bodyHash: row.body_hash,
    tokenHash: row.token_hash,
    version: Number(row.version),
    closedOn: row.closed_on,
    contactErasedOn: row.contact_erased_on,
  };
}

export interface NewRequest {
  readonly idempotencyKey: string;
  readonly bodyHash: string;
  readonly tokenHash: string;
  readonly receivedOn: string;
  /** Builds the request once its reference (`WOO-2025-0042`) is known. */
  readonly build: (id: string) => WooRequest;
  /** More to write in the same transaction when the request is new (e.g. its place in the ZGW queue). */
  readonly also?: (tx: Db, request: WooRequest) => Promise<void>;
}

export type UpdateResult =
  { readonly kind: 'updated'; readonly stored: StoredRequest } | { readonly kind: 'conflict' | 'missing' };

export class WooStore {
  readonly db: Db;

  constructor(db: Db) {
    this.db = db;
  }

  /** Runs the migrations the database lacks (on start). */
  migrate(): Promise<number[]> {
    return migrate(this.db);
  }

  /**
   * Creates the request for an Idempotency-Key once, with the next reference of its year. A second
   * call with the same key returns the stored request (`created: false`). Request, number and key
   * are written in one transaction: after a crash either all of it is there or none of it.
   */
  async createRequest(input: NewRequest): Promise<{ stored: StoredRequest; created: boolean }> {
    const attempt = () =>
      this.db.transaction(async (tx) => {
        const existing = await tx.all<RequestRow>(
          `SELECT ${REQUEST_COLUMNS} FROM woo_requests WHERE idempotency_key = ?`,
          [input.idempotencyKey],
        );
        if (existing[0]) {
          const stored = fromRow(existing[0]);
          if (stored.bodyHash !== input.bodyHash) return { stored, created: false };
          // A retry of the same request: its earlier answer (with the only copy of the token) may
          // have been lost, so it gets a new token and the old one stops working.
          await tx.run('UPDATE woo_requests SET token_hash = ? WHERE id = ?', [input.tokenHash, stored.request.id]);
          return { stored: { ...stored, tokenHash: input.tokenHash }, created: false };
        }
        const year = input.receivedOn.slice(0, 4);
        const [row] = await tx.all<{ last: number | string }>(
          'INSERT INTO woo_request_numbers (year, last) VALUES (?, 1) ON CONFLICT (year) DO UPDATE SET last = ' +
            'woo_request_numbers.last + 1 RETURNING last',
          [year],
        );
        const request = input.build(`WOO-${year}-${String(Number(row!.last)).padStart(4, '0')}`);
        await tx.run(
          'INSERT INTO woo_requests (id, idempotency_key, body_hash, token_hash, received_on, version, json) ' +
            'VALUES (?, ?, ?, ?, ?, 1, ?)',
          [
            request.id,
            input.idempotencyKey,
            input.bodyHash,
            input.tokenHash,
            request.receivedOn,
            JSON.stringify(request),
          ],
        );
        await input.also?.(tx, request);
        const stored: StoredRequest = {
          request,
          idempotencyKey: input.idempotencyKey,
          bodyHash: input.bodyHash,
          tokenHash: input.tokenHash,
          version: 1,
          closedOn: null,
          contactErasedOn: null,
        };
        return { stored, created: true };
      });
    try {
      return await attempt();
    } catch (error) {
      // Two instances (PostgreSQL) raced with the same key: the other one won; answer its request.
      if (isUniqueViolation(error)) return attempt();
      throw error;
    }
  }

  async getRequest(id: string): Promise<StoredRequest | undefined> {
    const [row] = await this.db.all<RequestRow>(`SELECT ${REQUEST_COLUMNS} FROM woo_requests WHERE id = ?`, [id]);
    return row ? fromRow(row) : undefined;
  }

  async listRequests(): Promise<StoredRequest[]> {
    return (await this.db.all<RequestRow>(`SELECT ${REQUEST_COLUMNS} FROM woo_requests ORDER BY seq`)).map(fromRow);
  }

  async countRequests(): Promise<number> {
    const [row] = await this.db.all<{ n: number | string }>('SELECT COUNT(*) AS n FROM woo_requests');
    return Number(row?.n ?? 0);
  }

  /**
   * Replaces a request when its version is still `expectedVersion` (optimistic locking), and
   * writes the audit entry in the same transaction.
   */
  async updateRequest(
    id: string,
    expectedVersion: number,
    request: WooRequest,
    closedOn: string | null,
    audit: AuditEntry,
  ): Promise<UpdateResult> {
    return this.db.transaction(async (tx) => {
      const changed = await tx.run(
        'UPDATE woo_requests SET json = ?, closed_on = ?, version = version + 1 WHERE id = ? AND version = ?',
        [JSON.stringify(request), closedOn, id, expectedVersion],
      );
      if (changed === 0) {
        const [exists] = await tx.all<{ id: string }>('SELECT id FROM woo_requests WHERE id = ?', [id]);
        return { kind: exists ? 'conflict' : 'missing' };
      }
      await appendAudit(tx, audit);
      const [row] = await tx.all<RequestRow>(`SELECT ${REQUEST_COLUMNS} FROM woo_requests WHERE id = ?`, [id]);
      return { kind: 'updated', stored: fromRow(row!) };
    });
  }

  /**
   * Erases the contact details of the given requests (AVG art. 17, and the retention job); the rest
   * of each record stays for the statistics. One audit entry per request, in the same transaction.
   */
  async eraseContactDetails(ids: readonly string[], today: string, actor: string, action: string): Promise<number> {
    if (ids.length === 0) return 0;
    return this.db.transaction(async (tx) => {
      let erased = 0;
      for (const id of ids) {
        const [row] = await tx.all<RequestRow>(`SELECT ${REQUEST_COLUMNS} FROM woo_requests WHERE id = ?`, [id]);
        if (!row) continue;
        const { requester: _gone, ...rest } = JSON.parse(row.json) as WooRequest;
        void _gone;
        await tx.run('UPDATE woo_requests SET json = ?, contact_erased_on = ?, version = version + 1 WHERE id = ?', [
          JSON.stringify(rest),
          row.contact_erased_on ?? today,
          id,
        ]);
        await appendAudit(tx, { at: new Date().toISOString(), actor, action, requestId: id, detail: null });
        erased++;
      }
      return erased;
    });
  }

  /** Requests closed on or before `cutoff` whose contact details are still there. */
  async closedWithContactDetails(cutoff: string): Promise<string[]> {
    const rows = await this.db.all<{ id: string }>(
      'SELECT id FROM woo_requests WHERE closed_on IS NOT NULL AND closed_on <= ? AND contact_erased_on IS ' +
        'NULL ORDER BY seq',
      [cutoff],
    );
    return rows.map((r) => r.id);
  }

  async listPublications(): Promise<Publication[]> {
    return (await this.db.all<{ json: string }>('SELECT json FROM woo_publications ORDER BY seq')).map(
      (r) => JSON.parse(r.json) as Publication,
    );
  }

  /**
   * Loads sample data in one transaction. Sample requests get a token hash nobody has a token for;
   * `tokenHashes` (same order as `requests`) gives demo requests a known one.
   */
  async seed(
    requests: readonly WooRequest[],
    publications: readonly Publication[],
    options: { tokenHashes?: readonly string[]; closedOn?: (r: WooRequest) => string | null } = {},
  ): Promise<void> {
    await this.db.transaction(async (tx) => {
      for (const [i, request] of requests.entries()) {
        await tx.run(
          'INSERT INTO woo_requests (id, idempotency_key, body_hash, token_hash, received_on, version, ' +
            'closed_on, json) VALUES (?, ?, ?, ?, ?, 1, ?, ?)',
          [
            request.id,
            `sample-${request.id}`,
            'sample',
            options.tokenHashes?.[i] ?? `sample-no-token-${i}`,
            request.receivedOn,
            options.closedOn?.(request) ?? null,
            JSON.stringify(request),
          ],
        );
        const year = request.receivedOn.slice(0, 4);
        const n = Number(/-(\d+)$/.exec(request.id)?.[1] ?? 0);
        await tx.run(
          'INSERT INTO woo_request_numbers (year, last) VALUES (?, ?) ON CONFLICT (year) DO UPDATE SET last = ' +
            'CASE WHEN woo_request_numbers.last > excluded.last THEN woo_request_numbers.last ELSE excluded.last ' +
            'END',
          [year, n],
        );
      }
      for (const publication of publications) {
        await tx.run(
          'INSERT INTO woo_publications (id, json) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET json = excluded.json',
          [publication.id, JSON.stringify(publication)],
        );
      }
    });
    // The sample publications are searchable too (GET /api/publications/search).
    await indexPublications(this.db, publications);
  }

  // --- API keys -------------------------------------------------------------------------------

  async createApiKey(record: { id: string; name: string; keyHash: string; scopes: readonly string[] }): Promise<void> {
    await this.db.run('INSERT INTO woo_api_keys (id, name, key_hash, scopes, created_at) VALUES (?, ?, ?, ?, ?)', [
      record.id,
      record.name,
      record.keyHash,
      record.scopes.join(' '),
      new Date().toISOString(),
    ]);
  }

  /** The key with this hash, unless it was revoked. */
  async findApiKey(keyHash: string): Promise<ApiKeyRecord | undefined> {
    const [row] = await this.db.all<{
      id: string;
      name: string;
      scopes: string;
      created_at: string;
      revoked_at: string | null;
    }>('SELECT id, name, scopes, created_at, revoked_at FROM woo_api_keys WHERE key_hash = ? AND revoked_at IS NULL', [
      keyHash,
    ]);
    return row
      ? {
          id: row.id,
          name: row.name,
          scopes: row.scopes.split(' ').filter(Boolean),
          createdAt: row.created_at,
          revokedAt: row.revoked_at,
        }
      : undefined;
  }

  async listApiKeys(): Promise<ApiKeyRecord[]> {
    const rows = await this.db.all<{
      id: string;
      name: string;
      scopes: string;
      created_at: string;
      revoked_at: string | null;
    }>('SELECT id, name, scopes, created_at, revoked_at FROM woo_api_keys ORDER BY created_at, id');
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      scopes: row.scopes.split(' ').filter(Boolean),
      createdAt: row.created_at,
      revokedAt: row.revoked_at,
    }));
  }

  /** Resolves to false when there is no such key or it was already revoked. */
  async revokeApiKey(id: string): Promise<boolean> {
    return (
      (await this.db.run('UPDATE woo_api_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL', [
        new Date().toISOString(),
        id,
      ])) > 0
    );
  }

  // --- audit log ------------------------------------------------------------------------------

  appendAudit(entry: AuditEntry): Promise<void> {
    return appendAudit(this.db, entry);
  }

  async listAudit(options: { requestId?: string; limit?: number } = {}): Promise<AuditEntry[]> {
    const limit = Math.max(1, Math.min(1000, options.limit ?? 200));
    const where = options.requestId === undefined ? '' : 'WHERE request_id = ?';
    const rows = await this.db.all<{
      seq: number | string;
      at: string;
      actor: string;
      action: string;
      request_id: string | null;
      detail: string | null;
    }>(
      `SELECT seq, at, actor, action, request_id, detail FROM woo_audit_log ${where} ORDER BY seq DESC LIMIT ${limit}`,
      options.requestId === undefined ? [] : [options.requestId],
    );
    return rows.map((r) => ({
      seq: Number(r.seq),
      at: r.at,
      actor: r.actor,
      action: r.action,
      requestId: r.request_id,
      detail: r.detail,
    }));
  }

  close(): Promise<void> {
    return this.db.close();
  }
}

async function appendAudit(db: Db, entry: AuditEntry): Promise<void> {
  await db.run('INSERT INTO woo_audit_log (at, actor, action, request_id, detail) VALUES (?, ?, ?, ?, ?)', [
    entry.at,
    entry.actor,
    entry.action,
    entry.requestId,
    entry.detail,
  ]);
}

export interface OpenStoreOptions {
  /** A PostgreSQL connection string (`postgres://…`); when set, PostgreSQL is used. */
  readonly databaseUrl?: string;
  /** The SQLite file (default `woo-kit.sqlite` in the working directory); `:memory:` for tests. */
  readonly file?: string;
  readonly sqlite?: SqliteOptions;
  readonly postgres?: PostgresOptions;
  /** Run the migrations (default true). */
  readonly migrate?: boolean;
}

/** Opens SQLite, or PostgreSQL when `databaseUrl` is given, and runs the migrations. */
export async function openStore(options: OpenStoreOptions = {}): Promise<WooStore> {
  const db = options.databaseUrl
    ? openPostgres(options.databaseUrl, options.postgres)
    : openSqlite(options.file ?? 'woo-kit.sqlite', options.sqlite);
  const store = new WooStore(db);
  if (options.migrate !== false) {
    try {
      await store.migrate();
    } catch (error) {
      await store.close().catch(() => undefined);
      throw error;
    }
  }
  return store;
}
