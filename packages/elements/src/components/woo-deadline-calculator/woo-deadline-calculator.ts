import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { computeDeadline, type DeadlineResult, type SuspensionKind } from '@woo-kit/deadlines';
import { WooElement } from '../../internal/woo-element.js';
import { formStyles } from '../../styles/form.js';
import { checkbox, dateField, radios, textField } from '../../internal/form/fields.js';
import { EMPTY_DATE, isoToDateParts, type DateParts } from '../../internal/form/date-parts.js';
import { errorSummary } from '../../internal/form/error-summary.js';
import { formatDate } from '../../internal/intl.js';
import { heading } from '../../internal/heading.js';
import { FormErrorsController } from '../../controllers/form-errors.js';
import { StepTextController } from '../../controllers/step-text.js';
import { WooDeadlineCalculatedEvent } from '../../events/woo-deadline-calculated.js';
import { engineError, newSuspension, readForm, type SuspensionDraft } from './read-form.js';
import { styles } from './woo-deadline-calculator.styles.js';

/**
 * Computes the legal decision term of a Woo request and explains every step, for requesters and
 * officials: received date, an optional postponement and periods in which the term stood still in;
 * the last day to decide, how it was computed (with the article of law for each step), the other
 * reading where the law is unsettled, and the dates that follow from it.
 *
 * @fires woo-deadline-calculated - after a term was computed; `event.result` is the `DeadlineResult`
 * @csspart error-summary - the error summary above the form
 * @cssprop --woo-deadline-calculator-accent - colour of the line above the result
 *
 * @tagname woo-deadline-calculator
 */
export class WooDeadlineCalculator extends WooElement {
  static override styles = [...WooElement.styles, formStyles, styles];

