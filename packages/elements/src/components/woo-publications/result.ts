import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg } from '@lit/localize';
import { informationCategories, type Publication } from '@woo-kit/core';
import { heading } from '../../internal/heading.js';
import { formatDate } from '../../internal/intl.js';
import { categoryLabel } from '../../internal/category-text.js';
import { relations } from './relations.js';
import { typeLabel } from './search-model.js';

/** BCP 47 tag of a TOOI language code, for the `lang` of feed text in another language than the element. */
const LANGUAGES: Record<string, string> = { NLD: 'nl', ENG: 'en', FRY: 'fy', DEU: 'de', FRA: 'fr' };

export interface ResultOptions {
  /** The date shown (made public, else created, else the first document action), `YYYY-MM-DD` or empty. */
  readonly date: string;
  /** The safe link of the publication, or null for none. */
  readonly url: string | null;
  /** Heading level of the publication's title. */
  readonly level: number;
  /** The element's locale. */
  readonly locale: string;
  /** The title of a related publication by its address, when the list knows it. */
  readonly titleOf: (url: string) => string | undefined;
}

/** One publication in the list of results: its title (a link), description and facts. All feed text is text. */
export function publicationResult(p: Publication, o: ResultOptions): TemplateResult {
  const { date, url, locale } = o;
  const textLang = p.language ? LANGUAGES[p.language] : undefined;
  const categories = p.informationCategories
    .map((code) => informationCategories.find((c) => c.code === code))
    .map((c) => (c ? categoryLabel(c, locale) : ''))
    .filter(Boolean)
    .join(', ');
  const title = url ? html`<a href=${url}>${p.officialTitle}</a>` : p.officialTitle;
  const dateLabel = p.publishedOn
    ? msg('Openbaar gemaakt', {
        desc: 'Label of the date the document was made public (not the date it was made or registered)',
      })
    : msg('Datum');
  // Document types have Dutch labels only (TOOI has no others).
  const typeLang = locale === 'nl' ? undefined : 'nl';
  const type = p.documentType ? typeLabel(p.documentType) : '';
  const shownDate = date ? formatDate(date, locale, 'short') : '';
  return html`<li class="result" part="result">
    <div lang=${ifDefined(textLang && textLang !== locale ? textLang : undefined)}>
      ${heading(o.level, title, undefined, 'result__title')}
      ${p.description ? html`<p class="result__description">${p.description}</p>` : nothing}
    </div>
    <dl class="meta">
      <div><dt>${msg('Categorie')}</dt><dd>${categories}</dd></div>
      ${
        p.documentType ? html`<div><dt>${msg('Soort')}</dt><dd lang=${ifDefined(typeLang)}>${type}</dd></div>` : nothing
      }
      ${date ? html`<div><dt>${dateLabel}</dt><dd><time datetime=${date}>${shownDate}</time></dd></div>` : nothing}
      <div><dt>${msg('Organisatie')}</dt><dd>${p.publisher.name}</dd></div>
      ${relations(p, o.titleOf)}
    </dl>
  </li>`;
}
