/**
 * The query string of `GET /api/publications/search`, checked. A bad parameter is a typed 400 with
 * the parameter as its path (`query:page`), never a guess.
 */
import { isIsoDate } from '@woo-kit/core';
import { HttpError } from '../errors.js';
import { CATEGORY_CODES, type SearchQuery, type SearchSort } from './index-store.js';

export const SEARCH_PARAMETERS = ['q', 'category', 'documentType', 'from', 'to', 'sort', 'page', 'pageSize'] as const;
export const SORTS: readonly SearchSort[] = ['relevance', 'newest', 'oldest', 'title'];
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
/** Deep pages cost the database a scan; nobody reads page 500 of a result list. */
export const MAX_PAGE = 500;
export const MAX_QUERY_LENGTH = 200;

const bad = (code: string, parameter: string, nl: string, en: string): HttpError =>
  new HttpError(400, code, { nl, en }, { path: `query:${parameter}` });

function whole(params: URLSearchParams, name: 'page' | 'pageSize', fallback: number, max: number): number {
  const value = params.get(name);
  if (value === null || value === '') return fallback;
  if (!/^\d{1,6}$/.test(value) || Number(value) < 1 || Number(value) > max) {
    throw bad(
      'invalid-number',
      name,
      `${name} moet een heel getal zijn van 1 tot en met ${max}.`,
      `${name} must be a whole number from 1 to ${max}.`,
    );
  }
  return Number(value);
}

export function parseSearchParams(params: URLSearchParams): SearchQuery {
  for (const name of new Set(params.keys())) {
    if (!(SEARCH_PARAMETERS as readonly string[]).includes(name)) {
      throw bad(
        'unknown-parameter',
        name,
        `De parameter ${name} bestaat niet. Gebruik ${SEARCH_PARAMETERS.join(', ')}.`,
        `There is no parameter ${name}. Use ${SEARCH_PARAMETERS.join(', ')}.`,
      );
    }
    if (params.getAll(name).length > 1) {
      throw bad('repeated-parameter', name, `Geef ${name} hoogstens één keer op.`, `Give ${name} at most once.`);
    }
  }
  const q = params.get('q') ?? '';
  if (q.length > MAX_QUERY_LENGTH) {
    throw bad(
      'query-too-long',
      'q',
      `De zoekvraag mag hoogstens ${MAX_QUERY_LENGTH} tekens hebben.`,
      `The search may have at most ${MAX_QUERY_LENGTH} characters.`,
    );
  }
  const category = params.get('category') ?? '';
  if (category && !CATEGORY_CODES.includes(category)) {
    throw bad(
      'unknown-category',
      'category',
      `${category} is geen informatiecategorie (TOOI-code, zoals c_3baef532).`,
      `${category} is not an information category (a TOOI code such as c_3baef532).`,
    );
  }
  const documentType = params.get('documentType') ?? '';
  if (documentType && !/^[A-Za-z0-9_.:-]{1,100}$/.test(documentType)) {
    throw bad(
      'invalid-document-type',
      'documentType',
      'Een soort document is een TOOI-code, zoals c_386e74cb.',
      'A document type is a TOOI code, such as c_386e74cb.',
    );
  }
  const date = (name: 'from' | 'to'): string => {
    const value = params.get(name) ?? '';
    if (value && !isIsoDate(value)) {
      throw bad(
        'invalid-date',
        name,
        `De datum bij ${name} bestaat niet of is niet geschreven als JJJJ-MM-DD.`,
        `The date in ${name} does not exist or is not written as YYYY-MM-DD.`,
      );
    }
    return value;
  };
  const from = date('from');
  const to = date('to');
  if (from && to && from > to) {
    throw bad(
      'invalid-date-range',
      'to',
      'De datum tot en met ligt vóór de datum vanaf.',
      'The date to is before the date from.',
    );
  }
  const sort = params.get('sort') ?? '';
  if (sort && !(SORTS as readonly string[]).includes(sort)) {
    throw bad('invalid-sort', 'sort', `Sorteer op ${SORTS.join(', ')}.`, `Sort by ${SORTS.join(', ')}.`);
  }
  return {
    q,
    category,
    documentType,
    from,
    to,
    sort: sort as SearchSort | '',
    page: whole(params, 'page', 1, MAX_PAGE),
    pageSize: whole(params, 'pageSize', DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE),
  };
}