  /** Received date to start with (`YYYY-MM-DD`), e.g. from a request. */
  @property({ attribute: 'received-on' }) receivedOn = '';
  /** Heading level of the component's title (2–6), to fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  @state() private received: DateParts = EMPTY_DATE;
  @state() private postponed = false;
  @state() private postponedOn: DateParts = EMPTY_DATE;
  @state() private suspensions: SuspensionDraft[] = [];
  @state() private result: DeadlineResult | undefined;
  /** The error summary, the inline errors, the count in the page title, and where focus goes. */
  readonly #errors = new FormErrorsController(this);
  /** Explanations of the deadline steps in the element's language (translations load on demand). */
  readonly #steps = new StepTextController(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('receivedOn') && this.receivedOn) this.received = isoToDateParts(this.receivedOn);
  }

  #calculate(event: Event): void {
    event.preventDefault();
    const fields = {
      received: this.received,
      postponed: this.postponed,
      postponedOn: this.postponedOn,
      suspensions: this.suspensions,
    };
    const { input, errors } = readForm(fields);
    let result: DeadlineResult | undefined;
    if (input) {
      try {
        result = computeDeadline(input);
      } catch (error) {
        errors.push(engineError(error, this.locale));
      }
    }
    this.result = errors.length ? undefined : result;
    this.#errors.show(errors);
    if (!errors.length) this.#errors.focusAfterRender('.result');
    if (this.result) this.dispatchEvent(new WooDeadlineCalculatedEvent(this.result));
  }

  #errorFor(field: string): string | undefined {
    return this.#errors.messageFor(field);
  }

  #updateSuspension(index: number, change: Partial<SuspensionDraft>): void {
    this.suspensions = this.suspensions.map((s, i) => (i === index ? { ...s, ...change } : s));
  }

  #addSuspension(): void {
    this.suspensions = [...this.suspensions, newSuspension()];
    this.#errors.focusAfterRender(`#suspension-${this.suspensions.length - 1}-kind`);
  }

  #removeSuspension(index: number): void {
    this.suspensions = this.suspensions.filter((_, i) => i !== index);
    this.#errors.show(this.#errors.errors.filter((e) => !e.field.startsWith('suspension-')));
    this.#errors.focusAfterRender('#add-suspension');
  }

  #renderSuspension(s: SuspensionDraft, i: number) {
    const id = `suspension-${i}`;
    const n = i + 1;
    const dated = s.kind === 'zienswijze' || s.kind === 'aanvulling';
    return html`<div class="suspension">
      <fieldset class="fieldset">
        <legend class="legend">${msg(str`Periode ${n}`)}</legend>
        ${radios({
          id: `${id}-kind`,
          label: msg('Waarom stond de termijn stil?'),
          error: this.#errorFor(`${id}-kind`),
          value: s.kind,
          onChange: (kind) => this.#updateSuspension(i, { kind: kind as SuspensionKind }),
          options: [
            {
              value: 'aanvulling',
              label: msg('De gemeente vroeg mij mijn verzoek aan te vullen of duidelijker te maken'),
            },
            { value: 'zienswijze', label: msg('De gemeente vroeg anderen om hun mening (een zienswijze)') },
            { value: 'instemming', label: msg('Ik heb schriftelijk ingestemd met uitstel') },
            {
              value: 'overmacht',
              label: msg('Er was overmacht: de gemeente kon niet beslissen door iets buiten haar schuld'),
            },
          ],
        })}
        ${
          dated
            ? html`${dateField({
                id: `${id}-notified`,
                label: msg('Op welke dag liet de gemeente u dat weten?'),
                error: this.#errorFor(`${id}-notified`),
                value: s.notified,
                onInput: (notified) => this.#updateSuspension(i, { notified }),
              })}
            ${dateField({
              id: `${id}-ended`,
              label:
                s.kind === 'zienswijze'
                  ? msg('Op welke dag kwam de mening binnen?')
                  : msg('Op welke dag heeft u uw verzoek aangevuld?'),
              hint: msg('Of de laatste dag van de termijn die de gemeente daarvoor gaf.'),
              error: this.#errorFor(`${id}-ended`),
              value: s.ended,
              onInput: (ended) => this.#updateSuspension(i, { ended }),
            })}`
            : s.kind
              ? textField({
                  id: `${id}-days`,
                  label: msg('Hoeveel dagen?'),
                  error: this.#errorFor(`${id}-days`),
                  value: s.days,
                  inputmode: 'numeric',
                  width: 'short',
                  onInput: (days) => this.#updateSuspension(i, { days }),
                })
              : nothing
        }
        <button type="button" class="button button--secondary" @click=${() => this.#removeSuspension(i)}>
          ${msg(str`Periode ${n} verwijderen`)}
        </button>
      </fieldset>
    </div>`;
  }

  #renderResult(r: DeadlineResult) {
    const locale = this.locale;
    const date = (iso: string) => formatDate(iso, locale);
    const level = this.headingLevel + 1;
    return html`<section class="result" tabindex="-1" aria-labelledby="result-heading">
      <p id="result-heading">${msg('De gemeente moet uiterlijk beslissen op')}</p>
      <p class="deadline">${date(r.deadline)}</p>
      <p>${msg(str`De eerste termijn van 4 weken eindigt op ${date(r.firstTermEnd)}.`)}</p>
      ${
        r.postponementValid === false
          ? html`<p><strong>${msg('De verlenging telt niet, omdat de gemeente die te laat heeft gemeld.')}</strong></p>`
          : nothing
      }
      ${heading(level, msg('Zo is deze datum berekend'))}
      <ol class="steps">
        ${r.steps.map(
          (step) => html`<li>
            <strong>${date(step.date)}</strong>: ${this.#steps.text(step, locale)}
            <span class="rule">(${step.rule})</span>
          </li>`,
        )}
      </ol>
      ${r.alternatives.map(
        (alt) => html`<div class="alternative">
          ${heading(level, msg('Een andere uitleg van de wet'))}
          <p>${this.#steps.text(alt, locale)} <span class="rule">(${alt.rule})</span></p>
          <p>${msg(str`Volgens die uitleg is de laatste dag ${date(alt.deadline)}.`)}</p>
        </div>`,
      )}
      ${heading(level, msg('Andere belangrijke data'))}
      <dl>
        <dt>${msg('Vraag om uw verzoek duidelijker te maken')}</dt>
        <dd>${msg(
          str`De gemeente moet dat uiterlijk ${date(r.related.clarificationRequestDue)} vragen (Woo 4.1 lid 5).`,
        )}</dd>
        <dt>${msg('Te laat? Stuur een ingebrekestelling')}</dt>
        <dd>
          ${msg(
            str`Vanaf ${date(r.related.ingebrekestellingFrom)}. Dat is een brief waarin u schrijft dat de \
gemeente te laat is.`,
          )}
        </dd>
        <dt>${msg('Naar de rechter')}</dt>
        <dd>
          ${msg(
            str`Twee weken nadat de gemeente uw ingebrekestelling heeft ontvangen, kunt u in beroep gaan (Awb \
6:12). Ontvangt de gemeente de brief op ${date(r.related.ingebrekestellingFrom)}, dan kan dat \
vanaf ${date(r.related.appealForFailureToDecideFrom)}. Sommige rechters tellen een dag minder: \
dan vanaf ${date(r.related.appealForFailureToDecideFromAlternative)}.`,
          )}
        </dd>
        <dt>
          ${msg('Dwangsom', {
            desc: 'Heading: the penalty payment for deciding late (Awb 4:17), which does not apply to Woo requests',
          })}
        </dt>
        <dd>${this.#steps.text(r.related.penalty, locale)} <span class="rule">(${r.related.penalty.rule})</span></dd>
      </dl>
    </section>`;
  }

  protected override render() {
    return html`
      ${heading(this.headingLevel, msg('Wanneer moet de gemeente beslissen?'))}
      <p>${msg(
        `Vul in wanneer de gemeente uw Woo-verzoek heeft ontvangen. U ziet dan de laatste dag waarop de \
gemeente moet beslissen. En hoe die dag is berekend.`,
      )}</p>
      ${errorSummary(this.#errors.errors, this.shadowRoot)}
      <form novalidate @submit=${this.#calculate}>
        ${dateField({
          id: 'received',
          label: msg('Wanneer heeft de gemeente uw verzoek ontvangen?'),
          hint: msg(
            `Bijvoorbeeld 28 3 2025. Stuurde u het verzoek per e-mail of via de website? Dan is dat meestal \
de dag waarop u het verstuurde.`,
          ),
          error: this.#errorFor('received'),
          value: this.received,
          onInput: (received) => (this.received = received),
        })}
        ${checkbox({
          id: 'postponed',
          label: msg('De gemeente heeft de termijn met 2 weken verlengd'),
          hint: msg(
            'Dit heet verdagen. De gemeente mag dat één keer doen. Zij moet u dat op tijd schriftelijk laten weten.',
          ),
          checked: this.postponed,
          onChange: (postponed) => (this.postponed = postponed),
        })}
        ${
          this.postponed
            ? dateField({
                id: 'postponed-on',
                label: msg('Op welke dag liet de gemeente u dat weten?'),
                error: this.#errorFor('postponed-on'),
                value: this.postponedOn,
                onInput: (postponedOn) => (this.postponedOn = postponedOn),
              })
            : nothing
        }
        ${heading(this.headingLevel + 1, msg('Stond de termijn stil?'))}
        <p class="hint">
          ${msg(
            `De termijn staat stil als de gemeente u vraagt uw verzoek aan te vullen. Of als zij eerst anderen \
om hun mening vraagt. Voeg zo’n periode hieronder toe.`,
          )}
        </p>
        ${this.suspensions.map((s, i) => this.#renderSuspension(s, i))}
        <div class="button-group">
          <button type="button" id="add-suspension" class="button button--secondary" @click=${this.#addSuspension}>
            ${msg('Periode toevoegen')}
          </button>
          <button type="submit" class="button">${msg('Bereken de termijn')}</button>
        </div>
      </form>
      ${this.result ? this.#renderResult(this.result) : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'woo-deadline-calculator': WooDeadlineCalculator;
  }
}
