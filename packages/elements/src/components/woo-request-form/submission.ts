import type { WooRequest } from '@woo-kit/core';
import { computeDeadline, type DeadlineResult } from '@woo-kit/deadlines';
import type { RequestReceipt } from '../../events/woo-request-submit.js';
import { safeHttpUrl } from '../../internal/safe-url.js';

/** What a send gave: a receipt (with the legal deadline when it can be computed), or a failure. */
export type SendOutcome =
  | { readonly kind: 'sent'; readonly receipt: RequestReceipt; readonly deadline: DeadlineResult | undefined }
  | { readonly kind: 'failed'; readonly offline: boolean };

/**
 * The receipt from the server's answer: its `reference` (or `id`), the day it counts the request as
 * received, and a private status link when it gives a safe one. Anything missing falls back to the
 * request itself; anything of the wrong type is ignored.
 */
export function receiptFrom(body: unknown, request: WooRequest): RequestReceipt {
  const fields = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const reference = [fields['reference'], fields['id']].find((v): v is string => typeof v === 'string' && v.length > 0);
  const receivedOn = typeof fields['receivedOn'] === 'string' ? fields['receivedOn'] : request.receivedOn;
  const statusUrl = typeof fields['statusUrl'] === 'string' ? safeHttpUrl(fields['statusUrl']) : undefined;
  return { reference: reference ?? request.id, receivedOn, ...(statusUrl ? { statusUrl } : {}) };
}

/** The legal decision term from the day of receipt, or undefined when the engine cannot compute it. */
export function deadlineFrom(receivedOn: string): DeadlineResult | undefined {
  try {
    return computeDeadline({ receivedOn });
  } catch {
    return undefined;
  }
}

/**
 * POSTs a request as JSON to `action` (an http(s) URL the caller checked) with its Idempotency-Key,
 * so that a retried send creates one request only. Never throws: a network error or an answer other
 * than 2xx is a failure, with `offline` when the browser knows it has no connection.
 */
export async function sendRequest(action: string, request: WooRequest, idempotencyKey: string): Promise<SendOutcome> {
  let receipt: RequestReceipt;
  try {
    const response = await fetch(action, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', 'idempotency-key': idempotencyKey },
      body: JSON.stringify(request),
      credentials: 'same-origin',
    });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    receipt = receiptFrom(await response.json().catch(() => ({})), request);
  } catch {
    return { kind: 'failed', offline: typeof navigator !== 'undefined' && navigator.onLine === false };
  }
  return { kind: 'sent', receipt, deadline: deadlineFrom(receipt.receivedOn) };
}
