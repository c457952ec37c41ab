import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg } from '@lit/localize';

/** The page numbers to offer: the first, the last, and the ones next to the current page. */
export function pageNumbers(page: number, pages: number): number[] {
  return [...new Set([1, page - 1, page, page + 1, pages])].filter((n) => n >= 1 && n <= pages).sort((a, b) => a - b);
}

export interface PaginationOptions {
  /** The current page, from 1. */
  readonly page: number;
  readonly pages: number;
  /** Name of the navigation, e.g. "Pagina's met publicaties". */
  readonly label: string;
  /** The address of a page (so a page can be opened in a new tab or shared). */
  readonly href: (page: number) => string;
  /** A page link was followed; the handler usually prevents the navigation and shows the page itself. */
  readonly onSelect: (event: Event, page: number) => void;
}

/**
 * Page links (GOV.UK pagination): previous, the first, the last and the pages around the current one
 * with a gap mark between them, and next. Nothing when there is one page.
 *
 * @csspart pagination - the navigation (as `part="pagination"`)
 */
export function pagination(o: PaginationOptions): TemplateResult | typeof nothing {
  const { page, pages } = o;
  if (pages < 2) return nothing;
  const numbers = pageNumbers(page, pages);
  const link = (n: number, label: TemplateResult | string, className: string, rel?: string) =>
    html`<a
      class=${className}
      href=${o.href(n)}
      rel=${ifDefined(rel)}
      aria-current=${ifDefined(n === page && !rel ? 'page' : undefined)}
      @click=${(e: Event) => o.onSelect(e, n)}
      >${label}</a
    >`;
  const items: TemplateResult[] = [];
  numbers.forEach((n, k) => {
    const before = numbers[k - 1];
    const gap = before !== undefined && n - before > 1;
    if (gap) items.push(html`<li class="pagination__gap" aria-hidden="true">…</li>`);
    const label = html`<span class="visually-hidden">${msg('Pagina')} </span>${n}`;
    items.push(html`<li>${link(n, label, 'pagination__page')}</li>`);
  });
  return html`<nav class="pagination" part="pagination" aria-label=${o.label}>
    <ul>
      ${page > 1 ? html`<li>${link(page - 1, msg('Vorige pagina'), 'pagination__step', 'prev')}</li>` : nothing}
      ${items}
      ${page < pages ? html`<li>${link(page + 1, msg('Volgende pagina'), 'pagination__step', 'next')}</li>` : nothing}
    </ul>
  </nav>`;
}
