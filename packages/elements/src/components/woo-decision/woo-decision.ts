import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import {
  exceptionGroundByArticle,
  inventoryAssessments,
  summarizeInventory,
  type InventoryAssessment,
  type InventoryGroundArticle,
  type InventoryItem,
  type InventorySummary,
  type WooDecision,
} from '@woo-kit/core';
import { WooElement } from '../../internal/woo-element.js';
import { formStyles } from '../../styles/form.js';
import { heading } from '../../internal/heading.js';
import { selectField } from '../../internal/form/select-field.js';
import { pageNumbers } from '../../internal/pagination.js';
import { formatDate } from '../../internal/intl.js';
import { formatCount } from '../../internal/plural.js';
import { safeHttpUrl } from '../../internal/safe-url.js';
import { jsonSource, JsonSourceError, TaskStatus } from '../../controllers/json-source.js';
import { DecisionModel, EMPTY_DECISION_QUERY, type DecisionQuery, type DecisionSort } from './decision-model.js';
import { InvalidDecisionError, objectionDeadline, readDecision, type ReadDecision } from './decision-data.js';
import { groundLabel, groundProtects, kindNote } from './ground-text.js';
import { styles } from './woo-decision.styles.js';

/** A decision read once, with its model and summary (kept while the input stays the same). */
type Prepared = { input: unknown; result: ReadDecision; model: DecisionModel; summary: InventorySummary };

/** What each assessment means for the reader. */
function assessmentLabel(assessment: InventoryAssessment): string {
  switch (assessment) {
    case 'public':
      return msg('Openbaar');
    case 'partlyPublic':
      return msg('Deels openbaar');
    case 'notPublic':
      return msg('Niet openbaar');
    case 'alreadyPublic':
      return msg('Was al openbaar');
  }
}

function sortLabel(sort: DecisionSort): string {
  switch (sort) {
    case 'date-desc':
      return msg('Nieuwste eerst');
    case 'date-asc':
      return msg('Oudste eerst');
    case 'name':
      return msg('Naam (A-Z)');
    case 'id':
      return msg('Documentnummer');
  }
}

const SORTS: readonly DecisionSort[] = ['date-desc', 'date-asc', 'name', 'id'];

/**
 * A Woo decision explained (Woo 4.3, 5.1, 5.2): the answer first, what the requester gets, why some
 * information stays closed (each exception ground with what it protects, whether it is absolute or
 * weighed, the body's own weighing and the number of documents), the documents in a table with
 * search, filters, sorting and pages, and what the reader can do now (objection within six weeks,
 * Awb 6:7, with the last day computed).
 *
 * Give the decision as the `decision` property (a `WooDecision` object) or as a JSON URL in `src`.
 * Inventory rows that are not valid are left out and counted; the page still shows.
 *
 * @csspart documents - the table of documents
 * @cssprop --woo-decision-closed-color - border colour of the "stays closed" section
 *
 * @tagname woo-decision
 */
export class WooDecisionElement extends WooElement {
  static override styles = [...WooElement.styles, formStyles, styles];

  /** The decision, as a `WooDecision` object. */
  @property({ attribute: false }) decision: WooDecision | undefined;
  /** URL of the decision as JSON (a `WooDecision`); used when `decision` is not set. */
  @property() src = '';
  /**
   * Link to a released document; `{id}` and `{matter}` are replaced (URL-encoded), e.g.
   * `/woo/besluit-42/{id}.pdf`. Without it, only documents already public elsewhere get a link.
   */
  @property({ attribute: 'document-href' }) documentHref = '';
  /** Documents per page of the table. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 25;
  /** Heading level of the component's title (2–6). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  @state() private query: DecisionQuery = EMPTY_DECISION_QUERY;
  @state() private page = 1;

  readonly #source = jsonSource(this, () => (this.decision ? '' : this.src), readDecision);
  #read: Prepared | undefined;
  #focusTable = false;

  #prepare(input: WooDecision | ReadDecision): Prepared {
    if (this.#read?.input === input) return this.#read;
    const result = 'skipped' in input ? input : readDecision(input);
    this.#read = {
      input,
      result,
      model: new DecisionModel(result.decision.inventory),
      summary: summarizeInventory(result.decision.inventory),
    };
    return this.#read;
  }

  #change(next: Partial<DecisionQuery>): void {
    this.query = { ...this.query, ...next };
    this.page = 1;
  }

  #showGround(ground: InventoryGroundArticle): void {
    this.#change({ ground, assessment: '', text: '' });
    this.#focusTable = true;
  }

  #goTo(page: number): void {
    this.page = page;
    this.#focusTable = true;
  }

  #warmTimer: ReturnType<typeof setTimeout> | undefined;

  /** After the first render, prepares the search and the other orders in small steps, before a keystroke needs them. */
  #warm(): void {
    const model = this.#read?.model;
    if (model === undefined || this.#warmTimer !== undefined) return;
    const step = () => {
      this.#warmTimer = model === this.#read?.model && !model.warmStep() ? setTimeout(step, 0) : undefined;
    };
    this.#warmTimer = setTimeout(step, 0);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#warmTimer);
    this.#warmTimer = undefined;
  }

