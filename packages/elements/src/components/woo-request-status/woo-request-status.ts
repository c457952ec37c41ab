import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { isValidWooRequest, type DecisionOutcome, type WooRequest, type WooRequestEvent } from '@woo-kit/core';
import {
  computeDeadline,
  deadlineInputFromRequest,
  deadlineStatus,
  todayInAmsterdam,
  type DeadlineResult,
  type DeadlineStatus,
} from '@woo-kit/deadlines';
import { WooElement } from '../../internal/woo-element.js';
import { formStyles } from '../../styles/form.js';
import { formatDate } from '../../internal/intl.js';
import { daysText, workingDaysText } from '../../internal/plural.js';
import { jsonSource, JsonSourceError, TaskStatus } from '../../controllers/json-source.js';
import { safeHttpUrl } from '../../internal/safe-url.js';
import { heading } from '../../internal/heading.js';
import { ingebrekestellingLetter } from './letter.js';
import { styles } from './woo-request-status.styles.js';

interface TimelineItem {
  readonly on: string;
  readonly label: string;
  readonly detail?: string;
  readonly kind: 'event' | 'deadline' | 'today';
}

/**
 * Where a Woo request stands: its timeline (received, clarification, periods on hold, postponement,
 * deadline, decision, release), the current stage in words, and the days left or late. When the
 * municipality is late it explains the notice of default (ingebrekestelling) and the appeal to the
 * court (Awb 6:12) with their earliest dates, and offers a ready-to-send letter to copy or print.
 *
 * Give the request as the `request` property (a `WooRequest` object) or as a JSON URL in `src`.
 * On the page a receipt's status link opens (`…/woo-status#t=<token>&id=<reference>`), set `api` to
 * the requests API (`/api/requests/`): the component then reads the token from the address's
 * fragment, which browsers never send to a server, and loads `<api><reference>` with
 * `Authorization: Bearer <token>`.
 *
 * Once the request is decided, `decision-href` links to the page that explains the decision.
 *
 * @csspart letter - the notice-of-default letter
 * @cssprop --woo-request-status-late-color - colour that marks lateness (with text, never alone)
 *
 * @tagname woo-request-status
 */
export class WooRequestStatus extends WooElement {
  static override styles = [...WooElement.styles, formStyles, styles];

  /** The request, as a `WooRequest` object. */
  @property({ attribute: false }) request: WooRequest | undefined;
  /** URL of the request as JSON (a `WooRequest`); used when `request` is not set. */
  @property() src = '';
  /**
   * Base URL of the requests API (for example `/api/requests/`); used when neither `request` nor
   * `src` is set and the page's address holds a status link fragment `#t=<token>&id=<reference>`.
   */
  @property() api = '';
  /** The day to show the status for (`YYYY-MM-DD`); default: today in the Netherlands. */
  @property() today = '';
  /** Name of the body the letter is addressed to. */
  @property() organisation = '';
  /** Heading level of the component's title (2–6). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
  /** Where the decision is explained (a page with `<woo-decision>`); linked once the request is decided. */
  @property({ attribute: 'decision-href' }) decisionHref = '';

  @state() private copied = false;

