import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import { informationCategories } from '@woo-kit/core';
import type { PublicationsQuery } from '../../events/woo-publications-change.js';
import { categoryExplanation, categoryLabel } from '../../internal/category-text.js';
import { dateField } from '../../internal/form/fields.js';
import { selectField } from '../../internal/form/select-field.js';
import type { DateParts } from '../../internal/form/date-parts.js';
import type { FilterOptions } from './search-model.js';
import type { QueryField, Sort } from './url-query.js';

export interface SearchFormOptions {
  readonly query: PublicationsQuery;
  readonly options: FilterOptions;
  /** The date filters as typed (they may not be whole dates yet), and their errors. */
  readonly dates: { readonly from: DateParts; readonly to: DateParts };
  readonly dateErrors: { readonly from?: string | undefined; readonly to?: string | undefined };
  /** True when there are search words or a filter: the form offers to clear them. */
  readonly active: boolean;
  readonly locale: string;
  /** A search word typed, or a filter chosen (not finished yet: the URL follows without history). */
  readonly onField: (change: Partial<PublicationsQuery>) => void;
  readonly onDate: (which: 'from' | 'to', parts: DateParts) => void;
  /** Enter, or a field left after a change: the search is finished. */
  readonly onSubmit: () => void;
  readonly onChange: () => void;
  readonly onClear: () => void;
}

/** The filters: information category (with what it holds), document type, organisation, and dates. */
function filters(f: SearchFormOptions): TemplateResult {
  const { query: q, locale } = f;
  const { types, organisations } = f.options;
  // What the chosen category holds, in plain language (Woo 3.3; 3.1 for the voluntary one).
  const chosen = q.category ? informationCategories.find((c) => c.code === q.category) : undefined;
  type Options = ReadonlyArray<readonly [string, string]>;
  const select = (id: string, key: QueryField, label: string, all: string, list: Options) =>
    selectField({
      id,
      label,
      value: q[key],
      options: [['', all], ...list],
      onChange: (value) => f.onField({ [key]: value }),
      description: key === 'category' && chosen ? categoryExplanation(chosen, locale) : undefined,
      className: 'filter',
    });
  const date = (which: 'from' | 'to', label: string) =>
    dateField({
      id: which,
      label,
      hint: msg('Bijvoorbeeld 1 3 2025'),
      value: f.dates[which],
      error: f.dateErrors[which],
      optional: true,
      onInput: (parts) => f.onDate(which, parts),
    });
  const categories = f.options.categories.flatMap((i) => {
    const c = informationCategories[i];
    return c ? [[c.code, categoryLabel(c, locale)] as const] : [];
  });
  return html`<fieldset class="fieldset filters">
    <legend class="legend">${msg('Filter de publicaties')}</legend>
    <div class="filters__grid">
      ${select('category', 'category', msg('Informatiecategorie'), msg('Alle categorieën'), categories)}
      ${types.length ? select('type', 'documentType', msg('Soort document'), msg('Alle soorten'), types) : nothing}
      ${
        organisations.length > 1
          ? select('organisation', 'organisation', msg('Organisatie'), msg('Alle organisaties'), organisations)
          : nothing
      }
    </div>
    <div class="filters__dates">${date('from', msg('Datum vanaf'))} ${date('to', msg('Datum tot en met'))}</div>
  </fieldset>`;
}

/** The search form of <woo-publications>: the words, the filters, and a button that clears them. */
export function searchForm(f: SearchFormOptions): TemplateResult {
  const onSubmit = (e: Event) => {
    e.preventDefault();
    f.onSubmit();
  };
  const onInput = (e: Event) => f.onField({ query: (e.target as HTMLInputElement).value });
  return html`<form role="search" aria-label=${msg('Zoeken in publicaties')} @submit=${onSubmit} @change=${f.onChange}>
    <div class="field">
      <label class="label" for="query">${msg('Zoek in titel en omschrijving')}</label>
      <div class="search">
        <input
          id="query"
          class="input"
          type="search"
          autocomplete="off"
          .value=${live(f.query.query)}
          @input=${onInput}
        />
        <button class="button" type="submit">${msg('Zoeken')}</button>
      </div>
    </div>
    ${filters(f)}
    ${
      f.active
        ? html`<button class="button button--secondary" type="button" @click=${f.onClear}>
          ${msg('Wis zoekwoorden en filters')}
        </button>`
        : nothing
    }
  </form>`;
}

export interface ResultsSummaryOptions {
  /** "25 publicaties gevonden", in the element's language. */
  readonly count: string;
  readonly page: number;
  readonly pages: number;
  readonly sort: Sort;
  /** There are search words: the order "best match" is offered. */
  readonly searching: boolean;
  readonly onSort: (sort: Sort) => void;
}

/**
 * The number of results and the page (`#count`, focused after a page link), and the order to show
 * them in.
 */
export function resultsSummary(s: ResultsSummaryOptions): TemplateResult {
  const sortOptions: Array<[Sort, string]> = [
    ...(s.searching ? [['relevance', msg('Best passend')] as [Sort, string]] : []),
    ['newest', msg('Nieuwste eerst')],
    ['oldest', msg('Oudste eerst')],
    ['title', msg('Titel (A tot Z)')],
  ];
  const onSort = (e: Event) => s.onSort((e.target as HTMLSelectElement).value as Sort);
  const pageOf = s.pages > 1 ? html`. ${msg(str`Pagina ${s.page} van ${s.pages}.`)}` : nothing;
  return html`<div class="summary">
    <p class="count" id="count" tabindex="-1"><strong>${s.count}</strong>${pageOf}</p>
    <div class="sort">
      <label class="label" for="sort">${msg('Sorteer')}</label>
      <select id="sort" class="input" .value=${live(s.sort)} @change=${onSort}>
        ${sortOptions.map(
          ([value, label]) => html`<option value=${value} ?selected=${value === s.sort}>${label}</option>`,
        )}
      </select>
    </div>
  </div>`;
}
