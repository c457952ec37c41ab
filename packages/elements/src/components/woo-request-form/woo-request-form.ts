import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { isEmailAddress, validateWooRequest, type Publication, type WooRequest } from '@woo-kit/core';
import { computeDeadline, type DeadlineResult } from '@woo-kit/deadlines';
import { WooElement } from '../../internal/woo-element.js';
import { formStyles } from '../../styles/form.js';
import { checkbox, dateField, radios, textField } from '../../internal/form/fields.js';
import { datePartsToIso, type DateParts } from '../../internal/form/date-parts.js';
import { dateProblemMessage } from '../../internal/form/date-messages.js';
import { errorSummary, focusErrorSummary, type FieldError } from '../../internal/form/error-summary.js';
import { formatDate, pick } from '../../internal/format.js';
import { StepTextController } from '../../controllers/step-text.js';
import { safeHttpUrl } from '../../internal/safe-url.js';
import { WooRequestSentEvent, WooRequestSubmitEvent, type RequestReceipt } from '../../events/woo-request-submit.js';
import { draftToRequest, emptyDraft, matchingPublications, restoreDraft, STEPS, todayInNetherlands, type RequestDraft, type Step } from './draft.js';
import { styles } from './woo-request-form.styles.js';

type SendState = { kind: 'idle' } | { kind: 'sending' } | { kind: 'failed'; offline: boolean } | { kind: 'not-connected' } | { kind: 'sent'; receipt: RequestReceipt; deadline: DeadlineResult | undefined };

/** Maps a JSON pointer of the core validator to the field that shows it. */
const FIELD_OF_PATH: Record<string, string> = {
  '/subject': 'subject',
  '/period/from': 'period-from',
  '/period/to': 'period-to',
  '/period': 'period-from',
  '/requester/name': 'name',
  '/requester/email': 'email',
  '/requester/phone': 'phone',
  '/requester/postalAddress/street': 'street',
  '/requester/postalAddress/houseNumber': 'house-number',
  '/requester/postalAddress/postalCode': 'postal-code',
  '/requester/postalAddress/city': 'city',
};

/**
 * The Woo request journey: first it asks whether the person wants an answer or documents (and offers
 * the municipality's contact route for a question), then what information, the period, how to reply,
 * and the consent statements; a check-your-answers step; then it sends the request and shows the
 * receipt with the legal deadline and its plain explanation.
 *
 * Nothing is lost: the draft survives a reload (sessionStorage, cleared after a successful send), and
 * a failed send keeps every value and offers to try again with the same Idempotency-Key.
 *
 * @fires woo-request-submit - cancelable; `event.request` is the validated `WooRequest`
 * @fires woo-request-sent - after a successful send; `event.receipt` holds reference and date
 * @csspart error-summary - the error summary above the form
 *
 * @tagname woo-request-form
 */
export class WooRequestForm extends WooElement {
  static override styles = [...WooElement.styles, formStyles, styles];