  /** Token and reference from the status link's fragment (read on connect and when the fragment changes). */
  @state() private link: { token: string; id: string } | undefined;
  readonly #readLink = () => {
    const fragment = new URLSearchParams(location.hash.slice(1));
    const token = fragment.get('t') ?? '';
    const id = fragment.get('id') ?? '';
    this.link = token && id ? { token, id } : undefined;
  };

  readonly #source = jsonSource(
    this,
    () =>
      this.request ? '' : this.src || (this.api && this.link ? `${this.api}${encodeURIComponent(this.link.id)}` : ''),
    parseRequest,
    () => (!this.request && !this.src && this.link ? { authorization: `Bearer ${this.link.token}` } : {}),
  );

  override connectedCallback(): void {
    super.connectedCallback();
    this.#readLink();
    window.addEventListener('hashchange', this.#readLink);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.#readLink);
  }

  #eventLabel(event: WooRequestEvent): string {
    switch (event.type) {
      case 'clarificationAsked':
        return msg('De gemeente vroeg u uw verzoek duidelijker te maken. De termijn staat stil.');
      case 'clarificationAnswered':
        return event.lapsed
          ? msg('De tijd om uw verzoek aan te vullen is voorbij. De termijn loopt weer.')
          : msg('U heeft uw verzoek aangevuld. De termijn loopt weer.');
      case 'zienswijzeAsked':
        return msg('De gemeente vroeg anderen om hun mening (zienswijze). De termijn staat stil.');
      case 'zienswijzeReceived':
        return event.lapsed
          ? msg('De tijd voor een mening is voorbij. De termijn loopt weer.')
          : msg('De mening van anderen is binnen. De termijn loopt weer.');
      case 'postponed':
        return msg('De gemeente heeft de termijn met 2 weken verlengd (verdaagd).');
      case 'forwarded':
        return msg(str`Uw verzoek is doorgestuurd naar ${event.to.name}. Die organisatie beslist verder.`);
      case 'decided':
        return this.#outcomeLabel(event.outcome);
      case 'released':
        return msg('De informatie is openbaar gemaakt.');
      case 'withdrawn':
        return msg('U heeft uw verzoek ingetrokken.');
    }
  }

  #outcomeLabel(outcome: DecisionOutcome): string {
    switch (outcome) {
      case 'disclosed':
        return msg('Besluit: u krijgt de informatie.');
      case 'partlyDisclosed':
        return msg('Besluit: u krijgt een deel van de informatie.');
      case 'refused':
        return msg('Besluit: u krijgt de informatie niet.');
      case 'notHeld':
        return msg('Besluit: de gemeente heeft deze informatie niet.');
      case 'alreadyPublic':
        return msg('Besluit: de informatie is al openbaar.');
      case 'notHandled':
        return msg('Besluit: de gemeente behandelt het verzoek niet.');
    }
  }

  #stageText(status: DeadlineStatus): string {
    const deadline = formatDate(status.deadline, this.locale);
    switch (status.stage) {
      case 'within-term':
        return msg(str`De gemeente werkt aan uw verzoek. Zij moet uiterlijk ${deadline} beslissen.`);
      case 'suspended':
        return msg(
          str`De termijn staat nu stil. Als er niets verandert, moet de gemeente uiterlijk ${deadline} beslissen.`,
        );
      case 'postponed':
        return msg(str`De gemeente heeft meer tijd genomen. Zij moet uiterlijk ${deadline} beslissen.`);
      case 'late':
        return msg(str`De gemeente is te laat. Zij had uiterlijk ${deadline} moeten beslissen.`);
      case 'decided-on-time':
        return msg('De gemeente heeft op tijd beslist.');
      case 'decided-late':
        return msg('De gemeente heeft beslist, maar te laat.');
    }
  }

  #daysText(status: DeadlineStatus): string | undefined {
    const locale = this.locale;
    if (status.stage === 'late' || status.stage === 'decided-late') {
      const days = daysText(status.daysLate, locale);
      const working = workingDaysText(status.workingDaysLate, locale);
      return msg(str`${days} te laat (${working}).`);
    }
    if (status.stage === 'decided-on-time') return undefined;
    const days = daysText(status.daysLeft, locale);
    const working = workingDaysText(status.workingDaysLeft, locale);
    return msg(str`Nog ${days} (${working}).`);
  }

  #timeline(request: WooRequest, result: DeadlineResult, today: string, decided: boolean): TimelineItem[] {
    const items: TimelineItem[] = [
      { on: request.receivedOn, label: msg('De gemeente heeft uw verzoek ontvangen.'), kind: 'event' },
      ...(request.events ?? []).map((event): TimelineItem => ({
        on: event.on,
        label: this.#eventLabel(event),
        kind: 'event',
      })),
      { on: result.deadline, label: msg('Uiterste dag voor het besluit.'), kind: 'deadline' },
    ];
    if (!decided)
      items.push({
        on: today,
        label: msg('Vandaag', { desc: 'Mark on the timeline of a request: today' }),
        kind: 'today',
      });
    const order = { event: 0, today: 1, deadline: 2 };
    return items.sort((a, b) => (a.on === b.on ? order[a.kind] - order[b.kind] : a.on < b.on ? -1 : 1));
  }

  async #copyLetter(letter: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(letter);
      this.copied = true;
    } catch {
      // No clipboard access: select the text so the person can copy it with the keyboard.
      const area = this.shadowRoot?.querySelector('textarea');
      area?.focus();
      area?.select();
    }
  }

  #printLetter(letter: string): void {
    // Print only the letter: a blank, script-free frame on the same page (fine under a strict CSP).
    const frame = document.createElement('iframe');
    frame.setAttribute('aria-hidden', 'true');
    frame.tabIndex = -1;
    frame.style.position = 'fixed';
    frame.style.inlineSize = '0';
    frame.style.blockSize = '0';
    frame.style.border = '0';
    document.body.append(frame);
    const doc = frame.contentDocument;
    if (doc && frame.contentWindow) {
      const pre = doc.createElement('pre');
      pre.textContent = letter;
      pre.style.whiteSpace = 'pre-wrap';
      pre.style.font = '12pt/1.5 serif';
      doc.body.append(pre);
      frame.contentWindow.print();
    }
    setTimeout(() => frame.remove(), 1000);
  }

  #renderLate(request: WooRequest, result: DeadlineResult, today: string): TemplateResult {
    const date = (iso: string) => formatDate(iso, this.locale);
    const letter = ingebrekestellingLetter({
      request,
      deadline: result.deadline,
      today,
      organisation: this.organisation,
    });
    return html`<section class="late" aria-labelledby="late-heading">
      ${heading(this.headingLevel + 1, msg('De gemeente is te laat. Wat kunt u doen?'), 'late-heading')}
      <ol class="steps">
        <li>
          ${msg(
            str`Stuur de gemeente een ingebrekestelling. Dat is een brief waarin u schrijft dat de gemeente te \
laat is. Dat kan vanaf ${date(result.related.ingebrekestellingFrom)}. Hieronder staat een brief \
die u kunt gebruiken.`,
          )}
        </li>
        <li>
          ${msg(
            str`Heeft de gemeente 2 weken na ontvangst van uw brief nog steeds niet beslist? Dan kunt u in \
