import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { safeHttpUrl } from '../internal/safe-url.js';

export type RequestChoice = 'answer' | 'documents' | 'answer-then-request';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * Counts, for `<woo-request-form report-choices>`, what people chose in the first step ("an answer to
 * a question" or "documents") and whether someone who chose an answer still sent a formal request in
 * the same page visit (docs/effect.md). Sends only the choice to `POST /api/request-choices` of
 * @woo-kit/server (the server counts it per month); no cookie, no text, no id.
 *
 * Self-contained: it reads the first step's radio buttons (`name="want"`) when that step's form is
 * submitted, and listens to the host's `woo-request-sent` event. The first choice of a page visit
 * counts; going back and changing it does not count again.
 */
export class RequestChoiceReportController implements ReactiveController {
  readonly #host: Host;
  readonly #endpoint: () => string | null;
  #chosen: 'answer' | 'documents' | undefined;
  #filed = false;

  constructor(host: Host, endpoint: () => string | null) {
    this.#host = host;
    this.#endpoint = endpoint;
    host.addController(this);
  }

  readonly #onSubmit = (event: Event): void => {
    if (this.#chosen || this.#endpoint() === null) return;
    const form = event.target instanceof HTMLFormElement ? event.target : null;
    const want = form?.querySelector<HTMLInputElement>('input[name="want"]:checked')?.value;
    if (want === 'answer' || want === 'documents') {
      this.#chosen = want;
      this.#report(want);
    }
  };

  readonly #onSent = (): void => {
    if (this.#chosen === 'answer' && !this.#filed) {
      this.#filed = true;
      this.#report('answer-then-request');
    }
  };

  #report(choice: RequestChoice): void {
    const endpoint = this.#endpoint();
    const url = endpoint === null ? undefined : safeHttpUrl(endpoint || '/api/request-choices');
    if (!url) return;
    void fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ choice }),
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      keepalive: true,
    }).catch(() => undefined); // best effort: a lost count changes nothing for the person
  }

  hostConnected(): void {
    // `submit` bubbles inside the shadow root, not out of it: listen there (created before this runs).
    this.#host.renderRoot.addEventListener('submit', this.#onSubmit, { capture: true });
    this.#host.addEventListener('woo-request-sent', this.#onSent);
  }

  hostDisconnected(): void {
    this.#host.renderRoot.removeEventListener('submit', this.#onSubmit, { capture: true });
    this.#host.removeEventListener('woo-request-sent', this.#onSent);
  }
}
