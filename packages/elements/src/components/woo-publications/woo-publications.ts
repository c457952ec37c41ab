import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import { documentTypes, informationCategories, isIsoDate, validatePublication, type Publication } from '@woo-kit/core';
import { readDate } from '../../internal/form/date-messages.js';
import { WooElement } from '../../internal/woo-element.js';
import { formStyles } from '../../styles/form.js';
import { heading } from '../../internal/heading.js';
import { formatDate } from '../../internal/format.js';
import { categoryExplanation, categoryLabel, loadCategoryTexts } from '../../internal/category-text.js';
import { OnDemandController } from '../../controllers/on-demand.js';
import { resultsText, skippedText } from '../../internal/plural.js';
import { safeHttpUrl } from '../../internal/safe-url.js';
import { dateField } from '../../internal/form/fields.js';
import { datePartsToIso, EMPTY_DATE, isoToDateParts, type DateParts } from '../../internal/form/date-parts.js';
import { feedProblemText, PublicationFeedController, type RawFeed } from '../../internal/publication-feed.js';
import { WooPublicationsChangeEvent, type PublicationsQuery } from '../../events/woo-publications-change.js';
import { fold, SearchIndex } from './search-index.js';
import { relations } from './relations.js';
import { searchUrl, ServerSearchController, type ServerPage } from '../../internal/server-search.js';
import { styles } from './woo-publications.styles.js';
import { SearchReportController } from '../../controllers/search-report.js';

export type { PublicationsQuery };

type Sort = 'newest' | 'oldest' | 'title' | 'relevance';

/** The URL query parameter of each field: Dutch words, as visitors see them in the address bar. */
const PARAMS: Record<Exclude<keyof PublicationsQuery, 'page' | 'sort'>, string> = {
  query: 'zoek',
  category: 'categorie',
  from: 'van',
  to: 'tot',
  organisation: 'organisatie',
  documentType: 'soort',
};
const SORTS: Record<Sort, string> = { newest: 'nieuwste', oldest: 'oudste', title: 'titel', relevance: 'relevantie' };

const EMPTY_QUERY: PublicationsQuery = { query: '', category: '', from: '', to: '', organisation: '', documentType: '', sort: '', page: 1 };

/** The search and filters from a URL query string; anything unknown or malformed is left out. */
export function queryFromUrl(search: string): PublicationsQuery {
  const params = new URLSearchParams(search);
  const get = (key: keyof typeof PARAMS) => (params.get(PARAMS[key]) ?? '').trim();
  const date = (key: 'from' | 'to') => (isIsoDate(get(key)) ? get(key) : '');
  const sort = (Object.keys(SORTS) as Sort[]).find((s) => SORTS[s] === params.get('sorteer')) ?? '';
  return {
    query: params.get(PARAMS.query) ?? '',
    category: get('category'),
    from: date('from'),
    to: date('to'),
    organisation: get('organisation'),
    documentType: get('documentType'),
    sort,
    page: Math.max(1, Math.floor(Number(params.get('pagina'))) || 1),
  };
}

/** `href` with the search and filters in its query; the page's other parameters and hash stay. */
export function urlWithQuery(href: string, query: PublicationsQuery): string {
  const url = new URL(href);
  for (const name of [...Object.values(PARAMS), 'sorteer', 'pagina']) url.searchParams.delete(name);
  for (const [key, name] of Object.entries(PARAMS)) {
    const value = query[key as keyof typeof PARAMS];
    if (value) url.searchParams.set(name, value);
  }
  if (query.sort) url.searchParams.set('sorteer', SORTS[query.sort as Sort] ?? query.sort);
  if (query.page > 1) url.searchParams.set('pagina', String(query.page));
  return url.href;
}

/** Everything the search needs about a feed, built once per feed, in flat arrays for speed. */
interface Model {
  readonly raw: RawFeed;
  readonly records: readonly unknown[];
  /** Per record: 0 not checked yet, 1 a valid publication, 2 not valid (never shown). */
  readonly checks: Uint8Array;
  unchecked: number;
  invalid: number;
  readonly dates: readonly string[];
  /** Per publication one bit per category: bit i is `informationCategories[i]`. */
  readonly categories: Uint32Array;
  readonly organisations: readonly string[];
  readonly organisationNames: ReadonlyMap<string, string>;
  readonly types: readonly string[];
  readonly titles: readonly string[];
  /** Position of each publication by its URL, made when a relation is first shown. */
  byUrl?: Map<string, number>;
  /** The filter choices: only what the feed has. */
  options: Options;
  /** Safe link of each publication, made when first shown. */
  readonly urls: Array<string | null | undefined>;
  readonly orders: Partial<Record<Exclude<Sort, 'relevance'>, Uint32Array>>;
  index?: SearchIndex;
  indexed?: boolean;
}

