import { documentTypes, informationCategories, isValidPublication } from '@woo-kit/core';
import type { PublicationsQuery } from '../../events/woo-publications-change.js';
import type { RawFeed } from '../../internal/publication-feed.js';
import type { ServerPage } from '../../internal/server-search.js';
import { safeHttpUrl } from '../../internal/safe-url.js';
import { fold, SearchIndex } from './search-index.js';
import type { Sort } from './url-query.js';

/**
 * The browser-side search of <woo-publications>: everything the search needs about a feed, built
 * once per feed in flat arrays for speed, and the functions that filter, order and page it. Plain
 * data and functions, no DOM: tested in Node (test/publications-search-model.test.ts).
 *
 * Records are checked with `validatePublication` lazily: a small feed at once, a large one page by
 * page as it is shown and the rest in the background (`checkUntil`). A record that is not valid is
 * never shown and leaves the results as soon as it has been checked.
 */
export interface SearchModel {
  readonly raw: RawFeed;
  readonly records: readonly unknown[];
  /** Per record: 0 not checked yet, 1 a valid publication, 2 not valid (never shown). */
  readonly checks: Uint8Array;
  unchecked: number;
  invalid: number;
  /** The next record the background check looks at. */
  nextCheck: number;
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
  options: FilterOptions;
  /** Safe link of each publication, made when first shown. */
  readonly urls: Array<string | null | undefined>;
  readonly orders: Partial<Record<Exclude<Sort, 'relevance'>, Uint32Array>>;
  index?: SearchIndex;
  indexed?: boolean;
}

/** The choices of the filters: category positions in `informationCategories`, and `[code, label]` pairs. */
export interface FilterOptions {
  readonly categories: readonly number[];
  readonly types: ReadonlyArray<readonly [string, string]>;
  readonly organisations: ReadonlyArray<readonly [string, string]>;
}

/** Feeds up to this size are checked at once; larger ones page by page and then in the background. */
export const CHECK_AT_ONCE = 1000;

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

let typeLabels: Map<string, string> | undefined;
/** Dutch label of a TOOI document type (TOOI has no English labels), or the code itself. */
export const typeLabel = (code: string): string =>
  (typeLabels ??= new Map(documentTypes.map((d) => [d.code, d.labelNl]))).get(code) ?? code;

const categoryBit = (code: string): number => {
  const i = informationCategories.findIndex((c) => c.code === code);
  return i < 0 ? 0 : 1 << i;
};

// A handful of labels: plain comparison of folded text (a collator costs more to set up than to use).
const byLabel = (a: readonly [string, string], b: readonly [string, string]) => (fold(a[1]) < fold(b[1]) ? -1 : 1);

/** True when record `i` is a valid publication; checks it with `isValidPublication` the first time. */
export function isValid(model: SearchModel, i: number): boolean {
  if (model.checks[i] === 0) {
    const ok = isValidPublication(model.records[i]);
    model.checks[i] = ok ? 1 : 2;
    model.unchecked--;
    if (!ok) model.invalid++;
  }
  return model.checks[i] === 1;
}

/** The filter choices: the categories, document types and organisations of the records not known to be invalid. */
export function filterOptions(model: SearchModel): FilterOptions {
  let present = 0;
  const types = new Set<string>();
  const organisations = new Set<string>();
  model.checks.forEach((check, i) => {
    if (check === 2) return;
    present |= model.categories[i] ?? 0;
    if (model.types[i]) types.add(model.types[i]);
    organisations.add(model.organisations[i] ?? '');
  });
  return {
    categories: informationCategories.map((_, i) => i).filter((i) => present & (1 << i)),
    types: [...types].map((code) => [code, typeLabel(code)] as const).sort(byLabel),
    organisations: [...organisations]
      .map((key) => [key, model.organisationNames.get(key) ?? ''] as const)
      .sort(byLabel),
  };
}

/**
 * The search model of a feed. Reads the fields it filters on straight from the records, carefully,
 * since they are not checked yet: a record that is not valid is never shown, and is left out as
 * soon as it has been checked.
 */
