import type { WooRequest } from '@woo-kit/core';

/**
 * Fired by `<woo-request-form>` when a person sends a valid request. Cancelable: call
 * `preventDefault()` to send it yourself; otherwise the form POSTs it to its `action` URL.
 */
export class WooRequestSubmitEvent extends Event {
  static readonly type = 'woo-request-submit';
  readonly request: WooRequest;
  /** The key that makes a retried send create one request only (`Idempotency-Key` header). */
  readonly idempotencyKey: string;
  constructor(request: WooRequest, idempotencyKey: string) {
    super(WooRequestSubmitEvent.type, { bubbles: true, composed: true, cancelable: true });
    this.request = request;
    this.idempotencyKey = idempotencyKey;
  }
}

/** Receipt of a sent request, as the form shows it. */
export interface RequestReceipt {
  /** The reference the municipality gave the request. */
  readonly reference: string;
  /** The day the request counts as received (`YYYY-MM-DD`). */
  readonly receivedOn: string;
  /** The private status link the server gave (`…/woo-status#t=<token>&id=<reference>`), when it gave one. */
  readonly statusUrl?: string;
}

/** Fired by `<woo-request-form>` after the request was sent and a receipt is shown. */
export class WooRequestSentEvent extends Event {
  static readonly type = 'woo-request-sent';
  readonly receipt: RequestReceipt;
  constructor(receipt: RequestReceipt) {
    super(WooRequestSentEvent.type, { bubbles: true, composed: true });
    this.receipt = receipt;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'woo-request-submit': WooRequestSubmitEvent;
    'woo-request-sent': WooRequestSentEvent;
  }
}