interface Options {
  readonly categories: readonly number[];
  readonly types: ReadonlyArray<readonly [string, string]>;
  readonly organisations: ReadonlyArray<readonly [string, string]>;
}

/** Feeds up to this size are checked at once; larger ones page by page and then in the background. */
const CHECK_AT_ONCE = 1000;

const filled = (parts: DateParts): boolean => !!(parts.day || parts.month || parts.year);
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

let typeLabels: Map<string, string> | undefined;
/** Dutch label of a TOOI document type (TOOI has no English labels), or the code itself. */
const typeLabel = (code: string): string => (typeLabels ??= new Map(documentTypes.map((d) => [d.code, d.labelNl]))).get(code) ?? code;

const categoryBit = (code: string): number => {
  const i = informationCategories.findIndex((c) => c.code === code);
  return i < 0 ? 0 : 1 << i;
};

/** BCP 47 tag of a TOOI language code, for the `lang` of feed text in another language than the element. */
const LANGUAGES: Record<string, string> = { NLD: 'nl', ENG: 'en', FRY: 'fy', DEU: 'de', FRA: 'fr' };

/** True when record `i` is a valid publication; checks it with `validatePublication` the first time. */
function isValid(model: Model, i: number): boolean {
  if (model.checks[i] === 0) {
    const ok = validatePublication(model.records[i]).ok;
    model.checks[i] = ok ? 1 : 2;
    model.unchecked--;
    if (!ok) model.invalid++;
  }
  return model.checks[i] === 1;
}

function optionsOf(model: Model): Options {
  let present = 0;
  const types = new Set<string>();
  const organisations = new Set<string>();
  model.checks.forEach((check, i) => {
    if (check === 2) return;
    present |= model.categories[i]!;
    if (model.types[i]) types.add(model.types[i]!);
    organisations.add(model.organisations[i]!);
  });
  // A handful of labels: plain comparison of folded text (a collator costs more to set up than to use).
  const byLabel = (a: readonly [string, string], b: readonly [string, string]) => (fold(a[1]) < fold(b[1]) ? -1 : 1);
  return {
    categories: informationCategories.map((_, i) => i).filter((i) => present & (1 << i)),
    types: [...types].map((code) => [code, typeLabel(code)] as const).sort(byLabel),
    organisations: [...organisations].map((key) => [key, model.organisationNames.get(key)!] as const).sort(byLabel),
  };
}

/**
 * The search model of a feed. Reads the fields it filters on straight from the records, carefully,
 * since they are not checked yet: a record that is not valid is never shown, and is left out as
 * soon as it has been checked.
 */
function buildModel(raw: RawFeed): Model {
  const records = raw.records;
  const n = records.length;
  const checks = new Uint8Array(n);
  const categories = new Uint32Array(n);
  const dates: string[] = [];
  const organisations: string[] = [];
  const organisationNames = new Map<string, string>();
  const types: string[] = [];
  const titles: string[] = [];
  records.forEach((record, i) => {
    dates[i] = organisations[i] = types[i] = titles[i] = '';
    try {
      const p = (record ?? {}) as Record<string, unknown>;
      const actions = p['documentActions'];
      const first = Array.isArray(actions) ? (actions[0] as Record<string, unknown> | undefined) : undefined;
      // The date shown: the day it was made public, else the creation date, else the day of the first document action.
      dates[i] = text(p['publishedOn']) || text(p['creationDate']) || text(first?.['atTime']).slice(0, 10);
      const codes = p['informationCategories'];
      if (Array.isArray(codes)) for (const code of codes) categories[i]! |= categoryBit(text(code));
      const publisher = (p['publisher'] ?? {}) as Record<string, unknown>;
      // The last segment of the TOOI URI: `…/gemeente/gm0344` → `gm0344`.
      const key = text(publisher['uri']).replace(/\/+$/, '').split('/').pop() ?? '';
      organisations[i] = key;
      if (!organisationNames.has(key)) organisationNames.set(key, text(publisher['name']));
      types[i] = text(p['documentType']);
      titles[i] = text(p['officialTitle']);
    } catch {
      checks[i] = 2; // a record that cannot even be read (a hostile getter) is not valid
    }
  });
  const model: Model = {
    raw,
    records,
    checks,
    unchecked: checks.filter((c) => c === 0).length,
    invalid: n - checks.filter((c) => c === 0).length,
    dates,
    categories,
    organisations,
    organisationNames,
    types,
    titles,
    urls: [],
    orders: {},
    options: { categories: [], types: [], organisations: [] },
  };
  if (n <= CHECK_AT_ONCE) for (let i = 0; i < n; i++) isValid(model, i);
  model.options = optionsOf(model);
  return model;
}