beroep gaan bij de rechter (Awb 6:12). Ontvangt de gemeente uw brief \
op ${date(result.related.ingebrekestellingFrom)}, dan kan dat \
vanaf ${date(result.related.appealForFailureToDecideFrom)}.`,
          )}
        </li>
        <li>${msg(`De rechter zegt dan meestal dat de gemeente binnen 2 weken moet beslissen. Vaak moet de gemeente \
betalen voor elke dag dat zij daarna nog te laat is. U kunt geen dwangsom van de gemeente zelf \
eisen: die regel geldt niet voor Woo-verzoeken (Woo 8.2).`)}</li>
      </ol>
      <label class="label" for="letter">${msg('Brief: ingebrekestelling')}</label>
      <div class="hint" id="letter-hint">
        ${msg(`De brief is in het Nederlands, omdat hij naar de gemeente gaat. Vul uw naam en adres in voordat u hem \
verstuurt.`)}
      </div>
      <textarea id="letter" part="letter" lang="nl" readonly rows="18" aria-describedby="letter-hint"
        .value=${letter}></textarea>
      <div class="button-group">
        <button type="button" class="button"
          @click=${() => this.#copyLetter(letter)}>${msg('Kopieer de brief')}</button>
        <button type="button" class="button button--secondary" @click=${() => this.#printLetter(letter)}
          >${msg('Print de brief')}</button>
        <span role="status">${this.copied ? msg('De brief is gekopieerd.') : ''}</span>
      </div>
    </section>`;
  }

  #renderRequest(request: WooRequest): TemplateResult {
    const today = this.today || todayInAmsterdam();
    let result: DeadlineResult;
    let status: DeadlineStatus;
    try {
      const input = deadlineInputFromRequest(request, today);
      result = computeDeadline(input);
      status = deadlineStatus(input, today);
    } catch {
      return html`<p role="alert"
        >${msg('Wij kunnen de termijn van dit verzoek niet berekenen. De gegevens kloppen niet.')}</p>`;
    }
    const decided = status.stage === 'decided-on-time' || status.stage === 'decided-late';
    const late = status.stage === 'late' || status.stage === 'decided-late';
    const days = this.#daysText(status);
    const decisionLink = (request.events ?? []).some((e) => e.type === 'decided')
      ? safeHttpUrl(this.decisionHref)
      : undefined;
    return html`
      ${heading(this.headingLevel, msg('Uw Woo-verzoek'))}
      <p class="subject">${request.subject}</p>
      <div class="stage ${late ? 'stage--late' : ''}">
        <p><strong>${this.#stageText(status)}</strong></p>
        ${days ? html`<p>${days}</p>` : nothing}
        ${decisionLink ? html`<p><a href=${decisionLink}>${msg('Lees het besluit en de uitleg')}</a></p>` : nothing}
      </div>
      ${heading(this.headingLevel + 1, msg('Wat is er gebeurd?'))}
      <ol class="timeline">
        ${this.#timeline(request, result, today, decided).map(
          (item) => html`<li class="timeline__item timeline__item--${item.kind}">
            <span class="timeline__date">${formatDate(item.on, this.locale)}</span>
            <span class="timeline__label">${item.label}</span>
          </li>`,
        )}
      </ol>
      ${status.stage === 'late' ? this.#renderLate(request, result, today) : nothing}
    `;
  }

  protected override render() {
    if (this.request) return this.#renderRequest(this.request);
    return this.#source.render({
      initial: () => html`<p>${msg('Er is geen verzoek om te tonen.')}</p>`,
      pending: () => html`<p role="status">${msg('Het verzoek wordt geladen…')}</p>`,
      complete: (request) =>
        request ? this.#renderRequest(request) : html`<p>${msg('Er is geen verzoek om te tonen.')}</p>`,
      error: (error) =>
        html`<p role="alert">
          ${
            error instanceof JsonSourceError && error.problem === 'http' && error.status === 404
              ? msg('Wij kunnen dit verzoek niet vinden.')
              : error instanceof JsonSourceError &&
                  error.problem === 'http' &&
                  (error.status === 401 || error.status === 403)
                ? msg(`Deze statuslink klopt niet. Gebruik de link uit uw ontvangstbevestiging, helemaal en \
precies zoals u hem kreeg.`)
                : error instanceof InvalidRequestError
                  ? msg('Wij kunnen dit verzoek niet tonen. De gegevens kloppen niet.')
                  : msg('Het verzoek kon niet worden geladen. Probeer het later opnieuw.')
          }
        </p>`,
    });
  }

  /** True while the request is loading from `src`. */
  get loading(): boolean {
    return this.#source.status === TaskStatus.PENDING;
  }
}

class InvalidRequestError extends Error {}

function parseRequest(value: unknown): WooRequest {
  if (!isValidWooRequest(value)) throw new InvalidRequestError('invalid request');
  return value;
}

declare global {
  interface HTMLElementTagNameMap {
    'woo-request-status': WooRequestStatus;
  }
}
