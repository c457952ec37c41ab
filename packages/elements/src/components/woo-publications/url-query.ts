import { isIsoDate } from '@woo-kit/core';
import type { PublicationsQuery } from '../../events/woo-publications-change.js';

/** The orders a visitor can choose. */
export type Sort = 'newest' | 'oldest' | 'title' | 'relevance';

/** The fields of a search that are filters or words (not the order or the page). */
export type QueryField = Exclude<keyof PublicationsQuery, 'page' | 'sort'>;

/** The URL query parameter of each field: Dutch words, as visitors see them in the address bar. */
const PARAMS: Record<QueryField, string> = {
  query: 'zoek',
  category: 'categorie',
  from: 'van',
  to: 'tot',
  organisation: 'organisatie',
  documentType: 'soort',
};
const SORTS: Record<Sort, string> = { newest: 'nieuwste', oldest: 'oudste', title: 'titel', relevance: 'relevantie' };

/** No search words, no filters, the default order, the first page. */
export const EMPTY_QUERY: PublicationsQuery = {
  query: '',
  category: '',
  from: '',
  to: '',
  organisation: '',
  documentType: '',
  sort: '',
  page: 1,
};

/** The search and filters from a URL query string; anything unknown or malformed is left out. */
export function queryFromUrl(search: string): PublicationsQuery {
  const params = new URLSearchParams(search);
  const get = (key: QueryField) => (params.get(PARAMS[key]) ?? '').trim();
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
    const value = query[key as QueryField];
    if (value) url.searchParams.set(name, value);
  }
  if (query.sort) url.searchParams.set('sorteer', SORTS[query.sort as Sort] ?? query.sort);
  if (query.page > 1) url.searchParams.set('pagina', String(query.page));
  return url.href;
}
