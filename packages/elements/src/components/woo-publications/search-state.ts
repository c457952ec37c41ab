import type { ReactiveControllerHost } from 'lit';
import type { PublicationsQuery } from '../../events/woo-publications-change.js';
import { readDate } from '../../internal/form/date-messages.js';
import { datePartsToIso, EMPTY_DATE, isoToDateParts, type DateParts } from '../../internal/form/date-parts.js';
import { UrlStateController } from '../../controllers/url-state.js';
import { EMPTY_QUERY, queryFromUrl, urlWithQuery, type Sort } from './url-query.js';

type Which = 'from' | 'to';
const filled = (parts: DateParts): boolean => !!(parts.day || parts.month || parts.year);

/**
 * What a visitor of <woo-publications> searches for: the query, the date filters as typed (day, month
 * and year fields that may not form a date yet) with their errors, and the page URL kept in step
 * (`UrlStateController`: typing replaces the URL, a finished change adds one history entry, back and
 * forward restore the search). Every change renders the host again and is remembered until the host
 * takes it (`takeChange`), to fire its change event and announce the count. It has no life cycle of
 * its own: the URL state controller it makes registers with the host.
 */
export class SearchStateController {
  query: PublicationsQuery = EMPTY_QUERY;
  dates: Readonly<Record<Which, DateParts>> = { from: EMPTY_DATE, to: EMPTY_DATE };
  dateErrors: Readonly<Partial<Record<Which, string | undefined>>> = {};
  readonly #host: ReactiveControllerHost;
  readonly #url: UrlStateController<PublicationsQuery>;
  #changed = false;

  /** `inUrl`: whether the search lives in the page URL (the element's `url-state`). */
  constructor(host: ReactiveControllerHost, inUrl: () => boolean) {
    this.#host = host;
    this.#url = new UrlStateController(host, {
      enabled: inUrl,
      read: queryFromUrl,
      write: urlWithQuery,
      restore: (query, fromHistory) => {
        this.query = query;
        this.dates = { from: isoToDateParts(query.from), to: isoToDateParts(query.to) };
        this.dateErrors = {};
        if (fromHistory) this.#changed = true;
        host.requestUpdate();
      },
    });
  }

  /** Search words or a filter, or a date typed in part. */
  get active(): boolean {
    const q = this.query;
    return (
      !!(q.query.trim() || q.category || q.from || q.to || q.organisation || q.documentType) ||
      filled(this.dates.from) ||
      filled(this.dates.to)
    );
  }

  /** True once after each change by the visitor (or back and forward); the host calls it after rendering. */
  takeChange(): boolean {
    const changed = this.#changed;
    this.#changed = false;
    return changed;
  }

  /** A change while typing or choosing: back to page 1; the URL follows without a new history entry. */
  change(next: Partial<PublicationsQuery>): void {
    this.#update({ ...this.query, page: 1, ...next });
    this.#url.replace(this.query);
  }

  /** A finished change (Enter, leaving a field, a choice, a page): one new history entry. */
  commit(): void {
    this.#url.commit(this.query);
  }

  sortBy(sort: Sort): void {
    this.#update({ ...this.query, sort, page: 1 });
    this.commit();
  }

  goTo(page: number): void {
    this.#update({ ...this.query, page });
    this.commit();
  }

  /** A date field typed in: the filter uses the date once it is whole, its error waits for `checkDates`. */
  typeDate(which: Which, parts: DateParts): void {
    this.dates = { ...this.dates, [which]: parts };
    this.dateErrors = { ...this.dateErrors, [which]: undefined };
    const parsed = datePartsToIso(parts);
    this.change({ [which]: parsed.ok ? parsed.value : '' });
  }

  /** After leaving a field: a date that is not whole or does not exist gets its error. */
  checkDates(): void {
    this.dateErrors = { from: readDate(this.dates.from, true).error, to: readDate(this.dates.to, true).error };
    this.#host.requestUpdate();
  }

  /** No words and no filters; a chosen order stays (best match needs words). */
  clear(): void {
    this.dates = { from: EMPTY_DATE, to: EMPTY_DATE };
    this.dateErrors = {};
    this.change({ ...EMPTY_QUERY, sort: this.query.sort === 'relevance' ? '' : this.query.sort });
    this.commit();
  }

  /** The address of a page of the results, for its link. */
  pageHref(page: number): string {
    return this.#url.href({ ...this.query, page }) ?? `#pagina-${page}`;
  }

  #update(query: PublicationsQuery): void {
    this.query = query;
    this.#changed = true;
    this.#host.requestUpdate();
  }
}
