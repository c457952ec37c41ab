import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import type { Publication } from '@woo-kit/core';
import { WooElement } from '../../internal/woo-element.js';
import { formStyles } from '../../styles/form.js';
import { heading } from '../../internal/heading.js';
import { loadCategoryTexts } from '../../internal/category-text.js';
import { OnDemandController } from '../../controllers/on-demand.js';
import { SlicedWorkController } from '../../controllers/sliced-work.js';
import { AnnouncerController } from '../../controllers/announcer.js';
import { resultsText, skippedText } from '../../internal/plural.js';
import { safeHttpUrl } from '../../internal/safe-url.js';
import { pagination } from '../../internal/pagination.js';
import { feedProblemText, PublicationFeedController } from '../../internal/publication-feed.js';
import { WooPublicationsChangeEvent, type PublicationsQuery } from '../../events/woo-publications-change.js';
import { searchUrl, ServerSearchController } from '../../internal/server-search.js';
import * as search from './search-model.js';
import { queryFromUrl, urlWithQuery } from './url-query.js';
import { SearchStateController } from './search-state.js';
import { publicationResult } from './result.js';
import { resultsSummary, searchForm } from './search-form.js';
import { styles } from './woo-publications.styles.js';
import { SearchReportController } from '../../controllers/search-report.js';

export type { PublicationsQuery };
export { queryFromUrl, urlWithQuery };

/**
 * Finds publications of the municipality: full-text search over title and description (Dutch-aware:
 * case, accents and the start of words), filters by information category, date, organisation and
 * document type, sorting, and pages. The search lives in the page URL (`?zoek=…&categorie=…`), so it
 * can be shared and the back button works. Reads `Publication` JSON (an array, `{ items }` or JSON
 * lines) from `src`, or the `publications` property; records that are not valid are left out and counted.
 *
 * @fires woo-publications-change - when the search, a filter, the order or the page changes; `event.query`
 *   and `event.total`
 * @csspart notice - the message about records that were left out
 * @csspart results - the list of publications
 * @csspart result - one publication in the list
 * @csspart pagination - the page links
 * @cssprop --woo-publications-result-border-color - line between publications
 * @cssprop --woo-publications-current-page-background - background of the current page link
 *
 * @tagname woo-publications
 */
export class WooPublications extends WooElement {
  static override styles = [...WooElement.styles, formStyles, styles];

  /** URL of the feed: `Publication` JSON (array, `{ items }`, JSON lines) or a DiWoo sitemap. */
  @property() src = '';
  /** The publications as data (an array of `Publication`, or `{ items }`); used instead of `src`. */
  @property({ attribute: false }) publications: unknown;
  /** Heading level of the component's title (2–6); each publication gets the level below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
  /** How many publications a page shows. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 20;
  /** `off` keeps the search out of the page URL (for more than one list on a page). */
  @property({ attribute: 'url-state' }) urlState = 'on';
  /** Milliseconds to wait for the feed before giving up. */
  @property({ type: Number }) timeout = 20000;
  /**
   * Address of a search endpoint (`GET …?q=&category=&…`, docs/search.md), e.g. `/api/publications/search`.
   * When set, the server searches and the browser holds one page of results; `src` is not loaded.
   */
  @property({ attribute: 'search-endpoint' }) searchEndpoint = '';
  /**
   * Opt-in: count searches that found nothing or led nowhere (value: endpoint, default `/api/search-misses`;
   * docs/effect.md).
   */
  @property({ attribute: 'report-misses' }) reportMisses: string | null = null;
  protected readonly missReport = new SearchReportController(this, () => this.reportMisses);