export function buildModel(raw: RawFeed): SearchModel {
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
      // The date shown: the day it was made public, else the creation date, else the day of the first
      // document action.
      dates[i] = text(p['publishedOn']) || text(p['creationDate']) || text(first?.['atTime']).slice(0, 10);
      const codes = p['informationCategories'];
      let bits = 0;
      if (Array.isArray(codes)) for (const code of codes) bits |= categoryBit(text(code));
      categories[i] = bits;
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
  const unchecked = checks.filter((c) => c === 0).length;
  const model: SearchModel = {
    raw,
    records,
    checks,
    unchecked,
    invalid: n - unchecked,
    nextCheck: 0,
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
  model.options = filterOptions(model);
  return model;
}

/**
 * Checks records until every one is checked (true) or `deadline` (a `performance.now()` time) has
 * passed (false), in blocks of 64, so a page can check a large feed in slices without blocking input.
 * When the last record is checked, the filter choices leave out what only invalid records had.
 */
export function checkUntil(model: SearchModel, deadline = Infinity): boolean {
  const n = model.records.length;
  if (model.unchecked === 0) return true;
  while (model.nextCheck < n && performance.now() < deadline) {
    for (const end = Math.min(model.nextCheck + 64, n); model.nextCheck < end; model.nextCheck++) {
      isValid(model, model.nextCheck);
    }
  }
  if (model.nextCheck < n) return false;
  model.options = filterOptions(model);
  return true;
}

/** The word index over title, short title and description (built on first use or by `indexUntil`). */
export function searchIndex(model: SearchModel): SearchIndex {
  model.index ??= new SearchIndex(
    model.records.map((record, i) => {
      const p = (model.checks[i] === 2 ? {} : (record ?? {})) as Record<string, unknown>;
      return [`${model.titles[i]} ${text(p['shortTitle'])}`, text(p['description'])] as const;
    }),
  );
  return model.index;
}

/** Builds the word index until done (true) or until `deadline` has passed (false). */
export function indexUntil(model: SearchModel, deadline = Infinity): boolean {
  if (!model.indexed && searchIndex(model).build(deadline)) model.indexed = true;
  return model.indexed === true;
}

/** Every record in an order (made once per order and feed). */
function order(model: SearchModel, sort: Exclude<Sort, 'relevance'>): Uint32Array {
  let order = model.orders[sort];
  if (!order) {
    const list = model.titles;
    if (sort === 'title') {
      // Folded titles with numbers padded, so "Besluit 9" comes before "Besluit 10"; plain string
      // comparison of these keys is many times faster than a collator on 10,000 titles.
      const keys = list.map((title) => fold(title).replace(/\d+/g, (n) => n.padStart(12, '0')));
      order = Uint32Array.from(list.keys()).sort((a, b) => {
        const ka = keys[a] ?? '';
        const kb = keys[b] ?? '';
        return ka < kb ? -1 : ka > kb ? 1 : a - b;
      });
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

/** The order a query asks for: without a choice, the best match when searching, else the newest first. */
export function sortOf(query: PublicationsQuery, searching: boolean): Sort {
  if (query.sort === 'relevance' || query.sort === '') return searching ? 'relevance' : 'newest';
  return query.sort as Sort;
}

/** The publications that match, in the order to show them: one pass over a presorted order. */
export function matches(model: SearchModel, query: PublicationsQuery): number[] {
  const scores = query.query.trim() ? searchIndex(model).search(query.query) : undefined;
  const sort = sortOf(query, scores !== undefined);
  const sorted = order(model, sort === 'relevance' ? 'newest' : sort);
  const bit = query.category ? categoryBit(query.category) : 0;
  const { categories, checks, dates, organisations, types } = model;
  const { from, to, organisation, documentType } = query;
  const out: number[] = [];
  for (let k = 0; k < sorted.length; k++) {
    const i = sorted[k] ?? 0;
    if (checks[i] === 2) continue;
    if (scores && !scores[i]) continue;
    if (bit && !((categories[i] ?? 0) & bit)) continue;
    if (organisation && organisations[i] !== organisation) continue;
    if (documentType && types[i] !== documentType) continue;
    if (from && !((dates[i] ?? '') >= from)) continue;
    if (to && !(dates[i] && (dates[i] ?? '') <= to)) continue;
    out.push(i);
  }
  // Array sort is stable: equal scores keep the newest-first order.
  if (sort === 'relevance' && scores) out.sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0));
  return out;
}

/** The page to show: the one asked for, within 1 and the last page. */
export function pageOf(requested: number, total: number, pageSize: number): number {
  return Math.min(Math.max(1, requested), Math.max(1, Math.ceil(total / pageSize)));
}

/**
 * The publications on a page, each checked. A match found invalid while checking leaves the results
 * (returned as `hits`) and the page fills up from the next ones.
 */
export function pageOfResults(
  model: SearchModel,
  hits: readonly number[],
  requested: number,
  pageSize: number,
): { readonly hits: readonly number[]; readonly shown: readonly number[] } {
  for (;;) {
    const page = pageOf(requested, hits.length, pageSize);
    const shown = hits.slice((page - 1) * pageSize, page * pageSize);
    if (shown.every((i) => isValid(model, i))) return { hits, shown };
    hits = hits.filter((i) => model.checks[i] !== 2);
  }
}

/** The safe (http or https) link of publication `i`, or null; made once. */
export function linkOf(model: SearchModel, i: number): string | null {
  let url = model.urls[i];
  if (url === undefined) {
    url = safeHttpUrl((model.records[i] as { url?: string }).url) ?? null;
    model.urls[i] = url;
  }
  return url;
}

/** The title of the publication at this address in the feed, when there is a valid one. */
export function titleOf(model: SearchModel, url: string): string | undefined {
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

/** The filter choices of a server answer: what its facets hold, and what is chosen. */
export function serverFilterOptions(page: ServerPage, query: PublicationsQuery): FilterOptions {
  const codes = new Set(page.categories.map((f) => f.code));
  if (query.category) codes.add(query.category);
  const types = new Map(page.documentTypes.map((f) => [f.code, typeLabel(f.code)] as const));
  if (query.documentType) types.set(query.documentType, typeLabel(query.documentType));
  return {
    categories: informationCategories.map((_, i) => i).filter((i) => codes.has(informationCategories[i]?.code ?? '')),
    types: [...types].sort(byLabel),
    organisations: [],
  };
}
