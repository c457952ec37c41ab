import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { safeHttpUrl } from '../internal/safe-url.js';

/** Why a search counts as missed: it found nothing, or it found something and nothing was opened. */
export type MissReason = 'no-results' | 'nothing-opened';

/**
 * A search term as the browser sends it: lower case, no accents, white space collapsed. The server
 * screens and normalises again (docs/effect.md); terms with digits in a row (a phone number, BSN,
 * postcode) or an @ are not even sent.
 */
export function reportableTerm(query: string): string | undefined {
  const term = query.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
  if (term.length < 2 || term.length > 80 || /@|\d{4,}|\d[\d .-]{6,}\d/.test(term)) return undefined;
  return term;
}

type Host = ReactiveControllerHost & HTMLElement;

interface Search {
  readonly term: string;
  readonly total: number;
}

/**
 * Reports searches in `<woo-publications report-misses>` that found nothing, and searches after which
 * nothing was opened, to `POST /api/search-misses` of @woo-kit/server (or the endpoint given). Listens
 * to the host's own `woo-publications-change` events and to clicks on its result links; needs nothing
 * else from the host. A search counts once it stayed the same for `settleMs` (not every keystroke);
 * each term is reported at most once per reason per page visit. Sent without cookies, with
 * `keepalive` so the report of the last search survives leaving the page.
 */
export class SearchReportController implements ReactiveController {
  readonly #host: Host;
  readonly #endpoint: () => string | null;
  readonly #settleMs: number;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** The last search that settled with results, until something is opened or another search settles. */
  #open: Search | undefined;
  #latest: Search | undefined;
  readonly #reported = new Set<string>();

  constructor(host: Host, endpoint: () => string | null, settleMs = 1500) {
    this.#host = host;
    this.#endpoint = endpoint;
    this.#settleMs = settleMs;
    host.addController(this);
  }

  readonly #onChange = (event: Event): void => {
    if (this.#endpoint() === null) return;
    const detail = event as Event & { query?: { query?: unknown }; total?: unknown };
    const query = typeof detail.query?.query === 'string' ? detail.query.query : '';
    const total = typeof detail.total === 'number' ? detail.total : 0;
    const term = reportableTerm(query);
    if (this.#latest?.term === term && this.#latest?.total === total) return; // a page or sort change
    clearTimeout(this.#timer);
    this.#latest = term ? { term, total } : undefined;
    this.#timer = setTimeout(() => this.#settle(), this.#settleMs);
  };

  readonly #onClick = (event: Event): void => {
    // A result link was followed: the search found what it should.
    const path = event.composedPath();
    const inResults = path.some((node) => node instanceof Element && node.getAttribute('part') === 'results');
    if (inResults && path.some((node) => node instanceof HTMLAnchorElement)) {
      if (this.#timer !== undefined) this.#settle();
      this.#open = undefined;
    }
  };

  /** Leaving (or hiding: phones often never fire pagehide) settles the last search. */
  readonly #onHidden = (): void => {
    if (document.visibilityState === 'hidden') this.#flush();
  };
  readonly #onPageHide = (): void => this.#flush();

  #settle(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const search = this.#latest;
    if (!search) return;
    // The search before this one had results and nothing of them was opened.
    if (this.#open && this.#open.term !== search.term) this.#report(this.#open.term, 'nothing-opened');
    this.#open = undefined;
    if (search.total === 0) this.#report(search.term, 'no-results');
    else this.#open = search;
  }

  /** Leaving the page: the last search is settled, and if nothing was opened it counts as such. */
  #flush(): void {
    if (this.#timer !== undefined) this.#settle();
    if (this.#open) this.#report(this.#open.term, 'nothing-opened');
    this.#open = undefined;
  }

  #report(term: string, reason: MissReason): void {
    const key = `${reason} ${term}`;
    const url = safeHttpUrl(this.#endpoint() || '/api/search-misses');
    if (this.#reported.has(key) || !url) return;
    this.#reported.add(key);
    void fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ term, reason }),
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      keepalive: true,
    }).catch(() => undefined); // counting is best effort: a lost report changes nothing for the visitor
  }

  hostConnected(): void {
    this.#host.addEventListener('woo-publications-change', this.#onChange);
    this.#host.addEventListener('click', this.#onClick);
    document.addEventListener('visibilitychange', this.#onHidden);
    window.addEventListener('pagehide', this.#onPageHide);
  }

  hostDisconnected(): void {
    this.#flush();
    clearTimeout(this.#timer);
    this.#host.removeEventListener('woo-publications-change', this.#onChange);
    this.#host.removeEventListener('click', this.#onClick);
    document.removeEventListener('visibilitychange', this.#onHidden);
    window.removeEventListener('pagehide', this.#onPageHide);
  }
}
