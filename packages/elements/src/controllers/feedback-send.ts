import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { safeHttpUrl } from '../internal/safe-url.js';
import {
  checkFeedback,
  feedbackBody,
  type FeedbackContext,
  type FeedbackDraft,
  type FeedbackProblem,
} from '../components/woo-feedback/feedback-model.js';

export type FeedbackSendState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'sending' }
  | { readonly kind: 'sent' }
  /** `busy`: the server said too many messages (429); `offline`: the browser has no connection. */
  | { readonly kind: 'failed'; readonly reason: 'network' | 'busy' | 'offline' | 'not-connected' };

/**
 * The feedback form's state that outlives a render: the draft (kept in session storage, so a reload
 * or a failed send loses nothing; cleared once sent), the problems of the last check, and sending.
 * Sends without cookies (`credentials: 'omit'`): the server must not be able to follow a person.
 */
export class FeedbackSendController implements ReactiveController {
  draft: FeedbackDraft = { answer: '', text: '' };
  problems: { field: 'answer' | 'text'; problem: FeedbackProblem }[] = [];
  state: FeedbackSendState = { kind: 'idle' };
  readonly #host: ReactiveControllerHost;
  readonly #key: () => string;

  constructor(host: ReactiveControllerHost, key: () => string) {
    this.#host = host;
    this.#key = key;
    host.addController(this);
  }

  hostConnected(): void {
    try {
      const saved = JSON.parse(sessionStorage.getItem(this.#key()) ?? 'null') as Partial<FeedbackDraft> | null;
      if (saved && typeof saved.text === 'string') {
        const answer = saved.answer === 'yes' || saved.answer === 'partly' || saved.answer === 'no' ? saved.answer : '';
        this.draft = { answer, text: saved.text };
      }
    } catch {
      // No storage (private mode, sandbox): the draft lives in memory only.
    }
  }

  change(change: Partial<FeedbackDraft>): void {
    this.draft = { ...this.draft, ...change };
    if (this.state.kind === 'failed') this.state = { kind: 'idle' };
    try {
      sessionStorage.setItem(this.#key(), JSON.stringify(this.draft));
    } catch {
      // As above.
    }
    this.#host.requestUpdate();
  }

  /** Checks and sends; resolves to true when stored. Every value stays when it fails. */
  async send(endpoint: string, context: FeedbackContext): Promise<boolean> {
    if (this.state.kind === 'sending') return false;
    this.problems = checkFeedback(this.draft);
    if (this.problems.length) {
      this.#host.requestUpdate();
      return false;
    }
    const url = safeHttpUrl(endpoint);
    if (!url) {
      this.state = { kind: 'failed', reason: 'not-connected' };
      this.#host.requestUpdate();
      return false;
    }
    this.state = { kind: 'sending' };
    this.#host.requestUpdate();
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(feedbackBody(this.draft, context)),
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
      });
      if (response.status === 429) throw new Error('busy');
      if (!response.ok) throw new Error('http');
    } catch (error) {
      const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
      this.state = {
        kind: 'failed',
        reason: offline ? 'offline' : error instanceof Error && error.message === 'busy' ? 'busy' : 'network',
      };
      this.#host.requestUpdate();
      return false;
    }
    this.state = { kind: 'sent' };
    try {
      sessionStorage.removeItem(this.#key());
    } catch {
      // As above.
    }
    this.#host.requestUpdate();
    return true;
  }
}