/**
 * Finds publications of the municipality: full-text search over title and description (Dutch-aware:
 * case, accents and the start of words), filters by information category, date, organisation and
 * document type, sorting, and pages. The search lives in the page URL (`?zoek=…&categorie=…`), so it
 * can be shared and the back button works. Reads `Publication` JSON (an array, `{ items }` or JSON
 * lines) from `src`, or the `publications` property; records that are not valid are left out and counted.
 *
 * @fires woo-publications-change - when the search, a filter, the order or the page changes; `event.query` and
 * `event.total`
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

  /** Names and explanations of the categories in the element's language (they load on demand). */
  protected readonly categoryTexts = new OnDemandController(this, loadCategoryTexts);

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
  /** Opt-in: count searches that found nothing or led nowhere (value: endpoint, default `/api/search-misses`; docs/effect.md). */
  @property({ attribute: 'report-misses' }) reportMisses: string | null = null;
  protected readonly missReport = new SearchReportController(this, () => this.reportMisses);

  @state() private query: PublicationsQuery = EMPTY_QUERY;
  @state() private fromParts: DateParts = EMPTY_DATE;
  @state() private toParts: DateParts = EMPTY_DATE;
  @state() private dateErrors: { from?: string | undefined; to?: string | undefined } = {};
  /** The number of results the live region announces, a moment after the last change. */
  @state() private announced: number | undefined;

  private readonly source = new PublicationFeedController(this, {
    src: () => (this.searchEndpoint ? '' : this.src),
    inline: () => (this.searchEndpoint ? undefined : this.publications),
    timeout: () => this.timeout,
  });
  private readonly server = new ServerSearchController(this, { timeout: () => this.timeout });
  /** The next server search comes from typing: wait for a pause first. */
  private typing = false;
  /** A change by the visitor whose server answer has not arrived yet. */
  private serverChange = false;
  private model: Model | undefined;
  private hits: readonly number[] = [];
  /** The publications on the current page, each checked. */
  private shown: readonly number[] = [];
  private computedFor: unknown[] = [];
  private committedUrl = '';
  private userChange = false;
  private focusCount = false;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  private indexTimer: ReturnType<typeof setTimeout> | undefined;
  private checkTimer: ReturnType<typeof setTimeout> | undefined;

  private get urlSync(): boolean {
    return !/^(off|false|none|no)$/i.test(this.urlState);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.urlSync) {
      this.readUrl();
      window.addEventListener('popstate', this.onPopState);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
    clearTimeout(this.announceTimer);
    clearTimeout(this.indexTimer);
    clearTimeout(this.checkTimer);
  }

  private readUrl(): void {
    this.query = queryFromUrl(location.search);
    this.fromParts = isoToDateParts(this.query.from);
    this.toParts = isoToDateParts(this.query.to);
    this.dateErrors = {};
    this.committedUrl = location.href;
  }

  private readonly onPopState = () => {
    this.readUrl();
    this.userChange = true;
  };

  /** While typing: the URL follows without a new history entry. */
  private change(next: Partial<PublicationsQuery>): void {
    this.query = { ...this.query, page: 1, ...next };
    this.userChange = true;
    if (this.urlSync) history.replaceState(history.state, '', urlWithQuery(location.href, this.query));
  }

  /** A finished change (Enter, leaving a field, a choice, a page): one new history entry. */
  private commit(): void {
    if (!this.urlSync) return;
    const url = urlWithQuery(location.href, this.query);
    if (url === this.committedUrl) return;
    // The current entry goes back to what it was before the typing, so "back" returns to it.
    if (this.committedUrl) history.replaceState(history.state, '', this.committedUrl);
    history.pushState(history.state, '', url);
    this.committedUrl = url;
  }

  private dateInput(which: 'from' | 'to', parts: DateParts): void {
    if (which === 'from') this.fromParts = parts;
    else this.toParts = parts;
    const parsed = datePartsToIso(parts);
    this.dateErrors = { ...this.dateErrors, [which]: undefined };
    this.change({ [which]: parsed.ok ? parsed.value : '' });
  }

  private checkDates(): void {
    this.dateErrors = { from: readDate(this.fromParts, true).error, to: readDate(this.toParts, true).error };
  }

  private clear(): void {
    this.fromParts = EMPTY_DATE;
    this.toParts = EMPTY_DATE;
    this.dateErrors = {};
    this.change({ ...EMPTY_QUERY, sort: this.query.sort === 'relevance' ? '' : this.query.sort });
    this.commit();
    this.updateComplete.then(() => this.shadowRoot?.getElementById('query')?.focus());
  }

  private goToPage(event: Event, page: number): void {
    event.preventDefault();
    this.query = { ...this.query, page };
    this.userChange = true;
    this.focusCount = true;
    this.commit();
  }

  private searchIndex(model: Model): SearchIndex {
    model.index ??= new SearchIndex(
      model.records.map((record, i) => {
        const p = (model.checks[i] === 2 ? {} : record ?? {}) as Record<string, unknown>;
        return [`${model.titles[i]} ${text(p['shortTitle'])}`, text(p['description'])] as const;
      }),
    );
    return model.index;
  }

  /**
   * Builds the search index in steps of a few milliseconds after the first render, before the first keystroke needs it.
   */
  private indexInSteps(model: Model): void {
    if (this.indexTimer !== undefined || model.indexed) return;
    const index = this.searchIndex(model);
    const step = () => {
      this.indexTimer = undefined;
      if (this.model !== model) return;
      if (index.build(performance.now() + 8)) model.indexed = true;
      else this.indexTimer = setTimeout(step);
    };
    this.indexTimer = setTimeout(step);
  }

  /** Checks the records of a large feed in steps of a few milliseconds after the first render. */
  private checkInSteps(model: Model): void {
    if (this.checkTimer !== undefined || model.unchecked === 0) return;
    let next = 0;
    const step = () => {
      this.checkTimer = undefined;
      if (this.model !== model) return;
      const deadline = performance.now() + 8;
      while (next < model.records.length && performance.now() < deadline) {
        for (const end = Math.min(next + 64, model.records.length); next < end; next++) isValid(model, next);
      }
      if (next < model.records.length) {
        this.checkTimer = setTimeout(step);
        return;
      }
      // Every record is checked: count and filter choices without the records that are not valid.
      model.options = optionsOf(model);
      this.computedFor = [];
      this.requestUpdate();
    };
    this.checkTimer = setTimeout(step);
  }

  private order(model: Model, sort: Exclude<Sort, 'relevance'>): Uint32Array {
    let order = model.orders[sort];
    if (!order) {
      const list = model.titles;
      if (sort === 'title') {
        // Folded titles with numbers padded, so "Besluit 9" comes before "Besluit 10"; plain string
        // comparison of these keys is many times faster than a collator on 10,000 titles.
        const keys = list.map((title) => fold(title).replace(/\d+/g, (n) => n.padStart(12, '0')));
        order = Uint32Array.from(list.keys()).sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : a - b));
      } else {
        // Newest or oldest first, publications without a date last: one number per publication,
        // (date key × 2^20 + position), sorted natively.
        const packed = new Float64Array(list.length);
        model.dates.forEach((date, i) => {
          const day = date ? Number(date.slice(0, 4) + date.slice(5, 7) + date.slice(8, 10)) : 0;
          const key = !day ? 2e8 : sort === 'newest' ? 1e8 - day : day;
          packed[i] = key * 1048576 + i;
        });
        packed.sort();
        order = Uint32Array.from(packed, (value) => value % 1048576);
      }
      model.orders[sort] = order;
    }
    return order;
  }

  private sortOf(query: PublicationsQuery, searching: boolean): Sort {
    if (query.sort === 'relevance' || query.sort === '') return searching ? 'relevance' : 'newest';
    return query.sort as Sort;
  }

  /** The publications that match, in the order to show them: one pass over a presorted order. */
  private compute(model: Model, query: PublicationsQuery): number[] {
    const scores = query.query.trim() ? this.searchIndex(model).search(query.query) : undefined;
    const sort = this.sortOf(query, scores !== undefined);
    const order = this.order(model, sort === 'relevance' ? 'newest' : sort);
    const bit = query.category ? categoryBit(query.category) : 0;
    const { categories, checks, dates, organisations, types } = model;
    const { from, to, organisation, documentType } = query;
    const out: number[] = [];
    for (let k = 0; k < order.length; k++) {
      const i = order[k]!;
      if (checks[i] === 2) continue;
      if (scores && !scores[i]) continue;
      if (bit && !(categories[i]! & bit)) continue;
      if (organisation && organisations[i] !== organisation) continue;
      if (documentType && types[i] !== documentType) continue;
      if (from && !(dates[i]! >= from)) continue;
      if (to && !(dates[i]! && dates[i]! <= to)) continue;
      out.push(i);
    }
    // Array sort is stable: equal scores keep the newest-first order.
    if (sort === 'relevance' && scores) out.sort((a, b) => scores[b]! - scores[a]!);
    return out;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.searchEndpoint) return;
    const raw = this.source.raw;
    if (raw !== this.model?.raw) this.model = raw ? buildModel(raw) : undefined;
    const model = this.model;
    if (!model) return;
    const key = [model, this.query];
    if (key[0] !== this.computedFor[0] || key[1] !== this.computedFor[1]) {
      this.hits = this.compute(model, this.query);
      this.computedFor = key;
    }
    // Only checked publications are shown: one that is not valid leaves the results, and the page fills up.
    for (;;) {
      const page = this.page(this.hits.length);
      this.shown = this.hits.slice((page - 1) * this.pageSize, page * this.pageSize);
      if (this.shown.every((i) => isValid(model, i))) break;
      this.hits = this.hits.filter((i) => model.checks[i] !== 2);
    }
  }

  protected override updated(): void {
    if (this.searchEndpoint) {
      this.updatedServer();
      return;
    }
    if (this.model) {
      this.checkInSteps(this.model);
      this.indexInSteps(this.model);
    }
    if (this.focusCount) {
      this.focusCount = false;
      this.shadowRoot?.getElementById('count')?.focus();
    }
    if (this.userChange && this.model) {
      this.userChange = false;
      const total = this.hits.length;
      this.dispatchEvent(new WooPublicationsChangeEvent({ ...this.query, page: this.page(total) }, total));
      // Announce the count once typing pauses, so a screen reader does not read every keystroke.
      clearTimeout(this.announceTimer);
      this.announceTimer = setTimeout(() => (this.announced = this.hits.length), 800);
    }
  }

  /** Server search: ask for the current query (typing waits for a pause); the answer is announced. */
  private updatedServer(): void {
    this.server.onSettled ??= () => {
      const page = this.server.page;
      if (!this.serverChange || !page) return;
      this.serverChange = false;
      this.dispatchEvent(new WooPublicationsChangeEvent({ ...this.query, page: page.page }, page.total));
      this.announced = page.total;
    };
    this.server.request(searchUrl(this.searchEndpoint, this.query, this.pageSize, location.href), this.typing ? 350 : 0);
    this.typing = false;
    if (this.userChange) {
      this.userChange = false;
      this.serverChange = true;
    }
    if (this.focusCount) {
      this.focusCount = false;
      this.shadowRoot?.getElementById('count')?.focus();
    }
  }

  private page(total: number): number {
    return Math.min(Math.max(1, this.query.page), Math.max(1, Math.ceil(total / this.pageSize)));
  }

  /** The number of the publications that match (after the feed loaded). */
  get total(): number {
    return this.searchEndpoint ? (this.server.page?.total ?? 0) : this.hits.length;
  }

  /** True once every record of the feed has been checked; until then a large feed's count may still drop. */
  get checked(): boolean {
    return this.model?.unchecked === 0;
  }

  private select(id: string, label: string, value: string, all: string, options: ReadonlyArray<readonly [string, string]>, key: keyof typeof PARAMS, description?: string) {
    return html`<div class="field filter">
      <label class="label" for=${id}>${label}</label>
      <select id=${id} class="input" aria-describedby=${
ifDefined(description ? `${id}-description` : undefined)} .value=${live(value)} @change=${
(e: Event) => this.change({ [key]: (e.target as HTMLSelectElement).value })}>
        <option value="" ?selected=${!value}>${all}</option>
        ${options.map(([v, text]) => html`<option value=${v} ?selected=${v === value}>${text}</option>`)}
      </select>
      ${description ? html`<p class="hint filter__description" id="${id}-description">${description}</p>` : nothing}
    </div>`;
  }

  private renderFilters(options: Options): TemplateResult {
    const locale = this.locale;
    const q = this.query;
    const { types, organisations } = options;
    // What the chosen category holds, in plain language (Woo 3.3; 3.1 for the voluntary one).
    const chosen = q.category ? informationCategories.find((c) => c.code === q.category) : undefined;
    const date = (which: 'from' | 'to', label: string) =>
      dateField({
        id: which,
        label,
        hint: msg('Bijvoorbeeld 1 3 2025'),
        value: which === 'from' ? this.fromParts : this.toParts,
        error: this.dateErrors[which],
        optional: true,
        onInput: (parts) => this.dateInput(which, parts),
      });
    return html`<fieldset class="fieldset filters">
      <legend class="legend">${msg('Filter de publicaties')}</legend>
      <div class="filters__grid">
        ${this.select('category', msg('Informatiecategorie'), q.category, msg('Alle categorieën'),
          options.categories.map((i) => {
            const c = informationCategories[i]!;
            return [c.code, categoryLabel(c, locale)] as const;
          }), 'category', chosen ? categoryExplanation(chosen, locale) : undefined)}
        ${
types.length ? this.select('type', msg('Soort document'), q.documentType, msg('Alle soorten'), types, 'documentType') : nothing}
        ${
organisations.length > 1 ? this.select('organisation', msg('Organisatie'), q.organisation, msg('Alle organisaties'), organisations, 'organisation') : nothing}
      </div>
      <div class="filters__dates">${date('from', msg('Datum vanaf'))} ${date('to', msg('Datum tot en met'))}</div>
    </fieldset>`;
  }

  /** The title of the publication at this address in the feed, when there is a valid one. */
  private titleOf(model: Model, url: string): string | undefined {
    if (!model.byUrl) {
      const byUrl = new Map<string, number>();
      model.records.forEach((r, k) => {
        try {
          const address = text((r as Record<string, unknown> | null)?.['url']);
          if (address && !byUrl.has(address)) byUrl.set(address, k);
        } catch {
          // a record that cannot be read (a hostile getter) is never a related document
        }
      });
      model.byUrl = byUrl;
    }
    const k = model.byUrl.get(url);
    return k !== undefined && isValid(model, k) ? model.titles[k] : undefined;
  }

  private renderResult(model: Model, i: number, level: number): TemplateResult {
    const p = model.records[i] as Publication; // checked before it is shown
    const url = model.urls[i] === undefined ? (model.urls[i] = safeHttpUrl(p.url) ?? null) : model.urls[i];
    return this.renderPublication(p, model.dates[i]!, url, level, (address) => this.titleOf(model, address));
  }

  private renderPublication(p: Publication, date: string, url: string | null, level: number, titleOf: (url: string) => string | undefined): TemplateResult {
    const locale = this.locale;
    const textLang = p.language ? LANGUAGES[p.language] : undefined;
    const categories = p.informationCategories
      .map((code) => informationCategories.find((c) => c.code === code))
      .map((c) => (c ? categoryLabel(c, locale) : ''))
      .filter(Boolean)
      .join(', ');
    return html`<li class="result" part="result">
      <div lang=${ifDefined(textLang && textLang !== locale ? textLang : undefined)}>
        ${
heading(level, url ? html`<a href=${url}>${p.officialTitle}</a>` : p.officialTitle, undefined, 'result__title')}
        ${p.description ? html`<p class="result__description">${p.description}</p>` : nothing}
      </div>
      <dl class="meta">
        <div><dt>${msg('Categorie')}</dt><dd>${categories}</dd></div>
        ${
p.documentType ? html`<div><dt>${msg('Soort')}</dt><dd lang=${ifDefined(locale === 'nl' ? undefined : 'nl')}
              >${typeLabel(p.documentType)}</dd></div>` : nothing}
        ${date
          ? html`<div><dt>${p.publishedOn ? msg('Openbaar gemaakt', { desc: `Label of the date the \
document was made public (not \
the date it was made or \
registered)` }) : msg('Datum')}</dt><dd><time datetime=${date}>${formatDate(date, locale, 'short')}</time></dd></div>`
          : nothing}
        <div><dt>${msg('Organisatie')}</dt><dd>${p.publisher.name}</dd></div>
        ${relations(p, titleOf)}
      </dl>
    </li>`;
  }

  private renderPagination(page: number, pages: number): TemplateResult | typeof nothing {
    if (pages < 2) return nothing;
    const numbers = [...new Set([1, page - 1, page, page + 1, pages])].filter((n) => n >= 1 && n <= pages).sort((a, b) => a - b);
    const href = (n: number) => (this.urlSync ? urlWithQuery(location.href, { ...this.query, page: n }) : `#pagina-${n}`);
    const link = (n: number, label: TemplateResult | string, className: string, rel?: string) =>
      html`<a class=${className} href=${href(n)} rel=${ifDefined(rel)}
        aria-current=${ifDefined(n === page && !rel ? 'page' : undefined)} @click=${(e: Event) => this.goToPage(e, n)}
        >${label}</a>`;
    const items: TemplateResult[] = [];
    numbers.forEach((n, k) => {
      if (k > 0 && n - numbers[k - 1]! > 1) items.push(html`<li class="pagination__gap" aria-hidden="true">…</li>`);
      items.push(html`<li>${link(n, html`<span class="visually-hidden">${msg('Pagina')} </span>${n}`, 'pagination__page')}</li>`);
    });
    return html`<nav class="pagination" part="pagination" aria-label=${msg('Pagina’s met publicaties')}>
      <ul>
        ${page > 1 ? html`<li>${link(page - 1, msg('Vorige pagina'), 'pagination__step', 'prev')}</li>` : nothing}
        ${items}
        ${page < pages ? html`<li>${link(page + 1, msg('Volgende pagina'), 'pagination__step', 'next')}</li>` : nothing}
      </ul>
    </nav>`;
  }

  private renderSearch(options: Options, total: number, list: () => TemplateResult[], busy = false): TemplateResult {
    const locale = this.locale;
    const q = this.query;
    const pages = Math.max(1, Math.ceil(total / this.pageSize));
    const page = this.page(total);
    const searching = q.query.trim() !== '';
    const sort = this.sortOf(q, searching);
    const active = searching || q.category || q.from || q.to || q.organisation || q.documentType || filled(this.fromParts) || filled(this.toParts);
    const sortOptions: Array<[Sort, string]> = [
      ...(searching ? [['relevance', msg('Best passend')] as [Sort, string]] : []),
      ['newest', msg('Nieuwste eerst')],
      ['oldest', msg('Oudste eerst')],
      ['title', msg('Titel (A tot Z)')],
    ];
    return html`
      <form
        role="search"
        aria-label=${msg('Zoeken in publicaties')}
        @submit=${(e: Event) => {
          e.preventDefault();
          this.commit();
        }}
        @change=${() => {
          this.checkDates();
          this.commit();
        }}
      >
        <div class="field">
          <label class="label" for="query">${msg('Zoek in titel en omschrijving')}</label>
          <div class="search">
            <input
              id="query"
              class="input"
              type="search"
              autocomplete="off"
              .value=${live(q.query)}
              @input=${(e: Event) => {
                this.typing = true;
                this.change({ query: (e.target as HTMLInputElement).value });
              }}
            />
            <button class="button" type="submit">${msg('Zoeken')}</button>
          </div>
        </div>
        ${this.renderFilters(options)}
        ${active
          ? html`<button class="button button--secondary" type="button" @click=${() => this.clear()}
              >${msg('Wis zoekwoorden en filters')}</button>`
          : nothing}
      </form>
      <div class="summary">
        <p class="count" id="count" tabindex="-1">
          <strong>${resultsText(total, locale)}</strong>${
pages > 1 ? html`. ${msg(str`Pagina ${page} van ${pages}.`)}` : nothing}
        </p>
        <div class="sort">
          <label class="label" for="sort">${msg('Sorteer')}</label>
          <select
            id="sort"
            class="input"
            .value=${live(sort)}
            @change=${(e: Event) => {
              this.query = { ...this.query, sort: (e.target as HTMLSelectElement).value as Sort, page: 1 };
              this.userChange = true;
              this.commit();
            }}
          >
            ${
sortOptions.map(([value, label]) => html`<option value=${value} ?selected=${value === sort}>${label}</option>`)}
          </select>
        </div>
      </div>
      <div class="visually-hidden" role="status">${
this.announced === undefined ? '' : resultsText(this.announced, locale)}</div>
      ${total
        ? html`<ol class="results" part="results" aria-busy=${busy ? 'true' : 'false'}>
            ${list()}
          </ol>`
        : html`<p class="empty"
            >${msg('Er zijn geen publicaties gevonden. Probeer andere woorden of minder filters.')}</p>`}
      ${this.renderPagination(page, pages)}
    `;
  }

  protected override render() {
    if (this.searchEndpoint) return this.renderServer();
    const status = this.source.status;
    const model = this.model;
    const skipped = model ? model.raw.skipped + model.invalid : 0;
    return html`
      ${heading(this.headingLevel, msg('Publicaties'))}
      ${status === 'pending'
        ? html`<p class="loading" role="status">
            ${msg(`De publicaties worden \
geladen…`)}
            ${this.source.slow ? msg('Dit duurt langer dan normaal. Nog even geduld.') : ''}
          </p>`
        : nothing}
      ${status === 'error' ? html`<p class="problem" role="alert">${feedProblemText(this.source.error)}</p>` : nothing}
      ${skipped ? html`<p class="notice" part="notice">${skippedText(skipped, this.locale)}</p>` : nothing}
      ${status === 'none' || (model && model.records.length === model.invalid)
        ? html`<p>${msg('Er zijn nog geen publicaties.')}</p>`
        : model
          ? this.renderSearch(model.options, this.hits.length, () => this.shown.map((i) => this.renderResult(model, i, this.headingLevel + 1)))
          : nothing}
    `;
  }

  /** The filter choices of a server answer: what its facets hold, and what is chosen. */
  private serverOptions(page: ServerPage): Options {
    const codes = new Set(page.categories.map((f) => f.code));
    if (this.query.category) codes.add(this.query.category);
    const types = new Map(page.documentTypes.map((f) => [f.code, typeLabel(f.code)] as const));
    if (this.query.documentType) types.set(this.query.documentType, typeLabel(this.query.documentType));
    return {
      categories: informationCategories.map((_, i) => i).filter((i) => codes.has(informationCategories[i]!.code)),
      types: [...types].sort((a, b) => (fold(a[1]) < fold(b[1]) ? -1 : 1)),
      organisations: [],
    };
  }

  private renderServer() {
    const server = this.server;
    const page = server.page;
    const level = this.headingLevel + 1;
    const titleOf = (url: string) => page?.items.find((p) => p.url === url)?.officialTitle;
    const shownOn = (p: Publication) => p.publishedOn ?? p.creationDate ?? p.documentActions[0]?.atTime.slice(0, 10) ?? '';
    return html`
      ${heading(this.headingLevel, msg('Publicaties'))}
      ${!page && server.pending
        ? html`<p class="loading" role="status">
            ${msg(`De publicaties worden \
geladen…`)} ${
server.slow ? msg('Dit duurt langer dan normaal. Nog even geduld.') : ''}
          </p>`
        : nothing}
      ${server.problem
        ? html`<div class="problem" role="alert">
            <p>${page ? msg(`De zoekresultaten konden \
niet worden bijgewerkt. U \
ziet nog de vorige \
resultaten.`) : msg(`De publicaties konden niet \
worden geladen. Probeer het \
later opnieuw.`)}</p>
            <button class="button button--secondary" type="button" @click=${() => server.retry()}
              >${msg('Probeer het opnieuw')}</button>
          </div>`
        : nothing}
      ${
page && server.slow ? html`<p class="loading" role="status">${msg('Zoeken duurt langer dan normaal. Nog even geduld.')}</p>` : nothing}
      ${page?.skipped ? html`<p class="notice" part="notice">${skippedText(page.skipped, this.locale)}</p>` : nothing}
      ${page
        ? this.renderSearch(this.serverOptions(page), page.total, () => page.items.map((p) => this.renderPublication(p, shownOn(p), safeHttpUrl(p.url) ?? null, level, titleOf)), server.pending)
        : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'woo-publications': WooPublications;
  }
}
