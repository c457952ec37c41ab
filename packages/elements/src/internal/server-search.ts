import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isValidPublication, type Publication } from '@woo-kit/core';
import type { PublicationsQuery } from '../events/woo-publications-change.js';

/** One page of an answer of a search endpoint (docs/search.md), checked. */
export interface ServerPage {
  readonly total: number;
  readonly page: number;
  readonly items: readonly Publication[];
  /** Items that were not valid publications (never shown). */
  readonly skipped: number;
  readonly categories: ReadonlyArray<{ readonly code: string; readonly count: number }>;
  readonly documentTypes: ReadonlyArray<{ readonly code: string; readonly count: number; readonly label?: string }>;
}

export type ServerProblem = 'http' | 'network' | 'format' | 'timeout';

/** The endpoint's query string for a search (`q`, `category`, …; see docs/search.md). */
export function searchUrl(endpoint: string, query: PublicationsQuery, pageSize: number, base: string): string {
  const url = new URL(endpoint, base);
  const set = (name: string, value: string) =>
    value ? url.searchParams.set(name, value) : url.searchParams.delete(name);
  set('q', query.query.trim());
  set('category', query.category);
  set('documentType', query.documentType);
  set('from', query.from);
  set('to', query.to);
  // Relevance needs search words; without them the endpoint's default (newest) is the same.
  set('sort', query.sort === 'relevance' && !query.query.trim() ? '' : query.sort);
  set('page', query.page > 1 ? String(query.page) : '');
  set('pageSize', String(Math.min(100, Math.max(1, Math.floor(pageSize) || 20))));
  return url.href;
}

const counts = (value: unknown): Array<{ code: string; count: number; label?: string }> =>
  Array.isArray(value)
    ? value
        .filter(
          (f): f is { code: string; count: number; label?: unknown } =>
            typeof f?.code === 'string' && Number.isInteger(f?.count),
        )
        .map((f) => ({ code: f.code, count: f.count, ...(typeof f.label === 'string' ? { label: f.label } : {}) }))
    : [];

/** An answer read carefully: it comes from another service; items that are not valid publications are left out. */
export function readServerPage(value: unknown): ServerPage | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  if (!Number.isInteger(v['total']) || !Array.isArray(v['items'])) return undefined;
  const items: Publication[] = [];
  let skipped = 0;
  for (const item of v['items'].slice(0, 100)) {
    if (isValidPublication(item)) items.push(item);
    else skipped++;
  }
  const facets = (typeof v['facets'] === 'object' && v['facets'] !== null ? v['facets'] : {}) as Record<
    string,
    unknown
  >;
  return {
    total: Math.max(0, v['total'] as number),
    page: Number.isInteger(v['page']) && (v['page'] as number) >= 1 ? (v['page'] as number) : 1,
    items,
    skipped,
    categories: counts(facets['categories']),
    documentTypes: counts(facets['documentTypes']),
  };
}

export interface ServerSearchOptions {
  /** Milliseconds after which a search counts as slow (announced). */
  readonly slowAfter?: number;
  /** Milliseconds after which a search is given up. */
  readonly timeout: () => number;
}

/**
 * Searches on a server: one request at a time (a newer search cancels the older one), typing
 * debounced, and the page replaced only by a whole, checked answer. A slow or failed search keeps the
 * previous page on screen and says so; the browser never holds more than one page and the facets.
 */
export class ServerSearchController implements ReactiveController {
  /** The last complete answer, and the URL it answers. */
  page: ServerPage | undefined;
  answeredUrl = '';
  pending = false;
  slow = false;
  problem: ServerProblem | undefined;
  /** Called when an answer (or a failure) for `url` has arrived. */
  onSettled: ((url: string) => void) | undefined;

  readonly #host: ReactiveControllerHost;
  readonly #options: ServerSearchOptions;
  #wantedUrl = '';
  #abort: AbortController | undefined;
  #debounce: ReturnType<typeof setTimeout> | undefined;
  #slowTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveControllerHost, options: ServerSearchOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#cancel();
  }

  #cancel(): void {
    clearTimeout(this.#debounce);
    clearTimeout(this.#slowTimer);
    this.#abort?.abort();
    this.#abort = undefined;
  }

  /** Searches `url` unless it is already answered or on its way; `delay` debounces typing. */
  request(url: string, delay = 0): void {
    // The same search again (a render that changed nothing else) is not sent twice; `retry` sends it again.
    if (url === this.#wantedUrl) return;
    this.#wantedUrl = url;
    this.#cancel();
    this.#debounce = setTimeout(() => void this.#run(url), delay);
  }

  /** Tries the last search again (after a failure). */
  retry(): void {
    const url = this.#wantedUrl;
    this.#wantedUrl = '';
    this.request(url);
  }

  async #run(url: string): Promise<void> {
    const abort = new AbortController();
    this.#abort = abort;
    this.pending = true;
    this.slow = false;
    this.problem = undefined;
    this.#host.requestUpdate();
    this.#slowTimer = setTimeout(() => {
      this.slow = true;
      this.#host.requestUpdate();
    }, this.#options.slowAfter ?? 2500);
    const timer = setTimeout(() => abort.abort('timeout'), this.#options.timeout());
    let problem: ServerProblem | undefined;
    let page: ServerPage | undefined;
    try {
      const response = await fetch(url, {
        signal: abort.signal,
        headers: { accept: 'application/json' },
        credentials: 'same-origin',
      });
      if (!response.ok) problem = 'http';
      else {
        page = readServerPage(await response.json().catch(() => undefined));
        if (!page) problem = 'format';
      }
    } catch {
      if (this.#abort !== abort) return; // a newer search took over
      problem = abort.signal.aborted ? 'timeout' : 'network';
    } finally {
      clearTimeout(timer);
    }
    if (this.#abort !== abort) return;
    clearTimeout(this.#slowTimer);
    this.#abort = undefined;
    this.pending = false;
    this.slow = false;
    this.problem = problem;
    if (page) {
      this.page = page;
      this.answeredUrl = url;
    }
    this.#host.requestUpdate();
    this.onSettled?.(url);
  }
}