  /** URL to POST the request to as JSON (with an `Idempotency-Key` header). */
  @property() action = '';
  /** Where people ask the municipality a question (a contact form or page). */
  @property({ attribute: 'question-url' }) questionUrl = '';
  /** Phone number for questions. */
  @property({ attribute: 'question-phone' }) questionPhone = '';
  /** Published documents to suggest before filing (`Publication` objects). */
  @property({ attribute: false }) publications: readonly Publication[] = [];
  /** Key under which the draft is kept in sessionStorage; set it when a page has two forms. */
  @property({ attribute: 'draft-key' }) draftKey = 'woo-kit:request-form';
  /** Heading level of the step headings (2–6). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  @state() private draft: RequestDraft = emptyDraft();
  @state() private errors: FieldError[] = [];
  @state() private send: SendState = { kind: 'idle' };
  /** Explanations of the deadline steps in the element's language (translations load on demand). */
  private readonly steps = new StepTextController(this);
  private focusAfterRender: 'heading' | 'summary' | string | undefined;
  private pageTitle: string | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    const restored = restoreDraft(this.storage()?.getItem(this.draftKey) ?? null);
    if (restored) this.draft = restored;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.showErrorCountInTitle(0);
  }

  private storage(): Storage | undefined {
    try {
      return window.sessionStorage;
    } catch {
      return undefined; // storage blocked: the form still works, only without keeping a draft
    }
  }

  private saveDraft(): void {
    try {
      this.storage()?.setItem(this.draftKey, JSON.stringify(this.draft));
    } catch {
      // Storage full or blocked: keep going; the values stay in the form.
    }
  }

  private change(change: Partial<RequestDraft>): void {
    this.draft = { ...this.draft, ...change };
    this.saveDraft();
  }

  /** GOV.UK: the page title shows the number of errors while there are errors. */
  private showErrorCountInTitle(count: number): void {
    if (typeof document === 'undefined') return;
    if (count > 0) {
      this.pageTitle ??= document.title;
      document.title = `${msg(str`Fout (${count}):`)} ${this.pageTitle}`;
    } else if (this.pageTitle !== undefined) {
      document.title = this.pageTitle;
      this.pageTitle = undefined;
    }
  }

  private setErrors(errors: FieldError[]): void {
    this.errors = errors;
    this.showErrorCountInTitle(errors.length);
    if (errors.length) this.focusAfterRender = 'summary';
  }

  private errorFor(field: string): string | undefined {
    return this.errors.find((e) => e.field === field)?.message;
  }

  /** The checks of one step, in the order of its fields. */
  private check(step: Step): FieldError[] {
    const d = this.draft;
    const errors: FieldError[] = [];
    const optionalDate = (field: string, parts: DateParts) => {
      if (!parts.day.trim() && !parts.month.trim() && !parts.year.trim()) return undefined;
      const parsed = datePartsToIso(parts);
      if (!parsed.ok) errors.push({ field, message: dateProblemMessage(parsed.problem, true) ?? '' });
      return parsed.ok ? parsed.value : undefined;
    };
    if (step === 'triage' && !d.want) errors.push({ field: 'want', message: msg('Kies of u een antwoord op een vraag zoekt of informatie.') });
    if (step === 'question') {
      if (!d.subject.trim()) errors.push({ field: 'subject', message: msg('Schrijf welke informatie u zoekt.') });
      else if (d.subject.trim().length < 10) errors.push({ field: 'subject', message: msg('Schrijf iets meer over de informatie die u zoekt.') });
      const from = optionalDate('period-from', d.periodFrom);
      const to = optionalDate('period-to', d.periodTo);
      if (from && to && from > to) errors.push({ field: 'period-to', message: msg('De einddatum moet na de begindatum liggen.') });
    }
    if (step === 'contact') {
      if (!d.reply) errors.push({ field: 'reply', message: msg('Kies hoe u antwoord wilt krijgen.') });
      if (d.reply === 'email' && !d.email.trim()) errors.push({ field: 'email', message: msg('Vul uw e-mailadres in.') });
      else if (d.email.trim() && !isEmailAddress(d.email.trim()))
        errors.push({ field: 'email', message: msg('Vul een e-mailadres in zoals naam@voorbeeld.nl.') });
      if (d.reply === 'post') {
        if (!d.street.trim()) errors.push({ field: 'street', message: msg('Vul uw straat in.') });
        if (!/^\s*\d{4}\s?[a-zA-Z]{2}\s*$/.test(d.postalCode))
          errors.push({ field: 'postal-code', message: msg('Vul uw postcode in zoals 1234 AB.') });
        if (!d.city.trim()) errors.push({ field: 'city', message: msg('Vul uw woonplaats in.') });
      }
      if (!d.consent) errors.push({ field: 'consent', message: msg('Vink aan dat u dit heeft gelezen.') });
    }
    return errors;
  }

  private goTo(step: Step): void {
    this.change({ step });
    this.setErrors([]);
    this.focusAfterRender = 'heading';
  }

  private next(event: Event): void {
    event.preventDefault();
    const step = this.draft.step;
    const errors = this.check(step);
    if (errors.length) return this.setErrors(errors);
    const following = STEPS[STEPS.indexOf(step) + 1];
    if (following) this.goTo(following);
  }

  private back(): void {
    const previous = STEPS[STEPS.indexOf(this.draft.step) - 1];
    if (previous) this.goTo(previous);
  }

  /** Validates the whole request with @woo-kit/core, then hands it to the page or POSTs it. */
  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.send.kind === 'sending') return;
    for (const step of STEPS) {
      const errors = this.check(step);
      if (errors.length) {
        this.change({ step });
        return this.setErrors(errors);
      }
    }
    const today = todayInNetherlands();
    const validated = validateWooRequest(draftToRequest(this.draft, today));
    if (!validated.ok) {
      const errors = validated.errors.map((issue) => ({ field: FIELD_OF_PATH[issue.path] ?? 'subject', message: pick(issue.message, this.locale) }));
      const step: Step = errors.some((e) => e.field === 'subject' || e.field.startsWith('period')) ? 'question' : 'contact';
      this.change({ step });
      return this.setErrors(errors);
    }
    const submitEvent = new WooRequestSubmitEvent(validated.value, this.draft.idempotencyKey);
    if (!this.dispatchEvent(submitEvent)) return; // the page sends it itself
    await this.post(validated.value);
  }

  private async post(request: WooRequest): Promise<void> {
    let receipt: RequestReceipt;
    const action = safeHttpUrl(this.action);
    if (!action) {
      // No `action` and the page did not take the request over: nothing was sent, so never show a
      // receipt. Every value stays in the form.
      this.send = { kind: 'not-connected' };
      this.focusAfterRender = 'send-error';
      return;
    }
    this.send = { kind: 'sending' };
    try {
      const response = await fetch(action, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', 'idempotency-key': this.draft.idempotencyKey },
        body: JSON.stringify(request),
        credentials: 'same-origin',
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
      const reference = [body['reference'], body['id']].find((v) => typeof v === 'string' && v.length > 0) as string | undefined;
      const receivedOn = typeof body['receivedOn'] === 'string' ? body['receivedOn'] : request.receivedOn;
      const statusUrl = typeof body['statusUrl'] === 'string' ? safeHttpUrl(body['statusUrl']) : undefined;
      receipt = { reference: reference ?? request.id, receivedOn, ...(statusUrl ? { statusUrl } : {}) };
    } catch {
      this.send = { kind: 'failed', offline: typeof navigator !== 'undefined' && navigator.onLine === false };
      this.focusAfterRender = 'send-error';
      return;
    }
    let deadline: DeadlineResult | undefined;
    try {
      deadline = computeDeadline({ receivedOn: receipt.receivedOn });
    } catch {
      deadline = undefined;
    }
    this.send = { kind: 'sent', receipt, deadline };
    this.storage()?.removeItem(this.draftKey);
    this.draft = emptyDraft();
    this.focusAfterRender = 'heading';
    this.dispatchEvent(new WooRequestSentEvent(receipt));
  }

  protected override updated(): void {
    const target = this.focusAfterRender;
    this.focusAfterRender = undefined;
    if (target === 'summary') focusErrorSummary(this.shadowRoot);
    else if (target === 'heading') this.shadowRoot?.querySelector<HTMLElement>('.step-heading')?.focus();
    else if (target) this.shadowRoot?.getElementById(target)?.focus();
  }

  private heading(text: string): TemplateResult {
    const level = Math.min(6, Math.max(2, Math.round(this.headingLevel) || 2));
    return html`<div role="heading" aria-level=${level} class="h${level} step-heading" tabindex="-1">${text}</div>`;
  }

  private stepCounter(): TemplateResult {
    const n = STEPS.indexOf(this.draft.step) + 1;
    const total = STEPS.length;
    return html`<p class="step-counter">${msg(str`Stap ${n} van ${total}`)}</p>`;
  }

  private renderTriage(): TemplateResult {
    const d = this.draft;
    const questionUrl = safeHttpUrl(this.questionUrl);
    return html`
      ${this.heading(msg('Wat zoekt u?'))}
      <p>${msg(`Met een Woo-verzoek vraagt u de gemeente om informatie, zoals documenten, e-mails of verslagen. Soms \
wilt u alleen een antwoord op een vraag. Dan kunt u die vaak sneller stellen.`)}</p>
      ${radios({
        id: 'want',
        label: msg('Wat wilt u?'),
        error: this.errorFor('want'),
        value: d.want,
        onChange: (want) => this.change({ want: want as RequestDraft['want'] }),
        options: [
          { value: 'answer', label: msg('Een antwoord op een vraag'), hint: msg('Bijvoorbeeld: waarom wordt mijn straat opengebroken?') },
          { value: 'documents', label: msg(`Documenten of andere \
informatie`), hint: msg('Bijvoorbeeld: de verslagen van overleggen over een nieuwe brug.') },
        ],
      })}
      ${d.want === 'answer'
        ? html`<div class="callout" role="region" aria-labelledby="question-route">
            <p id="question-route"><strong>${msg('U kunt uw vraag ook gewoon stellen.')}</strong></p>
            <p>${msg('Dat is vaak sneller dan een Woo-verzoek. Wilt u toch een Woo-verzoek doen? Ga dan verder.')}</p>
            <ul>
              ${
questionUrl ? html`<li><a href=${questionUrl}>${msg('Stel uw vraag aan de gemeente')}</a></li>` : nothing}
              ${this.questionPhone
                ? html`<li
                    >${msg('Bel', { desc: 'Button or link text: call the municipality by phone (imperative)' })} <a
                    href="tel:${this.questionPhone.replace(/[^0-9+]/g, '')}">${this.questionPhone}</a></li>`
                : nothing}
            </ul>
          </div>`
        : nothing}
    `;
  }

  private renderQuestion(): TemplateResult {
    const d = this.draft;
    const matches = matchingPublications(d.subject, this.publications);
    return html`
      ${this.heading(msg('Welke informatie zoekt u?'))}
      ${textField({
        id: 'subject',
        label: msg('Beschrijf de informatie die u zoekt'),
        hint: msg(`Wees zo precies mogelijk. Schrijf over welk onderwerp het gaat, en welke soort stukken u zoekt. \
Bijvoorbeeld: alle e-mails tussen de gemeente en de aannemer over de nieuwe fietsbrug.`),
        error: this.errorFor('subject'),
        value: d.subject,
        multiline: true,
        rows: 6,
        onInput: (subject) => this.change({ subject }),
      })}
      ${matches.length
        ? html`<div class="callout" role="region" aria-labelledby="matches-heading">
            <p id="matches-heading"><strong>${msg('Misschien is de informatie al openbaar')}</strong></p>
            <ul>
              ${matches.map((p) => {
                const url = safeHttpUrl(p.url);
                return html`<li>${url ? html`<a href=${url}>${p.officialTitle}</a>` : p.officialTitle}</li>`;
              })}
            </ul>
          </div>`
        : nothing}
      <p class="hint">${msg('Over welke periode gaat het? Dit is niet verplicht.')}</p>
      ${dateField({
        id: 'period-from',
        label: msg('Vanaf', { desc: 'Label of the first date of the period the requested information is about' }),
        optional: true,
        error: this.errorFor('period-from'),
        value: d.periodFrom,
        onInput: (periodFrom) => this.change({ periodFrom }),
      })}
      ${dateField({
        id: 'period-to',
        label: msg('Tot en met', { desc: 'Label of the last date (inclusive) of the period the requested information is about' }),
        optional: true,
        error: this.errorFor('period-to'),
        value: d.periodTo,
        onInput: (periodTo) => this.change({ periodTo }),
      })}
    `;
  }

  private renderContact(): TemplateResult {
    const d = this.draft;
    return html`
      ${this.heading(msg('Hoe wilt u antwoord krijgen?'))}
      ${radios({
        id: 'reply',
        label: msg('Hoe wilt u antwoord krijgen?'),
        hint: msg('U hoeft uw naam niet te geven. Maar zonder e-mailadres of adres kunnen wij u geen antwoord sturen.'),
        error: this.errorFor('reply'),
        value: d.reply,
        onChange: (reply) => this.change({ reply: reply as RequestDraft['reply'] }),
        options: [
          { value: 'email', label: msg('Per e-mail') },
          { value: 'post', label: msg('Per post') },
          { value: 'none', label: msg('Ik wil geen antwoord, en ik blijf anoniem') },
        ],
      })}
      ${d.reply !== 'none'
        ? html`${
textField({ id: 'name', label: msg('Uw naam'), optional: true, autocomplete: 'name', value: d.name, error: this.errorFor('name'), onInput: (name) => this.change({ name }) })}
          ${textField({
            id: 'email',
            label: msg('Uw e-mailadres'),
            optional: d.reply !== 'email',
            type: 'email',
            autocomplete: 'email',
            value: d.email,
            error: this.errorFor('email'),
            onInput: (email) => this.change({ email }),
          })}
          ${textField({
            id: 'phone',
            label: msg('Uw telefoonnummer'),
            hint: msg('Dan kunnen wij u bellen als iets niet duidelijk is.'),
            optional: true,
            type: 'tel',
            autocomplete: 'tel',
            width: 'short',
            value: d.phone,
            error: this.errorFor('phone'),
            onInput: (phone) => this.change({ phone }),
          })}`
        : nothing}
      ${d.reply === 'post'
        ? html`${
textField({ id: 'street', label: msg('Straat'), autocomplete: 'address-line1', value: d.street, error: this.errorFor('street'), onInput: (street) => this.change({ street }) })}
          ${
textField({ id: 'house-number', label: msg('Huisnummer'), optional: true, width: 'short', value: d.houseNumber, error: this.errorFor('house-number'), onInput: (houseNumber) => this.change({ houseNumber }) })}
          ${
textField({ id: 'postal-code', label: msg('Postcode'), autocomplete: 'postal-code', width: 'short', value: d.postalCode, error: this.errorFor('postal-code'), onInput: (postalCode) => this.change({ postalCode }) })}
          ${
textField({ id: 'city', label: msg('Woonplaats'), autocomplete: 'address-level2', value: d.city, error: this.errorFor('city'), onInput: (city) => this.change({ city }) })}`
        : nothing}
      ${checkbox({
        id: 'consent',
        label: msg('Ik begrijp dat de gemeente mijn verzoek en het besluit openbaar kan maken, zonder mijn naam en adres.'),
        hint: msg(`Dat staat in de Wet open overheid (artikel 3.3). Uw gegevens gebruikt de gemeente alleen om uw \
verzoek te behandelen.`),
        error: this.errorFor('consent'),
        checked: d.consent,
        onChange: (consent) => this.change({ consent }),
      })}
    `;
  }

  private renderCheck(): TemplateResult {
    const d = this.draft;
    const locale = this.locale;
    const from = datePartsToIso(d.periodFrom);
    const to = datePartsToIso(d.periodTo);
    const period = [from.ok ? formatDate(from.value, locale, 'short') : '…', to.ok ? formatDate(to.value, locale, 'short') : '…'].join(' – ');
    const replyText = { email: msg('Per e-mail'), post: msg('Per post'), none: msg('Geen antwoord, anoniem'), '': '' }[d.reply];
    const row = (label: string, value: string, step: Step, field: string) => html`<div class="summary-row">
      <dt>${label}</dt>
      <dd class="summary-value">${value}</dd>
      <dd class="summary-action">
        <button type="button" class="link-button" @click=${() => this.goToField(step, field)}>
          ${
msg('Wijzig', { desc: 'Link on the check-your-answers page: change this answer (imperative)' })}<span class="visually-hidden"> ${label}</span>
        </button>
      </dd>
    </div>`;
    const contact = [d.name, d.email, d.phone, d.reply === 'post' ? `${d.street} ${d.houseNumber}, ${d.postalCode} ${d.city}` : ''].map((s) => s.trim()).filter(Boolean).join(', ');
    return html`
      ${this.heading(msg('Controleer uw verzoek'))}
      <dl class="summary-list">
        ${row(msg('Wat u zoekt'), d.want === 'answer' ? msg('Een antwoord op een vraag') : msg(`Documenten of andere \
informatie`), 'triage', 'want')}
        ${row(msg('Informatie', { desc: `Row on the \
check-your-answers page: the \
information the requester is \
looking for` }), d.subject.trim(), 'question', 'subject')}
        ${from.ok || to.ok ? row(msg('Periode', { desc: `Row on the \
check-your-answers page: the \
period the requested \
information is about` }), period, 'question', 'period-from') : nothing}
        ${row(msg('Antwoord', { desc: `Row on the check-your-answers page: how \
the requester wants to receive the answer` }), replyText, 'contact', 'reply')}
        ${contact ? row(msg('Uw gegevens'), contact, 'contact', d.reply === 'post' ? 'street' : 'email') : nothing}
      </dl>
      ${this.send.kind === 'not-connected'
        ? html`<div class="send-error" id="send-error" role="alert" tabindex="-1">
            <p><strong>${msg('Uw verzoek is niet verstuurd.')}</strong></p>
            <p>${msg(`Dit formulier is nog niet aangesloten op de gemeente. Uw antwoorden zijn bewaard. Stuur uw \
verzoek per e-mail of post, of neem contact op met de gemeente.`)}</p>
          </div>`
        : nothing}
      ${this.send.kind === 'failed'
        ? html`<div class="send-error" id="send-error" role="alert" tabindex="-1">
            <p><strong>${this.send.offline ? msg(`U bent niet verbonden met \
internet.`) : msg(`Het versturen is niet \
gelukt.`)}</strong></p>
            <p>${msg(`Uw antwoorden zijn bewaard. Probeer het opnieuw. Lukt het niet? Probeer het later nog eens, of \
neem contact op met de gemeente.`)}</p>
          </div>`
        : nothing}
    `;
  }

  private goToField(step: Step, field: string): void {
    this.change({ step });
    this.setErrors([]);
    this.focusAfterRender = field;
  }

  private renderReceipt(receipt: RequestReceipt, deadline: DeadlineResult | undefined): TemplateResult {
    const locale = this.locale;
    return html`
      ${this.heading(msg('Wij hebben uw verzoek ontvangen'))}
      <dl class="receipt">
        <dt>${msg('Uw kenmerk')}</dt>
        <dd>${receipt.reference}</dd>
        <dt>${msg('Ontvangen op')}</dt>
        <dd>${formatDate(receipt.receivedOn, locale)}</dd>
        ${deadline
          ? html`<dt>${msg('De gemeente beslist uiterlijk op')}</dt>
              <dd>${formatDate(deadline.deadline, locale)}</dd>`
          : nothing}
      </dl>
      ${deadline
        ? html`<p>
            ${msg(`De gemeente moet binnen 4 weken beslissen. Soms mag dat 2 weken langer. De termijn staat stil \
als de gemeente u iets moet vragen. Dan hoort u dat.`)}
          </p>
          <details>
            <summary>${msg('Hoe is deze datum berekend?')}</summary>
            <ol>
              ${
deadline.steps.map((step) => html`<li>${this.steps.text(step, locale)} <span class="rule">(${step.rule})</span></li>`)}
            </ol>
          </details>`
        : nothing}
      ${receipt.statusUrl
        ? html`<p class="status-link">
            ${msg(`Bewaar deze link goed. Alleen met deze link ziet u hoe het met uw verzoek staat. Deel hem niet \
met anderen.`)}
            <a href=${receipt.statusUrl}>${msg('Bekijk hoe het met uw verzoek staat')}</a>
          </p>`
        : nothing}
      <p>${msg('Bewaar uw kenmerk. Dat heeft u nodig als u contact opneemt over uw verzoek.')}</p>
    `;
  }

  protected override render() {
    if (this.send.kind === 'sent') return this.renderReceipt(this.send.receipt, this.send.deadline);
    const step = this.draft.step;
    const last = step === 'check';
    const sending = this.send.kind === 'sending';
    const body = { triage: () => this.renderTriage(), question: () => this.renderQuestion(), contact: () => this.renderContact(), check: () => this.renderCheck() }[step]();
    return html`
      ${this.stepCounter()} ${errorSummary(this.errors, this.shadowRoot)}
      <form novalidate @submit=${last ? this.submit : this.next}>
        ${body}
        <div class="button-group">
          <button type="submit" class="button" ?disabled=${sending} aria-disabled=${sending ? 'true' : 'false'}>
            ${
last ? (sending ? msg('Bezig met versturen…') : this.send.kind === 'failed' ? msg('Probeer opnieuw te versturen') : msg('Verstuur uw verzoek')) : msg('Volgende')}
          </button>
          ${
step !== 'triage' ? html`<button type="button" class="button button--secondary" @click=${this.back}>${msg('Vorige')}</button
                >` : nothing}
        </div>
      </form>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'woo-request-form': WooRequestForm;
  }
}