  protected override updated(): void {
    this.#warm();
    if (!this.#focusTable) return;
    this.#focusTable = false;
    const target = this.renderRoot.querySelector<HTMLElement>('#documents-status');
    target?.focus();
    target?.scrollIntoView?.({ block: 'nearest' });
  }

  #link(item: InventoryItem): string | undefined {
    if (item.assessment === 'alreadyPublic') return safeHttpUrl(item.publicLink);
    if (item.assessment === 'notPublic' || item.suspended === true || !this.documentHref) return undefined;
    return safeHttpUrl(
      this.documentHref
        .replace(/\{id\}/g, encodeURIComponent(item.id))
        .replace(/\{matter\}/g, encodeURIComponent(item.matter)),
    );
  }

  #renderCounts(summary: InventorySummary): TemplateResult {
    const locale = this.locale;
    return html`${heading(this.headingLevel + 1, msg('Wat krijgt u?'))}
      <dl class="counts">
        ${inventoryAssessments.map(
          (a) =>
            html`<div class="count count--${a}"><dt>${assessmentLabel(a)}</dt><dd
              >${formatCount(summary.byAssessment[a], locale)}</dd></div>`,
        )}
        <div class="count count--total"><dt>${msg('Documenten in totaal')}</dt><dd
          >${formatCount(summary.total, locale)}</dd></div>
      </dl>
      ${
        summary.suspended > 0
          ? html`<p
            >${msg(str`Van ${formatCount(summary.suspended, locale)} documenten wacht het openbaar maken nog op \
het bezwaar van een ander (Woo 4.4 lid 5).`)}</p>`
          : nothing
      }`;
  }

  #renderGrounds(decision: WooDecision, summary: InventorySummary): TemplateResult | typeof nothing {
    if (summary.byGround.length === 0) return nothing;
    const level = this.headingLevel + 1;
    return html`<section class="closed" aria-labelledby="closed-heading">
      ${heading(level, msg('Waarom blijft sommige informatie dicht?'), 'closed-heading')}
      <p>${msg(
        `Informatie is openbaar, behalve als de wet een reden geeft om haar dicht te houden (Woo hoofdstuk 5). \
