/**
 * Where the server keeps track of filing requests as zaken (table `woo_zgw_filings`, migration 3):
 * one row per request, written in the same transaction as the request itself, so a request that got
 * a receipt is always either filed or waiting in the queue. The request's text stays in
 * `woo_requests` whatever happens to the zaaksysteem.
 */
import type { Db } from '../store/db.js';

/** `pending`: waiting to be filed (or being filed); `filed`: the zaak and its initiator rol exist. */
export type FilingState = 'pending' | 'filed';

export interface Filing {
  readonly requestId: string;
  /** The zaak's identificatie, derived from the Idempotency-Key (the same on every try). */
  readonly identificatie: string;
  readonly state: FilingState;
  readonly zaakUrl: string | null;
  readonly rolUrl: string | null;
  readonly attempts: number;
  /** When the queue tries again (ISO time stamp). */
  readonly nextAttemptAt: string;
  /** The error code of the last failed try (`zgw-http 503`, `zgw-timeout`, …); never a message or text. */
  readonly lastError: string | null;
  readonly filedAt: string | null;
}

interface Row {
  request_id: string;
  identificatie: string;
  state: string;
  zaak_url: string | null;
  rol_url: string | null;
  attempts: number | string;
  next_attempt_at: string;
  last_error: string | null;
  filed_at: string | null;
}

const COLUMNS = 'request_id, identificatie, state, zaak_url, rol_url, attempts, next_attempt_at, last_error, filed_at';

const fromRow = (r: Row): Filing => ({
  requestId: r.request_id,
  identificatie: r.identificatie,
  state: r.state === 'filed' ? 'filed' : 'pending',
  zaakUrl: r.zaak_url,
  rolUrl: r.rol_url,
  attempts: Number(r.attempts),
  nextAttemptAt: r.next_attempt_at,
  lastError: r.last_error,
  filedAt: r.filed_at,
});

/** Puts a new request in the queue (inside the transaction that stores it). */
export async function enqueueFiling(tx: Db, requestId: string, identificatie: string, at: string): Promise<void> {
  await tx.run(
    'INSERT INTO woo_zgw_filings (request_id, identificatie, state, attempts, next_attempt_at, created_at) ' +
      'VALUES (?, ?, ?, 0, ?, ?) ON CONFLICT (request_id) DO NOTHING',
    [requestId, identificatie, 'pending', at, at],
  );
}

export async function getFiling(db: Db, requestId: string): Promise<Filing | undefined> {
  const [row] = await db.all<Row>(`SELECT ${COLUMNS} FROM woo_zgw_filings WHERE request_id = ?`, [requestId]);
  return row ? fromRow(row) : undefined;
}

/**
 * Takes the request for one try, unless it is filed or another worker holds it: resolves to the
 * filing when this worker may go on. The lease ends by itself at `leaseUntil`, so a worker that dies
 * holds nothing for long.
 */
export async function claimFiling(
  db: Db,
  requestId: string,
  now: string,
  leaseUntil: string,
): Promise<Filing | undefined> {
  const changed = await db.run(
    'UPDATE woo_zgw_filings SET lease_until = ?, attempts = attempts + 1 ' +
      "WHERE request_id = ? AND state = 'pending' AND (lease_until IS NULL OR lease_until < ?)",
    [leaseUntil, requestId, now],
  );
  return changed === 1 ? getFiling(db, requestId) : undefined;
}

/** Records the zaak as soon as it exists, so a later try never looks for it again. */
export async function recordZaak(db: Db, requestId: string, zaakUrl: string): Promise<void> {
  await db.run('UPDATE woo_zgw_filings SET zaak_url = ? WHERE request_id = ?', [zaakUrl, requestId]);
}

export async function recordFiled(db: Db, requestId: string, rolUrl: string, at: string): Promise<void> {
  const sql =
    "UPDATE woo_zgw_filings SET rol_url = ?, state = 'filed', filed_at = ?, lease_until = NULL, last_error = NULL";
  await db.run(`${sql} WHERE request_id = ?`, [rolUrl, at, requestId]);
}

/** A try failed: the lease ends and the queue tries again at `nextAttemptAt`. */
export async function recordFailure(db: Db, requestId: string, code: string, nextAttemptAt: string): Promise<void> {
  await db.run(
    'UPDATE woo_zgw_filings SET lease_until = NULL, last_error = ?, next_attempt_at = ? WHERE request_id = ?',
    [code, nextAttemptAt, requestId],
  );
}

/** Requests waiting whose next try is due, oldest first. */
export async function dueFilings(db: Db, now: string, limit: number): Promise<string[]> {
  const rows = await db.all<{ request_id: string }>(
    "SELECT request_id FROM woo_zgw_filings WHERE state = 'pending' AND next_attempt_at <= ? " +
      `ORDER BY next_attempt_at, request_id LIMIT ${Math.max(1, Math.floor(limit))}`,
    [now],
  );
  return rows.map((r) => r.request_id);
}

/** How many requests wait to be filed. */
export async function countPending(db: Db): Promise<number> {
  const [row] = await db.all<{ n: number | string }>(
    "SELECT COUNT(*) AS n FROM woo_zgw_filings WHERE state = 'pending'",
  );
  return Number(row?.n ?? 0);
}
