import { html, nothing, svg, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import {
  informationCategories,
  isIsoDate,
  mandatoryCategoriesOn,
  withCategoryConfig,
  type CategoryConfig,
  type InformationCategory,
} from '@woo-kit/core';
import { todayInAmsterdam } from '@woo-kit/deadlines';
import { WooElement } from '../../internal/woo-element.js';
import { heading } from '../../internal/heading.js';
import { formatDate } from '../../internal/intl.js';
import { categoryExplanation, categoryLabel, loadCategoryTexts } from '../../internal/category-text.js';
import { OnDemandController } from '../../controllers/on-demand.js';
import { mandatoryCoveredText, publicationsText, skippedText } from '../../internal/plural.js';
import { safeHttpUrl } from '../../internal/safe-url.js';
import { jsonObjectAttribute } from '../../internal/json-attribute.js';
import { feedProblemText, PublicationFeedController, type Feed } from '../../internal/publication-feed.js';
import { styles } from './woo-categories.styles.js';

/** A warning sign: drawn in the text colour, so it stays visible in forced-colours mode. */
const warningIcon = svg`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path
  fill="currentColor" d="M12 2 1 21h22L12 2zm0 5.5 7.5 12.5h-15L12 7.5zM11 11v4h2v-4h-2zm0 5v2h2v-2h-2z"/></svg>`;
const checkIcon = svg`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path
  fill="currentColor" d="M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4L9 16.2z"/></svg>`;

function countByCategory(feed: Feed): Map<string, number> {
  const counts = new Map<string, number>();
  for (const publication of feed.publications) {
    for (const code of new Set(publication.informationCategories)) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return counts;
}

/**
 * The information categories of the Woo (art. 3.3, plus voluntary publication under art. 3.1) as
 * they apply to a municipality: what each one holds in plain words, whether it is mandatory yet and
 * since when, how many publications the feed has in it, and where the municipality publishes it.
 * Mandatory categories without publications stand out (text, icon and border), with a summary at
 * the top, so a municipality sees at a glance whether it publishes what it must.
 *
 * @csspart summary - the summary at the top
 * @csspart category - one category
 * @cssprop --woo-categories-missing-color - colour of the border and icon of a mandatory category without publications
 * (with text, never alone)
 * @cssprop --woo-categories-border-color - border of a category
 *
 * @tagname woo-categories
 */
export class WooCategories extends WooElement {
  static override styles = [...WooElement.styles, styles];

  /** Names and explanations of the categories in the element's language (they load on demand). */
  protected readonly categoryTexts = new OnDemandController(this, loadCategoryTexts);

  /**
   * URL of the publication feed (`Publication` JSON: array, `{ items }`, JSON lines; or a DiWoo sitemap), for the
   * counts.
   */
  @property() src = '';
  /** The publications as data (an array of `Publication`, or `{ items }`); used instead of `src`. */
  @property({ attribute: false }) publications: unknown;
  /** The day that decides what is mandatory (`YYYY-MM-DD`); default: today in the Netherlands. */
  @property() today = '';
  /** Where the municipality publishes each category, by TOOI code or article: `{"c_139c6280": "https://…"}`. */
  @property({ converter: jsonObjectAttribute }) links: Record<string, string> | undefined;
  /**
   * A link for every category without its own: `{code}` and `{article}` are filled in, e.g.
   * `/publicaties?categorie={code}`.
   */
  @property({ attribute: 'link-template' }) linkTemplate = '';
  /** Also show the categories that do not apply to a municipality (3.3.2b, 3.3.2h), marked as such. */
  @property({ type: Boolean, attribute: 'show-not-applicable' }) showNotApplicable = false;
  /** Local settings, as `withCategoryConfig` takes them: `{ "mandatorySince": { "3.3.2i": "2026-07-01" } }`. */
  @property({ converter: jsonObjectAttribute }) config: CategoryConfig | undefined;
  /** Heading level of the component's title (2–6); each category gets the level below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
  /** Milliseconds to wait for the feed before giving up. */
  @property({ type: Number }) timeout = 20000;

  /**
   * Address of a publication search endpoint (docs/search.md), e.g. `/api/publications/search`: the
   * counts come from its facets (one small request) instead of from the whole feed; `src` is not loaded.
   */
  @property({ attribute: 'search-endpoint' }) searchEndpoint = '';

  readonly #source = new PublicationFeedController(this, {
    src: () => (this.searchEndpoint ? '' : this.src),
    inline: () => (this.searchEndpoint ? undefined : this.publications),
    timeout: () => this.timeout,
  });
  /** Publications per category from the endpoint's facets, and how asking for them went. */
  @state() private facetCounts: Map<string, number> | undefined;
  @state() private facetStatus: 'pending' | 'error' | 'done' = 'pending';
  #facetsOf = '';

  protected override updated(): void {
    if (this.searchEndpoint && this.#facetsOf !== this.searchEndpoint)
      void this.#loadFacets((this.#facetsOf = this.searchEndpoint));
  }

  /** One small search (one result) for the facets of everything; an answer that is not as documented is a failure. */
  async #loadFacets(endpoint: string): Promise<void> {
    this.facetStatus = 'pending';
    try {
      const url = new URL(endpoint, location.href);
      url.searchParams.set('pageSize', '1');
      const response = await fetch(url, {
        headers: { accept: 'application/json' },
        signal: AbortSignal.timeout(this.timeout),
      });
      const list: unknown = response.ok
        ? ((await response.json()) as { facets?: { categories?: unknown } } | null)?.facets?.categories
        : undefined;
      if (!Array.isArray(list)) throw new Error('no facets');
      if (endpoint !== this.searchEndpoint) return;
      const valid = list.filter(
        (f): f is { code: string; count: number } => typeof f?.code === 'string' && Number.isInteger(f?.count),
      );
      this.facetCounts = new Map(valid.map((f) => [f.code, f.count]));
      this.facetStatus = 'done';
    } catch {
      if (endpoint === this.searchEndpoint) this.facetStatus = 'error';
    }
  }

  /** Publications per category, from the feed or the endpoint's facets; undefined until known. */
  #counts(): Map<string, number> | undefined {
    if (this.searchEndpoint) return this.facetCounts;
    return this.#source.feed ? countByCategory(this.#source.feed) : undefined;
  }

  #renderStatus(): TemplateResult | typeof nothing {
    if (this.searchEndpoint) {
      if (this.facetStatus === 'pending')
        return html`<p role="status">${msg(`De publicaties worden \
geladen…`)}</p>`;
      return this.facetStatus === 'error'
        ? html`<p class="problem" role="alert"
          >${msg('De publicaties konden niet worden geladen. Probeer het later opnieuw.')}</p>`
        : nothing;
    }
    const status = this.#source.status;
    const feed = this.#source.feed;
    return html`${
      status === 'pending'
        ? html`<p role="status"
          >${msg(`De publicaties worden \
geladen…`)} ${this.#source.slow ? msg('Dit duurt langer dan normaal. Nog even geduld.') : ''}</p>`
        : nothing
    }
    ${status === 'error' ? html`<p class="problem" role="alert">${feedProblemText(this.#source.error)}</p>` : nothing}
    ${feed?.skipped ? html`<p class="problem">${skippedText(feed.skipped, this.locale)}</p>` : nothing}`;
  }

  #categories(): { list: readonly InformationCategory[]; configError: boolean } {
    if (!this.config) return { list: informationCategories, configError: false };
    try {
      return { list: withCategoryConfig(this.config), configError: false };
    } catch {
      return { list: informationCategories, configError: true };
    }
  }

  #link(category: InformationCategory): string | undefined {
    const own = this.links?.[category.code] ?? this.links?.[category.article];
    const url =
      typeof own === 'string'
        ? own
        : this.linkTemplate.replace('{code}', category.code).replace('{article}', category.article);
    return safeHttpUrl(url);
  }

  #articleText(article: string): string {
    const match = /^3\.3\.(\d)([a-z])$/.exec(article);
    if (!match) return msg(str`Woo artikel ${article}`);
    const [, lid, letter] = match;
    return msg(str`Woo artikel 3.3 lid ${lid} onder ${letter}`);
  }

  #mandatoryText(category: InformationCategory, today: string): string {
    if (!category.appliesToMunicipality) return msg('Geldt niet voor gemeenten.');
    if (category.article === '3.1')
      return msg('Nee. De gemeente mag meer openbaar maken dan de verplichte categorieën. Dat doet zij vrijwillig.');
    const since = category.mandatorySince;
    if (since === null) {
      // Woo 10.3: each letter of art. 3.3 takes effect on a date set by royal decree.
      return msg(
        'Nog niet. De regering moet eerst bepalen vanaf wanneer. De gemeente mag deze informatie nu al openbaar maken.',
      );
    }
    const date = formatDate(since, this.locale, 'short');
    return since <= today ? msg(str`Ja, sinds ${date}.`) : msg(str`Nog niet. Verplicht vanaf ${date}.`);
  }

  #renderCategory(
    category: InformationCategory,
    today: string,
    mandatory: boolean,
    counts: Map<string, number> | undefined,
  ): TemplateResult {
    const locale = this.locale;
    const count = counts?.get(category.code) ?? 0;
    const missing = mandatory && counts !== undefined && count === 0;
    const label = categoryLabel(category, locale);
    const url = this.#link(category);
    const state = !category.appliesToMunicipality
      ? 'not-applicable'
      : missing
        ? 'missing'
        : mandatory
          ? 'mandatory'
          : 'optional';
    return html`<li class="category category--${state}" part="category">
      ${heading(this.headingLevel + 1, label, undefined, 'category__title')}
      <p class="category__article">${this.#articleText(category.article)}</p>
      <p>${categoryExplanation(category, locale)}</p>
      <dl class="category__facts">
        <div><dt>${msg('Verplicht?', {
          desc: `Column header: whether publishing this \
information category is mandatory yet`,
        })}</dt><dd>${this.#mandatoryText(category, today)}</dd></div>
        ${
          counts && category.appliesToMunicipality
            ? html`<div>
              <dt>${msg('Publicaties')}</dt>
              <dd>
                ${
                  missing
                    ? html`<strong class="missing"
                      >${warningIcon} ${msg('Nog geen publicaties, maar deze categorie is verplicht.')}</strong>`
                    : count
                      ? publicationsText(count, locale)
                      : msg('Nog geen publicaties.')
                }
              </dd>
            </div>`
            : nothing
        }
      </dl>
      ${
        url
          ? html`<p class="category__link">
            <a href=${url}>${msg('Bekijk de publicaties')}<span class="visually-hidden">: ${label}</span></a>
          </p>`
          : nothing
      }
    </li>`;
  }

  #renderSummary(mandatory: readonly InformationCategory[], counts: Map<string, number> | undefined): TemplateResult {
    const locale = this.locale;
    if (mandatory.length === 0) {
      return html`<div class="summary" part="summary"><p
        >${msg('Op dit moment is geen enkele categorie verplicht.')}</p></div>`;
    }
    if (!counts) {
      return html`<div class="summary" part="summary">
        <p>${msg(str`Nu verplicht: ${mandatory.length} van de 17 categorieën.`)}</p>
      </div>`;
    }
    const missing = mandatory.filter((c) => !counts.get(c.code));
    const covered = mandatory.length - missing.length;
    return html`<div class="summary ${missing.length ? 'summary--missing' : 'summary--complete'}" part="summary">
      <p class="summary__title">
        ${missing.length ? warningIcon : checkIcon}
        <strong>${mandatoryCoveredText(covered, mandatory.length, locale)}</strong>
      </p>
      ${
        missing.length
          ? html`<p>${msg('Nog geen publicaties in deze verplichte categorieën:')}</p>
            <ul>
              ${missing.map((c) => html`<li>${categoryLabel(c, locale)}</li>`)}
            </ul>`
          : html`<p>${msg('Alle verplichte categorieën hebben publicaties.')}</p>`
      }
    </div>`;
  }

  protected override render() {
    const today = isIsoDate(this.today) ? this.today : todayInAmsterdam();
    const { list, configError } = this.#categories();
    const mandatory = mandatoryCategoriesOn(today, list);
    const counts = this.#counts();
    const shown = list.filter((c) => c.appliesToMunicipality || this.showNotApplicable);
    return html`
      ${heading(this.headingLevel, msg('Informatie die de gemeente zelf openbaar maakt'))}
      <p>
        ${msg(
          `De Woo noemt 17 soorten informatie die de overheid zelf openbaar moet maken. Die heten \
informatiecategorieën. Hieronder staat per categorie wat erin zit en of de gemeente deze informatie \
al openbaar moet maken.`,
        )}
      </p>
      ${
        configError
          ? html`<p class="problem" role="alert"
            >${msg('De instellingen van de categorieën kloppen niet. U ziet de gewone instellingen.')}</p>`
          : nothing
      }
      ${this.#renderStatus()}
      ${this.#renderSummary(mandatory, counts)}
      <ul class="list">
        ${shown.map((c) => this.#renderCategory(c, today, mandatory.includes(c), counts))}
      </ul>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'woo-categories': WooCategories;
  }
}