Dit zijn de redenen in dit besluit.`,
      )}</p>
      ${summary.byGround.map(({ ground, count }) => {
        const entry = exceptionGroundByArticle(ground);
        const weighing = decision.weighings.find((w) => w.ground === ground);
        return html`<article class="ground">
          ${heading(
            level + 1,
            html`<span class="ground__article">${msg(str`Artikel ${ground} Woo`)}</span
            > ${groundLabel(ground)}`,
          )}
          <p>${groundProtects(ground)}</p>
          ${entry ? html`<p class="ground__kind">${kindNote(entry.kind)}</p>` : nothing}
          ${
            weighing
              ? html`<div class="ground__weighing"><p class="ground__weighing-label"
                >${msg('De afweging van het bestuursorgaan:')}</p><p lang="nl">${weighing.weighing}</p></div>`
              : nothing
          }
          <p>
            ${msg(str`Geldt voor ${formatCount(count, this.locale)} documenten.`)}
            <button type="button" class="link-button" @click=${() => this.#showGround(ground)}>
              ${msg(str`Toon de documenten met grond ${ground}`)}
            </button>
          </p>
        </article>`;
      })}
    </section>`;
  }

  #renderDocuments(model: DecisionModel, summary: InventorySummary, skipped: number): TemplateResult {
    const locale = this.locale;
    const q = this.query;
    const hits = model.filter(q);
    const size = Math.max(1, Math.floor(this.pageSize) || 25);
    const pages = Math.max(1, Math.ceil(hits.length / size));
    const page = Math.min(this.page, pages);
    const shown = hits.slice((page - 1) * size, page * size);
    return html`<section>
      ${heading(this.headingLevel + 1, msg('De documenten'), 'documents-heading')}
      <div class="filters">
        <div class="field">
          <label class="label" for="search">${msg('Zoek in de documenten')}</label>
          <input class="input" id="search" type="search" autocomplete="off" .value=${live(q.text)} @input=${(
            e: Event,
          ) => this.#change({ text: (e.target as HTMLInputElement).value })} />
        </div>
        ${selectField({
          id: 'assessment',
          label: msg('Beoordeling'),
          value: q.assessment,
          options: [
            ['', msg('Alle beoordelingen')],
            ...inventoryAssessments.map((a) => [a, assessmentLabel(a)] as const),
          ],
          onChange: (assessment) => this.#change({ assessment }),
        })}
        ${selectField({
          id: 'ground',
          label: msg('Reden om dicht te houden'),
          value: q.ground,
          options: [
            ['', msg('Alle redenen')],
            ...summary.byGround.map((g) => [g.ground, `${g.ground} ${groundLabel(g.ground)}`] as const),
          ],
          onChange: (ground) => this.#change({ ground }),
        })}
        ${selectField({
          id: 'sort',
          label: msg('Sorteer'),
          value: q.sort,
          options: SORTS.map((s) => [s, sortLabel(s)] as const),
          onChange: (sort) => this.#change({ sort }),
        })}
      </div>
      <p id="documents-status" class="status" role="status" tabindex="-1">
        ${msg(str`Gevonden: ${formatCount(hits.length, locale)} van ${formatCount(summary.total, locale)} documenten.`)}
        ${pages > 1 ? msg(str`Pagina ${page} van ${pages}.`) : nothing}
      </p>
      ${
        skipped > 0
          ? html`<p
        >${msg(str`${formatCount(skipped, locale)} regels van de inventarislijst kloppen niet. Die tonen we niet.`)}</p
        >`
          : nothing
      }
      <div class="table-box" role="region" aria-labelledby="documents-heading" tabindex="0">
        <table part="documents">
          <thead>
            <tr>
              <th scope="col">${msg('Document')}</th>
              <th scope="col">${msg('Datum')}</th>
              <th scope="col">${msg('Beoordeling')}</th>
              <th scope="col">${msg('Reden')}</th>
            </tr>
          </thead>
          <tbody>
            ${shown.map((i) => this.#renderRow(model, i))}
          </tbody>
        </table>
      </div>
      ${pages > 1 ? this.#renderPages(page, pages) : nothing}
    </section>`;
  }

  #renderRow(model: DecisionModel, index: number): TemplateResult {
    const item = model.items[index]!;
    const href = this.#link(item);
    const attachment = model.isAttachment(index);
    return html`<tr class=${attachment ? 'attachment' : ''}>
      <td>
        ${attachment ? html`<span class="attachment__mark">${msg('Bijlage:')}</span> ` : nothing}
        ${href ? html`<a href=${href}>${item.name}</a>` : html`<span>${item.name}</span>`}
        <span class="document-id">${msg(str`nr. ${item.id}`)}</span>
        ${item.suspended ? html`<span class="note">${msg('Wacht op bezwaar van een ander')}</span>` : nothing}
        ${item.explanation ? html`<span class="note" lang="nl">${item.explanation}</span>` : nothing}
      </td>
      <td>${formatDate(item.date, this.locale, 'short')}</td>
      <td>${assessmentLabel(item.assessment)}</td>
      <td>${item.grounds.length === 0 ? html`<span aria-label=${msg('Geen')}>–</span>` : item.grounds.join(', ')}</td>
    </tr>`;
  }

  #renderPages(page: number, pages: number): TemplateResult {
    const numbers = pageNumbers(page, pages);
    return html`<nav class="pagination" aria-label=${msg('Pagina’s met documenten')}>
      <ul>
        ${
          page > 1
            ? html`<li><button type="button" class="page" @click=${() => this.#goTo(page - 1)}
          >${msg('Vorige pagina')}</button></li>`
            : nothing
        }
        ${numbers.map(
          (n) => html`<li><button type="button" class="page" aria-current=${n === page ? 'page' : 'false'}
            @click=${() => this.#goTo(n)}>
            <span class="visually-hidden">${msg('Pagina')} </span>${n}
          </button></li>`,
        )}
        ${
          page < pages
            ? html`<li><button type="button" class="page" @click=${() => this.#goTo(page + 1)}
          >${msg('Volgende pagina')}</button></li>`
            : nothing
        }
      </ul>
    </nav>`;
  }

  #renderNext(decision: WooDecision): TemplateResult {
    const deadline = formatDate(objectionDeadline(decision), this.locale);
    const contact = decision.contact;
    // The schema checked the address (format email), so it is safe in a mailto: link.
    const mail = contact?.email ? `mailto:${contact.email}` : undefined;
    const url = safeHttpUrl(contact?.url);
    return html`${heading(this.headingLevel + 1, msg('Wat kunt u nu doen?'))}
      <ul class="next">
        <li>${msg(
          str`Bent u het niet eens met dit besluit? Dan kunt u bezwaar maken. Dat moet binnen 6 weken (Awb \
6:7). Uw bezwaar moet uiterlijk ${deadline} binnen zijn.`,
        )}</li>
        <li>${msg('Heeft u een vraag over het besluit of over de documenten? Neem dan contact op.')}
          ${
            contact
              ? html`<span class="contact">
                ${contact.name ? html`<span lang="nl">${contact.name}</span>` : nothing}
                ${contact.email && mail ? html`<a href=${mail}>${contact.email}</a>` : nothing}
                ${contact.phone ? html`<span>${contact.phone}</span>` : nothing}
                ${url ? html`<a href=${url}>${msg('Contactpagina')}</a>` : nothing}
              </span>`
              : nothing
          }
        </li>
      </ul>`;
  }

  #renderDecision(input: WooDecision | ReadDecision): TemplateResult {
    let prepared;
    try {
      prepared = this.#prepare(input);
    } catch {
      return html`<p role="alert">${msg('Wij kunnen dit besluit niet tonen. De gegevens kloppen niet.')}</p>`;
    }
    const { result, model, summary } = prepared;
    const decision = result.decision;
    const letter = safeHttpUrl(decision.letterUrl);
    return html`
      ${heading(
        this.headingLevel,
        decision.title
          ? html`${msg('Besluit:')} <span lang="nl">${decision.title}</span
        >`
          : msg('Besluit op het Woo-verzoek'),
      )}
      <div class="answer">
        <p class="answer__text" lang="nl">${decision.summary}</p>
        <p class="answer__meta">
          ${msg(str`Besloten op ${formatDate(decision.decidedOn, this.locale)}.`)}
          ${letter ? html`<a href=${letter}>${msg('Lees de besluitbrief')}</a>` : nothing}
        </p>
      </div>
      ${this.#renderCounts(summary)} ${this.#renderGrounds(decision, summary)} ${this.#renderDocuments(
        model,
        summary,
        result.skipped,
      )}
      ${this.#renderNext(decision)}
    `;
  }

  protected override render() {
    if (this.decision) return this.#renderDecision(this.decision);
    return this.#source.render({
      initial: () => html`<p>${msg('Er is geen besluit om te tonen.')}</p>`,
      pending: () => html`<p role="status">${msg('Het besluit wordt geladen…')}</p>`,
      complete: (read) => (read ? this.#renderDecision(read) : html`<p>${msg('Er is geen besluit om te tonen.')}</p>`),
      error: (error) =>
        html`<p role="alert">
          ${
            error instanceof JsonSourceError && error.problem === 'http' && error.status === 404
              ? msg('Wij kunnen dit besluit niet vinden.')
              : error instanceof InvalidDecisionError
                ? msg('Wij kunnen dit besluit niet tonen. De gegevens kloppen niet.')
                : msg('Het besluit kon niet worden geladen. Probeer het later opnieuw.')
          }
        </p>`,
    });
  }

  /** True while the decision is loading from `src`. */
  get loading(): boolean {
    return this.#source.status === TaskStatus.PENDING;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'woo-decision': WooDecisionElement;
  }
}