  /** Names and explanations of the categories in the element's language (they load on demand). */
  protected readonly categoryTexts = new OnDemandController(this, loadCategoryTexts);
  readonly #source = new PublicationFeedController(this, {
    src: () => (this.searchEndpoint ? '' : this.src),
    inline: () => (this.searchEndpoint ? undefined : this.publications),
    timeout: () => this.timeout,
  });
  readonly #server = new ServerSearchController(this, { timeout: () => this.timeout });
  /** The search, its date fields and the page URL, kept in step (back and forward restore a search). */
  readonly #searchState = new SearchStateController(this, () => !/^(off|false|none|no)$/i.test(this.urlState));
  /** The number of results the live region announces (after a pause in typing). */
  readonly #announcer = new AnnouncerController<number>(this);
  /** Checks the records of a large feed and builds the word index in small steps after the first render. */
  readonly #background = new SlicedWorkController(this);

  #model: search.SearchModel | undefined;
  #hits: readonly number[] = [];
  /** The publications on the current page, each checked. */
  #shown: readonly number[] = [];
  #computedFor: unknown[] = [];
  /** The next server search comes from typing: wait for a pause first. */
  #typing = false;
  /** A change by the visitor whose server answer has not arrived yet. */
  #serverChange = false;
  #focusCount = false;

  /** The number of the publications that match (after the feed loaded). */
  get total(): number {
    return this.searchEndpoint ? (this.#server.page?.total ?? 0) : this.#hits.length;
  }

  /** True once every record of the feed has been checked; until then a large feed's count may still drop. */
  get checked(): boolean {
    return this.#model?.unchecked === 0;
  }

  #page(total: number): number {
    return search.pageOf(this.#searchState.query.page, total, this.pageSize);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.searchEndpoint) return;
    const raw = this.#source.raw;
    if (raw !== this.#model?.raw) {
      this.#background.cancel();
      this.#model = raw ? search.buildModel(raw) : undefined;
    }
    const model = this.#model;
    if (!model) return;
    const query = this.#searchState.query;
    if (model !== this.#computedFor[0] || query !== this.#computedFor[1]) {
      this.#hits = search.matches(model, query);
      this.#computedFor = [model, query];
    }
    // Only checked publications are shown: one that is not valid leaves the results, and the page fills up.
    ({ hits: this.#hits, shown: this.#shown } = search.pageOfResults(model, this.#hits, query.page, this.pageSize));
  }

  protected override updated(): void {
    if (this.searchEndpoint) return this.#updatedServer();
    const model = this.#model;
    if (model) {
      // Every record checked: the count and the filter choices leave out the records that are not valid.
      if (model.unchecked) {
        this.#background.run('check', (deadline) => {
          if (!search.checkUntil(model, deadline)) return false;
          this.#computedFor = [];
          this.requestUpdate();
          return true;
        });
      }
      // The word index, before the first keystroke needs it.
      if (!model.indexed) this.#background.run('index', (deadline) => search.indexUntil(model, deadline));
    }
    this.#focusCountAfterPaging();
    if (model && this.#searchState.takeChange()) {
      const total = this.#hits.length;
      const query = { ...this.#searchState.query, page: this.#page(total) };
      this.dispatchEvent(new WooPublicationsChangeEvent(query, total));
      // Announce the count once typing pauses, so a screen reader does not read every keystroke.
      this.#announcer.later(() => this.#hits.length);
    }
  }

  /** Server search: ask for the current query (typing waits for a pause); the answer is announced. */
  #updatedServer(): void {
    this.#server.onSettled ??= () => {
      const page = this.#server.page;
      if (!this.#serverChange || !page) return;
      this.#serverChange = false;
      this.dispatchEvent(new WooPublicationsChangeEvent({ ...this.#searchState.query, page: page.page }, page.total));
      this.#announcer.now(page.total);
    };
    const url = searchUrl(this.searchEndpoint, this.#searchState.query, this.pageSize, location.href);
    this.#server.request(url, this.#typing ? 350 : 0);
    this.#typing = false;
    if (this.#searchState.takeChange()) this.#serverChange = true;
    this.#focusCountAfterPaging();
  }

  /** After a page link: focus goes to the count, which says which page this is. */
  #focusCountAfterPaging(): void {
    if (!this.#focusCount) return;
    this.#focusCount = false;
    this.shadowRoot?.getElementById('count')?.focus();
  }

  #renderSearch(options: search.FilterOptions, total: number, list: () => TemplateResult[], busy = false) {
    const locale = this.locale;
    const state = this.#searchState;
    const pages = Math.max(1, Math.ceil(total / this.pageSize));
    const page = this.#page(total);
    const searching = state.query.query.trim() !== '';
    return html`
      ${searchForm({
        query: state.query,
        options,
        dates: state.dates,
        dateErrors: state.dateErrors,
        active: state.active,
        locale,
        onField: (change) => {
          if ('query' in change) this.#typing = true;
          state.change(change);
        },
        onDate: (which, parts) => state.typeDate(which, parts),
        onSubmit: () => state.commit(),
        onChange: () => {
          state.checkDates();
          state.commit();
        },
        onClear: () => {
          state.clear();
          this.updateComplete.then(() => this.shadowRoot?.getElementById('query')?.focus());
        },
      })}
      ${resultsSummary({
        count: resultsText(total, locale),
        page,
        pages,
        sort: search.sortOf(state.query, searching),
        searching,
        onSort: (sort) => state.sortBy(sort),
      })}
      <div class="visually-hidden" role="status">
        ${this.#announcer.value === undefined ? '' : resultsText(this.#announcer.value, locale)}
      </div>
      ${
        total
          ? html`<ol class="results" part="results" aria-busy=${busy ? 'true' : 'false'}>
            ${list()}
          </ol>`
          : html`<p class="empty">
            ${msg('Er zijn geen publicaties gevonden. Probeer andere woorden of minder filters.')}
          </p>`
      }
      ${pagination({
        page,
        pages,
        label: msg('Pagina’s met publicaties'),
        href: (n) => state.pageHref(n),
        onSelect: (event, n) => {
          event.preventDefault();
          this.#focusCount = true;
          state.goTo(n);
        },
      })}
    `;
  }

  #renderLoading(slow: boolean): TemplateResult {
    return html`<p class="loading" role="status">
      ${msg('De publicaties worden geladen…')} ${slow ? msg('Dit duurt langer dan normaal. Nog even geduld.') : ''}
    </p>`;
  }

  protected override render() {
    if (this.searchEndpoint) return this.#renderServer();
    const status = this.#source.status;
    const model = this.#model;
    const skipped = model ? model.raw.skipped + model.invalid : 0;
    const level = this.headingLevel + 1;
    const result = (m: search.SearchModel, i: number) =>
      publicationResult(m.records[i] as Publication, {
        date: m.dates[i] ?? '',
        url: search.linkOf(m, i),
        level,
        locale: this.locale,
        titleOf: (address) => search.titleOf(m, address),
      });
    return html`
      ${heading(this.headingLevel, msg('Publicaties'))}
      ${status === 'pending' ? this.#renderLoading(this.#source.slow) : nothing}
      ${status === 'error' ? html`<p class="problem" role="alert">${feedProblemText(this.#source.error)}</p>` : nothing}
      ${skipped ? html`<p class="notice" part="notice">${skippedText(skipped, this.locale)}</p>` : nothing}
      ${
        status === 'none' || (model && model.records.length === model.invalid)
          ? html`<p>${msg('Er zijn nog geen publicaties.')}</p>`
          : model
            ? this.#renderSearch(model.options, this.#hits.length, () => this.#shown.map((i) => result(model, i)))
            : nothing
      }
    `;
  }

  #renderServer() {
    const server = this.#server;
    const page = server.page;
    const level = this.headingLevel + 1;
    const titleOf = (url: string) => page?.items.find((p) => p.url === url)?.officialTitle;
    const shownOn = (p: Publication) =>
      p.publishedOn ?? p.creationDate ?? p.documentActions[0]?.atTime.slice(0, 10) ?? '';
    const result = (p: Publication) =>
      publicationResult(p, { date: shownOn(p), url: safeHttpUrl(p.url) ?? null, level, locale: this.locale, titleOf });
    const problem = page
      ? msg('De zoekresultaten konden niet worden bijgewerkt. U ziet nog de vorige resultaten.')
      : msg('De publicaties konden niet worden geladen. Probeer het later opnieuw.');
    return html`
      ${heading(this.headingLevel, msg('Publicaties'))}
      ${!page && server.pending ? this.#renderLoading(server.slow) : nothing}
      ${
        server.problem
          ? html`<div class="problem" role="alert">
            <p>${problem}</p>
            <button class="button button--secondary" type="button" @click=${() => server.retry()}>
              ${msg('Probeer het opnieuw')}
            </button>
          </div>`
          : nothing
      }
      ${
        page && server.slow
          ? html`<p class="loading" role="status">${msg('Zoeken duurt langer dan normaal. Nog even geduld.')}</p>`
          : nothing
      }
      ${page?.skipped ? html`<p class="notice" part="notice">${skippedText(page.skipped, this.locale)}</p>` : nothing}
      ${
        page
          ? this.#renderSearch(
              search.serverFilterOptions(page, this.#searchState.query),
              page.total,
              () => page.items.map(result),
              server.pending,
            )
          : nothing
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'woo-publications': WooPublications;
  }
}
